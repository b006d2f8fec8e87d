"""406: a child who is or was UASC (in this or last year's UASC table) must have no placement
distance.

Differs from the public validator: in data only, not in the rule. The validator derives
PL_DISTANCE from the whole ONS postcode directory, so with incare's bundled sample (200
postcodes per council) a real postcode outside the sample has no distance here and is not
flagged.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import only_uasc


@validation_rule("406", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    episodes = only_uasc(x.lazy("Episodes"), x)
    given = pl.col("PL_DISTANCE").is_not_null()
    return flag(episodes.filter(given), "Episodes", ["PL_DISTANCE"])
