"""242: the URN XXXXXXX (a regional adoption agency) can only go with adoption or foster placements
(A3-A6, U1-U6).
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("242")
def check(x: Extract) -> pl.LazyFrame:
    allowed = codes.ADOPTION_PLACEMENTS | codes.FOSTER_PLACEMENTS
    wrong = (pl.col("URN") == "XXXXXXX").fill_null(False) & ~code_in("PLACE", allowed)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["URN"])
