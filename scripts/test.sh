#!/usr/bin/env bash
# The test command: installs the system libraries if missing, validates the exported notebooks with the nbformat
# package's validator (installed from PyPI when missing), then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
python3 -c "import nbformat" 2>/dev/null || python3 -m pip install -q nbformat
python3 scripts/validate-notebook.py notebooks-export/*.ipynb
swift build --build-tests
swift test --skip-build
