"""165: the mother status must be 0 or 1, given only for girls, always for girls looked after
during the year, and not for care leavers no longer looked after.

Differs from the public validator: it recognises the sexes only as 1 and 2, which stopped being
the codes in 2024/25 (rule 101), so from then on it never checks boys or girls; here M and F
are used from 2024/25.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.derived import collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._outcomes import OC3_ITEMS, any_given, fields
from incare.interop.ssda903.tables import ROW

MOTHER_CODES = frozenset({"0", "1"})


@validation_rule("165")
def check(x: Extract) -> pl.LazyFrame:
    male, female = ("1", "2") if x.year.end_year <= 2024 else ("M", "F")
    # Only children with an episode other than a short break are checked; an episode with no
    # end date runs to 31 March.
    dec = pl.col("DEC").fill_null(collection_end(x))
    in_year = ((dec >= collection_start(x)) & (pl.col("DECOM") <= collection_end(x))).fill_null(
        False
    )
    looked_after = (
        x.lazy("Episodes")
        .filter(~pl.col("LS").is_in(codes.SHORT_BREAK_LEGAL_STATUS).fill_null(False))
        .group_by("CHILD")
        .agg(in_year.any().alias("IN_YEAR"))
    )
    care_leavers = x.lazy("OC3").select(
        "CHILD", pl.col(ROW).alias("OC3_ROW"), any_given(*OC3_ITEMS).alias("HAS_OC3")
    )
    pairs = (
        x.lazy("Header")
        .join(looked_after, on="CHILD", how="inner")
        .join(care_leavers, on="CHILD", how="left")
    )
    mother = pl.col("MOTHER")
    given = mother.is_not_null()
    sex = pl.col("SEX")
    wrong = (
        (given & ~mother.is_in(MOTHER_CODES))
        | (given & (sex == male))
        | (~given & (sex == female) & pl.col("IN_YEAR"))
        | (given & (sex == female) & ~pl.col("IN_YEAR") & pl.col("HAS_OC3").fill_null(False))
    ).fill_null(False)
    found = pairs.filter(wrong)
    oc3_rows = found.filter(pl.col("OC3_ROW").is_not_null()).select(
        pl.col("OC3_ROW").alias(ROW), "CHILD"
    )
    return combine(flag(found, "Header", fields("165")), flag(oc3_rows, "OC3", fields("165")))
