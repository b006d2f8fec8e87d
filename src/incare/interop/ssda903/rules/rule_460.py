"""460: a child who stayed on with carers at 18 (REC E17) must have been 18 when care ceased."""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, with_header


@validation_rule("460")
def check(x: Extract) -> pl.LazyFrame:
    joined = with_header(episodes(x), x, ["DOB"])
    under_18 = (pl.col("REC") == "E17") & (pl.col("DEC") < birthday(pl.col("DOB"), 18))
    return combine(flag(joined.filter(under_18), "Episodes", ["DEC", "REC"]))
