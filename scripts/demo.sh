#!/usr/bin/env bash
# The main job on the bundled sample (datasets/sample, made by `churncast generate`): build, train on six
# quarterly snapshots, evaluate on a later quarter (with the NPS forecast backtest), score today's customers,
# forecast next quarter's NPS by plan, NPS by quarter and plan with its tests, the comments' sentiment and themes,
# and the report for the sample's latest date (`--as-of latest`, 2026-09-30). About a minute on a fresh machine, most of it the build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product churncast
cc=.build/release/churncast
data=datasets/sample
model=models/sample-model.json
mkdir -p out

echo "== train (snapshots 2024-12-31 … 2026-03-31, horizon 90 days)"
$cc train --data "$data" --from 2024-12-31 --to 2026-03-31 --every quarter --model "$model"
echo
echo "== evaluate on 2026-06-30 (a later quarter than training), with the NPS forecast backtest"
$cc evaluate --model "$model" --data "$data" --as-of 2026-06-30 --backtest | tee out/sample-evaluation.txt
echo
echo "== score the customers active on the latest date in the data (2026-09-30)"
$cc score --model "$model" --data "$data" --as-of latest --out out/sample-scores.csv
echo
echo "== forecast the NPS of the next calendar quarter (after 2026-09-30), by plan"
$cc forecast --model "$model" --data "$data" --as-of latest --by plan
echo
echo "== NPS by quarter and plan, with margins of error and tests"
$cc nps --data "$data" --by plan | tee out/sample-nps.txt
echo
echo "== sentiment and themes of the NPS comments"
$cc comments --data "$data" --out out/sample-comments.csv
echo
# The report describes the sample's latest date, 2026-09-30 (`--as-of latest`, the default); its evaluation part
# uses the latest quarter whose 90 days are in the data, 2026-06-30.
echo "== report for the latest date, with revenue at risk in monthly_fee"
$cc report --model "$model" --data "$data" --as-of latest --by plan --value monthly_fee \
    --out notebooks-export/sample-report
echo
# The shop sample (datasets/shop-sample, `generate --kind shop`): no churn_date, so churn is "no order in the next
# 180 days"; the channels are the numeric columns of orders.csv. Trained on the four quarter ends whose 180 days
# end by 2026-03-31, evaluated at 2026-03-31 (the last as-of whose 180 days are in the data), scored today.
shop=datasets/shop-sample
shop_model=models/shop-sample-model.json
echo "== shop sample: train (snapshots 2024-12-31 … 2025-09-30, horizon 180 days, churn = no order)"
$cc train --data "$shop" --from 2024-12-31 --to 2025-09-30 --every quarter --horizon 180 --model "$shop_model"
echo
echo "== shop sample: evaluate on 2026-03-31"
$cc evaluate --model "$shop_model" --data "$shop" --as-of 2026-03-31 | tee out/shop-sample-evaluation.txt
echo
echo "== shop sample: score the customers with an order by the latest date (2026-09-30)"
$cc score --model "$shop_model" --data "$shop" --as-of latest --out notebooks-export/shop-sample-scores.csv
echo
echo "Outputs:"
echo "  model               $model (model card: models/README.md)"
echo "  evaluation          out/sample-evaluation.txt"
echo "  scores              out/sample-scores.csv"
echo "  NPS                 out/sample-nps.txt"
echo "  comments            out/sample-comments.csv"
echo "  report              notebooks-export/sample-report.html (open in a browser)"
echo "  notebook            notebooks-export/sample-report.ipynb (open in Jupyter; it reads the sample-report-*.csv/json beside it)"
echo "  shop sample         $shop_model, out/shop-sample-evaluation.txt, notebooks-export/shop-sample-scores.csv"
