"""145: the category of need, when given, must be a valid code."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("145")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    invalid = pl.col("CIN").is_not_null() & ~pl.col("CIN").is_in(codes.CATEGORY_OF_NEED)
    return flag(episodes.filter(invalid), "Episodes", ["CIN"])
