"""Performance harness: `python -m benchmarks [NAME ...]` prints JSON figures."""
