"""3001: a young person who turns 17 during the year must not have care leaver accommodation with
former foster carers (ACCOM Z1 or Z2)."""

import polars as pl

from incare.interop.ssda903.derived import birthday, collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, first_row_per_child

FORMER_FOSTER_CARERS = frozenset({"Z1", "Z2"})


@validation_rule("3001")
def check(x: Extract) -> pl.LazyFrame:
    # The date of birth is the one in Header.
    turns_17 = birthday(pl.col("DOB"), 17).is_between(collection_start(x), collection_end(x))
    turning_17 = first_row_per_child(x.lazy("Header")).filter(turns_17.fill_null(False))
    found = (
        x.lazy("OC3")
        .filter(pl.col("ACCOM").is_in(FORMER_FOSTER_CARERS).fill_null(False))
        .join(turning_17.select("CHILD"), on="CHILD", how="semi")
    )
    return flag(found, "OC3", fields("3001"))
