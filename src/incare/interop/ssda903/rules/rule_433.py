"""433: an episode continuing care (RNE P, L, T, U or B) must start the day the previous one ended.

Differs from the public validator: it compares the dates as text, so 1/6/2025 does not match
01/06/2025; this rule compares the dates (or, when a date is unreadable, the text as written).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import SEQ, episodes, in_order
from incare.interop.ssda903.tables import RAW_SUFFIX

CONTINUING = frozenset({"P", "L", "T", "U", "B"})
DEC_TEXT = "DEC" + RAW_SUFFIX
DECOM_TEXT = "DECOM" + RAW_SUFFIX


@validation_rule("433")
def check(x: Extract) -> pl.LazyFrame:
    ordered = in_order(episodes(x), ["DEC", DEC_TEXT], by=("DECOM", "DEC"))
    continuing = pl.col("RNE").is_in(CONTINUING).fill_null(False) & (pl.col(SEQ) > 0)
    same_date = pl.col("PREV_DEC") == pl.col("DECOM")
    same_text = pl.col(f"PREV_{DEC_TEXT}") == pl.col(DECOM_TEXT)
    same_day = (same_date | same_text).fill_null(False)
    return flag(ordered.filter(continuing & ~same_day), "Episodes", ["DECOM", "RNE"])
