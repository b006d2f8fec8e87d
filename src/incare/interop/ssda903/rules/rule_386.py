"""386: a child adopted (REC E11 or E12) must have been under 18 on the day the episode ceased.

An episode with no DEC has no day it ceased and is not checked.
Differs from the public validator: it runs after its rule 365 has written 31 March into every
blank DEC of the shared table, so it flags an adoption episode with a blank DEC when the child
is 18 by 31 March (run on its own, it skips such episodes, as this rule does).
"""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import ADOPTED, episodes, with_header


@validation_rule("386")
def check(x: Extract) -> pl.LazyFrame:
    joined = with_header(episodes(x), x, ["DOB"])
    adopted_adult = pl.col("REC").is_in(ADOPTED).fill_null(False) & (
        pl.col("DEC") >= birthday(pl.col("DOB"), 18)
    )
    return combine(flag(joined.filter(adopted_adult), "Episodes", ["REC"]))
