"""601: a child adopted during the year must have every AD1 item completed.

An episode ending in adoption (E11, E12) within the collection year is flagged, with the
child's AD1 row, when any AD1 item is blank.
Differs from the public validator: when the child has no AD1 row at all (and AD1 was supplied),
the episode is flagged too, as none of the items was completed (the validator only looks at
children who have an AD1 row).
"""

import polars as pl

from incare.interop.ssda903.derived import children, collection_end, collection_start
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, validation_rule
from incare.interop.ssda903.rules._adoption import (
    AD1_DATES,
    AD1_ITEMS,
    ADOPTED,
    flag_tagged,
    given,
    pairs,
)

EPISODE_FIELDS = ["REC"]


@validation_rule("601")
def check(x: Extract) -> pl.LazyFrame:
    in_year = pl.col("DEC").is_between(collection_start(x), collection_end(x))
    adopted = (in_year & pl.col("REC").is_in(sorted(ADOPTED))).fill_null(False)
    adoptions = x.lazy("Episodes").filter(adopted)
    ad1 = x.lazy("AD1")
    incomplete = ad1.filter(
        ~pl.all_horizontal(given(item, date=item in AD1_DATES) for item in AD1_ITEMS)
    )
    both = pairs(adoptions, incomplete, "EP", "AD")
    without_ad1 = adoptions.join(children(ad1), on="CHILD", how="anti")
    if not x.has("AD1"):
        without_ad1 = without_ad1.head(0)
    return combine(
        flag_tagged(both, "AD", "AD1", list(AD1_ITEMS)),
        flag_tagged(both, "EP", "Episodes", EPISODE_FIELDS),
        flag(without_ad1, "Episodes", EPISODE_FIELDS),
    )
