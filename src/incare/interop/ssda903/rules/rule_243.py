"""243: a placement outside England (PL_LA CON, NIR, SCO, WAL or NUK) must have no Ofsted URN.

ONS codes of councils in Wales, Scotland and Northern Ireland (which a postcode directory may
give instead of WAL, SCO and NIR) count as outside England too.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import outside_england


@validation_rule("243", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    given = outside_england() & pl.col("URN").is_not_null()
    return flag(x.lazy("Episodes").filter(given), "Episodes", ["URN"])
