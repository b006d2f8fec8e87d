"""383: after a temporary placement (T0-T4) the child must return to the placement before it, with
RNE P.

Until 2024/25 the temporary episode is flagged when the next one's RNE is not P or its
placement type differs from the one before; from 2025/26 the returning episode is flagged
when its RNE is not P or its placement type or postcode differs from the one before the
temporary placement (as the public validator does in each year).
Differs from the public validator: two blank values count as the same and postcodes are
compared without spaces or case (the validator takes blank vs blank, or "AB1 0JD" vs "AB10JD",
as a change of placement).
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import (
    after,
    before,
    code_in,
    has_after,
    has_before,
    in_order,
    postcode,
)


def _differs(one: pl.Expr, other: pl.Expr) -> pl.Expr:
    return ~one.eq_missing(other)


@validation_rule("383")
def check(x: Extract) -> pl.LazyFrame:
    temporary = sorted(codes.TEMPORARY_PLACEMENTS)
    episodes = in_order(x.lazy("Episodes")).with_columns(postcode("PL_POST").alias("POSTCODE"))
    if x.year.end_year <= 2025:
        wrong = (
            code_in("PLACE", temporary)
            & has_before()
            & has_after()
            & ((after("RNE") != "P").fill_null(True) | _differs(after("PLACE"), before("PLACE")))
        )
        return flag(episodes.filter(wrong), "Episodes", ["PLACE", "PL_POST", "RNE"])
    wrong = (
        before("PLACE").is_in(temporary).fill_null(False)
        & has_before(2)
        & (
            (pl.col("RNE") != "P").fill_null(True)
            | _differs(pl.col("PLACE"), before("PLACE", 2))
            | _differs(pl.col("POSTCODE"), before("POSTCODE", 2))
        )
    )
    return flag(episodes.filter(wrong), "Episodes", ["PLACE", "PL_POST", "RNE"])
