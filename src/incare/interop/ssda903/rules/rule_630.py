"""630: a child starting care during the year must have previous permanence information.

An episode with RNE S starting on or after the collection year's start is flagged when the
child has no PrevPerm row, a PrevPerm row without PREV_PERM, or one whose PREV_PERM is not Z1
without LA_PERM or DATE_PERM. Nothing is flagged when PrevPerm was not supplied.
"""

import polars as pl

from incare.interop.ssda903.derived import children, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._adoption import given


@validation_rule("630")
def check(x: Extract) -> pl.LazyFrame:
    if not x.has("PrevPerm"):
        return no_findings()
    starts = x.lazy("Episodes").filter(
        ((pl.col("RNE") == "S") & (pl.col("DECOM") >= collection_start(x))).fill_null(False)
    )
    prev = x.lazy("PrevPerm")
    option = pl.col("PREV_PERM")
    order_missing = ~given("LA_PERM") | ~given("DATE_PERM", date=True)
    incomplete = option.is_null() | ((option != "Z1") & order_missing)
    missing = starts.join(children(prev), on="CHILD", how="anti")
    lacking = starts.join(children(prev.filter(incomplete)), on="CHILD", how="semi")
    rows = pl.concat([missing, lacking]).unique("ROW", maintain_order=True)
    return flag(rows, "Episodes", ["RNE"])
