"""371: a child in semi-independent (H5) or supported accommodation (K3) must be old enough when it
starts.

2022/23: H5 from 14; 2023/24: H5 from 16; from 2024/25: K3 from 16 (as the public validator).
Differs from the public validator: open episodes (blank DEC) are checked too; the validator's
code drops them (only its rule 365, which overwrites blank DECs with 31 March in the shared
table, makes them count there).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import placed_under_age


@validation_rule("371")
def check(x: Extract) -> pl.LazyFrame:
    year = x.year.end_year
    place, years = ("H5", 14) if year <= 2023 else ("H5", 16) if year == 2024 else ("K3", 16)
    return flag(placed_under_age(x, place, years), "Episodes", ["DECOM", "PLACE"])
