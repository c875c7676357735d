#!/usr/bin/env bash
# Runs every churncast command on datasets/sample and on a generated 100,000-customer base and keeps every output
# (stdout, stderr, exit code, written files) in OUTDIR, so that two builds can be compared with `diff -r`.
# Usage: scripts/capture-outputs.sh CHURNCAST_BINARY OUTDIR [BIG_BASE_DIR]
set -uo pipefail
cc=$(realpath "$1"); out=$2; big=${3:-/tmp/cc-capture-100k}
export SOURCE_DATE_EPOCH=1767225600 CHURNCAST_THREADS=${CHURNCAST_THREADS:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out"; mkdir -p "$out"
run() { # name, command...
  local name=$1; shift
  "$@" >"$out/$name.stdout" 2>"$out/$name.stderr"; echo $? >"$out/$name.rc"
}
[ -f "$big/customers.csv" ] || "$cc" generate --count 100000 --seed 11 --out "$big" >/dev/null
run gen-small "$cc" generate --count 3000 --seed 5 --out "$out/gen-small" --shock plan=basic,date=2025-06-30,size=-1.0
run gen-messy "$cc" generate --count 2000 --seed 6 --out "$out/gen-messy" --messy --bad-rows 5
for base in sample big; do
  if [ $base = sample ]; then d=$root/datasets/sample; from=2024-12-31; to=2026-03-31; ev=2026-06-30; now=2026-09-30
  else d=$big; from=2024-12-31; to=2026-03-31; ev=2026-06-30; now=2026-09-30; fi
  o=$out/$base; mkdir -p "$o"; m=$o/model.json
  run $base/train "$cc" train --data "$d" --from $from --to $to --every quarter --model "$m"
  run $base/train-json "$cc" train --data "$d" --as-of $from,$to --model "$o/model2.json" --json
  run $base/evaluate "$cc" evaluate --model "$m" --data "$d" --as-of $ev --backtest
  run $base/evaluate-json "$cc" evaluate --model "$m" --data "$d" --as-of $ev --backtest --json
  run $base/score "$cc" score --model "$m" --data "$d" --as-of $now --out "$o/scores.csv"
  run $base/score-json "$cc" score --model "$m" --data "$d" --as-of $now --out "$o/scores2.csv" --json
  run $base/forecast "$cc" forecast --model "$m" --data "$d" --as-of $now --by plan
  run $base/forecast-json "$cc" forecast --model "$m" --data "$d" --as-of $now --by region --json
  run $base/report "$cc" report --model "$m" --data "$d" --as-of $ev --by plan --out "$o/report"
  run $base/features "$cc" features --data "$d" --as-of $ev --out "$o/features.csv"
  run $base/features-json "$cc" features --data "$d" --from $from --to $to --every quarter --out "$o/stack.csv" --json
  run $base/describe "$cc" features --data "$d" --describe
  run $base/fit-logistic "$cc" fit logistic --csv "$o/features.csv" --target churned --exclude customer_id,as_of,next_score
  run $base/fit-linear-json "$cc" fit linear --csv "$o/features.csv" --target tenure_days --exclude customer_id,as_of,churned,next_score --json
done
run sample/train-cv "$cc" train --data "$root/datasets/sample" --from 2024-12-31 --to 2026-03-31 --every quarter --cv 3 --class-weight balanced --model "$out/sample/model-cv.json"
run longley "$cc" fit linear --csv "$root/datasets/longley.csv" --target y
run bad-asof "$cc" score --model "$out/sample/model.json" --data "$root/datasets/sample" --as-of 2026-13-01 --out "$out/x.csv"
run bad-nodata "$cc" train --data /nonexistent --as-of 2025-01-01 --model "$out/y.json"
run help "$cc" --help
for c in train evaluate score forecast report features generate fit; do run help-$c "$cc" $c --help; done

# Paths of the output folder itself are the only expected difference between two captures.
find "$out" -type f ! -name '*.csv' | xargs sed -i "s#$out#OUT#g; s#$root#ROOT#g"
echo "captured into $out"
