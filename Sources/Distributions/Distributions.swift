// Normal, Student t, F and chi-square distribution functions: see issue 2.
