"""142: every episode of a child but the latest must have ended (date and reason ceased).

Differs from the public validator: only episodes with a valid start date are ordered, so an
episode with an unreadable start date is never taken as the child's latest (the public validator
sorts it last, and then flags the real latest episode for being open); episodes starting on the
same day are taken in file order (the public validator's sort leaves their order to chance).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import SEQ, episodes, in_order


@validation_rule("142")
def check(x: Extract) -> pl.LazyFrame:
    ordered = in_order(episodes(x, dated_only=True))
    not_latest = pl.col(SEQ) < pl.col("N") - 1
    not_ended = pl.col("DEC").is_null() | pl.col("REC").is_null()
    return flag(ordered.filter(not_latest & not_ended), "Episodes", ["DEC", "REC"])
