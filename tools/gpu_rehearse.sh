#!/usr/bin/env bash
# Rehearse the GPU run on this CPU with the GPU machine's libraries (transformers 5.17.0, accelerate 1.15.0, tokenizers
# 0.23.2, huggingface_hub 1.33.0, safetensors 0.8.0; torch stays this machine's CPU build, the carried packages at
# .venv's versions): tools/gpu_paths.py (the GPU-only code paths), then tools/gpu.sh's two modes and the epoch row,
# each cut to a few steps, so that an API those versions lack fails here rather than on the GPU machine's time. Needs
# .gpu/, .gpu-a/ and .gpu-b/ (tools/gpu_prep.sh given the GGUF file too). About 15 minutes on 2 cores; OUT (default
# /tmp/imdb_lm-rehearsal) receives what gpu.sh writes.
set -euo pipefail
cd "$(dirname "$0")/.."
env=/tmp/imdb_lm-gpu-versions
v() { .venv/bin/python -c "import importlib.metadata as m; print(m.version('$1').split('+')[0])"; }
if [ ! -e $env/installed ]; then  # once; pip's output only on failure
  python3 -m venv $env
  $env/bin/pip install -q torch=="$(v torch)" transformers==5.17.0 accelerate==1.15.0 tokenizers==0.23.2 \
    huggingface_hub==1.33.0 safetensors==0.8.0 datasets=="$(v datasets)" fastcore=="$(v fastcore)" gguf=="$(v gguf)" \
    matplotlib > $env/install.log 2>&1 || { cat $env/install.log; exit 1; }
  touch $env/installed
fi
export PYTHON=$env/bin/python OUT=${OUT:-/tmp/imdb_lm-rehearsal} TOKENIZERS_PARALLELISM=false
PYTHONPATH=$PWD HF_HUB_OFFLINE=1 $PYTHON tools/gpu_paths.py
bash tools/gpu.sh --n_reviews 40 --steps 3 --skip 1 --compile false --epoch false
PYTHONPATH=$PWD HF_HUB_OFFLINE=1 $PYTHON -c "from imdb_lm.bench import time_epoch
print(time_epoch('.gpu/aclImdb_v1.tar.gz', '.gpu/gpt2', test_reviews=20, max_steps=2, max_eval=20))"
IMDB_LM_MAX_STEPS=2 IMDB_LM_BLOCK_SIZE=64 IMDB_LM_BS=2 IMDB_LM_MAX_EVAL=20 bash tools/gpu.sh smollm2
