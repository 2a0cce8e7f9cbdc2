#!/usr/bin/env bash
# The speed chapter's GPU rows, run on the GPU machine from the repository's root, with .gpu/ (tools/gpu_prep.sh)
# carried there. Installs the packages that are missing from the carried wheels, prints the card and versions, and
# runs `imdb_lm bench` with one whole epoch and the fast path's levers, without the data-preparation rows (a CPU
# measurement, in the CPU table). The rows go to $OUT/<card>.json (nbs/speed/ if OUT is unset), written after each row
# (the levers come last, the slowest to compile last of all), so that a run cut short keeps
# what it measured; the log to $OUT/bench.log. Extra arguments go to `imdb_lm bench`; PYTHON picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-python3} out=${OUT:-nbs/speed}
export PYTHONPATH=/tmp/site:$PWD PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1
$py -c "import datasets, fastcore" 2>/dev/null ||
  $py -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .gpu/whl/*.whl
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null || echo "no GPU"
$py -c "import torch, transformers, datasets; print('torch', torch.__version__, 'transformers', transformers.__version__, 'datasets', datasets.__version__)"
mkdir -p "$out"
$py -c "import sys; from imdb_lm.cli import main; main()" bench .gpu/aclImdb_v1.tar.gz .gpu/gpt2 \
  --out "$out" --data_prep false --epoch true --levers true "$@" 2>&1 | tee "$out/bench.log"
