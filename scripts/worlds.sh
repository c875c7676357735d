#!/usr/bin/env bash
# The measuring stick of issue 11 on two independent synthetic worlds, with the real `churncast` binary:
#   world 1 = `churncast generate` (latent satisfaction, planted logistic churn),
#   world 2 = `cc-world2` (Tests/TestSupport/SecondWorld: own engagement baselines, churn hazard on activity
#             deficits and tenure, scale-use bias, satisfaction-dependent response, surveys after activity),
#   and the same two with a shock: one plan's satisfaction drops on 2026-05-01, two months before the last origin.
#
# For each base (history 2024-10-01 … 2026-09-30) and each quarter end T with history, 2025-03-31 … 2026-06-30:
#   - `churncast train` on the quarterly snapshots 2024-12-31 … T − 1 quarter (labels complete by T), then
#     `churncast evaluate --as-of T --json`: churn ROC-AUC at T, and the NPS forecast after T against the actual
#     and against carrying the last period forward (naive), with 80%/95% interval coverage — out of sample;
#   - the plain baseline on the same snapshots: logistic regression (numpy IRLS on standardised columns, L2 λ = 1
#     with the intercept unpenalised, like churncast's default) on raw window counts (likes/shares/comments/dms
#     over 30 and 90 days), last and mean NPS and the no-answer indicator, from `churncast features`;
#     the table also shows the model's own forecast, its combination weight w and the recent shift carried (z);
#   - at the last origin also `evaluate --backtest`: the CLI's own backtest (MAE against naive, coverage) as it
#     reports it (its periods may be in-sample; the rolling origins above never are).
#
#   bash scripts/worlds.sh                         # 20,000 customers, seeds 1 and 2, all four worlds
#   CUSTOMERS=5000 SEEDS=7 WORLDS="w2 w2shock" bash scripts/worlds.sh
#   CHURNCAST=/path/to/churncast CC_WORLD2=/path/to/cc-world2 bash scripts/worlds.sh
#
# Bases, models and JSON go to $OUT (default /tmp/worlds); one table per base on standard output, then a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
CC=${CHURNCAST:-.build/release/churncast}
W2=${CC_WORLD2:-.build/release/cc-world2}
N=${CUSTOMERS:-20000}
SEEDS=${SEEDS:-"1 2"}
WORLDS=${WORLDS:-"w1 w2 w1shock w2shock"}
OUT=${OUT:-/tmp/worlds}
[ -x "$CC" ] || swift build -c release --product churncast
[ -x "$W2" ] || swift build -c release --product cc-world2
export SOURCE_DATE_EPOCH=0
mkdir -p "$OUT"

first=2024-12-31
origins=(2025-03-31 2025-06-30 2025-09-30 2025-12-31 2026-03-31 2026-06-30)
previous=(2024-12-31 2025-03-31 2025-06-30 2025-09-30 2025-12-31 2026-03-31)

generate() {  # world seed dir
    case $1 in
        w1) "$CC" generate --customers "$N" --seed "$2" --out "$3" --force >/dev/null ;;
        w1shock) "$CC" generate --customers "$N" --seed "$2" --out "$3" --force \
                     --shock plan=pro,date=2026-05-01,size=-1.0 >/dev/null ;;
        w2) "$W2" --customers "$N" --seed "$2" --out "$3" >/dev/null ;;
        w2shock) "$W2" --customers "$N" --seed "$2" --out "$3" --shock team:2026-05-01:0.8 >/dev/null ;;
        *) echo "unknown world $1 (w1, w2, w1shock, w2shock)" >&2; exit 64 ;;
    esac
}

# One base's table from its features.csv and evaluate-*.json; writes its summary line to DIR/summary.txt.
table() {
    python3 - "$1" "$2" "$3" "${origins[*]}" "${previous[*]}" <<'PY'
import csv, json, sys
import numpy as np

folder, world, seed = sys.argv[1:4]
origins, previous = sys.argv[4].split(), sys.argv[5].split()
# Raw window counts, last and mean NPS, and whether the customer ever answered (last/mean are 0 then).
BASELINE = [f"{k}_{w}d" for w in (30, 90) for k in ("likes", "shares", "comments", "dms")] + \
           ["nps_last_score", "nps_mean_score", "has_no_nps"]

def load_features(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    missing = [c for c in BASELINE + ["as_of", "churned"] if c not in rows[0]]
    if missing:
        sys.exit(f"{path}: no column {missing}")
    as_of = np.array([r["as_of"] for r in rows])
    X = np.array([[float(r[c]) for c in BASELINE] for r in rows])
    y = np.array([float(r["churned"]) for r in rows])
    return as_of, X, y

def fit_logistic(X, y, l2=1.0):
    """Newton/IRLS on standardised columns, L2 penalty on the slopes only."""
    mean, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1
    Z = np.hstack([np.ones((len(X), 1)), (X - mean) / sd])
    beta = np.zeros(Z.shape[1])
    penalty = np.eye(Z.shape[1]) * l2
    penalty[0, 0] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-Z @ beta))
        step = np.linalg.solve(Z.T @ (Z * (p * (1 - p))[:, None]) + penalty, Z.T @ (y - p) - penalty @ beta)
        beta += step
        if np.abs(step).max() < 1e-10:
            break
    return lambda Xn: np.hstack([np.ones((len(Xn), 1)), (Xn - mean) / sd]) @ beta

def roc_auc(score, y):
    """Mann–Whitney: P(score of a churner > score of a stayer), ties counted half."""
    order = np.argsort(score, kind="mergesort")
    ranks = np.empty(len(score))
    s = score[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = y == 1
    n1, n0 = pos.sum(), (~pos).sum()
    return (ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)

def get(d, *path):
    # Keys as written since the JSON became snake_case (rocAUC → roc_auc), or camelCase in older outputs.
    for k in path:
        snake = "".join("_" + c.lower() if c.isupper() and i and not k[i - 1].isupper() else c.lower()
                        for i, c in enumerate(k))
        if not isinstance(d, dict) or (k not in d and snake not in d):
            return None
        d = d[k] if k in d else d[snake]
    return d

def fmt(v, spec="+.1f"):
    return "-" if v is None else format(v, spec)

as_of, X, y = load_features(f"{folder}/features.csv")
print(f"== {world} seed {seed}: {folder}")
print(f"{'origin T':10} {'trained to':10} {'customers':>9} {'churn':>6} {'AUC cc':>7} {'AUC base':>8}"
      f" {'NPS actual':>10} {'forecast':>8} {'naive':>6} {'err cc':>6} {'err naive':>9} {'80%':>4} {'95%':>4}"
      f" {'model':>6} {'w':>5} {'shift':>6} {'z':>5}")
aucs, bases, errs, naives, models, cov80, cov95 = [], [], [], [], [], [], []
for T, prev in zip(origins, previous):
    ev = json.load(open(f"{folder}/evaluate-{T}.json"))
    train = as_of <= prev
    test = as_of == T
    base_auc = roc_auc(fit_logistic(X[train], y[train])(X[test]), y[test])
    auc = get(ev, "churn", "model", "rocAUC")
    fc = get(ev, "forecast")
    err, naive_err = get(fc, "forecastError"), get(fc, "naiveError")
    c80, c95 = get(fc, "covered80"), get(fc, "covered95")
    aucs.append(auc); bases.append(base_auc)
    if err is not None and naive_err is not None:
        errs.append(abs(err)); naives.append(abs(naive_err)); cov80.append(bool(c80)); cov95.append(bool(c95))
    # The model's own forecast (before the combination with naive), its weight, and the recent shift carried.
    model, weight = get(fc, "forecast", "modelForecast"), get(fc, "forecast", "modelWeight")
    shift, z = get(fc, "forecast", "recent", "shift"), get(fc, "forecast", "recent", "z")
    if model is not None and get(fc, "actual") is not None:
        models.append(abs(model - get(fc, "actual")))
    yes = {True: "yes", False: "no", None: "-"}
    print(f"{T:10} {prev:10} {int(test.sum()):9d} {y[test].mean():6.1%} {fmt(auc, '.3f'):>7} {base_auc:8.3f}"
          f" {fmt(get(fc, 'actual')):>10} {fmt(get(fc, 'forecast', 'point')):>8} {fmt(get(fc, 'naive')):>6}"
          f" {fmt(err):>6} {fmt(naive_err):>9} {yes[c80]:>4} {yes[c95]:>4}"
          f" {fmt(model):>6} {fmt(weight, '.2f'):>5} {fmt(shift):>6} {fmt(z):>5}")
mean = lambda v: sum(v) / len(v) if v else None
bt = get(json.load(open(f"{folder}/evaluate-{origins[-1]}.json")), "backtest") or {}
paired = bt.get("paired", {})
print(f"rolling origins: AUC cc {mean(aucs):.3f} vs baseline {mean(bases):.3f};"
      f" NPS forecast MAE {fmt(mean(errs), '.2f')} vs naive {fmt(mean(naives), '.2f')} over {len(errs)} origins"
      f" (model alone {fmt(mean(models), '.2f')});"
      f" covered {sum(cov80)}/{len(cov80)} (80%), {sum(cov95)}/{len(cov95)} (95%)")
print(f"evaluate --backtest at {origins[-1]}: {bt.get('periods', '-')} periods, MAE {fmt(get(paired, 'modelMAE'), '.2f')}"
      f" vs naive {fmt(get(paired, 'naiveMAE'), '.2f')}; coverage {fmt(bt.get('coverage80'), '.0%')} (80%),"
      f" {fmt(bt.get('coverage95'), '.0%')} (95%)")
print()
with open(f"{folder}/summary.txt", "w") as f:
    f.write(f"{world + ' s' + seed:14} {mean(aucs):9.3f} {mean(bases):9.3f} {fmt(mean(errs), '9.2f')} {fmt(mean(naives), '9.2f')}"
            f" {fmt(errs[-1] if errs else None, '9.2f')} {fmt(naives[-1] if naives else None, '9.2f')} {sum(cov80):4d}/{len(cov80)} {sum(cov95):4d}/{len(cov95)}"
            f"   {bt.get('periods', '-')} periods {fmt(get(paired, 'modelMAE'), '.2f')} / {fmt(get(paired, 'naiveMAE'), '.2f')},"
            f" {fmt(bt.get('coverage80'), '.0%')} / {fmt(bt.get('coverage95'), '.0%')}\n")
PY
}

summaries=()
for world in $WORLDS; do
    for seed in $SEEDS; do
        dir=$OUT/$world-s$seed
        rm -rf "$dir" && mkdir -p "$dir"
        generate "$world" "$seed" "$dir"
        "$CC" features --data "$dir" --from "$first" --to "${origins[-1]}" --every quarter \
            --out "$dir/features.csv" >/dev/null 2>&1
        for i in "${!origins[@]}"; do
            T=${origins[$i]}
            backtest=()
            [ "$i" -eq $((${#origins[@]} - 1)) ] && backtest=(--backtest)
            "$CC" train --data "$dir" --from "$first" --to "${previous[$i]}" --every quarter \
                --model "$dir/model-$T.json" --force >/dev/null 2>&1
            "$CC" evaluate --model "$dir/model-$T.json" --data "$dir" --as-of "$T" "${backtest[@]}" --json \
                > "$dir/evaluate-$T.json" 2>/dev/null
        done
        table "$dir" "$world" "$seed"
        summaries+=("$dir/summary.txt")
    done
done
echo "== summary ($N customers): means over the rolling origins ${origins[0]} … ${origins[-1]} (out of sample);"
echo "   last = |error| at ${origins[-1]} (the shock worlds' shock is two months old there); backtest = evaluate --backtest there"
printf '%-14s %9s %9s %9s %9s %9s %9s %6s %6s   %s\n' base "AUC cc" "AUC base" "MAE cc" "MAE naive" "last cc" "last naive" \
    "cov80" "cov95" \
    "backtest: periods MAE cc / naive, cov80 / cov95"
cat "${summaries[@]}"
