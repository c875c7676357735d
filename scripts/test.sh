#!/usr/bin/env bash
# The test command: installs the system libraries if missing, validates the exported notebooks with the nbformat
# package's validator (installed from PyPI when missing), starts the engines of the SQL tests (DuckDB from PyPI,
# a throwaway PostgreSQL server), then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
python3 -c "import nbformat" 2>/dev/null || python3 -m pip install -q nbformat
python3 scripts/validate-notebook.py notebooks-export/*.ipynb
# The SQL differential tests (Tests/SQLTests) run on DuckDB and a throwaway PostgreSQL server; outside CI they
# skip an engine that could not be set up.
sql_engine() { "$@" || { [ -z "${CI:-}" ] && echo "test.sh: $* failed; the SQL tests will skip that engine" >&2; }; }
python3 -c "import duckdb" 2>/dev/null || sql_engine python3 -m pip install -q duckdb
sql_engine bash scripts/start-postgres.sh
swift build --build-tests
swift test --skip-build
