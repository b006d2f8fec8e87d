"""221: for a children's home, secure unit, family centre or residential school, the placement
postcode must be the Ofsted provider's postcode.

Checked when the URN is given, the legal status is not a short break (V3/V4) and the placement
postcode is given, for placement types K1, K2, R3 and S1 (and H5 in 2023/24); postcodes are
compared in capitals without spaces. A URN not in the lists, or a provider with no postcode,
fails, as in the public validator.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import (
    SHORT_BREAKS,
    episodes_with_provider,
    in_list,
)

SETTINGS_WITH_A_POSTCODE = ("K1", "K2", "R3", "S1")


def places(end_year: int) -> tuple[str, ...]:
    """The placement types checked: H5 joined them in 2023/24 only."""
    return (*SETTINGS_WITH_A_POSTCODE, "H5") if end_year == 2024 else SETTINGS_WITH_A_POSTCODE


@validation_rule("221", needs=("providers",))
def check(x: Extract) -> pl.LazyFrame:
    postcode = pl.col("PL_POST").str.to_uppercase().str.replace_all(r"\s+", "")
    checked = (
        pl.col("PLACE").is_in(places(x.year.end_year)).fill_null(False)
        & ~pl.col("LS").is_in(SHORT_BREAKS).fill_null(False)
        & pl.col("PL_POST").is_not_null()
    )
    mismatch = checked & ~in_list(postcode, pl.col("P_POSTCODES"))
    return flag(episodes_with_provider(x).filter(mismatch), "Episodes", ["PL_POST"])
