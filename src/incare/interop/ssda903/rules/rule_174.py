"""174: a male child must not have the date of birth of a mother's child recorded.

Differs from the public validator: for 2023/24 it flags females (SEX = F, a code that year's
return does not use) instead of males; incare checks males in every year (1 until 2023/24,
M from 2024/25), as the DfE's message says.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("174")
def check(x: Extract) -> pl.LazyFrame:
    male = "1" if x.year.end_year <= 2024 else "M"
    header = x.lazy("Header")
    error = (pl.col("SEX") == male).fill_null(False) & pl.col("MC_DOB__raw").is_not_null()
    return flag(header.filter(error), "Header", ["MC_DOB", "SEX"])
