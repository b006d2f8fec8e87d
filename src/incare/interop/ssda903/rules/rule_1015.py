"""1015: a placement in the council's own provision (PR1) must be in the council's own area.

Foster and adoption placements (U1-U6, A3-A6; from 2025/26 also K3) and short breaks (V3, V4)
are not checked, nor episodes with no legal status or placement type.
Without the returning council's code (no --la) there is nothing to compare with: no findings.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("1015", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    if x.la is None:
        return no_findings()
    exempt = set(codes.FOSTER_PLACEMENTS | codes.ADOPTION_PLACEMENTS)
    if x.year.end_year >= 2026:
        exempt.add("K3")
    wrong = (
        (pl.col("PLACE_PROVIDER") == "PR1").fill_null(False)
        & pl.col("PLACE").is_not_null()
        & pl.col("LS").is_not_null()
        & ~code_in("PLACE", exempt)
        & ~code_in("LS", codes.SHORT_BREAK_LEGAL_STATUS)
        & pl.col("PL_LA").ne_missing(x.la)
    )
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["PL_LA"])
