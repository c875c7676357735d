// Linear and logistic regression: see issue 2.
