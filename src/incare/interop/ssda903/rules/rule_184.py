"""184: the decision to place the child for adoption must not be dated before the child's birth.

Differs from the public validator: it compares with the PlacedAdoption row's own DOB (as this
rule does) and flags every dated decision whose DOB is blank or invalid; this rule then uses the
child's Header DOB instead, and never flags a decision only because a DOB is missing.
"""

import polars as pl

from incare.interop.ssda903.derived import child_dob
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("184")
def check(x: Extract) -> pl.LazyFrame:
    decisions = x.lazy("PlacedAdoption").join(child_dob(x), on="CHILD", how="left")
    dob = pl.coalesce(pl.col("DOB"), pl.col("HEADER_DOB"))
    before_birth = (pl.col("DATE_PLACED") < dob).fill_null(False)
    return flag(decisions.filter(before_birth), "PlacedAdoption", ["DATE_PLACED", "DOB"])
