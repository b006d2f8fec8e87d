"""199: a child adopted from care must have no later episodes (this and, if loaded, last year).

Differs from the public validator: an episode that appears in both years' files (same child and
start date) is counted once, from this year's file, so an adoption recorded in both years does
not make the child look adopted twice; episodes starting on the same day keep their file order.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._episodes import ADOPTED
from incare.interop.ssda903.tables import ROW


def _dated(x: Extract, year: int) -> pl.LazyFrame:
    return (
        x.lazy("Episodes")
        .filter(pl.col("CHILD").is_not_null() & pl.col("DECOM").is_not_null())
        .select(ROW, "CHILD", "DECOM", "REC", pl.lit(year).alias("YEAR"))
    )


@validation_rule("199")
def check(x: Extract) -> pl.LazyFrame:
    current = _dated(x, 1)
    both = current
    if x.previous is not None:
        earlier = _dated(x.previous, 0).join(current, on=["CHILD", "DECOM"], how="anti")
        both = pl.concat([earlier, current])
    adopted = pl.col("REC").is_in(ADOPTED).fill_null(False)
    adoptions_so_far = both.sort("CHILD", "DECOM", "YEAR", ROW).with_columns(
        adopted.cast(pl.Int32).cum_sum().over("CHILD").alias("ADOPTIONS")
    )
    first_adoption = adopted & (pl.col("ADOPTIONS") == 1)
    after = adoptions_so_far.filter(
        (pl.col("YEAR") == 1) & (pl.col("ADOPTIONS") > 0) & ~first_adoption
    )
    return flag(after, "Episodes", ["CHILD"])
