"""205D: a child UASC this year who was in last year's return must have been UASC last year."""

import polars as pl

from incare.interop.ssda903.derived import children, last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import has_last_year

FIELDS = ["CHILD", "UASC"]


@validation_rule("205D", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    # The Header row is flagged; without a Header, the child's UASC row.
    table = "Header" if x.has("Header") else "UASC"
    rows = x.lazy(table)
    if not (x.has("UASC") and has_last_year(x, "UASC")):
        return flag(rows.filter(pl.lit(False)), table, FIELDS)
    newly_uasc = (
        rows.join(children(x.lazy("UASC")), on="CHILD", how="semi")
        .join(children(last_year(x, "Header")), on="CHILD", how="semi")
        .join(children(last_year(x, "UASC")), on="CHILD", how="anti")
    )
    return flag(newly_uasc, table, FIELDS)
