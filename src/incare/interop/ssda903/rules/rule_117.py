"""117: adoption decision dates must not be after the collection year or after care ended.

A decision's date (DATE_PLACED or DATE_PLACED_CEASED) is checked against the collection year's
end and against the end (DEC) of the child's latest episode that did not end with X1.
Differs from the public validator: a date after the collection year is flagged even when the
child has no episode, as it is wrong whatever the episodes say (the validator only looks at
children with an episode).
"""

import polars as pl

from incare.interop.ssda903.derived import collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._adoption import first_per_child, flag_tagged, pairs

DATES = ("DATE_PLACED", "DATE_PLACED_CEASED")


@validation_rule("117")
def check(x: Extract) -> pl.LazyFrame:
    decisions = x.lazy("PlacedAdoption")
    end = collection_end(x)
    after_year = pl.any_horizontal((pl.col(d) > end).fill_null(False) for d in DATES)

    episodes = x.lazy("Episodes").filter(pl.col("REC").ne_missing("X1"))
    latest = first_per_child(episodes, "DECOM", latest=True)
    both = pairs(latest, decisions, "EP", "PA")
    too_late = pl.any_horizontal(
        ((pl.col(d + "_PA") > end) | (pl.col(d + "_PA") > pl.col("DEC_EP"))).fill_null(False)
        for d in DATES
    )
    late = both.filter(too_late)
    return combine(
        flag_tagged(late, "EP", "Episodes", ["DEC", "DECOM", "REC"]),
        flag(decisions.filter(after_year), "PlacedAdoption", list(DATES)),
        flag_tagged(late, "PA", "PlacedAdoption", list(DATES)),
    )
