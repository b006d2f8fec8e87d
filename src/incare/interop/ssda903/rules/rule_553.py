"""553: a child with a placement order (LS E1) must have a decision to place them for adoption.

An E1 episode is flagged when the child has no PlacedAdoption row; a PlacedAdoption row is
flagged when it records the decision as reversed while the child's E1 episode is still open.
Nothing is flagged when PlacedAdoption was not supplied.
"""

import polars as pl

from incare.interop.ssda903.derived import children
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, no_findings, validation_rule
from incare.interop.ssda903.rules._adoption import given


@validation_rule("553")
def check(x: Extract) -> pl.LazyFrame:
    if not x.has("PlacedAdoption"):
        return no_findings()
    decisions = x.lazy("PlacedAdoption")
    orders = x.lazy("Episodes").filter(pl.col("LS") == "E1")
    without_decision = orders.join(children(decisions), on="CHILD", how="anti")
    open_orders = children(orders.filter(~given("DEC", date=True)))
    reversed_ = given("DATE_PLACED_CEASED", date=True) | given("REASON_PLACED_CEASED")
    reversed_while_open = decisions.filter(reversed_).join(open_orders, on="CHILD", how="semi")
    fields = ["DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]
    return combine(
        flag(without_decision, "Episodes", ["CHILD"]),
        flag(reversed_while_open, "PlacedAdoption", fields),
    )
