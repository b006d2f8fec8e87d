"""420: a child on a short break (legal status V3 or V4) must have no council of placement
(PL_LA).

Differs from the public validator: in data only, not in the rule. The validator derives PL_LA
from the whole ONS postcode directory, so with incare's bundled sample (200 postcodes per
council) a real postcode outside the sample has no PL_LA here and is not flagged.
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
