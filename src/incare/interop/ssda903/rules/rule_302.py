"""302: a child's first episode must not start before the child's date of birth."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import (
    episodes,
    first_per_child,
    flag_header,
    with_header,
)


@validation_rule("302")
def check(x: Extract) -> pl.LazyFrame:
    first = with_header(first_per_child(episodes(x)), x, ["DOB"])
    before_birth = first.filter(pl.col("DOB") > pl.col("DECOM"))
    return combine(flag(before_birth, "Episodes", ["DECOM"]), flag_header(before_birth, ["DOB"]))
