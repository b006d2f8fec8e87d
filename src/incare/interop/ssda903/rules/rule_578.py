"""578: a missing period must start within one of the child's periods of care.

Differs from the public validator: its rule 365 may already have ended every open episode on
31 March (it writes into the shared table); incare keeps open periods of care open.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._header import periods_of_care, rows_where_all


@validation_rule("578")
def check(x: Extract) -> pl.LazyFrame:
    start = pl.col("MIS_START")
    # Flagged when the start falls outside every one of the child's periods of care.
    outside = (start < pl.col("POC_START")).fill_null(False) | (
        (start > pl.col("POC_END")).fill_null(False)
    )
    pairs = x.lazy("Missing").join(periods_of_care(x), on="CHILD", how="inner")
    return flag(rows_where_all(pairs, outside), "Missing", ["MIS_START"])
