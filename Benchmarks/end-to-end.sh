#!/usr/bin/env bash
# End to end on 1,000,000 generated customers (Benchmarks/RESULTS.md, "End to end, 1,000,000 customers"):
# the release `churncast` on two bases, each command timed by /usr/bin/time (wall seconds, peak resident MB),
# with CHURNCAST_TIMING phase lines kept in $WORK/*.log. Optionally the pandas + scikit-learn yardstick.
#
#   bash Benchmarks/end-to-end.sh [WORK_DIR] [--pandas]
#
# Bases (made once, then reused): A = the default two years 2024-10-01 … 2026-09-30 (908 MB engagement.csv),
# B = 27 months from 2024-07-01, so that 8 quarterly training snapshots (2024-09-30 … 2026-06-30) all have
# complete labels. A copy of A's exports without ground_truth.json stands for real data (no oracle).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/cc-e2e}
pandas=${2:-}
mkdir -p "$work"
swift build -c release --product churncast >/dev/null
cc=$PWD/.build/release/churncast

run() {  # slug, label, command...: prints "label  wall s  peak MB"; output in $work/slug.out, stderr in slug.log
    local slug=$1 label=$2; shift 2
    CHURNCAST_TIMING=1 /usr/bin/time -f "%e %M" -o "$work/$slug.time" "$@" >"$work/$slug.out" 2>"$work/$slug.log"
    read -r wall kb <"$work/$slug.time"
    printf '%-40s %7.2f s %7d MB\n' "$label" "$wall" $((kb / 1024))
}

[ -f "$work/A/ground_truth.json" ] || $cc generate --customers 1000000 --seed 1 --out "$work/A" >/dev/null
[ -f "$work/B/ground_truth.json" ] || $cc generate --customers 1000000 --seed 1 --start 2024-07-01 --out "$work/B" >/dev/null
mkdir -p "$work/A-real"
for f in customers.csv nps_responses.csv engagement.csv; do ln -sf "$work/A/$f" "$work/A-real/$f"; done
cat "$work"/A/*.csv "$work"/B/*.csv >/dev/null  # warm the page cache: the figures are about computing, not disks

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run generate-a-1m-customers "generate A (1M customers)" $cc generate --customers 1000000 --seed 1 --out "$work/A-again" --force
run features-b-8-quarters-csv-out "features B, 8 quarters (CSV out)" $cc features --data "$work/B" --from 2024-09-30 --to 2026-06-30 --every quarter --out "$work/features8.csv"
run train-b-8-quarters "train B, 8 quarters" $cc train --data "$work/B" --from 2024-09-30 --to 2026-06-30 --every quarter --model "$work/model8.json" --force
run score-b-at-2026-09-30 "score B at 2026-09-30" $cc score --model "$work/model8.json" --data "$work/B" --as-of 2026-09-30 --out "$work/scores.csv"
run forecast-b-at-2026-09-30-by-plan "forecast B at 2026-09-30 by plan" $cc forecast --model "$work/model8.json" --data "$work/B" --as-of 2026-09-30 --by plan
run train-a-real-at-2026-03-31 "train A-real at 2026-03-31" $cc train --data "$work/A-real" --as-of 2026-03-31 --model "$work/model1.json" --force
run evaluate-a-real-at-2026-06-30 "evaluate A-real at 2026-06-30" $cc evaluate --model "$work/model1.json" --data "$work/A-real" --as-of 2026-06-30
run evaluate-a-at-2026-06-30-oracle "evaluate A at 2026-06-30 (oracle)" $cc evaluate --model "$work/model1.json" --data "$work/A" --as-of 2026-06-30
run train-a-5-quarters-to-2025-12-31 "train A, 5 quarters to 2025-12-31" $cc train --data "$work/A" --from 2024-12-31 --to 2025-12-31 --every quarter --model "$work/model5.json" --force
run evaluate-a-2026-06-30-backtest "evaluate A 2026-06-30 --backtest" $cc evaluate --model "$work/model5.json" --data "$work/A" --as-of 2026-06-30 --backtest
run report-a-2026-06-30-by-plan "report A 2026-06-30 by plan" $cc report --model "$work/model5.json" --data "$work/A" --as-of 2026-06-30 --by plan --out "$work/report"
if [ "$pandas" = "--pandas" ]; then
    run pandas-scikit-learn-a "pandas + scikit-learn, A" python3 Benchmarks/python/pandas_pipeline.py "$work/A" 2026-03-31 2026-06-30
    cat "$work/pandas-scikit-learn-a.out"
fi
grep -h "ROC-AUC" "$work/evaluate-a-real-at-2026-06-30.out" | head -2 || true
