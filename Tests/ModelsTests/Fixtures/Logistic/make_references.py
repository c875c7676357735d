#!/usr/bin/env python3
"""Exports the logistic-regression reference datasets and computes the reference values the Swift tests compare with.

Run from this folder:  python3 make_references.py
Versions used for the committed files: see "versions" in logistic_references.json.

Datasets (shipped with statsmodels, see sm.datasets.<name>.SOURCE / COPYRIGHT):
  spector.csv  Spector & Mazzeo (1980) PSI experiment, 32 rows, from W. Greene's Econometric Analysis site
               ("used with express permission of the original author"; redistributed by statsmodels, BSD).
  anes96.csv   American National Election Studies 1996 subset, 944 rows (public domain). Target `vote`
               (1 = Dole, 0 = Clinton).

References:
  mle/*        statsmodels Logit(...).fit(method='newton', tol=1e-12, maxiter=200): params, bse, z, p, 95% CI,
               llf, llnull, prsquared, llr, llr_pvalue, aic, bic.
  l2/*         scikit-learn LogisticRegression(solver='newton-cholesky', C=1/lambda, l1_ratio=0, tol=1e-12)
               (scikit-learn >= 1.8 deprecates `penalty`; l1_ratio=0 with finite C is the L2 penalty).
               Its objective is  sum_i s_i * logloss_i + (1/(2C)) * ||coef||^2, intercept not penalised.
               std_error: sqrt(diag(inv(H))) with H = X'WX + lambda*diag(0,1,...,1), computed here with numpy at
               scikit-learn's solution (the penalised Hessian).
  balanced/*   the same with class_weight='balanced' (weights n / (2 n_class)); the intercept is sklearn's,
               i.e. *before* ChurnCast's prior correction.
  weighted/*   the same with sample_weight = 1 + (row index mod 3).
"""
import json, sys
import numpy as np
import pandas as pd
import sklearn, statsmodels, scipy
import statsmodels.api as sm
from sklearn.linear_model import LogisticRegression

def load():
    sp = sm.datasets.spector.load_pandas().data[["GPA", "TUCE", "PSI", "GRADE"]]
    an = sm.datasets.anes96.load_pandas().data
    an = an[["logpopul", "TVnews", "selfLR", "ClinLR", "DoleLR", "PID", "age", "educ", "income", "vote"]]
    return {"spector": (sp, "GRADE"), "anes96": (an, "vote")}

def write_csv(df, path):
    # repr() gives the shortest string that round-trips, so Swift reads exactly the doubles used here.
    with open(path, "w") as f:
        f.write(",".join(df.columns) + "\n")
        for row in df.itertuples(index=False):
            f.write(",".join(repr(float(v)) for v in row) + "\n")

def mle(df, target, intercept):
    X = df.drop(columns=[target])
    names = list(X.columns)
    if intercept:
        X = sm.add_constant(X, prepend=True)
        names = ["intercept"] + names
    r = sm.Logit(df[target], X).fit(method="newton", tol=1e-12, maxiter=200, disp=0)
    ci = np.asarray(r.conf_int(alpha=0.05))
    return {"intercept": intercept, "names": names, "estimate": list(r.params), "std_error": list(r.bse),
            "z": list(r.tvalues), "p_value": list(r.pvalues), "ci_low": list(ci[:, 0]), "ci_high": list(ci[:, 1]),
            "log_likelihood": r.llf, "null_log_likelihood": r.llnull, "pseudo_r2": r.prsquared,
            "lr_statistic": r.llr, "lr_p_value": r.llr_pvalue, "aic": r.aic, "bic": r.bic,
            "df_model": r.df_model, "iterations": int(r.mle_retvals["iterations"])}

def sk(df, target, lam, intercept, class_weight=None, sample_weight=None):
    X = df.drop(columns=[target]).to_numpy(float)
    y = df[target].to_numpy(float)
    m = LogisticRegression(solver="newton-cholesky", C=1.0 / lam, l1_ratio=0.0, tol=1e-12, max_iter=1000,
                           fit_intercept=intercept, class_weight=class_weight)
    m.fit(X, y, sample_weight=sample_weight)
    beta = ([float(m.intercept_[0])] if intercept else []) + [float(v) for v in m.coef_[0]]
    # Penalised Hessian at sklearn's solution, with the per-row weights sklearn used.
    s = np.ones_like(y) if sample_weight is None else np.asarray(sample_weight, float)
    if class_weight == "balanced":
        n1 = y.sum(); n0 = len(y) - n1
        s = s * np.where(y == 1, len(y) / (2 * n1), len(y) / (2 * n0))
    Z = np.column_stack([np.ones(len(y)), X]) if intercept else X
    p = 1 / (1 + np.exp(-(Z @ np.array(beta))))
    H = Z.T @ (Z * (s * p * (1 - p))[:, None])
    pen = np.full(Z.shape[1], lam)
    if intercept:
        pen[0] = 0
    H += np.diag(pen)
    se = np.sqrt(np.diag(np.linalg.inv(H)))
    grad = Z.T @ (s * (y - p)) - pen * np.array(beta)
    return {"lambda": lam, "intercept": intercept, "estimate": beta, "std_error": list(se),
            "max_abs_gradient": float(np.max(np.abs(grad))), "n_iter": int(m.n_iter_[0])}

def main():
    out = {"versions": {"python": sys.version.split()[0], "numpy": np.__version__, "pandas": pd.__version__,
                        "scipy": scipy.__version__, "statsmodels": statsmodels.__version__,
                        "scikit-learn": sklearn.__version__}}
    for name, (df, target) in load().items():
        write_csv(df, f"{name}.csv")
        n = len(df)
        sw = [1.0 + (i % 3) for i in range(n)]
        out[name] = {
            "target": target, "rows": n,
            "mle": [mle(df, target, True), mle(df, target, False)],
            "l2": [sk(df, target, lam, True) for lam in (0.5, 1.0, 10.0)] + [sk(df, target, 1.0, False)],
            "balanced": [sk(df, target, 1.0, True, class_weight="balanced"),
                         sk(df, target, 1e-3, True, class_weight="balanced")],
            "weighted": [sk(df, target, 1.0, True, sample_weight=sw)],
        }
    with open("logistic_references.json", "w") as f:
        json.dump(out, f, indent=1)

if __name__ == "__main__":
    main()
