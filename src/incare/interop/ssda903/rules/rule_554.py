"""554: the decision to place the child for adoption must not be after the placement order.

DATE_PLACED must be on or before the start (DECOM) of the child's first episode with legal
status E1 (placement order granted) in this year's episodes.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, validation_rule
from incare.interop.ssda903.rules._adoption import first_per_child, flag_tagged, pairs


@validation_rule("554")
def check(x: Extract) -> pl.LazyFrame:
    first_order = first_per_child(x.lazy("Episodes").filter(pl.col("LS") == "E1"), "DECOM")
    both = pairs(first_order, x.lazy("PlacedAdoption"), "EP", "PA")
    late = both.filter((pl.col("DATE_PLACED_PA") > pl.col("DECOM_EP")).fill_null(False))
    return combine(
        flag_tagged(late, "PA", "PlacedAdoption", ["DATE_PLACED"]),
        flag_tagged(late, "EP", "Episodes", ["DECOM", "LS"]),
    )
