"""210: a child looked after since before 24 March (over a week at 31 March) must not have UN4.

Differs from the public validator: it flags UN4 children with an episode starting on or after
24 March, the very children UN4 ("newly looked after within a week of the end of the collection
period") is meant for, and passes those looked after for longer; this rule flags UN4 children
with an episode that started before 24 March of the collection's end year, as the message says.
"""

import datetime as dt

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, flag_header, with_header


@validation_rule("210")
def check(x: Extract) -> pl.LazyFrame:
    week_before_end = pl.lit(dt.date(x.year.end_year, 3, 24), dtype=pl.Date)
    joined = with_header(episodes(x), x, ["UPN"])
    wrong = joined.filter((pl.col("UPN") == "UN4") & (pl.col("DECOM") < week_before_end))
    return combine(flag(wrong, "Episodes", ["DECOM"]), flag_header(wrong, ["UPN"]))
