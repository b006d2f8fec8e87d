"""SW10aSTG2: a social worker episode, unless its reason is FCONTA (first contact), must start
within 7 days either side of the end of the child's previous one."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import with_previous_sw
from incare.interop.ssda903.rules.rule_SW10STG2 import (
    FIRST_CONTACT,
    not_within_a_week_of_previous_end,
)


@validation_rule("SW10aSTG2")
def check(x: Extract) -> pl.LazyFrame:
    failing = not_within_a_week_of_previous_end() & (
        pl.col("SW_REASON") != FIRST_CONTACT
    ).fill_null(True)
    return flag(with_previous_sw(x).filter(failing), "SWEpisodes", ["SW_DECOM"])
