"""207: a child recorded last year as a mother must still be recorded as a mother this year."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule


@validation_rule("207", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None:
        return no_findings()
    was_mother = x.previous.lazy("Header").filter(pl.col("MOTHER") == "1").select("CHILD").unique()
    in_care = x.lazy("Episodes").select("CHILD").unique()
    header = x.lazy("Header").join(was_mother, on="CHILD", how="semi")
    header = header.join(in_care, on="CHILD", how="semi")
    return flag(header.filter(pl.col("MOTHER").ne_missing("1")), "Header", ["MOTHER"])
