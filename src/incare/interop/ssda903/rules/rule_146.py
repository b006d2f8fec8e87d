"""146: the placement type must be a valid code for the collection year.

Differs from the public validator: K3 is valid in 2024/25 (the validator's 2024/25 list has a
lower-case "k3", so it flags every K3 placement that year).
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("146")
def check(x: Extract) -> pl.LazyFrame:
    valid = codes.placement_types(x.year.end_year)
    episodes = x.lazy("Episodes")
    invalid = pl.col("PLACE").is_not_null() & ~code_in("PLACE", valid)
    return flag(episodes.filter(invalid), "Episodes", ["PLACE"])
