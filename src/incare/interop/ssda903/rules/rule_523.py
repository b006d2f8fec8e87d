"""523: the decision to place for adoption must be dated the same in PlacedAdoption and AD1.

Where both are valid dates, each DATE_PLACED of the child must equal each DATE_INT.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, validation_rule
from incare.interop.ssda903.rules._adoption import flag_tagged, pairs


@validation_rule("523")
def check(x: Extract) -> pl.LazyFrame:
    decisions = x.lazy("PlacedAdoption").filter(pl.col("DATE_PLACED").is_not_null())
    adoptions = x.lazy("AD1").filter(pl.col("DATE_INT").is_not_null())
    both = pairs(decisions, adoptions, "PA", "AD")
    different = both.filter(pl.col("DATE_PLACED_PA") != pl.col("DATE_INT_AD"))
    return combine(
        flag_tagged(different, "PA", "PlacedAdoption", ["DATE_PLACED"]),
        flag_tagged(different, "AD", "AD1", ["DATE_INT"]),
    )
