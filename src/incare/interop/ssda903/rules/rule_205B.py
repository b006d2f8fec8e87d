"""205B: a child UASC in both years must have dates UASC ceased that agree across the two years.

Last year's date must be the 18th birthday (from last year's date of birth), and this year's must
fall within this collection year or equal last year's; a blank date never agrees.
"""

import polars as pl

from incare.interop.ssda903.derived import (
    birthday,
    children,
    collection_end,
    collection_start,
    last_year,
)
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.tables import ROW

FIELDS = ["DUC", "UASC"]


@validation_rule("205B", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last = last_year(x, "UASC").select(
        "CHILD",
        pl.col("DUC").alias("DUC_LAST"),
        birthday(pl.col("DOB"), 18).alias("EIGHTEENTH_LAST"),
    )
    both_years = x.lazy("UASC").join(last, on="CHILD", how="inner")
    # A blank or invalid date never agrees.
    in_this_year = pl.col("DUC").is_between(collection_start(x), collection_end(x)).fill_null(False)
    unchanged = (pl.col("DUC") == pl.col("DUC_LAST")).fill_null(False)
    last_at_18 = (pl.col("DUC_LAST") == pl.col("EIGHTEENTH_LAST")).fill_null(False)
    error = (~in_this_year & ~unchanged) | ~last_at_18
    uasc = both_years.filter(error).unique(ROW, keep="first", maintain_order=True)
    header = x.lazy("Header").join(children(uasc), on="CHILD", how="semi")
    return combine(flag(uasc, "UASC", FIELDS), flag(header, "Header", FIELDS))
