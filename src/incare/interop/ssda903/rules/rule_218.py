"""218: a placement in England of a type Ofsted registers, not ended before the year, needs a URN.

Differs from the public validator: until 2024/25 an episode whose council of placement is
unknown is not exempt (the validator tests the text "nan" of a blank PL_LA, which starts with
N like NIR, so it lets every unknown placement council through); ONS codes of councils in Wales,
Scotland and Northern Ireland count as outside England, as WAL, SCO and NIR do. Short breaks
(V3/V4) are exempt: rule 214 forbids a URN on them, so requiring one would make a correct return
impossible.
"""

import polars as pl

from incare.interop.ssda903.codes import SHORT_BREAK_LEGAL_STATUS as SHORT_BREAKS
from incare.interop.ssda903.derived import blank, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import NO_URN_UNTIL_2023, code_in, outside_england


def _exempt(year: int) -> frozenset[str]:
    """Placement types that need no URN."""
    if year <= 2023:
        return NO_URN_UNTIL_2023
    no_urn = NO_URN_UNTIL_2023 - {"H5", "P2"}
    if year <= 2025:
        return no_urn
    return (no_urn - {"Z1"}) | {"Z11", "Z12", "Z13", "Z14"}


@validation_rule("218", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    in_year = (pl.col("DEC") >= collection_start(x)).fill_null(False) | blank("DEC")
    missing = (
        in_year
        & pl.col("URN").is_null()
        & ~code_in("PLACE", _exempt(x.year.end_year))
        & ~outside_england()
        & ~code_in("LS", SHORT_BREAKS)
    )
    return flag(x.lazy("Episodes").filter(missing), "Episodes", ["URN"])
