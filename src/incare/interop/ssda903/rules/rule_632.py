"""632: the date of the previous permanence order must be a valid date before care started.

DATE_PERM may have unknown parts written ZZ (ZZ/05/2021, ZZ/ZZ/ZZZZ); it must otherwise be a
real date, and be before the start (DECOM) of the child's first episode.
Differs from the public validator: an invalid DATE_PERM is flagged even when the child has no
episode; a partial date is flagged only when even its earliest possible day is on or after
DECOM, and never when its year is unknown (the validator fills unknown parts with their latest
possible day, reads ZZZZ as 2000, and misreads DD/ZZ/YYYY, flagging orders that may well
predate care).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._adoption import (
    earliest_day,
    first_per_child,
    flag_tagged,
    given,
    pairs,
    valid_partial_date,
)


@validation_rule("632")
def check(x: Extract) -> pl.LazyFrame:
    prev = x.lazy("PrevPerm").with_columns(
        (given("DATE_PERM", date=True) & ~valid_partial_date("DATE_PERM")).alias("INVALID"),
        earliest_day("DATE_PERM").alias("EARLIEST"),
    )
    first = first_per_child(x.lazy("Episodes"), "DECOM")
    both = pairs(first, prev, "EP", "PP")
    not_before = (pl.col("EARLIEST_PP") >= pl.col("DECOM_EP")).fill_null(False)
    wrong = both.filter(not_before | pl.col("INVALID_PP"))
    return combine(
        flag(prev.filter(pl.col("INVALID")), "PrevPerm", ["DATE_PERM"]),
        flag_tagged(wrong, "PP", "PrevPerm", ["DATE_PERM"]),
        flag_tagged(wrong, "EP", "Episodes", ["DECOM"]),
    )
