"""1003: the decision to place the child for adoption must not be before care started.

DATE_PLACED must not be before the start (DECOM) of the child's first episode with RNE S.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, validation_rule
from incare.interop.ssda903.rules._adoption import first_per_child, flag_tagged, pairs


@validation_rule("1003")
def check(x: Extract) -> pl.LazyFrame:
    first = first_per_child(x.lazy("Episodes").filter(pl.col("RNE") == "S"), "DECOM")
    both = pairs(first, x.lazy("PlacedAdoption"), "EP", "PA")
    early = both.filter((pl.col("DATE_PLACED_PA") < pl.col("DECOM_EP")).fill_null(False))
    return combine(
        flag_tagged(early, "PA", "PlacedAdoption", ["DATE_PLACED"]),
        flag_tagged(early, "EP", "Episodes", ["DECOM", "RNE"]),
    )
