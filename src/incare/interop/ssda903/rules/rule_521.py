"""521: the date the child should be placed for adoption must not be after a placement for adoption.

DATE_INT must be on or before the start (DECOM) of every episode in an adoption placement
(A3 to A6).
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, validation_rule
from incare.interop.ssda903.rules._adoption import flag_tagged, pairs


@validation_rule("521")
def check(x: Extract) -> pl.LazyFrame:
    placed = pl.col("PLACE").is_in(sorted(codes.ADOPTION_PLACEMENTS)).fill_null(False)
    both = pairs(x.lazy("Episodes").filter(placed), x.lazy("AD1"), "EP", "AD")
    late = both.filter((pl.col("DATE_INT_AD") > pl.col("DECOM_EP")).fill_null(False))
    return combine(
        flag_tagged(late, "AD", "AD1", ["DATE_INT"]),
        flag_tagged(late, "EP", "Episodes", ["DECOM", "PLACE"]),
    )
