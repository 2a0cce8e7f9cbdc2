#!/usr/bin/env bash
# The speed chapter's GPU rows, run on a GPU machine without network or `datasets` from the repository's root, with
# .gpu/ (tools/gpu_prep.sh) beside it. Installs the packages missing there from the carried wheels, prints the card and
# versions, then:
# - `bash tools/gpu.sh [ARGS]` runs `imdb_lm bench` with one whole epoch and the fast path's levers, without the
#   data-preparation rows (a CPU measurement, in the CPU table), extra ARGS passed on. A part that fails leaves its
#   error in its row and the rest still run (--keep_going). The rows go to $OUT/<card>.json, written after each row
#   (the levers come last, the slowest to compile last of all), so that a run cut short keeps what it measured; each
#   row says how many seconds it took. The log goes to $OUT/bench.log.
# - `bash tools/gpu.sh smollm2` runs tools/smollm2_epoch.py: SmolLM2-135M's epoch. Its 94 MiB GGUF file comes in two
#   halves, .gpu-a/ and .gpu-b/ (tools/gpu_prep.sh given the file), for a machine that takes at most 64 MiB at a time:
#   send .gpu/, .gpu-a/ and .gpu-b/ in turn, then run this. It writes $OUT/<card>-smollm2.json and $OUT/smollm2.log.
# OUT is nbs/speed/ if unset; PYTHON picks the interpreter. tools/gpu_rehearse.sh runs both modes on a CPU first, cut
# short, with the GPU machine's library versions.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-python3} out=${OUT:-nbs/speed}
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1
$py -c "import datasets, fastcore, gguf" 2>/dev/null ||
  $py -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .gpu/whl/*.whl
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "no GPU"
$py -c "import torch, transformers, datasets; print('torch', torch.__version__, 'transformers', transformers.__version__, 'datasets', datasets.__version__)"
mkdir -p "$out"
if [ "${1:-}" = smollm2 ]; then
  gguf=/tmp/smollm2/SmolLM2-135M-Instruct.Q4_1.gguf
  mkdir -p /tmp/smollm2 && cat .gpu-a/gguf.part .gpu-b/gguf.part > "$gguf"
  echo "$(cat .gpu-b/gguf.sha256)  $gguf" | sha256sum -c -
  $py tools/smollm2_epoch.py "$gguf" .gpu/aclImdb_v1.tar.gz "$out" 2>&1 | tee "$out/smollm2.log"
else
  $py -c "import sys; from imdb_lm.cli import main; main()" bench .gpu/aclImdb_v1.tar.gz .gpu/gpt2 \
    --out "$out" --data_prep false --epoch true --levers true --keep_going true "$@" 2>&1 | tee "$out/bench.log"
fi
