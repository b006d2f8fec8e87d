"""334: the date the child should be placed for adoption must not be before care last started.

DATE_INT must not be before the start (DECOM) of the child's latest episode with RNE S.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, validation_rule
from incare.interop.ssda903.rules._adoption import first_per_child, flag_tagged, pairs


@validation_rule("334")
def check(x: Extract) -> pl.LazyFrame:
    starts = x.lazy("Episodes").filter(pl.col("RNE") == "S")
    latest = first_per_child(starts, "DECOM", latest=True)
    both = pairs(latest, x.lazy("AD1"), "EP", "AD")
    early = both.filter((pl.col("DATE_INT_AD") < pl.col("DECOM_EP")).fill_null(False))
    return combine(
        flag_tagged(early, "AD", "AD1", ["DATE_INT"]),
        flag_tagged(early, "EP", "Episodes", ["DECOM", "RNE"]),
    )
