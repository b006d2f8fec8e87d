"""380: a temporary placement (T0-T4) cannot start a period of care: its RNE must be P or B."""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("380")
def check(x: Extract) -> pl.LazyFrame:
    wrong = code_in("PLACE", codes.TEMPORARY_PLACEMENTS) & ~code_in("RNE", {"P", "B"})
    return flag(x.lazy("Episodes").filter(wrong), "Episodes", ["PLACE", "RNE"])
