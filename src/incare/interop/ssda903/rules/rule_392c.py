"""392c: a home or placement postcode, when given, must be a real postcode.

The rule sees the postcode directory only through the derived fields: a placement postcode is
unknown when it has no council of placement (PL_LA); a home postcode is unknown when the
placement postcode was found but no distance could be worked out. A postcode not in the shape
of a UK postcode is flagged too.
Differs from the public validator: a home postcode in the right shape that is not in the
directory goes unnoticed when the placement postcode is blank or unknown (the validator looks
each postcode up directly). It also looks them up in the whole ONS postcode directory, so with
incare's bundled sample (200 postcodes per council) a real postcode outside the sample is
flagged here as unknown: a difference of data, not of the rule.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import POSTCODE_FORMAT, postcode


def _malformed(column: str) -> pl.Expr:
    return pl.col(column).is_not_null() & ~postcode(column).str.contains(POSTCODE_FORMAT)


@validation_rule("392c", needs=("postcodes",))
def check(x: Extract) -> pl.LazyFrame:
    placement_unknown = pl.col("PL_POST").is_not_null() & pl.col("PL_LA").is_null()
    home_unknown = (
        pl.col("HOME_POST").is_not_null()
        & pl.col("PL_LA").is_not_null()
        & pl.col("PL_DISTANCE").is_null()
    )
    invalid = (
        placement_unknown | home_unknown | _malformed("HOME_POST") | _malformed("PL_POST")
    ).fill_null(False)
    return flag(x.lazy("Episodes").filter(invalid), "Episodes", ["HOME_POST", "PL_POST"])
