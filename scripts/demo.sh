#!/usr/bin/env bash
# The main job on the bundled sample (grows with the project: fit → train/evaluate/score/forecast → report).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product churncast
# For now: a linear regression on the bundled Longley table (datasets/longley.md), checked against NIST.
.build/release/churncast fit linear --csv datasets/longley.csv --target y
