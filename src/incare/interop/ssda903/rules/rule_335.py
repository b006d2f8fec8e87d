"""335: adoption by the child's foster carers (FOSTER_CARE) must fit the adoption placement type.

For an episode ending in adoption, A3 and A5 (placed with current foster carers) need
FOSTER_CARE 1, and A4 and A6 (not with them) need 0. The DfE's older codes in the message (A1,
A2, E1) are checked the same way, as the public validator does.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, validation_rule
from incare.interop.ssda903.rules._adoption import flag_tagged, pairs

ADOPTION_ENDINGS = ["E1", "E11", "E12"]
WITH_FOSTER_CARERS = ["A2", "A3", "A5"]
NOT_WITH_FOSTER_CARERS = ["A1", "A4", "A6"]


@validation_rule("335")
def check(x: Extract) -> pl.LazyFrame:
    adoptions = x.lazy("Episodes").filter(pl.col("REC").is_in(ADOPTION_ENDINGS).fill_null(False))
    both = pairs(adoptions, x.lazy("AD1"), "EP", "AD")
    place, foster = pl.col("PLACE_EP"), pl.col("FOSTER_CARE_AD")
    mismatch = (place.is_in(WITH_FOSTER_CARERS) & (foster == "0")) | (
        place.is_in(NOT_WITH_FOSTER_CARERS) & (foster == "1")
    )
    wrong = both.filter(mismatch.fill_null(False))
    return combine(
        flag_tagged(wrong, "AD", "AD1", ["FOSTER_CARE"]),
        flag_tagged(wrong, "EP", "Episodes", ["PLACE"]),
    )
