"""INT03: every child in the Episodes table must have a row in the Header table."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule


@validation_rule("INT03")
def check(x: Extract) -> pl.LazyFrame:
    if not x.has("Header"):
        return no_findings()
    children = x.lazy("Header").select("CHILD")
    orphans = x.lazy("Episodes").join(children, on="CHILD", how="anti")
    return flag(orphans, "Episodes", ["CHILD"])
