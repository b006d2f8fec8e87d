"""633: the council where the previous permanence order was made (LA_PERM) must be a valid code.

Valid codes are the DfE numbers of English councils, present and former (an order may predate
a reorganisation), WAL, SCO, NIR or NUK for elsewhere, and 999 when not known:
`data/la_perm_codes.csv`, built from the shared `reference/nhs-la/la_codes.csv` (DfE LA numbers
checked against GIAS, December 2025; OGL v3).
Differs from the public validator: its list lacks the councils created since 2019 (838 Dorset,
839 Bournemouth, Christchurch and Poole, 940-943 North and West Northamptonshire, Cumberland,
Westmorland and Furness) and the pre-2009 Bedfordshire (820) and Cheshire (875), so it flags
their valid codes; this rule accepts them.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._adoption import la_perm_codes, not_in


@validation_rule("633")
def check(x: Extract) -> pl.LazyFrame:
    rows = x.lazy("PrevPerm").filter(not_in("LA_PERM", la_perm_codes()))
    return flag(rows, "PrevPerm", ["LA_PERM"])
