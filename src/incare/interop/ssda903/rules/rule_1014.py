"""1014: a care leaver with OC3 data and no episode during the year must have no UASC record.

Differs from the public validator: it only checks young people who have some episode in this
year's return (all before or after the year), so it misses the usual care leaver, who has none;
here a young person with no episode at all is checked too.
"""

import polars as pl

from incare.interop.ssda903.derived import collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import OC3_ITEMS, any_given, fields, supplied


@validation_rule("1014")
def check(x: Extract) -> pl.LazyFrame:
    if not supplied(x, "Episodes"):  # without episodes every care leaver would be flagged
        return no_findings()
    decom, dec = pl.col("DECOM"), pl.col("DEC")
    during = (decom <= collection_end(x)) & ((dec >= collection_start(x)) | dec.is_null())
    looked_after = x.lazy("Episodes").filter(during.fill_null(False)).select("CHILD")
    care_leavers = (
        x.lazy("OC3")
        .filter(any_given(*OC3_ITEMS))
        .join(looked_after, on="CHILD", how="anti")
        .join(x.lazy("UASC").select("CHILD").unique(), on="CHILD", how="semi")
    )
    uasc = x.lazy("UASC").join(care_leavers.select("CHILD"), on="CHILD", how="semi")
    return combine(flag(uasc, "UASC", fields("1014")), flag(care_leavers, "OC3", fields("1014")))
