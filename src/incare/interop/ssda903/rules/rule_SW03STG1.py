"""SW03STG1: every social worker episode must have a social worker ID, a start date and a reason.

An episode is flagged when SW_ID, SW_DECOM or SW_REASON is blank; a start date that is given but
not a valid date is rule SW04STG1's business.
"""

import polars as pl

from incare.interop.ssda903.derived import blank
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule


@validation_rule("SW03STG1")
def check(x: Extract) -> pl.LazyFrame:
    incomplete = pl.col("SW_ID").is_null() | blank("SW_DECOM") | pl.col("SW_REASON").is_null()
    fields = ["SW_ID", "SW_DECOM", "SW_REASON"]
    return flag(x.lazy("SWEpisodes").filter(incomplete), "SWEpisodes", fields)
