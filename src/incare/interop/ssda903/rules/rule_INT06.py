"""INT06: every child in OC3 must be in Header."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, supplied


@validation_rule("INT06")
def check(x: Extract) -> pl.LazyFrame:
    if not supplied(x, "Header"):  # without Header every child would be flagged
        return no_findings()
    found = x.lazy("OC3").join(x.lazy("Header").select("CHILD"), on="CHILD", how="anti")
    return flag(found, "OC3", fields("INT06"))
