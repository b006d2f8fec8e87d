"""440: participation code PN0 must not be used for a review after the child's 4th birthday."""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("440")
def check(x: Extract) -> pl.LazyFrame:
    reviews = x.lazy("Reviews")
    after_fourth = pl.col("REVIEW") > birthday(pl.col("DOB"), 4)
    error = ((pl.col("REVIEW_CODE") == "PN0") & after_fourth).fill_null(False)
    return flag(reviews.filter(error), "Reviews", ["DOB", "REVIEW", "REVIEW_CODE"])
