"""557: a child who left care unadopted after an adoption decision needs its reversal recorded.

An episode in an adoption placement (A3 to A6) or under a placement order (E1; and the
freeing order D1 until 2023/24) that ended for a reason other than adoption (E11, E12) or X1 is
flagged when the child has no PlacedAdoption row; it and a PlacedAdoption row of the child are
flagged when that row lacks the date or the reason of the reversal. Nothing is flagged when
PlacedAdoption was not supplied.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.derived import children
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, no_findings, validation_rule
from incare.interop.ssda903.rules._adoption import ADOPTED, flag_tagged, given, pairs


def order_statuses(end_year: int) -> list[str]:
    """Legal statuses that mean an order for adoption: D1 was dropped from 2024/25."""
    return ["D1", "E1"] if end_year <= 2024 else ["E1"]


@validation_rule("557")
def check(x: Extract) -> pl.LazyFrame:
    if not x.has("PlacedAdoption"):
        return no_findings()
    placed = pl.col("PLACE").is_in(sorted(codes.ADOPTION_PLACEMENTS))
    order = pl.col("LS").is_in(order_statuses(x.year.end_year))
    rec = pl.col("REC")
    left_unadopted = rec.is_not_null() & ~rec.is_in(sorted(ADOPTED)) & (rec != "X1")
    episodes = x.lazy("Episodes").filter(((placed | order) & left_unadopted).fill_null(False))
    decisions = x.lazy("PlacedAdoption")

    without_decision = episodes.join(children(decisions), on="CHILD", how="anti")
    incomplete = ~given("DATE_PLACED_CEASED", date=True) | ~given("REASON_PLACED_CEASED")
    both = pairs(episodes, decisions.filter(incomplete), "EP", "PA")
    return combine(
        flag(without_decision, "Episodes", ["LS", "PLACE", "REC"]),
        flag_tagged(both, "EP", "Episodes", ["LS", "PLACE", "REC"]),
        flag_tagged(both, "PA", "PlacedAdoption", ["DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]),
    )
