#!/usr/bin/env python3
"""Writes Tests/ReportTests/Fixtures/sample-content.json: a realistic ReportContent for the report's tests and
preview, with every evaluation figure computed by scikit-learn / statsmodels (not by ChurnCast), so the tests can
check the report's charts against independent numbers (e.g. the ROC area drawn equals sklearn's roc_auc_score).

A made-up customer base: 12,000 customers, 6 standardised features, churn drawn from a planted logistic model;
the model is statsmodels' Logit fitted on the first 7,000 and evaluated on the last 5,000.
NPS history and forecast figures are invented but consistent (intervals nested, naive = last quarter).

Run: python3 scripts/reference/make-report-content.py   (numpy, scipy, statsmodels, scikit-learn; seed fixed)
"""
import json, pathlib
import numpy as np
import statsmodels.api as sm
from sklearn.metrics import roc_curve, roc_auc_score, average_precision_score, precision_recall_curve, brier_score_loss, log_loss

rng = np.random.default_rng(20260630)
names = ["days since last engagement", "last NPS score", "NPS trend (slope)", "DMs, last 30 days",
         "tenure (days)", "likes, last 90 days"]
beta = np.array([0.9, -0.7, -0.35, 0.25, -0.3, -0.05])
n, n_train = 12000, 7000
X = rng.normal(size=(n, len(names)))
logit = -2.6 + X @ beta
y = rng.random(n) < 1 / (1 + np.exp(-logit))
fit = sm.Logit(y[:n_train].astype(float), sm.add_constant(X[:n_train])).fit(disp=0)
p = fit.predict(sm.add_constant(X[n_train:]))
ye = y[n_train:]

fpr, tpr, _ = roc_curve(ye, p)
prec, rec, _ = precision_recall_curve(ye, p)
auc = roc_auc_score(ye, p)
order = np.argsort(-p, kind="stable")
m = len(p)
gains = []
for k in range(1, 11):
    top = order[: round(m * k / 10)]
    gains.append({"shareOfCustomers": k / 10, "shareOfChurnersCaptured": float(ye[top].sum() / ye.sum())})
# Calibration: 10 equal-count bins of the predicted probability.
bins = np.array_split(np.argsort(p, kind="stable"), 10)
calibration = [{"meanPredicted": float(p[b].mean()), "observedRate": float(ye[b].mean()), "count": int(len(b))} for b in bins]
cuts = [("low", 0, 0.05), ("medium", 0.05, 0.15), ("high", 0.15, 0.35), ("very high", 0.35, 1.01)]
bands = []
for name, lo, hi in cuts:
    sel = (p >= lo) & (p < hi)
    bands.append({"band": name, "count": int(sel.sum()), "meanProbability": float(p[sel].mean()),
                  "observedChurnRate": float(ye[sel].mean())})
base = ye.mean()
ci = fit.conf_int(0.05)
coefs = [{"name": names[i], "estimate": float(fit.params[i + 1]),
          "interval95": {"low": float(ci[i + 1, 0]), "high": float(ci[i + 1, 1])}} for i in range(len(names))]
nps_coefs = [{"name": nm, "estimate": e, "interval95": {"low": e - w, "high": e + w}} for nm, e, w in
             [("last NPS score", 1.42, 0.08), ("mean NPS score", 0.61, 0.09), ("NPS trend (slope)", 0.22, 0.07),
              ("days since last response", -0.12, 0.06), ("DMs, last 30 days", -0.05, 0.07), ("tenure (days)", 0.09, 0.06)]]
quarters = ["2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30"]
nps_values = [18.2, 16.9, 21.4, 19.8, 14.6, 15.9, 12.3, 13.1, 10.4]
history = [{"quarterEnd": q, "nps": v, "respondents": int(r)} for q, v, r in zip(quarters, nps_values, rng.integers(900, 1400, len(quarters)))]
backtest = []
for q, actual, prev in zip(quarters[4:], nps_values[4:], nps_values[3:]):
    f = prev - 1.1 + rng.normal(0, 0.5)
    backtest.append({"quarterEnd": q, "actual": actual, "forecast": round(f, 2),
                     "interval80": {"low": round(f - 3.3, 2), "high": round(f + 3.3, 2)},
                     "interval95": {"low": round(f - 5.0, 2), "high": round(f + 5.0, 2)}, "naive": prev})
segments = [("monthly", 6120, 6.8, 3.9, 6.1, 8.1), ("annual", 4410, 15.2, 4.6, 7.0, 14.0),
            ("enterprise", 1380, 22.5, 7.9, 12.1, 24.9), ("student & nonprofit <beta>", 90, -4.0, 21.0, 32.0, 2.0)]
seg = [{"segment": s, "count": c, "forecast": f, "interval80": {"low": f - w80, "high": f + w80},
        "interval95": {"low": f - w95, "high": f + w95}, "naive": nv, "isSmall": c < 200} for s, c, f, w80, w95, nv in segments]
reasons = ["no engagement for {} days", "last NPS score {} (detractor)", "NPS falling over the last year",
           "{} direct messages in the last 30 days", "tenure under {} months"]
at_risk = []
for rank, i in enumerate(order[:20]):
    rs = [reasons[0].format(int(40 + 12 * X[n_train + i, 0] ** 2)), reasons[1].format(min(6, max(0, round(4 + 1.5 * X[n_train + i, 1]))))]
    if X[n_train + i, 3] > 0.5: rs.append(reasons[3].format(int(3 + 3 * X[n_train + i, 3])))
    at_risk.append({"id": f"C{100000 + int(i):06d}", "probability": float(p[i]),
                    "band": "very high" if p[i] >= 0.35 else "high", "reasons": rs})

content = {
    "title": "ChurnCast report: sample data as of 2026-06-30",
    "generatedAt": "2026-07-02T09:15:00Z",
    "training": {"source": "datasets/sample", "snapshotDates": quarters[:7], "horizonDays": 90,
                 "rows": n_train, "churners": int(y[:n_train].sum())},
    "evaluation": {"source": "datasets/sample", "snapshotDates": ["2026-03-31"], "horizonDays": 90,
                   "rows": int(m), "churners": int(ye.sum())},
    "headline": {"rocAUC": auc, "prAUC": average_precision_score(ye, p), "brier": brier_score_loss(ye, p),
                 "logLoss": log_loss(ye, p), "topDecileLift": gains[0]["shareOfChurnersCaptured"] / 0.1,
                 "topDecileCapture": gains[0]["shareOfChurnersCaptured"],
                 "baselines": [{"name": "base rate", "rocAUC": None, "brier": brier_score_loss(ye, np.full(m, y[:n_train].mean()))},
                               {"name": "days since last engagement", "rocAUC": roc_auc_score(ye, X[n_train:, 0]), "brier": None}],
                 "nextScore": {"rmse": 1.87, "mae": 1.41, "baselineRMSE": 2.31, "baselineMAE": 1.66, "count": 2412}},
    "roc": [{"fpr": float(a), "tpr": float(b)} for a, b in zip(fpr, tpr)],
    # The PR curve has a point per threshold (about 5,000); every 17th is plenty for a chart.
    "precisionRecall": [{"recall": float(a), "precision": float(b)} for a, b in list(zip(rec[::-1], prec[::-1]))[::17]],
    "calibration": calibration, "gains": gains, "riskBands": bands, "npsHistory": history,
    "npsForecast": {"quarterEnd": "2026-09-30", "forecast": 9.1, "interval80": {"low": 5.8, "high": 12.4},
                    "interval95": {"low": 4.1, "high": 14.2}, "naive": 10.4, "expectedRespondents": 1104.6},
    "churnCoefficients": coefs, "npsCoefficients": nps_coefs, "segmentAttribute": "plan", "segmentForecasts": seg,
    "atRisk": at_risk, "backtest": backtest,
    "commands": {"train": "churncast train --data datasets/sample --as-of 2025-12-31 --out models/sample-model.json",
                 "evaluate": "churncast evaluate --model models/sample-model.json --data datasets/sample --as-of 2026-03-31",
                 "score": "churncast score --model models/sample-model.json --data datasets/sample --as-of 2026-06-30",
                 "forecast": "churncast forecast --model models/sample-model.json --data datasets/sample --as-of 2026-06-30",
                 "segmentForecast": "churncast forecast --model models/sample-model.json --data datasets/sample --as-of 2026-06-30 --by plan",
                 "report": "churncast report --content Tests/ReportTests/Fixtures/sample-content.json --out notebooks-export/preview"},
}
out = pathlib.Path(__file__).resolve().parents[2] / "Tests/ReportTests/Fixtures/sample-content.json"
out.write_text(json.dumps(content, indent=1, sort_keys=True) + "\n")
print(f"wrote {out}: AUC {auc:.6f}, {len(fpr)} ROC points, churn rate {base:.4f}")
