"""359: a child still looked after at the year end after their 18th birthday must be under s20(5)
(V2) in a community home (K2).

An episode with a blank DEC is the one open at the collection end; this rule must see blank
DECs as blank.
Differs from the public validator: it runs after its rule 365 has written 31 March into every
blank DEC of the shared table, so it sees no open episode and never flags anything (run on its
own, it agrees with this rule).
"""

import polars as pl

from incare.interop.ssda903.derived import birthday, blank, collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import with_dob


@validation_rule("359")
def check(x: Extract) -> pl.LazyFrame:
    adult = (birthday(pl.col("HEADER_DOB"), 18) < collection_end(x)).fill_null(False)
    community_home = ((pl.col("LS") == "V2") & (pl.col("PLACE") == "K2")).fill_null(False)
    wrong = adult & blank("DEC") & ~community_home
    episodes = with_dob(x.lazy("Episodes"), x)
    return flag(episodes.filter(wrong), "Episodes", ["DEC", "LS", "PLACE"])
