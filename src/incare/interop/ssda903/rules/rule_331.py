"""331: the child must be matched with adopters on or before the placement ending in adoption.

DATE_MATCH must not be after the start (DECOM) of an episode that ended in adoption (E11, E12).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, validation_rule
from incare.interop.ssda903.rules._adoption import ADOPTED, flag_tagged, pairs


@validation_rule("331")
def check(x: Extract) -> pl.LazyFrame:
    adoptions = x.lazy("Episodes").filter(pl.col("REC").is_in(sorted(ADOPTED)).fill_null(False))
    both = pairs(adoptions, x.lazy("AD1"), "EP", "AD")
    late = both.filter((pl.col("DATE_MATCH_AD") > pl.col("DECOM_EP")).fill_null(False))
    return combine(
        flag_tagged(late, "AD", "AD1", ["DATE_MATCH"]),
        flag_tagged(late, "EP", "Episodes", ["DECOM", "REC"]),
    )
