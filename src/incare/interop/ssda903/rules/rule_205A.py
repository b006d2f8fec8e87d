"""205A: a child who was UASC last year but not this year must have had UASC status cease last year.

Differs from the public validator: with CSV input it only looks at children in this year's UASC
table that are missing from the Header, so it never sees a child who stopped being UASC (that
child has no UASC row this year). incare applies the rule to the children it is about: those
in this year's Header with no UASC row, who had a UASC row last year whose date UASC ceased is
blank or outside last year's collection year. It flags their Header row.
"""

import datetime as dt

import polars as pl

from incare.interop.ssda903.derived import children, last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import date_lit, has_last_year

FIELDS = ["CHILD", "UASC"]


@validation_rule("205A", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    if not (x.has("UASC") and has_last_year(x, "UASC")):
        return flag(header.filter(pl.lit(False)), "Header", FIELDS)
    last_start = date_lit(dt.date(x.year.end_year - 2, 4, 1))
    last_end = date_lit(dt.date(x.year.end_year - 1, 3, 31))
    ceased_last_year = pl.col("DUC").is_between(last_start, last_end).fill_null(False)
    not_ceased = children(last_year(x, "UASC").filter(~ceased_last_year))
    no_longer_uasc = header.join(children(x.lazy("UASC")), on="CHILD", how="anti").join(
        not_ceased, on="CHILD", how="semi"
    )
    return flag(no_longer_uasc, "Header", FIELDS)
