#!/usr/bin/env python3
"""Reference values for ForecastTests (scipy 1.17.1 norm); printed, then pasted into the tests with this file named."""
import scipy
from scipy.stats import norm

print("scipy", scipy.__version__)
for m, s in [(7.2, 1.9), (9.3, 1.1), (4.0, 2.5)]:
    print(f"m={m} s={s}: promoter = {norm.sf((8.5 - m) / s)!r}, detractor = {norm.cdf((6.5 - m) / s)!r}")
