"""628: a care leaver with no episodes in this year's return must have no mother status."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import OC3_ITEMS, any_given, fields, supplied


@validation_rule("628")
def check(x: Extract) -> pl.LazyFrame:
    if not supplied(x, "Episodes"):  # without episodes every care leaver would look the same
        return no_findings()
    care_leavers = x.lazy("OC3").filter(any_given(*OC3_ITEMS)).select("CHILD")
    wrong = (
        x.lazy("Header")
        .filter(pl.col("MOTHER").is_not_null())
        .join(x.lazy("Episodes").select("CHILD"), on="CHILD", how="anti")
        .join(care_leavers, on="CHILD", how="semi")
    )
    return flag(wrong, "Header", fields("628"))
