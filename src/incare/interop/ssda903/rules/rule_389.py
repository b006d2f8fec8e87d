"""389: a child transferred to adult social care (REC E7) must have been 16 or over.

Differs from the public validator: it also flags the episode when the date it ceased or the
child's date of birth is unknown; an age that cannot be worked out is not "under 16".
"""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, with_header


@validation_rule("389")
def check(x: Extract) -> pl.LazyFrame:
    joined = with_header(episodes(x), x, ["DOB"])
    under_16 = (pl.col("REC") == "E7") & (pl.col("DEC") < birthday(pl.col("DOB"), 16))
    return combine(flag(joined.filter(under_16), "Episodes", ["REC"]))
