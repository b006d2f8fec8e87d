"""384: a child on a short break (legal status V3 or V4) cannot be in long-term foster care (U1,
U4).
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("384")
def check(x: Extract) -> pl.LazyFrame:
    wrong = code_in("LS", codes.SHORT_BREAK_LEGAL_STATUS) & code_in("PLACE", {"U1", "U4"})
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["LS", "PLACE"])
