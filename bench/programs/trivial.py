# trivial.py — the smallest program: measures the fixed cost of starting a run.
1 + 2
