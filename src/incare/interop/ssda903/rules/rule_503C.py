"""503C: the category of need of the first episode must match last year's open episode.

Differs from the public validator: last year's latest episode counts as open only when its DEC is
blank; the public validator also takes an unreadable DEC for open (its rule 502 does not).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import differs_from_open_episode


@validation_rule("503C", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    return flag(differs_from_open_episode(x, "CIN"), "Episodes", ["CIN"])
