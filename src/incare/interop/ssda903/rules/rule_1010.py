"""1010: a care leaver with OC3 data whose latest episode last year was still open at 31 March
must have episodes in this year's return."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import fields
from incare.interop.ssda903.tables import RAW_SUFFIX, ROW


@validation_rule("1010", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last = x.previous
    if last is None or not (x.has("Episodes") and last.has("Episodes")):
        return no_findings()
    # Last year's latest episode by start date (the later row on a tie); open if DEC was blank.
    still_open = (
        last.lazy("Episodes")
        .filter(pl.col("DECOM").is_not_null())
        .group_by("CHILD")
        .agg(pl.col("DEC" + RAW_SUFFIX).sort_by("DECOM", ROW).last().is_null().alias("OPEN"))
        .filter(pl.col("OPEN"))
    )
    found = (
        x.lazy("OC3")
        .join(x.lazy("Episodes").select("CHILD"), on="CHILD", how="anti")
        .join(still_open, on="CHILD", how="semi")
    )
    return flag(found, "OC3", fields("1010"))
