#!/usr/bin/env python3
"""Reference fits for Tests/ModelsTests/Fixtures/linear_reference.json.

OLS cases: statsmodels OLS(y, X).fit() (QR-free pinv solve; plenty accurate for these well-conditioned sets):
  params, bse, tvalues, pvalues, conf_int(0.05), rsquared, rsquared_adj, fvalue, f_pvalue, llf, aic, bic.
  Datasets bundled with statsmodels: longley (with intercept), stackloss (with intercept, and through the
  origin, where statsmodels reports the uncentered R-squared).
Ridge case: scikit-learn Ridge(alpha=lambda, fit_intercept=True, solver='cholesky', tol=1e-12) for the
  coefficients; the penalised-Hessian standard errors sqrt(diag(sigma^2 (A'A + L)^-1)), A = [1 X],
  L = diag(0, lambda, ..., lambda), sigma^2 = RSS/(n - p), computed here with numpy in long double-free float64.
Run: python3 scripts/reference/linear_statsmodels.py > Tests/ModelsTests/Fixtures/linear_reference.json
"""
import json

import numpy as np
import sklearn
import statsmodels
import statsmodels.api as sm
from sklearn.linear_model import Ridge


def ols_case(name, X, y, names, intercept):
    A = sm.add_constant(X, prepend=True) if intercept else X
    r = sm.OLS(y, A).fit()
    ci = r.conf_int(0.05)
    return {
        "name": name, "names": names, "intercept": intercept, "ridge": 0.0,
        "x": X.tolist(), "y": y.tolist(),
        "params": r.params.tolist(), "bse": r.bse.tolist(), "tvalues": r.tvalues.tolist(),
        "pvalues": r.pvalues.tolist(), "ci_low": ci[:, 0].tolist(), "ci_high": ci[:, 1].tolist(),
        "rsquared": r.rsquared, "rsquared_adj": r.rsquared_adj, "fvalue": r.fvalue, "f_pvalue": r.f_pvalue,
        "llf": r.llf, "aic": r.aic, "bic": r.bic, "resid_std_err": float(np.sqrt(r.scale)),
    }


def ridge_case(name, X, y, names, lam):
    m = Ridge(alpha=lam, fit_intercept=True, solver="cholesky", tol=1e-12).fit(X, y)
    params = np.r_[m.intercept_, m.coef_]
    A = np.c_[np.ones(len(y)), X]
    resid = y - A @ params
    n, p = A.shape
    s2 = resid @ resid / (n - p)
    L = np.diag([0.0] + [lam] * X.shape[1])
    bse = np.sqrt(np.diag(s2 * np.linalg.inv(A.T @ A + L)))
    return {"name": name, "names": names, "intercept": True, "ridge": lam, "x": X.tolist(), "y": y.tolist(),
            "params": params.tolist(), "bse": bse.tolist(), "rss": float(resid @ resid)}


longley = sm.datasets.longley.load_pandas()
stack = sm.datasets.stackloss.load_pandas()
LX, Ly = longley.exog.to_numpy(float), longley.endog.to_numpy(float)
SX, Sy = stack.exog.to_numpy(float), stack.endog.to_numpy(float)
cases = [
    ols_case("longley", LX, Ly, list(longley.exog.columns), True),
    ols_case("stackloss", SX, Sy, list(stack.exog.columns), True),
    ols_case("stackloss_origin", SX, Sy, list(stack.exog.columns), False),
    ridge_case("stackloss_ridge", SX, Sy, list(stack.exog.columns), 25.0),
]
print(json.dumps({"generator": "scripts/reference/linear_statsmodels.py",
                  "versions": {"statsmodels": statsmodels.__version__, "scikit-learn": sklearn.__version__,
                               "numpy": np.__version__},
                  "cases": cases}, indent=1))
