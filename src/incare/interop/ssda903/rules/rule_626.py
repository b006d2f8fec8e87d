"""626: a child not a mother last year must not now be mother of a child born before this year."""

import polars as pl

from incare.interop.ssda903.derived import collection_start, last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW


def _number(column: str) -> pl.Expr:
    return pl.col(column).cast(pl.Float64, strict=False)


@validation_rule("626", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last = last_year(x, "Header").select("CHILD", pl.col("MOTHER").alias("MOTHER_LAST"))
    error = (
        (_number("MOTHER") == 1)
        & (_number("MOTHER_LAST") == 0)
        & (pl.col("MC_DOB") < collection_start(x))
    ).fill_null(False)
    contradicted = (
        x.lazy("Header")
        .join(last, on="CHILD", how="inner")
        .filter(error)
        .unique(ROW, keep="first", maintain_order=True)
    )
    return flag(contradicted, "Header", ["MC_DOB", "MOTHER"])
