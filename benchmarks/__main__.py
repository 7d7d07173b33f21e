"""Run every benchmarks/bench_*.py module's `run()` and print one JSON document.

Figures are measured, never asserted: docs/performance.md records them with the machine.
"""

import importlib
import json
import os
import platform
import sys
from pathlib import Path


def machine() -> dict:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor()
    return {"python": platform.python_version(), "system": platform.platform(), "cpu": cpu,
            "cores": os.cpu_count()}


def main(names: list[str]) -> int:
    here = Path(__file__).resolve().parent
    modules = sorted(p.stem for p in here.glob("bench_*.py"))
    chosen = [m for m in modules if not names or m.removeprefix("bench_") in names or m in names]
    if not chosen:
        print(f"no benchmark named {', '.join(names)}; have: {', '.join(modules)}", file=sys.stderr)
        return 2
    results = {"machine": machine()}
    for name in chosen:
        module = importlib.import_module(f"benchmarks.{name}")
        results[name.removeprefix("bench_")] = module.run()
        print(f"# {name} done", file=sys.stderr, flush=True)
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
