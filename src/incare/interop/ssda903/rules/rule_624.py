"""624: the date of birth of a mother's first child must match the one recorded last year.

Differs from the public validator: it compares the dates as text, so the same day written two
ways (1/6/2025 and 01/06/2025) is flagged; incare compares two valid dates as dates.

Differs from the public validator: a blank MC_DOB this year is not a contradiction; rules 612
and 628 require it blank for a care leaver with no episode in the year, so flagging the blank
would make a correct return impossible.
"""

import polars as pl

from incare.interop.ssda903.derived import last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW


@validation_rule("624", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last = last_year(x, "Header").select(
        "CHILD",
        pl.col("MC_DOB").alias("MC_DOB_LAST"),
        pl.col("MC_DOB__raw").alias("MC_DOB_RAW_LAST"),
    )
    # Two valid dates compare as dates; otherwise the text as written must match.
    both_dates = pl.col("MC_DOB").is_not_null() & pl.col("MC_DOB_LAST").is_not_null()
    same = (
        pl.when(both_dates)
        .then(pl.col("MC_DOB") == pl.col("MC_DOB_LAST"))
        .otherwise(pl.col("MC_DOB__raw").eq_missing(pl.col("MC_DOB_RAW_LAST")))
    )
    changed = (
        x.lazy("Header")
        .join(last, on="CHILD", how="inner")
        .filter(
            pl.col("MC_DOB_RAW_LAST").is_not_null() & pl.col("MC_DOB__raw").is_not_null() & ~same
        )
        .unique(ROW, keep="first", maintain_order=True)
    )
    return flag(changed, "Header", ["MC_DOB"])
