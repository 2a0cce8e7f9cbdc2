#!/usr/bin/env bash
# Fill .gpu/ (ignored by git) with what tools/gpu.sh needs on the GPU machine, which has torch and transformers but no
# network: the IMDB tarball, GPT-2's tokenizer, and wheels of the Python packages that machine lacks (at the versions
# of .venv). Everything there must stay under the device's 64 MiB a call; this prints the size. Given a GGUF file too
# (SmolLM2's, for `tools/gpu.sh smollm2`), it puts its two halves in .gpu-a/ and .gpu-b/, with its checksum.
#   bash tools/gpu_prep.sh path/to/aclImdb_v1.tar.gz path/to/gpt2 [path/to/model.gguf]
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .gpu .gpu-a .gpu-b && mkdir -p .gpu/whl
cp "$1" .gpu/aclImdb_v1.tar.gz && cp -r "$2" .gpu/gpt2
for p in datasets dill multiprocess fastcore gguf; do
  v=$(.venv/bin/python -c "import importlib.metadata as m; print(m.version('$p'))")
  .venv/bin/python -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux2014_x86_64 -d .gpu/whl "$p==$v"
done
if [ $# -ge 3 ]; then
  mkdir -p .gpu-a .gpu-b
  half=$(( ($(stat -c %s "$3") + 1) / 2 ))
  head -c $half "$3" > .gpu-a/gguf.part && tail -c +$((half + 1)) "$3" > .gpu-b/gguf.part
  sha256sum "$3" | cut -d' ' -f1 > .gpu-b/gguf.sha256
fi
du -sh .gpu*
