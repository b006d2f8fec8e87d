"""388: an episode ends with X1 exactly when the child's next episode starts on the day it ended.

So an episode ending with X1 needs a next episode starting that day, an episode followed by one
starting on the day it ended must end with X1, and the child's last episode must not end with X1.
Differs from the public validator: episodes with an unreadable start date are left out of the
order (the public validator puts them first, as if they started in 1901). And it runs after its
rule 365 has written 31 March into every blank DEC of the shared table, so a child's open last
episode with REC X1 counts there as ceasing with X1 and is flagged; this rule, like the
validator's own code run on its own, leaves an episode with no DEC alone (a REC without a DEC
is rule 148's error).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import SEQ, episodes, in_order


@validation_rule("388")
def check(x: Extract) -> pl.LazyFrame:
    ordered = in_order(episodes(x, dated_only=True), ["DECOM"])
    x1 = pl.col("REC") == "X1"
    has_next = pl.col(SEQ) < pl.col("N") - 1
    next_same_day = pl.col("DEC") == pl.col("NEXT_DECOM")
    ended = pl.col("DEC").is_not_null()
    wrong = ended & (
        (has_next & x1 & ~next_same_day)
        | (has_next & pl.col("REC").is_not_null() & ~x1 & next_same_day)
        | (~has_next & x1)
    )
    return flag(ordered.filter(wrong.fill_null(False)), "Episodes", ["REC"])
