"""362: an emergency protection order (L2) spell must not last more than 21 days.

Differs from the public validator: a spell is a run of the child's consecutive L2 episodes in
order of start, each starting on or before the day the one before ended; an open episode runs to
the end of the collection year, and an episode with an unreadable end date is not taken as open.
(The public validator also joins two L2 episodes separated by another status.)
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import long_spells


@validation_rule("362")
def check(x: Extract) -> pl.LazyFrame:
    return flag(long_spells(x, "L2", 21), "Episodes", ["DEC", "DECOM", "LS"])
