"""241: a supported accommodation placement (K3) must be in a council where its provider has
premises.

The placement's council (PL_LA, from the placement postcode) must be one of the councils of the
provider's premises in Ofsted's lists (supported accommodation is listed once per premises).
Not judged when the URN is not in the lists (rule 1008) or either council is unknown.
Differs from the public validator: it compares PL_LA with the returning council instead of the
provider's councils, so it flags every K3 placement outside the council's own area and passes
one inside it whatever the provider.
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._social_workers import episodes_with_provider, in_list

SUPPORTED_ACCOMMODATION = "K3"


@validation_rule("241", needs=("providers", "postcodes"))
def check(x: Extract) -> pl.LazyFrame:
    councils = pl.col("P_LA_CODES")
    elsewhere = (
        (pl.col("PLACE") == SUPPORTED_ACCOMMODATION)
        & pl.col("PL_LA").is_not_null()
        & (councils.list.len() > 0)
        & ~in_list(pl.col("PL_LA"), councils)
    ).fill_null(False)
    return flag(episodes_with_provider(x).filter(elsewhere), "Episodes", ["URN"])
