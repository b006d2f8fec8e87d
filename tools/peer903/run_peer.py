"""Run the public 903 validator (its own environment) and write its findings as CSV.

Usage: run_peer.py THIS_YEAR_DIR [LAST_YEAR_DIR] --year 2026 --la E10000014 --out peer.csv
"""

import argparse
import csv
import importlib
import time
from pathlib import Path

from lac_validator import lac_validator
from lac_validator.utils import process_uploaded_files


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("this_year", type=Path)
    parser.add_argument("last_year", type=Path, nargs="?")
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--la", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    files = {"This year": sorted(str(p) for p in args.this_year.glob("*.csv"))}
    if args.last_year:
        files["Prev year"] = sorted(str(p) for p in args.last_year.glob("*.csv"))
    ruleset = f"lac{args.year - 1}_{args.year % 100:02d}"
    registry = importlib.import_module(f"lac_validator.rules.{ruleset}").registry
    started = time.perf_counter()
    validator = lac_validator.LacValidator(
        metadata={
            "collectionYear": str(args.year),
            "localAuthority": args.la,
        },
        files=process_uploaded_files(files),
        registry=registry,
    )
    seconds = time.perf_counter() - started
    with args.out.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["rule", "table", "row", "child"])
        for table, frame in validator.ds_results.items():
            if table == "metadata" or table.endswith("_last"):
                continue
            for column in (c for c in frame.columns if c.startswith("ERR_")):
                flagged = frame[frame[column] == True]  # noqa: E712 (pandas mask)
                for index, child in zip(flagged.index, flagged["CHILD"], strict=True):
                    writer.writerow([column[4:], table, int(index) + 1, child])
    status = args.out.with_suffix(".status.csv")
    with status.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["rule", "status"])
        for code in validator.fails:
            writer.writerow([code, "crashed"])
        for code in validator.skips:
            writer.writerow([code, "skipped"])
    print(
        f"{len(registry)} rules, {len(validator.fails)} crashed, "
        f"{len(validator.skips)} skipped, {seconds:.1f} s"
    )


if __name__ == "__main__":
    main()
