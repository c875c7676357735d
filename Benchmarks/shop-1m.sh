#!/usr/bin/env bash
# A shop of 1,000,000 customers (Benchmarks/RESULTS.md, "A shop without cancellations, 1,000,000 customers"):
# `churncast train` on 4 quarterly snapshots with --horizon 180 (issue 14's speed goal: under 10 s on the 2-core
# development machine), timed by /usr/bin/time (wall seconds, peak resident MB), with CHURNCAST_TIMING phase lines
# in $WORK/*.log; then score at 2026-03-31, timed the same way.
#
#   bash Benchmarks/shop-1m.sh [WORK_DIR] [REPEATS]
#
# The base (made once, then reused): `generate --kind shop --count 1000000 --seed 1 --from 2023-01-01`, the
# standard shop model over 2023-01-01 … 2026-09-30 (three quarters more than the default, to reach about 20 order
# rows per customer: 20,189,527 order rows, 551 MB orders.csv; the row count is printed).
# The snapshots 2024-12-31 … 2025-09-30 are the four quarter ends whose 180-day labels end before 2026-03-31.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/cc-shop-1m}
repeats=${2:-3}
mkdir -p "$work"
[ -n "${CHURNCAST:-}" ] || swift build -c release --product churncast >/dev/null
cc=${CHURNCAST:-$PWD/.build/release/churncast}  # CHURNCAST=path: time that binary instead

run() {  # slug, label, command...: prints "label  wall s  CPU s  peak MB"; stdout in $work/slug.out, stderr in slug.log
    local slug=$1 label=$2; shift 2
    CHURNCAST_TIMING=1 /usr/bin/time -f "%e %U %S %M" -o "$work/$slug.time" "$@" >"$work/$slug.out" 2>"$work/$slug.log"
    read -r wall user sys kb <"$work/$slug.time"
    printf '%-44s %7.2f s wall %7.2f s CPU %7d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" $((kb / 1024))
}

base=$work/base
[ -f "$base/shop_truth.json" ] || $cc generate --kind shop --count 1000000 --seed 1 --from 2023-01-01 --out "$base" >"$work/generate.out"
cat "$base"/*.csv >/dev/null  # warm the page cache: the figures are about computing, not disks
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "base: $(($(wc -l <"$base/customers.csv") - 1)) customers, $(($(wc -l <"$base/orders.csv") - 1)) order rows" \
    "($(du -m "$base/orders.csv" | cut -f1) MB orders.csv)"
for i in $(seq "$repeats"); do
    run "train-$i" "train, 4 quarterly snapshots, H 180 (run $i)" $cc train --data "$base" --from 2024-12-31 \
        --to 2025-09-30 --every quarter --horizon 180 --model "$work/model.json"
done
run score "score at 2026-03-31" $cc score --model "$work/model.json" --data "$base" --as-of 2026-03-31 \
    --out "$work/scores.csv"
