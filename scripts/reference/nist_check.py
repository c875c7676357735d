#!/usr/bin/env python3
"""Checks the NIST StRD fixtures in Tests/ModelsTests/Fixtures/NIST against their certified values by solving the
normal equations in exact rational arithmetic (Python fractions). A transcription error in the data would show up
as a disagreement. Run: python3 scripts/reference/nist_check.py"""
import glob
import math
import os
from fractions import Fraction as F

import mpmath as mp

mp.mp.dps = 40


def load(path):
    d = {"certified": [], "rows": []}
    in_data = False
    for line in open(path):
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        if in_data:
            d["rows"].append([F(p) for p in parts])
        elif parts[0] == "data":
            in_data = True
        elif parts[0] == "model":
            d["model"] = (parts[1], int(parts[2]))
        elif parts[0] == "certified":
            d["certified"].append((parts[1], float(parts[2]), float(parts[3])))
        else:
            d[parts[0]] = parts[1]
    return d


def design(d):
    kind, k = d["model"]
    X, y = [], []
    for r in d["rows"]:
        y.append(r[0])
        if kind == "polynomial":
            X.append([r[1] ** j for j in range(k + 1)])
        elif kind == "linear":
            X.append([F(1)] + r[1:])
        else:
            X.append(r[1:])
    return X, y


def solve(A, b):
    n = len(A)
    M = [row[:] + [bb] for row, bb in zip(A, b)]
    for c in range(n):
        p = next(i for i in range(c, n) if M[i][c] != 0)
        M[c], M[p] = M[p], M[c]
        for i in range(n):
            if i != c and M[i][c] != 0:
                f = M[i][c] / M[c][c]
                M[i] = [a - f * bb for a, bb in zip(M[i], M[c])]
    return [M[i][n] / M[i][i] for i in range(n)]


worst = 0
for path in sorted(glob.glob("Tests/ModelsTests/Fixtures/NIST/*.txt")):
    d = load(path)
    X, y = design(d)
    n, p = len(X), len(X[0])
    XtX = [[sum(X[r][i] * X[r][j] for r in range(n)) for j in range(p)] for i in range(p)]
    Xty = [sum(X[r][i] * y[r] for r in range(n)) for i in range(p)]
    beta = solve(XtX, Xty)
    rss = sum((y[r] - sum(X[r][j] * beta[j] for j in range(p))) ** 2 for r in range(n))
    s2 = rss / (n - p)
    digits = []
    for j, (_, est, sd) in enumerate(d["certified"]):
        e = [F(int(i == j)) for i in range(p)]
        var = solve(XtX, e)[j] * s2
        se = mp.sqrt(mp.mpf(var.numerator) / var.denominator)
        for ours, cert in ((float(beta[j]), est), (float(se), sd)):
            if cert == 0:
                ok = abs(ours) < 1e-300 or ours == 0
                digits.append(16 if ok else 0)
            else:
                rel = abs(ours - cert) / abs(cert)
                digits.append(16 if rel == 0 else -math.log10(rel))
    print(f"{os.path.basename(path):14s} n={n:3d} p={p:2d} min digits agreeing with certified values: {min(digits):.1f}")
    worst = max(worst, 0) if min(digits) >= 13 else 1
if worst:
    raise SystemExit("some fixture disagrees with its certified values")
