"""The churn job as a data scientist would write it with pandas + scikit-learn: the yardstick for
`churncast train --as-of T1` + `churncast evaluate --as-of T2` (Benchmarks/RESULTS.md, "End to end, 1,000,000
customers").

One training snapshot at T1 and one evaluation snapshot at T2, horizon 90 days: every customer active at T
(signed up on or before T, not churned by T), features from rows dated on or before T, label = churned in
(T, T + 90]. Features are the obvious ones (tenure, plan, region, fee, last/mean/count of NPS scores and days since
the last, engagement sums over 30 and 90 days, days since the last engagement, the 30-day vs previous-60-day trend),
built with groupby/merge; StandardScaler + LogisticRegression (lbfgs, C = 1); ROC-AUC on T2.

    /usr/bin/time -v python3 Benchmarks/python/pandas_pipeline.py DATA_DIR 2026-03-31 2026-06-30

Prints the phase times and the AUC; nothing is written.
"""
import sys
import time

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HORIZON = pd.Timedelta(days=90)
COUNTS = ["likes", "shares", "comments", "dms"]


def snapshot(t, customers, nps, engagement):
    """Feature rows and labels of the customers active at t."""
    c = customers[(customers.signup_date <= t)
                  & (customers.churn_date.isna() | (customers.churn_date > t))].copy()
    c["tenure_days"] = (t - c.signup_date).dt.days
    c["churned"] = (c.churn_date.notna() & (c.churn_date <= t + HORIZON)).astype(int)

    past = nps[nps.date <= t].sort_values(["customer_id", "date"])
    g = past.groupby("customer_id")
    n = pd.DataFrame({"nps_count": g.size(), "nps_mean_score": g.score.mean(),
                      "nps_last_score": g.score.last(), "nps_last_date": g.date.last()})
    n["nps_days_since_last"] = (t - n.nps_last_date).dt.days
    n = n.drop(columns="nps_last_date")

    e = engagement[engagement.date <= t]
    last = e.groupby("customer_id").date.max().rename("last_engagement")
    w90 = e[e.date > t - pd.Timedelta(days=90)]
    s90 = w90.groupby("customer_id")[COUNTS].sum().add_suffix("_90d")
    s30 = w90[w90.date > t - pd.Timedelta(days=30)].groupby("customer_id")[COUNTS].sum().add_suffix("_30d")

    df = c.merge(n, left_on="customer_id", right_index=True, how="left")
    df = df.merge(s90, left_on="customer_id", right_index=True, how="left")
    df = df.merge(s30, left_on="customer_id", right_index=True, how="left")
    df = df.merge(last, left_on="customer_id", right_index=True, how="left")
    df["has_no_nps"] = df.nps_count.isna().astype(int)
    df["has_no_engagement"] = df.last_engagement.isna().astype(int)
    df["engagement_days_since_last"] = (t - df.last_engagement).dt.days
    df["engagement_days_since_last"] = df.engagement_days_since_last.fillna(df.tenure_days)
    df = df.drop(columns="last_engagement")
    df[["nps_count"] + [f"{k}_90d" for k in COUNTS] + [f"{k}_30d" for k in COUNTS]] = \
        df[["nps_count"] + [f"{k}_90d" for k in COUNTS] + [f"{k}_30d" for k in COUNTS]].fillna(0)
    df["nps_mean_score"] = df.nps_mean_score.fillna(df.nps_mean_score.mean())
    df["nps_last_score"] = df.nps_last_score.fillna(df.nps_last_score.mean())
    df["nps_days_since_last"] = df.nps_days_since_last.fillna(df.tenure_days)
    recent = df[[f"{k}_30d" for k in COUNTS]].sum(axis=1)
    before = df[[f"{k}_90d" for k in COUNTS]].sum(axis=1) - recent
    df["engagement_trend"] = np.log1p(recent) - np.log1p(before / 2)
    df = pd.get_dummies(df, columns=["plan", "region"], drop_first=True, dtype=float)
    y = df.pop("churned")
    x = df.drop(columns=["customer_id", "signup_date", "churn_date"])
    return x, y


def main():
    data, t1, t2 = sys.argv[1], pd.Timestamp(sys.argv[2]), pd.Timestamp(sys.argv[3])
    clock = time.perf_counter()

    def lap(what):
        nonlocal clock
        now = time.perf_counter()
        print(f"{what:<28} {now - clock:6.2f} s", flush=True)
        clock = now

    customers = pd.read_csv(f"{data}/customers.csv", parse_dates=["signup_date", "churn_date"])
    nps = pd.read_csv(f"{data}/nps_responses.csv", usecols=["customer_id", "date", "score"], parse_dates=["date"])
    lap("read customers + NPS")
    engagement = pd.read_csv(f"{data}/engagement.csv", parse_dates=["date"])
    lap("read engagement")
    x_train, y_train = snapshot(t1, customers, nps, engagement)
    lap(f"features {t1.date()}")
    x_test, y_test = snapshot(t2, customers, nps, engagement)
    x_test = x_test.reindex(columns=x_train.columns, fill_value=0)
    lap(f"features {t2.date()}")
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    model.fit(x_train, y_train)
    lap("fit (StandardScaler + LR)")
    p = model.predict_proba(x_test)[:, 1]
    auc = roc_auc_score(y_test, p)
    lap("score + AUC")
    print(f"train rows {len(x_train)} ({y_train.mean():.3%} churned), features {x_train.shape[1]}; "
          f"test rows {len(x_test)}, ROC-AUC {auc:.4f}")


if __name__ == "__main__":
    main()
