"""336: a child placed for adoption with their current foster carers (A3, A5) must come from a
foster or adoption placement.

The placement before must be A3-A6 or U1-U6; a child's first episode is not checked.
Differs from the public validator: it checks A3 and A5, the two "with current foster carer(s)"
codes the DfE rule names; the validator checks A3 and A4, so it misses A5 and flags children
placed for adoption with new carers (A4).
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import before, code_in, has_before, in_order


@validation_rule("336")
def check(x: Extract) -> pl.LazyFrame:
    allowed_before = sorted(codes.ADOPTION_PLACEMENTS | codes.FOSTER_PLACEMENTS)
    came_from = before("PLACE").is_in(allowed_before).fill_null(False)
    wrong = code_in("PLACE", {"A3", "A5"}) & has_before() & ~came_from
    episodes = in_order(x.lazy("Episodes"))
    return flag(episodes.filter(wrong), "Episodes", ["PLACE"])
