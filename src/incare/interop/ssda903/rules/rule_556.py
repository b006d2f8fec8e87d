"""556: the decision to place the child for adoption must not be after the freeing order (D1).

An episode with legal status D1 is flagged when a PlacedAdoption row of the child has a
DATE_PLACED later than the episode's start (DECOM).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import validation_rule
from incare.interop.ssda903.rules._adoption import flag_tagged, pairs
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("556")
def check(x: Extract) -> pl.LazyFrame:
    freed = x.lazy("Episodes").filter(code_in("LS", {"D1"}))
    both = pairs(freed, x.lazy("PlacedAdoption"), "EP", "PA")
    late = both.filter((pl.col("DATE_PLACED_PA") > pl.col("DECOM_EP")).fill_null(False))
    return flag_tagged(late, "EP", "Episodes", ["DECOM", "DATE_PLACED"])
