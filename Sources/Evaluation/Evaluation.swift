// Churn and score metrics: see issue 4.
