"""420: a child on a short break (legal status V3 or V4) must have no council of placement
(PL_LA).
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("420", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    given = code_in("LS", codes.SHORT_BREAK_LEGAL_STATUS) & pl.col("PL_LA").is_not_null()
    return flag(x.lazy("Episodes").filter(given), "Episodes", ["PL_LA"])
