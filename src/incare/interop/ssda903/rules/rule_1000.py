"""1000: a child who died in care (an episode ending E2 this year or, if loaded, last year) must
have no care leaver (OC3) data."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._outcomes import DIED, fields, is_code


@validation_rule("1000")
def check(x: Extract) -> pl.LazyFrame:
    years = [x] if x.previous is None else [x, x.previous]
    died = pl.concat(
        [y.lazy("Episodes").filter(is_code("REC", DIED)).select("CHILD") for y in years]
    )
    return flag(x.lazy("OC3").join(died, on="CHILD", how="semi"), "OC3", fields("1000"))
