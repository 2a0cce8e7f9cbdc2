#!/usr/bin/env bash
# Run every notebook as a test (offline, tiny models), after setting up .venv. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
. .venv/bin/activate
python -m pytest tests -q "$@"   # tests/conftest.py sets HF_HUB_OFFLINE=1
