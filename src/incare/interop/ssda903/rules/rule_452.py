"""452: the council of placement (PL_LA) of an episode open at the end of last year must not change.

The child's first episode this year is compared with last year's last one when that is open
(blank DEC) and has the same RNE (the same episode, carried over).
Needs last year's placements located too: without them, no findings.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._placements import carried_over, differs


@validation_rule("452", needs=("previous", "postcodes"))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None or not x.previous.placements_located:
        return no_findings()
    wrong = (
        (pl.col("RNE") == pl.col("RNE_PRE")).fill_null(False)
        & pl.col("DEC__raw_PRE").is_null()
        & differs("PL_LA", "PL_LA_PRE")
    )
    return flag(carried_over(x, x.previous).filter(wrong), "Episodes", ["PL_LA"])
