"""166: the date of each review must be a valid date."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("166")
def check(x: Extract) -> pl.LazyFrame:
    reviews = x.lazy("Reviews")
    return flag(reviews.filter(pl.col("REVIEW").is_null()), "Reviews", ["REVIEW"])
