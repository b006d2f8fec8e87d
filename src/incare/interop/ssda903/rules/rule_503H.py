"""503H: the council of placement (PL_LA) of the child's first episode must match last year's open
episode.

Needs last year's placements located too: without them, no findings.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._placements import changed_since_last_year, differs


@validation_rule("503H", needs=("previous", "postcodes"))
def check(x: Extract) -> pl.LazyFrame:
    if x.previous is None or not x.previous.placements_located:
        return no_findings()
    changed = differs("PL_LA", "PL_LA_PRE")
    return flag(changed_since_last_year(x, changed), "Episodes", ["PL_LA"])
