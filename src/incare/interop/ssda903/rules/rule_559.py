"""559: a decision to place for adoption made before this year must be in last year's return.

A PlacedAdoption row whose DATE_PLACED is before the collection year is flagged when the child
has no row in last year's PlacedAdoption, or one without a valid DATE_PLACED. Nothing is
flagged when last year's extract has no PlacedAdoption table.
"""

import polars as pl

from incare.interop.ssda903.derived import children, collection_start, last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule


@validation_rule("559", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None or not x.previous.has("PlacedAdoption"):
        return no_findings()
    last = last_year(x, "PlacedAdoption")
    earlier = x.lazy("PlacedAdoption").filter(
        (pl.col("DATE_PLACED") < collection_start(x)).fill_null(False)
    )
    not_returned = earlier.join(children(last), on="CHILD", how="anti")
    undated = children(last.filter(pl.col("DATE_PLACED").is_null()))
    returned_undated = earlier.join(undated, on="CHILD", how="semi")
    rows = pl.concat([not_returned, returned_undated]).unique("ROW", maintain_order=True)
    return flag(rows, "PlacedAdoption", ["DATE_PLACED"])
