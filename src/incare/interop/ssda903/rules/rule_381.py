"""381: a temporary placement (T0-T4) cannot end a period of care: a given REC must be X1."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("381")
def check(x: Extract) -> pl.LazyFrame:
    wrong = code_in("PLACE", codes.TEMPORARY_PLACEMENTS) & (pl.col("REC") != "X1").fill_null(False)
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["PLACE", "REC"])
