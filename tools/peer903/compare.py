"""Compare incare's 903 findings with the public validator's, rule by rule.

Usage: compare.py THIS_YEAR_DIR [LAST_YEAR_DIR] --year 2026 --la E10000014 --peer peer.csv
"""

import argparse
from pathlib import Path

import polars as pl

from incare.interop.ssda903.load import open_extract
from incare.interop.ssda903.postcodes import bundled_sample
from incare.interop.ssda903.validator import validate
from incare.interop.ssda903.years import CollectionYear

KEY = ["rule", "table", "row"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("this_year", type=Path)
    parser.add_argument("last_year", type=Path, nargs="?")
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--la", required=True)
    parser.add_argument("--peer", type=Path, required=True)
    parser.add_argument("--show", type=int, default=3, help="example rows per differing rule")
    args = parser.parse_args()
    extract = open_extract(
        args.this_year, year=CollectionYear(args.year), la=args.la,
        previous=args.last_year, postcodes=bundled_sample(),
    )  # fmt: skip
    report = validate(extract)
    ours = report.findings.select(*KEY, "child").with_columns(pl.col("row").cast(pl.Int64))
    peer = pl.read_csv(args.peer, schema_overrides={"rule": pl.String, "child": pl.String})
    both = ours.join(peer, on=KEY, how="inner")
    only_ours = ours.join(peer, on=KEY, how="anti")
    only_peer = peer.join(ours, on=KEY, how="anti")
    ran = {o.code for o in report.outcomes if o.status == "ran"}
    counts = (
        pl.concat(
            [
                both.group_by("rule").len().with_columns(pl.lit("both").alias("kind")),
                only_ours.group_by("rule").len().with_columns(pl.lit("only_incare").alias("kind")),
                only_peer.group_by("rule").len().with_columns(pl.lit("only_peer").alias("kind")),
            ]
        )
        .pivot(on="kind", index="rule", values="len")
        .fill_null(0)
        .sort("rule")
    )
    for column in ("both", "only_incare", "only_peer"):
        if column not in counts.columns:
            counts = counts.with_columns(pl.lit(0).alias(column))
    status_file = args.peer.with_suffix(".status.csv")
    peer_status = (
        pl.read_csv(status_file, schema_overrides={"rule": pl.String})
        if status_file.exists()
        else pl.DataFrame(schema={"rule": pl.String, "status": pl.String})
    )
    counts = counts.join(peer_status.rename({"status": "peer"}), on="rule", how="left")
    differing = counts.filter((pl.col("only_incare") > 0) | (pl.col("only_peer") > 0))
    crashed = peer_status.filter(pl.col("status") == "crashed")["rule"].to_list()
    print(f"public validator: {len(crashed)} rules crashed and were skipped: {', '.join(crashed)}")
    print(
        f"rules run by incare: {len(ran)}; agreeing findings: {both.height}; "
        f"only incare: {only_ours.height}; only public validator: {only_peer.height}"
    )
    with pl.Config(tbl_rows=400, tbl_width_chars=120):
        print(differing.select("rule", "both", "only_incare", "only_peer", "peer"))
    for rule in differing["rule"]:
        for name, frame in (("only incare", only_ours), ("only peer", only_peer)):
            rows = frame.filter(pl.col("rule") == rule).head(args.show)
            if rows.height:
                print(rule, name, rows.select("table", "row", "child").rows())


if __name__ == "__main__":
    main()
