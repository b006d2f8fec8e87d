"""387: a child who moved into independent living (REC E5 or E6) must have been 14 or over.

Differs from the public validator: it also flags the episode when the child's date of birth is
unknown (no Header row or no valid DOB); an age that cannot be worked out is not "under 14".
And it runs after its rule 365 has written 31 March into every blank DEC of the shared table,
so it flags an open episode with REC E5 or E6 when the child is under 14 on 31 March; an
episode with no DEC has not ceased, and this rule (like the validator's own code run on its
own) leaves it alone.
"""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, with_header

INDEPENDENT_LIVING = frozenset({"E5", "E6"})


@validation_rule("387")
def check(x: Extract) -> pl.LazyFrame:
    joined = with_header(episodes(x), x, ["DOB"])
    under_14 = pl.col("REC").is_in(INDEPENDENT_LIVING).fill_null(False) & (
        pl.col("DEC") < birthday(pl.col("DOB"), 14)
    )
    return combine(flag(joined.filter(under_14), "Episodes", ["REC"]))
