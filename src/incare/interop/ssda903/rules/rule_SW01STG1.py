"""SW01STG1: a child looked after on 31 March must have social worker episode information.

Looked after on 31 March: the child has an open episode (blank DEC) that is not a short break
(V3/V4). Such an episode is flagged unless the child's social worker episodes give, between
them, at least one social worker ID, one start date (SW_DECOM, valid or not) and one reason
(SW_REASON), as the DfE's rule asks. Nothing is flagged when SWEpisodes was not supplied (an
XML return never carries it).
Differs from the public validator: it names the open episode's row in Episodes as a row of
SWEpisodes; it flags a child when any one of their social worker episodes lacks an item, even
when another gives it (each incomplete episode is rule SW03STG1's business); and it runs after
its rule 365 has written 31 March into every blank DEC of the shared table, so in a full run it
sees no open episode. incare flags the open episode, in Episodes, of a child whose social worker
episodes give no ID, no start date or no reason at all, reading DEC as given.
"""

import polars as pl

from incare.interop.ssda903.derived import blank
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._placements import code_in
from incare.interop.ssda903.rules._social_workers import SHORT_BREAKS


@validation_rule("SW01STG1")
def check(x: Extract) -> pl.LazyFrame:
    if not x.has("SWEpisodes"):
        return no_findings()
    looked_after = x.lazy("Episodes").filter(blank("DEC") & ~code_in("LS", SHORT_BREAKS))
    reported = (
        x.lazy("SWEpisodes")
        .filter(pl.col("CHILD").is_not_null())
        .group_by("CHILD")
        .agg(
            (
                pl.col("SW_ID").is_not_null().any()
                & (~blank("SW_DECOM")).any()
                & pl.col("SW_REASON").is_not_null().any()
            ).alias("_REPORTED")
        )
        .filter(pl.col("_REPORTED"))
        .select("CHILD")
    )
    missing = looked_after.join(reported, on="CHILD", how="anti")
    return flag(missing, "Episodes", ["DEC"])
