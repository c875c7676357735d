#!/usr/bin/env python3
"""The established baselines for "no purchase in the next H days" on a shop base (issue 14, item 5).

Given a folder with customers.csv and orders.csv (customer_id, date, orders, units, revenue) — a base written by
ShopGenerator (`churncast generate --kind shop`) or a real export in the same layout — an as-of date T and a
horizon H, computes on the customers with an order on or before T, label 1 = no order in (T, T+H]:

(a) RFM logistic regression (scikit-learn): features log1p(recency days), log1p(frequency = active days),
    log(monetary = mean order value), log1p(tenure days, from signup_date or else the first order), standardised;
    LogisticRegression (L2, C=1, lbfgs) trained on the earlier snapshot T-H (label: no order in (T-H, T]) and
    applied at T. Score = predicted probability of no order.
(b) BG/NBD (lifetimes.BetaGeoFitter, Fader, Hardie & Lee 2005) fitted on the calibration period up to T in days
    (frequency = repeat active days, recency = last - first order, T = as-of - first order). Scores: expected
    purchases in (T, T+H] (the issue's score; negated, fewer purchases = more likely to lapse), P(alive), and
    P(no purchase in H) = 1 - P(alive) + P(alive) * ((alpha+T)/(alpha+T+H))^(r+x): given alive, lambda has the
    posterior Gamma(r+x, alpha+T), and an alive customer stays alive until their next purchase.
(c) with --scores FILE (customer_id, churn_probability): the same metrics for those scores (e.g. ChurnCast's).
(d) when shop_truth.csv holds p_no_order_<Q> for a quarter ending at T and the same horizon: the oracle (the
    planted probability given each customer's true state), the ceiling any model can reach.

Metrics: ROC-AUC (sklearn.metrics.roc_auc_score) and, for probabilities, ECE over 10 equal-count bins in score
order with tied scores kept in one bin — the definition of ChurnCast's CalibrationTable (.equalCount) — and over
10 equal-width bins.

Run:  python3 scripts/reference/shop_baselines.py BASE --as-of 2026-03-31 --horizon 180 [--scores s.csv] [--json out.json]
      python3 scripts/reference/shop_baselines.py --self-check   (lifetimes on CDNOW against the published fit)
      python3 scripts/reference/shop_baselines.py BASE --write-pareto-nbd N [--seed S]   (a Pareto/NBD base)
Needs the packages in scripts/reference/shop_baselines-requirements.txt; install notes and figures in shop_baselines.md.
"""
import argparse
import json
import math
import os
import sys

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import StandardScaler

EPOCH = np.datetime64("1970-01-01")


def day_number(text):
    """Days since 1970-01-01 of YYYY-MM-DD (or the calendar date of an ISO timestamp)."""
    return (np.datetime64(str(text)[:10]) - EPOCH).astype(int)


def load(folder):
    """orders aggregated per customer and day (rows of one customer and day add up), and the customer list."""
    orders = pd.read_csv(os.path.join(folder, "orders.csv"), dtype={"customer_id": str},
                         usecols=["customer_id", "date", "orders", "revenue"])
    orders["day"] = (pd.to_datetime(orders["date"].str.slice(0, 10), format="%Y-%m-%d").values.astype("datetime64[D]")
                     - EPOCH).astype(int)
    orders = orders.groupby(["customer_id", "day"], as_index=False)[["orders", "revenue"]].sum()
    customers = pd.read_csv(os.path.join(folder, "customers.csv"), dtype=str)
    signup = None
    if "signup_date" in customers.columns:
        s = pd.to_datetime(customers["signup_date"].str.slice(0, 10), format="%Y-%m-%d", errors="coerce")
        signup = pd.Series((s.values.astype("datetime64[D]") - EPOCH).astype("int64"), index=customers["customer_id"])
        signup[s.isna().values] = np.iinfo(np.int64).max
    known = set(customers["customer_id"])
    orders = orders[orders["customer_id"].isin(known)]
    return orders, signup


def snapshot(orders, signup, t, h):
    """RFM features at the end of day t for customers with an order by t, and the label no order in (t, t+h]."""
    past = orders[orders["day"] <= t]
    g = past.groupby("customer_id")
    f = pd.DataFrame({"first": g["day"].min(), "last": g["day"].max(), "active_days": g["day"].nunique(),
                      "orders": g["orders"].sum(), "revenue": g["revenue"].sum()})
    future = orders[(orders["day"] > t) & (orders["day"] <= t + h)]
    f["label"] = (~f.index.isin(future["customer_id"].unique())).astype(int)
    start = f["first"]
    if signup is not None:
        start = np.minimum(signup.reindex(f.index).fillna(np.iinfo(np.int64).max).astype(np.int64), f["first"])
    f["recency"] = t - f["last"]
    f["frequency"] = f["active_days"]
    f["monetary"] = f["revenue"] / f["orders"].clip(lower=1)
    f["tenure"] = t - start
    return f


def rfm_matrix(f):
    return np.column_stack([np.log1p(f["recency"]), np.log1p(f["frequency"]),
                            np.log(f["monetary"].clip(lower=0.01)), np.log1p(f["tenure"])])


def ece(p, y, bins=10, equal_count=True):
    """Expected calibration error: sum_b n_b/n |mean p_b - mean y_b| (ChurnCast's CalibrationTable)."""
    p = np.asarray(p, float)
    y = np.asarray(y, float)
    n = len(p)
    if equal_count:
        order = np.argsort(p, kind="mergesort")
        ps, ys = p[order], y[order]
        values, starts, sizes = np.unique(ps, return_index=True, return_counts=True)
        b = np.empty(n, int)
        seen, current = 0, 0
        for v, s, size in zip(values, starts, sizes):
            b[s:s + size] = current
            seen += size
            current = max(current, min(bins - 1, int(seen * bins / n)))
    else:
        ps, ys = p, y
        b = np.minimum(bins - 1, (ps * bins).astype(int))
    total = 0.0
    for k in range(bins):
        m = b == k
        if m.any():
            total += m.sum() / n * abs(ps[m].mean() - ys[m].mean())
    return total


def metrics(name, score, label, probability=True):
    out = {"model": name, "roc_auc": float(roc_auc_score(label, score))}
    if probability:
        out["ece_equal_count"] = ece(score, label, equal_count=True)
        out["ece_equal_width"] = ece(score, label, equal_count=False)
        out["mean_predicted"] = float(np.mean(score))
    return out


def rfm_logistic(orders, signup, t, h):
    train = snapshot(orders, signup, t - h, h)
    test = snapshot(orders, signup, t, h)
    scaler = StandardScaler().fit(rfm_matrix(train))
    model = LogisticRegression(C=1.0, max_iter=1000).fit(scaler.transform(rfm_matrix(train)), train["label"])
    p = model.predict_proba(scaler.transform(rfm_matrix(test)))[:, 1]
    fit = {"train_customers": int(len(train)), "train_base_rate": float(train["label"].mean()),
           "coefficients": dict(zip(["log1p_recency", "log1p_frequency", "log_monetary", "log1p_tenure"],
                                    map(float, model.coef_[0]))), "intercept": float(model.intercept_[0])}
    return test, p, fit


def bgnbd(test, t, h, penalizer):
    from lifetimes import BetaGeoFitter
    x = (test["active_days"] - 1).astype(float)
    recency = (test["last"] - test["first"]).astype(float)
    age = (t - test["first"]).astype(float)
    model = BetaGeoFitter(penalizer_coef=penalizer)
    model.fit(x, recency, age)
    r, alpha = model.params_["r"], model.params_["alpha"]
    expected = np.asarray(model.conditional_expected_number_of_purchases_up_to_time(h, x, recency, age))
    alive = np.asarray(model.conditional_probability_alive(x, recency, age))
    p0 = 1 - alive + alive * np.exp((r + x.values) * np.log((alpha + age.values) / (alpha + age.values + h)))
    return expected, alive, p0, {k: float(v) for k, v in model.params_.items()}


def oracle(folder, t, h, index):
    """The planted P(no order in the horizon) from shop_truth.csv, if T is a quarter end there and H matches."""
    path, meta = os.path.join(folder, "shop_truth.csv"), os.path.join(folder, "shop_truth.json")
    if not (os.path.exists(path) and os.path.exists(meta)):
        return None
    with open(meta) as fh:
        doc = json.load(fh)
    if doc["config"].get("truthHorizonDays") != h:
        return None
    label = next((q["label"] for q in (doc.get("summary") or {}).get("quarters", []) if day_number(q["end"]) == t), None)
    if label is None:
        return None
    truth = pd.read_csv(path, dtype={"customer_id": str}, usecols=["customer_id", "p_no_order_" + label])
    return truth.set_index("customer_id")["p_no_order_" + label].reindex(index).values


def write_pareto_nbd(folder, customers, seed):
    """A shop base from the Pareto/NBD process (Schmittlein, Morrison & Colombo 1987) with the parameters Fader,
    Hardie & Lee (2005, "Counting your customers the easy way", table 1) give for CDNOW: purchase rate lambda ~
    Gamma(r = 0.553, alpha = 10.578 weeks), lifetime ~ Exponential(mu) with mu ~ Gamma(s = 0.606, beta = 11.669
    weeks), in days here; unlike BG/NBD a customer may die before a repeat purchase and at any time, not only after
    one. First purchases uniform over 2023-10-01 .. 2026-09-30; purchases of one day add up; per order
    1 + Poisson(1) units at a customer price ~ Gamma(6, mean ~ Gamma(4, 10)) (revenue in cents); a `region`
    attribute without effect; no signup dates, no survey. Written only for the comparison, not tuned."""
    rng = np.random.default_rng(seed)
    start, end = day_number("2023-10-01"), day_number("2026-09-30")
    lam = rng.gamma(0.553, 1 / (10.578 * 7), customers)
    mu = rng.gamma(0.606, 1 / (11.669 * 7), customers)
    first = rng.integers(start, end + 1, customers)
    death = first + rng.exponential(1 / np.maximum(mu, 1e-12))
    price = rng.gamma(4, 10, customers)
    ids = [f"P{i + 1:06d}" for i in range(customers)]
    rows = []
    for i in range(customers):
        days = [first[i]]
        t, stop = float(first[i]), min(death[i], end + 1)
        while lam[i] > 0:
            t += rng.exponential(1 / lam[i])
            if t >= stop:
                break
            days.append(int(t))
        for d in days:
            units = 1 + rng.poisson(1)
            value = round(float(units * rng.gamma(6, price[i] / 6)), 2)
            rows.append((ids[i], d, units, value))
    os.makedirs(folder, exist_ok=True)
    orders = pd.DataFrame(rows, columns=["customer_id", "day", "units", "revenue"])
    orders["orders"] = 1
    orders = orders.groupby(["customer_id", "day"], as_index=False)[["orders", "units", "revenue"]].sum()
    orders["date"] = (EPOCH + orders["day"].values.astype("timedelta64[D]")).astype(str)
    orders["revenue"] = orders["revenue"].round(2)
    orders[["customer_id", "date", "orders", "units", "revenue"]].to_csv(os.path.join(folder, "orders.csv"),
                                                                          index=False, float_format="%.2f")
    regions = rng.choice(["north", "south", "east", "west"], customers)
    pd.DataFrame({"customer_id": ids, "region": regions}).to_csv(os.path.join(folder, "customers.csv"), index=False)


def self_check():
    """lifetimes on the CDNOW sample it ships, against Fader, Hardie & Lee (2005), Marketing Science 24(2), table:
    r = 0.243, alpha = 4.414, a = 0.793, b = 2.426."""
    from lifetimes import BetaGeoFitter
    from lifetimes.datasets import load_cdnow_summary
    d = load_cdnow_summary(index_col=[0])
    m = BetaGeoFitter(penalizer_coef=0.0).fit(d["frequency"], d["recency"], d["T"])
    published = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
    for k, v in published.items():
        if abs(m.params_[k] - v) > 0.0015:
            sys.exit(f"lifetimes self-check failed: {k} = {m.params_[k]:.4f}, published {v}")
    print("lifetimes self-check: CDNOW fit " + ", ".join(f"{k}={m.params_[k]:.3f}" for k in published)
          + " matches the published values")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?")
    ap.add_argument("--as-of", help="YYYY-MM-DD; default: the last order day minus the horizon")
    ap.add_argument("--horizon", type=int, default=180)
    ap.add_argument("--scores", help="CSV with customer_id, churn_probability to score the same way")
    ap.add_argument("--penalizer", type=float, default=0.0, help="BG/NBD penalizer_coef (lifetimes)")
    ap.add_argument("--json", help="write the figures here")
    ap.add_argument("--self-check", action="store_true")
    ap.add_argument("--write-pareto-nbd", metavar="N", type=int,
                    help="write a Pareto/NBD base of N customers (CDNOW parameters) into the folder and stop")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    if a.write_pareto_nbd:
        if not a.folder:
            ap.error("a base folder is needed")
        write_pareto_nbd(a.folder, a.write_pareto_nbd, a.seed)
        return
    if a.self_check:
        self_check()
        if not a.folder:
            return
    if not a.folder:
        ap.error("a base folder is needed")
    orders, signup = load(a.folder)
    h = a.horizon
    t = day_number(a.as_of) if a.as_of else int(orders["day"].max()) - h
    if t + h > orders["day"].max():
        sys.exit(f"as-of + horizon runs past the last order day {np.datetime64(int(orders['day'].max()), 'D')}")
    if t - h < orders["day"].min():
        sys.exit("the training snapshot T - H lies before the first order")
    test, p_rfm, rfm_fit = rfm_logistic(orders, signup, t, h)
    y = test["label"].values
    expected, alive, p0, bg_params = bgnbd(test, t, h, a.penalizer)
    results = [metrics("rfm_logistic", p_rfm, y),
               metrics("bgnbd_expected_purchases", -expected, y, probability=False),
               metrics("bgnbd_p_alive", 1 - alive, y, probability=False),
               metrics("bgnbd_p_no_purchase", p0, y)]
    if a.scores:
        s = pd.read_csv(a.scores, dtype={"customer_id": str}).set_index("customer_id")["churn_probability"]
        s = s.reindex(test.index)
        have = s.notna().values
        r = metrics("scores:" + os.path.basename(a.scores), s.values[have], y[have])
        r["coverage"] = float(have.mean())
        results.append(r)
    o = oracle(a.folder, t, h, test.index)
    if o is not None and not np.isnan(o).any():
        results.append(metrics("oracle_planted_truth", o, y))
    report = {"folder": os.path.abspath(a.folder), "as_of": str(np.datetime64(int(t), "D")), "horizon_days": h,
              "customers": int(len(test)), "no_purchase_rate": float(y.mean()), "rfm_fit": rfm_fit,
              "bgnbd_params": bg_params, "results": results}
    print(f"as-of {report['as_of']}, horizon {h} days: {len(test)} customers with an order by then, "
          f"{100 * y.mean():.1f}% without an order in the horizon")
    print(f"{'model':34s} {'ROC-AUC':>8s} {'ECE(count)':>11s} {'ECE(width)':>11s}")
    for r in results:
        e1 = f"{r['ece_equal_count']:.4f}" if "ece_equal_count" in r else "-"
        e2 = f"{r['ece_equal_width']:.4f}" if "ece_equal_width" in r else "-"
        print(f"{r['model']:34s} {r['roc_auc']:8.4f} {e1:>11s} {e2:>11s}")
    print("BG/NBD: " + ", ".join(f"{k}={v:.4g}" for k, v in bg_params.items()))
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(report, fh, indent=2)


if __name__ == "__main__":
    main()
