"""SW10bSTG2: a social worker episode whose reason is FCONTA (first contact) must start after the
child's previous episode ended."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import with_previous_sw
from incare.interop.ssda903.rules.rule_SW10STG2 import FIRST_CONTACT


@validation_rule("SW10bSTG2")
def check(x: Extract) -> pl.LazyFrame:
    failing = (
        pl.col("HAS_PREV")
        & (pl.col("SW_REASON") == FIRST_CONTACT)
        & (pl.col("SW_DECOM") <= pl.col("PREV_SW_DEC"))
    ).fill_null(False)
    return flag(with_previous_sw(x).filter(failing), "SWEpisodes", ["SW_DECOM", "SW_REASON"])
