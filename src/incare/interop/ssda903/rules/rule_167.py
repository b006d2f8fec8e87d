"""167: a review must have a valid participation code, and a blank review row no code."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("167")
def check(x: Extract) -> pl.LazyFrame:
    reviews = x.lazy("Reviews")
    has_review = pl.col("REVIEW__raw").is_not_null()
    valid_code = pl.col("REVIEW_CODE").is_in(codes.REVIEW_CODES).fill_null(False)
    consistent = (has_review & valid_code) | (~has_review & pl.col("REVIEW_CODE").is_null())
    return flag(reviews.filter(~consistent), "Reviews", ["REVIEW_CODE"])
