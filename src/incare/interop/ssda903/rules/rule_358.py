"""358: a child must be 10 or over to start an episode under a J1, J2 or J3 legal status.

Differs from the public validator: it also flags an episode starting on the 10th birthday; a
child is 10 that day, so this rule flags only episodes starting before it.
"""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, flag_header, with_header

REMAND_OR_DETENTION = frozenset({"J1", "J2", "J3"})


@validation_rule("358")
def check(x: Extract) -> pl.LazyFrame:
    joined = with_header(episodes(x), x, ["DOB"])
    under_10 = pl.col("LS").is_in(REMAND_OR_DETENTION).fill_null(False) & (
        pl.col("DECOM") < birthday(pl.col("DOB"), 10)
    )
    wrong = joined.filter(under_10)
    return combine(flag(wrong, "Episodes", ["DECOM", "LS"]), flag_header(wrong, ["DOB"]))
