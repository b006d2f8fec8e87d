"""516: an episode ending in a special guardianship order to former foster carers (E45, E46) must be
a foster placement (U1-U6).
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("516")
def check(x: Extract) -> pl.LazyFrame:
    wrong = code_in("REC", {"E45", "E46"}) & ~code_in("PLACE", codes.FOSTER_PLACEMENTS)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["PLACE", "REC"])
