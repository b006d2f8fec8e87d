"""1011: a child whose latest episode ended with care transferred to another council (E3) must
have no care leaver (OC3) data."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import (
    OC3_ITEMS,
    TRANSFERRED,
    any_given,
    fields,
    is_code,
)
from incare.interop.ssda903.tables import ROW


@validation_rule("1011")
def check(x: Extract) -> pl.LazyFrame:
    # The latest episode by start date (the earlier row on a tie).
    transferred = (
        x.lazy("Episodes")
        .filter(pl.col("DECOM").is_not_null())
        .sort("DECOM", ROW, descending=[True, False])
        .unique("CHILD", keep="first", maintain_order=True)
        .filter(is_code("REC", TRANSFERRED))
        .select("CHILD")
    )
    found = x.lazy("OC3").filter(any_given(*OC3_ITEMS)).join(transferred, on="CHILD", how="semi")
    return flag(found, "OC3", fields("1011"))
