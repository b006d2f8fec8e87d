"""217t: placement type P2 (independent living) must not continue after 27 October 2023.

An episode in P2 is flagged unless it ended on or before 28 October 2023; an episode with no
readable end date (blank, so still open, or unreadable) cannot show that it did.
"""

import datetime as dt

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in

P2_LAST_DAY = dt.date(2023, 10, 28)


@validation_rule("217t")
def check(x: Extract) -> pl.LazyFrame:
    dec = pl.col("DEC")
    continues = dec.is_null() | (dec > pl.lit(P2_LAST_DAY, dtype=pl.Date))
    episodes = x.lazy("Episodes").filter(code_in("PLACE", {"P2"}) & continues)
    return flag(episodes, "Episodes", ["PLACE", "DEC"])
