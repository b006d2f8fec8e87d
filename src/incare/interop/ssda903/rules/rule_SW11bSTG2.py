"""SW11bSTG2: the child's latest social worker episode must not end before 31 March.

The latest episode is the one with the latest valid start date (ties: the later row); it is
flagged when it has a valid end date before the end of the collection year.
Differs from the public validator: it only looks at episodes ending in the last five days of
the year, 26 to 31 March, flagging one that ends then (on 31 March itself too) when it is the
child's only episode or follows another; a last episode that ended earlier in the year, with
nothing after it, is never flagged. We flag what the DfE's message says, the last episode
ending before 31 March with nothing after it.
"""

import polars as pl

from incare.interop.ssda903.derived import collection_end
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import with_latest_sw


@validation_rule("SW11bSTG2")
def check(x: Extract) -> pl.LazyFrame:
    ended_early = pl.col("IS_LATEST") & (pl.col("SW_DEC") < collection_end(x)).fill_null(False)
    return flag(with_latest_sw(x).filter(ended_early), "SWEpisodes", ["SW_DEC"])
