"""441: participation codes PN1-PN7 must not be used for a review before the 4th birthday."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("441")
def check(x: Extract) -> pl.LazyFrame:
    reviews = x.lazy("Reviews")
    aged_four_codes = codes.REVIEW_CODES - {"PN0"}
    before_fourth = pl.col("REVIEW") < birthday(pl.col("DOB"), 4)
    error = (pl.col("REVIEW_CODE").is_in(aged_four_codes) & before_fourth).fill_null(False)
    return flag(reviews.filter(error), "Reviews", ["DOB", "REVIEW", "REVIEW_CODE"])
