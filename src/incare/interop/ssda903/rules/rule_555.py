"""555: a child under a freeing order (D1) must have the date of the decision to place them.

An episode with legal status D1 is flagged when the child has no PlacedAdoption row. While a D1
episode is still open (blank DEC), the decision cannot have been reversed, so a PlacedAdoption
row of the child with a date or reason of reversal (DATE_PLACED_CEASED, REASON_PLACED_CEASED) is
flagged. Nothing is flagged when PlacedAdoption was not supplied.
Differs from the public validator: it runs after its rule 365 has written 31 March into every
blank DEC of the shared table, so in a full run it sees no open D1 episode; incare reads DEC as
given.
"""

import polars as pl

from incare.interop.ssda903.derived import blank, children
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, no_findings, validation_rule
from incare.interop.ssda903.rules._adoption import flag_tagged, given, pairs
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("555")
def check(x: Extract) -> pl.LazyFrame:
    if not x.has("PlacedAdoption"):
        return no_findings()
    decisions = x.lazy("PlacedAdoption")
    freed = x.lazy("Episodes").filter(code_in("LS", {"D1"}))
    without_decision = freed.join(children(decisions), on="CHILD", how="anti")
    reversed_ = given("DATE_PLACED_CEASED", date=True) | given("REASON_PLACED_CEASED")
    both = pairs(freed.filter(blank("DEC")), decisions.filter(reversed_), "EP", "PA")
    return combine(
        flag(without_decision, "Episodes", ["CHILD", "LS"]),
        flag_tagged(both, "PA", "PlacedAdoption", ["DATE_PLACED_CEASED", "REASON_PLACED_CEASED"]),
    )
