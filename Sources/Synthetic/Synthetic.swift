// Synthetic customer base with a planted truth: see issue 4.
