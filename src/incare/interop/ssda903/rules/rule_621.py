"""621: a mother's child must be born after the mother.

Differs from the public validator: it also flags every row with a valid date of birth of the
mother's child whose own date of birth is blank or invalid (rule 102's finding); incare only
compares two known dates.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("621")
def check(x: Extract) -> pl.LazyFrame:
    header = x.lazy("Header")
    error = (pl.col("MC_DOB") <= pl.col("DOB")).fill_null(False)
    return flag(header.filter(error), "Header", ["DOB", "MC_DOB"])
