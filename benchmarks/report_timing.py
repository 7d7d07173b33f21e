"""Time the city report again on a store kept by `BENCH_CITY_KEEP=1 python -m benchmarks city`.

    python -m benchmarks.report_timing DATA_FOLDER DATABASE_URL [--profile] [--by ward,group]

Opens the kept store (a PC's data folder and its city database), builds the city report by
ward, group, area and month (or `--by`) a few times and prints each time, the median of the
warm ones and, with --profile, cProfile's top entries of one warm build. Not part of
`python -m benchmarks` (it needs a store made before).
"""

import argparse
import cProfile
import pstats
import statistics
import time

from benchmarks.bench_city import CITY_REPORT


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("database")
    parser.add_argument("--by", default=",".join(CITY_REPORT))
    parser.add_argument("--times", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    from digital_literacy_app.core.reports import ReportFilter, build_report
    from digital_literacy_app.core.trainer import Trainer

    by = [d for d in args.by.split(",") if d]
    with Trainer.open(args.data, database=args.database) as trainer:
        trainer.reports.build(by)  # the facts made with this PC's lessons, if they changed
        seconds = []
        for _ in range(args.times):
            start = time.perf_counter()
            report = build_report(trainer, by)
            seconds.append(time.perf_counter() - start)
        print(f"by {by}: {len(report.rows)} rows, " + ", ".join(f"{s:.3f}" for s in seconds)
              + f" s; warm median {statistics.median(seconds[1:] or seconds):.3f} s")
        start = time.perf_counter()
        build_report(trainer, by, ReportFilter(month_from="2026-03", month_to="2026-05"))
        print(f"filtered by months: {time.perf_counter() - start:.3f} s")
        for other in (["ward"], ["month", "group"], []):
            start = time.perf_counter()
            build_report(trainer, other)
            print(f"by {other}: {time.perf_counter() - start:.3f} s")
        if args.profile:
            profile = cProfile.Profile()
            profile.runcall(build_report, trainer, by)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
