"""390: an episode ending in adoption (E11, E12) must be a placement for adoption (A3-A6)."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("390")
def check(x: Extract) -> pl.LazyFrame:
    wrong = code_in("REC", {"E11", "E12"}) & ~code_in("PLACE", codes.ADOPTION_PLACEMENTS)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["PLACE", "REC"])
