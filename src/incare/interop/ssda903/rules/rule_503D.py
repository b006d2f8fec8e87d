"""503D: the placement type of the child's first episode must match last year's open episode.

In 2024/25 an open H5 may continue as K3 (the DfE's exception, when H5 gave way to supported
accommodation); in 2025/26 an open Z1 may continue as Z11-Z14 (Z1 was split).
Differs from the public validator: its shared helper's 2024/25 exception lets through every
child now in K3 or last in H5, whatever the other code, and it has no 2025/26 exception for Z1
although its 2025/26 test expects one; here both are the pairs above.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import changed_since_last_year, code_in, differs


@validation_rule("503D", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    changed = differs("PLACE", "PLACE_PRE")
    year = x.year.end_year
    if year == 2025:
        changed &= ~((pl.col("PLACE_PRE") == "H5") & (pl.col("PLACE") == "K3")).fill_null(False)
    elif year == 2026:
        changed &= ~(
            (pl.col("PLACE_PRE") == "Z1").fill_null(False)
            & code_in("PLACE", {"Z11", "Z12", "Z13", "Z14"})
        )
    return flag(changed_since_last_year(x, changed), "Episodes", ["PLACE"])
