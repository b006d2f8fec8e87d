"""229: own provision (PR1) must be in the returning council's area, other councils' (PR2)
outside it.

The provider's council is the one Ofsted's list names (or, when the name is not recognised and a
postcode store was given, the council of its postcode; see `providers.py`). From 2025/26
placement types K3, P1, P3, R1, R2, R5, T0-T4 and Z11-Z14 are not checked.
Differs from the public validator: it takes the provider's council from its postcode with 2021
boundaries, and flags PR1 when that council is unknown; we judge only providers whose council
we know.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._social_workers import episodes_with_provider, in_list

NOT_CHECKED_FROM_2026 = (
    "K3", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14",
)  # fmt: skip


@validation_rule("229", needs=("providers",))
def check(x: Extract) -> pl.LazyFrame:
    if x.la is None:
        return no_findings()
    councils = pl.col("P_LA_CODES")
    known = councils.list.len().fill_null(0) > 0
    ours = in_list(pl.lit(x.la, dtype=pl.String), councils)
    provider = pl.col("PLACE_PROVIDER")
    mismatch = known & (((provider == "PR1") & ~ours) | ((provider == "PR2") & ours)).fill_null(
        False
    )
    if x.year.end_year >= 2026:
        mismatch = mismatch & ~pl.col("PLACE").is_in(NOT_CHECKED_FROM_2026).fill_null(False)
    return flag(episodes_with_provider(x).filter(mismatch), "Episodes", ["PLACE_PROVIDER", "URN"])
