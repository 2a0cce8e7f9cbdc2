#!/usr/bin/env bash
# Run every notebook as a test (offline, tiny models), after setting up .venv. Extra arguments go to pytest.
# IMDB_LM_TEST_FLAGS='slow' (or 'real') also runs the cells with the real SmolLM2, and installs what they need.
set -euo pipefail
cd "$(dirname "$0")/.."
case " ${IMDB_LM_TEST_FLAGS:-} " in *" slow "*|*" real "*) export IMDB_LM_EXTRAS=gguf ;; esac
bash tools/setup.sh
. .venv/bin/activate
python -m pytest tests -q "$@"   # tests/conftest.py sets HF_HUB_OFFLINE=1
