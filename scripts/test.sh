#!/usr/bin/env bash
# The test command: installs the system libraries if missing, validates the exported notebooks with the nbformat
# package's validator, starts the engines of the SQL tests (DuckDB from PyPI, a throwaway PostgreSQL server), then
# builds and runs every test. From PyPI when missing: nbformat (the validator), nbclient, ipykernel, pandas and
# matplotlib (the test that executes a rendered notebook), duckdb, and scikit-learn and lifetimes (the comparison of
# ChurnCast with RFM logistic and BG/NBD on shop bases, Tests/CLITests/ShopComparisonTests.swift; versions checked
# together in scripts/reference/shop_baselines-requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
python3 -c "import nbformat, nbclient, ipykernel, pandas, matplotlib" 2>/dev/null \
  || python3 -m pip install -q nbformat nbclient ipykernel pandas matplotlib
python3 -c "import sklearn, lifetimes" 2>/dev/null || python3 -m pip install -q scikit-learn lifetimes
python3 scripts/validate-notebook.py notebooks-export/*.ipynb
# The SQL differential tests (Tests/SQLTests) run on DuckDB and a throwaway PostgreSQL server; outside CI they
# skip an engine that could not be set up.
sql_engine() { "$@" || { [ -z "${CI:-}" ] && echo "test.sh: $* failed; the SQL tests will skip that engine" >&2; }; }
python3 -c "import duckdb" 2>/dev/null || sql_engine python3 -m pip install -q duckdb
sql_engine bash scripts/start-postgres.sh
swift build --build-tests
# The benchmarks (a separate package, run on purpose) are compiled here, not run, so that they keep up with the API.
swift build --package-path Benchmarks
swift test --skip-build
