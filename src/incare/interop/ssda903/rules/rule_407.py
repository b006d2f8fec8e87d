"""407: a special guardianship order (REC E45-E48) must be made before the child turns 18.

Differs from the public validator: it passes an order made on the 18th birthday, when the
child has reached 18; this rule flags it, as rule 386 does for adoption. And it runs after its
rule 365 has written 31 March into every blank DEC of the shared table, so it flags an open
episode with REC E45-E48 when the child is over 18 by 31 March; an episode with no DEC has not
ceased, and this rule (like the validator's own code run on its own) leaves it alone.
"""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import (
    SPECIAL_GUARDIANSHIP,
    episodes,
    flag_header,
    with_header,
)


@validation_rule("407")
def check(x: Extract) -> pl.LazyFrame:
    joined = with_header(episodes(x), x, ["DOB"])
    adult = pl.col("REC").is_in(SPECIAL_GUARDIANSHIP).fill_null(False) & (
        pl.col("DEC") >= birthday(pl.col("DOB"), 18)
    )
    wrong = joined.filter(adult)
    return combine(flag(wrong, "Episodes", ["DEC", "REC"]), flag_header(wrong, ["DOB"]))
