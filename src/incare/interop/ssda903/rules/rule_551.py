"""551: a child placed for adoption must have the date of the decision to place them.

An episode in an adoption placement (A3 to A6) is flagged when the child has no PlacedAdoption
row, or has one without DATE_PLACED. Nothing is flagged when PlacedAdoption was not supplied.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.derived import children
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._adoption import given


@validation_rule("551")
def check(x: Extract) -> pl.LazyFrame:
    if not x.has("PlacedAdoption"):
        return no_findings()
    decisions = x.lazy("PlacedAdoption")
    placed = pl.col("PLACE").is_in(sorted(codes.ADOPTION_PLACEMENTS)).fill_null(False)
    episodes = x.lazy("Episodes").filter(placed)
    undated = children(decisions.filter(~given("DATE_PLACED", date=True)))
    no_row = episodes.join(children(decisions), on="CHILD", how="anti")
    no_date = episodes.join(undated, on="CHILD", how="semi")
    rows = pl.concat([no_row, no_date]).unique("ROW", maintain_order=True)
    return flag(rows, "Episodes", ["PLACE"])
