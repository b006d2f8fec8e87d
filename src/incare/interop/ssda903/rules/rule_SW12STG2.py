"""SW12STG2: a child looked after on 31 March must have social worker episodes from 1 April.

Looked after on 31 March: the child has an open episode (blank DEC) that started by 31 March and
is not a short break (V3/V4). An open episode is taken, explicitly, as running to the end of the
collection year; this rule must see blank DECs as blank, not filled in with 31 March. Such a
child must have social worker episodes covering the whole year, even while not looked after:
the earliest valid SW_DECOM must be on or before 1 April (or the date of birth, for a child born
during the year). Gaps between episodes and a missing open episode are rules SW10STG2 and
SW17STG2. A child with no social worker episode at all is flagged on the open episode; a child
whose social worker episodes start too late, on the earliest one.
Differs from the public validator: it runs after its rule 365 has written 31 March into every
blank DEC, and then compares every episode that starts or ends a period of care with every
social worker episode of the child, flagging an episode when any one pair fails (so a social
worker episode before care started fails a child who started care in the year); it never looks
at 1 April. It takes an episode with REC X1 as not ending care, so a child whose open episode
carries X1 (a REC without a DEC, rule 148's error) and did not start care is never checked,
though looked after on 31 March. We check the DfE's condition as stated.
"""

import polars as pl

from incare.interop.ssda903.derived import child_dob, collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._social_workers import SHORT_BREAKS
from incare.interop.ssda903.tables import ROW


@validation_rule("SW12STG2")
def check(x: Extract) -> pl.LazyFrame:
    open_at_end = (
        pl.col("DEC").is_null()
        & (pl.col("DECOM") <= collection_end(x))
        & ~pl.col("LS").is_in(SHORT_BREAKS).fill_null(False)
    ).fill_null(False)
    looked_after = x.lazy("Episodes").filter(open_at_end)
    social_work = x.lazy("SWEpisodes")
    with_none = looked_after.join(social_work.select("CHILD").unique(), on="CHILD", how="anti")
    required_from = pl.max_horizontal(collection_start(x), pl.col("HEADER_DOB"))
    earliest = (
        social_work.filter(pl.col("SW_DECOM").is_not_null())
        .sort(["CHILD", "SW_DECOM", ROW])
        .group_by("CHILD")
        .agg(pl.col(ROW).first(), pl.col("SW_DECOM").first())
    )
    starts_late = (
        earliest.join(looked_after.select("CHILD").unique(), on="CHILD", how="semi")
        .join(child_dob(x), on="CHILD", how="left")
        .filter(pl.col("SW_DECOM") > required_from)
    )
    return combine(
        flag(with_none, "Episodes", ["SW_DECOM"]),
        flag(starts_late, "SWEpisodes", ["SW_DECOM"]),
    )
