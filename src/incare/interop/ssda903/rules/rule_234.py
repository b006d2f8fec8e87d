"""234: a child under 10 cannot change placement because of being admitted to custody (CUSTOD).

The reason for placement change is recorded on the episode that ends; the change happens when
the next episode starts (or, for the child's last episode, on its DEC). The episode giving
CUSTOD is flagged, with the child's Header row, when the child was under 10 on that date.
Differs from the public validator: it compares the age with the start of the episode that
gives CUSTOD, not with the start of the placement that follows, so it flags a child who started
a placement before 10 and went into custody at 10 or older, which the DfE rule ("if DECOM <
DOB + 10 years then the previous episode's reason cannot be CUSTOD") allows; for the same
reason it flags CUSTOD on an open episode with no next one, where no change has happened yet
(a reason for change on an open episode is rule 233's error).
"""

import polars as pl

from incare.interop.ssda903.derived import birthday
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._placements import after, in_order, with_dob


@validation_rule("234")
def check(x: Extract) -> pl.LazyFrame:
    changed_on = pl.coalesce(after("DECOM"), pl.col("DEC"))
    episodes = in_order(with_dob(x.lazy("Episodes"), x)).with_columns(
        changed_on.alias("CHANGED_ON")
    )
    under_ten = pl.col("CHANGED_ON") < birthday(pl.col("HEADER_DOB"), 10)
    wrong = episodes.filter(
        (pl.col("REASON_PLACE_CHANGE") == "CUSTOD").fill_null(False) & under_ten.fill_null(False)
    )
    header = x.lazy("Header").join(wrong.select("CHILD").unique(), on="CHILD", how="semi")
    return combine(
        flag(wrong, "Episodes", ["REASON_PLACE_CHANGE"]),
        flag(header, "Header", ["DOB"]),
    )
