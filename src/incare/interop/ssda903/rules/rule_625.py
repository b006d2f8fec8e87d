"""625: a mother's first child must be born by the end of the year, or by the day care ceased.

Differs from the public validator: a child with an open episode is still looked after, so only
the collection end applies to them; the public validator compares with their latest ended
episode instead (flagging births after an earlier X1 change while still in care), and never
checks children whose only episodes are open.
"""

import polars as pl

from incare.interop.ssda903.derived import blank, collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._episodes import episodes, flag_header, with_header
from incare.interop.ssda903.tables import ROW


@validation_rule("625")
def check(x: Extract) -> pl.LazyFrame:
    # The episode that says when care ended: an open one if any (the latest to start), else
    # the one that ended last (the first in the file among ties).
    known = episodes(x).filter(blank("DEC") | pl.col("DEC").is_not_null())
    deciding = (
        known.with_columns(blank("DEC").alias("OPEN"))
        .sort(
            ["CHILD", "OPEN", "DEC", "DECOM", ROW],
            descending=[False, True, True, True, False],
            nulls_last=True,
        )
        .unique("CHILD", keep="first", maintain_order=True)
    )
    end = collection_end(x)
    limit = pl.when(pl.col("OPEN") | (pl.col("DEC") > end)).then(end).otherwise(pl.col("DEC"))
    wrong = with_header(deciding, x, ["MC_DOB"]).filter(pl.col("MC_DOB") > limit)
    return combine(flag(wrong, "Episodes", ["DEC"]), flag_header(wrong, ["MC_DOB"]))
