"""392d: the home and placement postcodes must differ unless the child is placed with parents (P1).

Differs from the public validator: postcodes are compared without spaces or case, so "AB1 0JD"
and "ab10jd" are the same place (the validator compares the text).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import postcode


@validation_rule("392d")
def check(x: Extract) -> pl.LazyFrame:
    same = (postcode("HOME_POST") == postcode("PL_POST")).fill_null(False)
    wrong = same & (pl.col("PLACE") != "P1").fill_null(True)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["HOME_POST", "PLACE", "PL_POST"])
