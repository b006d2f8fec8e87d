"""706: a DoLO open at the end of last year's return must appear again this year with the same
start date.

Each of last year's DoLOs with no end date needs a DoLO of the same child starting on the same
date in this year's return; the finding names last year's row (table `DoLo_last`), as there is
no row this year to point at.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule


@validation_rule("706", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None:
        return no_findings()
    open_last_year = (
        x.previous.lazy("DoLo")
        .filter(pl.col("DOLO_END__raw").is_null() & pl.col("DOLO_START").is_not_null())
        .select("ROW", "CHILD", "DOLO_START")
    )
    this_year = x.lazy("DoLo").select("CHILD", "DOLO_START").unique()
    missing = open_last_year.join(this_year, on=["CHILD", "DOLO_START"], how="anti")
    return flag(missing, "DoLo_last", ["DOLO_START"])
