"""1012: a child with no episodes in this year's return must have no reviews, missing periods,
adoption, placement for adoption, previous permanence or OC2 data."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, supplied

TABLES = ("PlacedAdoption", "Missing", "Reviews", "AD1", "PrevPerm", "OC2")


@validation_rule("1012")
def check(x: Extract) -> pl.LazyFrame:
    if not supplied(x, "Episodes"):  # without episodes every row would be flagged
        return no_findings()
    episodes = x.lazy("Episodes").select("CHILD")
    return combine(
        *(
            flag(x.lazy(table).join(episodes, on="CHILD", how="anti"), table, fields("1012"))
            for table in TABLES
        )
    )
