"""169: the council of placement must be known, unless the child is on a short break (V3, V4).

Differs from the public validator: in data only, not in the rule. The validator derives PL_LA
from the whole ONS postcode directory, so with incare's bundled sample (200 postcodes per
council) a real postcode outside the sample has no PL_LA here and is flagged.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("169", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    missing = pl.col("PL_LA").is_null() & ~code_in("LS", codes.SHORT_BREAK_LEGAL_STATUS)
    return flag(episodes.filter(missing), "Episodes", ["PL_LA"])
