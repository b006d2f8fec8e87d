"""INT15: a child's date of birth in OC3 must be the same as in Header."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields
from incare.interop.ssda903.tables import ROW


@validation_rule("INT15")
def check(x: Extract) -> pl.LazyFrame:
    # Both dates must be valid to compare; a child in Header twice is checked against each row.
    header = x.lazy("Header").filter(pl.col("DOB").is_not_null())
    found = (
        x.lazy("OC3")
        .filter(pl.col("DOB").is_not_null())
        .join(header.select("CHILD", pl.col("DOB").alias("HEADER_DOB")), on="CHILD", how="inner")
        .filter(pl.col("DOB") != pl.col("HEADER_DOB"))
        .unique(ROW, maintain_order=True)
    )
    return flag(found, "OC3", fields("INT15"))
