"""602: a child with AD1 data must have an episode showing adoption during the year.

An AD1 row with any item filled in is flagged when the child has no episode ending in adoption
(E11, E12) within the collection year. Nothing is flagged when Episodes was not supplied. An
episode with no DEC has not ended in adoption, whatever its REC says.
Differs from the public validator: it runs after its rule 365 has written 31 March into every
blank DEC of the shared table, so an open episode with REC E11 or E12 counts there as an
adoption during the year (run on its own, it does not count it, as this rule does not).
"""

import polars as pl

from incare.interop.ssda903.derived import children, collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, no_findings, validation_rule
from incare.interop.ssda903.rules._adoption import AD1_DATES, AD1_ITEMS, ADOPTED, given


@validation_rule("602")
def check(x: Extract) -> pl.LazyFrame:
    if not x.has("Episodes"):
        return no_findings()
    in_year = pl.col("DEC").is_between(collection_start(x), collection_end(x))
    adopted = (in_year & pl.col("REC").is_in(sorted(ADOPTED))).fill_null(False)
    adopted_children = children(x.lazy("Episodes").filter(adopted))
    filled = pl.any_horizontal(given(item, date=item in AD1_DATES) for item in AD1_ITEMS)
    rows = x.lazy("AD1").filter(filled).join(adopted_children, on="CHILD", how="anti")
    return flag(rows, "AD1", ["CHILD"])
