"""230: an H5 placement in England still running on or after 28 October 2023 needs an Ofsted URN.

The URN must be given and not the placeholder XXXXXXX; an episode with no readable end date
(blank, so still open, or unreadable) counts as running on 28 October 2023.
Differs from the public validator: an episode whose council of placement is unknown (blank
PL_LA) is not exempt (the validator tests the text "nan" of a blank PL_LA, which starts with N
like NIR, and so lets every unknown placement council through), and Channel Islands (CON) and
ONS codes outside England count as outside England, as for rule 218. Short breaks (V3/V4) are
exempt: rule 214 forbids any URN on them, so requiring one would make a correct return
impossible.
"""

import datetime as dt

import polars as pl

from incare.interop.ssda903.codes import SHORT_BREAK_LEGAL_STATUS
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in, outside_england
from incare.interop.ssda903.rules._social_workers import urn_given

URN_REQUIRED_FROM = dt.date(2023, 10, 28)


@validation_rule("230", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    dec = pl.col("DEC")
    running = dec.is_null() | (dec >= pl.lit(URN_REQUIRED_FROM, dtype=pl.Date))
    missing = (
        code_in("PLACE", {"H5"})
        & running
        & ~urn_given(pl.col("URN"))
        & ~outside_england()
        & ~code_in("LS", SHORT_BREAK_LEGAL_STATUS)
    )
    return flag(x.lazy("Episodes").filter(missing), "Episodes", ["PLACE", "DEC", "URN"])
