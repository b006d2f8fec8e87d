"""607: a girl who ceased to be looked after in the year (not V3/V4) must have MOTHER completed.

The female code is 2 until 2023/24 and F from 2024/25.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.derived import collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, female, flag_header, with_header


@validation_rule("607")
def check(x: Extract) -> pl.LazyFrame:
    joined = with_header(episodes(x), x, ["SEX", "MOTHER"])
    ceased = pl.col("REC").is_not_null() & (pl.col("REC") != "X1")
    in_year = pl.col("DEC").is_between(collection_start(x), collection_end(x))
    short_break = pl.col("LS").is_in(codes.SHORT_BREAK_LEGAL_STATUS).fill_null(False)
    girl = pl.col("SEX") == female(x.year.end_year)
    wrong = joined.filter(ceased & in_year & ~short_break & girl & pl.col("MOTHER").is_null())
    return combine(
        flag(wrong, "Episodes", ["DEC", "LS", "REC"]), flag_header(wrong, ["MOTHER", "SEX"])
    )
