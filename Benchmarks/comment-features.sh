#!/usr/bin/env bash
# The measured gain of the comment features (issue 13): the churn model trained with them and without them
# (`train --exclude nps_has_commented,nps_last_comment_sentiment`) on the same quarterly snapshots
# 2024-12-31 … 2026-03-31, both evaluated out of sample at the later snapshot 2026-06-30 (ROC-AUC, log loss), on
#   w1 = `churncast generate` (comments in English and German that follow the score and the customer's situation),
#   w2 = `cc-world2` (Tests/TestSupport/SecondWorld: comments picked by score from its own bank).
#
#   CUSTOMERS=20000 SEEDS="1 2" bash Benchmarks/comment-features.sh
#
# Bases and models go to $OUT (default /tmp/comment-gain); one line per base on standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
CC=${CHURNCAST:-.build/release/churncast}
W2=${CC_WORLD2:-.build/release/cc-world2}
N=${CUSTOMERS:-20000}
SEEDS=${SEEDS:-"1 2"}
OUT=${OUT:-/tmp/comment-gain}
export SOURCE_DATE_EPOCH=0
mkdir -p "$OUT"
echo "| world | seed | customers | ROC-AUC with | without | gain | log loss with | without | gain (negative: better) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for world in w1 w2; do
    for seed in $SEEDS; do
        d="$OUT/$world-$N-$seed"
        if [ ! -f "$d/customers.csv" ]; then
            case $world in
                w1) "$CC" generate --count "$N" --seed "$seed" --out "$d" >/dev/null ;;
                w2) "$W2" --customers "$N" --seed "$seed" --out "$d" >/dev/null ;;
            esac
        fi
        for variant in with without; do
            exclude=()
            [ $variant = without ] && exclude=(--exclude nps_has_commented,nps_last_comment_sentiment)
            "$CC" train --data "$d" --from 2024-12-31 --to 2026-03-31 --every quarter "${exclude[@]}" \
                --model "$d/$variant.json" >/dev/null 2>&1
            "$CC" evaluate --model "$d/$variant.json" --data "$d" --as-of 2026-06-30 --json >"$d/evaluate-$variant.json" 2>/dev/null
        done
        python3 - "$d" "$world" "$seed" "$N" <<'PY'
import json, sys
d, world, seed, n = sys.argv[1:5]
def churn(v):
    e = json.load(open(f"{d}/evaluate-{v}.json"))
    c = e["churn"]["model"]
    return c["roc_auc"], c["log_loss"]
(aw, lw), (ao, lo) = churn("with"), churn("without")
print(f"| {world} | {seed} | {n} | {aw:.5f} | {ao:.5f} | {aw - ao:+.5f} | {lw:.5f} | {lo:.5f} | {lw - lo:+.5f} |")
PY
    done
done
