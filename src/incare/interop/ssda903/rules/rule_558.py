"""558: an adopted child's decision to be placed for adoption must not be recorded as reversed.

An episode ending in adoption (E11, E12) is flagged when the child has PlacedAdoption rows and
every one of them has a DATE_PLACED_CEASED (an earlier, reversed decision is fine as long as a
later one is still open).
Differs from the public validator: it flags such a child only when it counts more than one
reversal date (each counted once per adoption episode of the child, whatever the year), so a
single reversed decision followed by one adoption passes, which contradicts the rule; this rule
flags every adopted child whose decisions have all been reversed.
"""

import polars as pl

from incare.interop.ssda903.derived import children
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import ADOPTED, given


@validation_rule("558")
def check(x: Extract) -> pl.LazyFrame:
    decisions = x.lazy("PlacedAdoption")
    still_open = children(decisions.filter(~given("DATE_PLACED_CEASED", date=True)))
    adopted = pl.col("REC").is_in(sorted(ADOPTED)).fill_null(False)
    adoptions = x.lazy("Episodes").filter(adopted)
    all_reversed = adoptions.join(children(decisions), on="CHILD", how="semi").join(
        still_open, on="CHILD", how="anti"
    )
    return flag(all_reversed, "Episodes", ["DATE_PLACED_CEASED", "REC"])
