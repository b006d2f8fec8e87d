"""348: a care leaver reported last year as having died (IN_TOUCH DIED) must be reported as
having died again this year."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, is_code


@validation_rule("348", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None:
        return no_findings()
    died_last_year = x.previous.lazy("OC3").filter(is_code("IN_TOUCH", "DIED")).select("CHILD")
    this_year = x.lazy("OC3").filter(~is_code("IN_TOUCH", "DIED"))
    return flag(this_year.join(died_last_year, on="CHILD", how="semi"), "OC3", fields("348"))
