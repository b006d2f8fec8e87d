"""580: a child missing on the 18th birthday, when care ceased that day, must have REC E8."""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes


@validation_rule("580")
def check(x: Extract) -> pl.LazyFrame:
    missing_until_18 = (
        x.lazy("Missing")
        .filter(pl.col("MIS_END") == birthday(pl.col("DOB"), 18))
        .select("CHILD", "MIS_END")
    )
    ceased = episodes(x).join(missing_until_18, on="CHILD", how="inner")
    wrong = ceased.filter((pl.col("DEC") == pl.col("MIS_END")) & pl.col("REC").ne_missing("E8"))
    return combine(flag(wrong, "Episodes", ["REC"]))
