"""EPI: a child in Header must have episodes or care leaver (OC3) data (a warning: episodes must
be loaded before the child can be fully validated)."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields


@validation_rule("EPI")
def check(x: Extract) -> pl.LazyFrame:
    found = (
        x.lazy("Header")
        .join(x.lazy("Episodes").select("CHILD"), on="CHILD", how="anti")
        .join(x.lazy("OC3").select("CHILD"), on="CHILD", how="anti")
    )
    return flag(found, "Header", fields("EPI"))
