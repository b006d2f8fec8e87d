"""552: the decision to place the child for adoption must not be after they were so placed.

The child's latest valid DATE_PLACED must be on or before the start (DECOM) of their first
episode in an adoption placement (A3 to A6).
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, validation_rule
from incare.interop.ssda903.rules._adoption import first_per_child, flag_tagged, pairs


@validation_rule("552")
def check(x: Extract) -> pl.LazyFrame:
    placed = pl.col("PLACE").is_in(sorted(codes.ADOPTION_PLACEMENTS)).fill_null(False)
    first_placement = first_per_child(x.lazy("Episodes").filter(placed), "DECOM")
    last_decision = first_per_child(x.lazy("PlacedAdoption"), "DATE_PLACED", latest=True)
    both = pairs(first_placement, last_decision, "EP", "PA")
    late = both.filter(pl.col("DECOM_EP") < pl.col("DATE_PLACED_PA"))
    return combine(
        flag_tagged(late, "PA", "PlacedAdoption", ["DATE_PLACED"]),
        flag_tagged(late, "EP", "Episodes", ["DECOM"]),
    )
