#!/usr/bin/env bash
# Create .venv (once) and install the CPU build of torch, then the project with its dev extras. Safe to rerun.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip
# torch first, pinned: a bare `torch` requirement resolved from scratch pulls a CUDA build of several GB
python -m pip install -q torch==2.13.0
python -m pip install -q -e ".[dev${IMDB_LM_EXTRAS:+,$IMDB_LM_EXTRAS}]"
