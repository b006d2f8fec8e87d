"""411: a placement located IN the council's area must have the returning council as its PL_LA.

Without the returning council's code (no --la) there is nothing to compare with: no findings.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule


@validation_rule("411", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    if x.la is None:
        return no_findings()
    wrong = (pl.col("PL_LOCATION") == "IN").fill_null(False) & pl.col("PL_LA").ne_missing(x.la)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["PL_LOCATION"])
