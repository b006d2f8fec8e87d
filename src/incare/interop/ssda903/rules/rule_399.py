"""399: a child only ever on short breaks (V3 or V4) must have no MOTHER, review or participation.

Differs from the public validator: it checks nothing at all when no Reviews table is loaded;
this rule still checks MOTHER then.
"""

import polars as pl

from incare.interop.ssda903 import codes
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes
from incare.interop.ssda903.tables import RAW_SUFFIX


@validation_rule("399")
def check(x: Extract) -> pl.LazyFrame:
    short_break = pl.col("LS").is_in(codes.SHORT_BREAK_LEGAL_STATUS).fill_null(False)
    breaks_only = episodes(x).filter(short_break.all().over("CHILD"))
    children = breaks_only.select("CHILD").unique()
    header = x.lazy("Header").join(children, on="CHILD", how="semi")
    reviews = x.lazy("Reviews").join(children, on="CHILD", how="semi")
    has_mother = pl.col("MOTHER").is_not_null()
    has_review = pl.col("REVIEW" + RAW_SUFFIX).is_not_null() | pl.col("REVIEW_CODE").is_not_null()
    mothers = header.filter(has_mother).select("CHILD").unique()
    reviewed = reviews.filter(has_review).select("CHILD").unique()
    either = pl.concat([mothers, reviewed]).unique()
    return combine(
        flag(breaks_only.join(either, on="CHILD", how="semi"), "Episodes", ["LS"]),
        flag(
            pl.concat(
                [
                    header.filter(has_mother),
                    header.join(reviewed, on="CHILD", how="semi"),
                ]
            ),
            "Header",
            ["MOTHER"],
        ),
        flag(
            pl.concat(
                [
                    reviews.filter(has_review),
                    reviews.join(mothers, on="CHILD", how="semi"),
                ]
            ),
            "Reviews",
            ["REVIEW", "REVIEW_CODE"],
        ),
    )
