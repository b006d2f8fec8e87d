"""SW14STG2: only a child's latest social worker episode may have a blank end date.

Episodes are taken in order of start date (blank or invalid starts last, as the public validator
sorts them), then end date, then file row; the child's last episode in that order is the latest.
Every other episode with a blank SW_DEC is flagged.
Differs from the public validator: it also flags an end date that is given but not a valid
date, which is not blank (rule SW05STG1 reports it); incare flags only blank ones.
"""

import polars as pl

from incare.interop.ssda903.derived import blank
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import sw_in_order


@validation_rule("SW14STG2")
def check(x: Extract) -> pl.LazyFrame:
    is_latest = pl.int_range(pl.len()).over("CHILD") == pl.len().over("CHILD") - 1
    earlier_open = sw_in_order(x).filter(blank("SW_DEC") & ~is_latest)
    return flag(earlier_open, "SWEpisodes", ["SW_DEC"])
