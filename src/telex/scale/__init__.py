"""Run the per-article function in one process or many. It is pure, so the results are the same."""
