"""231: a UASC child is expected to be at least 11 years old at the end of the collection year.

Differs from the public validator: it reads a UASC_STATUS field that CSV files do not have, so
with CSV input it always fails and finds nothing. incare takes a child as UASC when they have a
row in the UASC table, and flags their Header row when born after the day 11 years before the
collection year ends.
"""

import datetime as dt

import polars as pl

from incare.interop.ssda903.derived import children
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import date_lit


@validation_rule("231")
def check(x: Extract) -> pl.LazyFrame:
    eleven_at_year_end = date_lit(dt.date(x.year.end_year - 11, 3, 31))
    young_uasc = (
        x.lazy("Header")
        .join(children(x.lazy("UASC")), on="CHILD", how="semi")
        .filter((pl.col("DOB") > eleven_at_year_end).fill_null(False))
    )
    return flag(young_uasc, "Header", ["DOB", "UASC_STATUS"])
