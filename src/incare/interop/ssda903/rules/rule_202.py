"""202: a child's sex must match the sex recorded for them in last year's return.

Differs from the public validator: in 2024/25, last year's 1 and 2 are read as M and F, so the
DfE's change of sex codes is not reported as every child's sex changing.
"""

import polars as pl

from incare.interop.ssda903.derived import last_year
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.tables import ROW

OLD_CODES_LAST_YEAR = 2024  # sex was coded 1/2 until 2023/24, M/F/U from 2024/25


@validation_rule("202", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last_sex = pl.col("SEX")
    if x.year.end_year == OLD_CODES_LAST_YEAR + 1:  # last year still used 1/2
        last_sex = last_sex.replace({"1": "M", "2": "F"})
    last = last_year(x, "Header").select("CHILD", last_sex.alias("SEX_LAST"))
    changed = (
        x.lazy("Header")
        .join(last, on="CHILD", how="inner")
        .filter(pl.col("SEX").ne_missing(pl.col("SEX_LAST")))
        .unique(ROW, keep="first", maintain_order=True)
    )
    return flag(changed, "Header", ["SEX"])
