"""179: the placement location must be IN or OUT, unless the child is on a short break (V3, V4).

Differs from the public validator: a supplied PL_LOCATION other than IN or OUT is flagged too
(the validator derives the field itself, so it only ever sees it blank). It also derives the
field from the whole ONS postcode directory, so with incare's bundled sample (200 postcodes per
council) a real postcode outside the sample has no PL_LOCATION here and is flagged: a difference
of data, not of the rule.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("179", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("Episodes")
    invalid = ~code_in("PL_LOCATION", {"IN", "OUT"}) & ~code_in(
        "LS", codes.SHORT_BREAK_LEGAL_STATUS
    )
    return flag(episodes.filter(invalid), "Episodes", ["PL_LOCATION"])
