#!/usr/bin/env bash
# The test command: installs the system libraries if missing, validates the exported notebooks with the nbformat
# package's validator, then builds and runs every test. From PyPI when missing: nbformat (the validator) and
# nbclient, ipykernel, pandas, matplotlib (the test that executes a rendered notebook).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
python3 -c "import nbformat, nbclient, ipykernel, pandas, matplotlib" 2>/dev/null \
  || python3 -m pip install -q nbformat nbclient ipykernel pandas matplotlib
python3 scripts/validate-notebook.py notebooks-export/*.ipynb
swift build --build-tests
swift test --skip-build
