"""612: a female with the date of birth of a child recorded must be recorded as a mother."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("612")
def check(x: Extract) -> pl.LazyFrame:
    female = "2" if x.year.end_year <= 2024 else "F"
    header = x.lazy("Header")
    not_mother = (pl.col("MOTHER") == "0").fill_null(True)
    error = not_mother & (pl.col("SEX") == female).fill_null(False)
    return flag(
        header.filter(error & pl.col("MC_DOB__raw").is_not_null()),
        "Header",
        ["MC_DOB", "MOTHER", "SEX"],
    )
