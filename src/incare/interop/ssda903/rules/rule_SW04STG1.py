"""SW04STG1: the date the social worker episode began must be a valid date (DD/MM/YYYY).

Differs from the public validator: until 2024/25 it accepted partial dates written with ZZ
(ZZ/ZZ/ZZZZ, 01/01/ZZZZ), which the DfE allows only for the date of previous permanence; we
refuse them in every year, as the validator itself does from 2025/26.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("SW04STG1")
def check(x: Extract) -> pl.LazyFrame:
    episodes = x.lazy("SWEpisodes")
    return flag(episodes.filter(pl.col("SW_DECOM").is_null()), "SWEpisodes", ["SW_DECOM"])
