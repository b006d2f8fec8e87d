"""451: a child cannot still be freed for adoption: an episode under a freeing order (D1) must end.

An episode with legal status D1 is flagged when both its end date (DEC) and its reason for
ending (REC) are blank, so it is still open.
Differs from the public validator: it runs after its rule 365 has written 31 March into every
blank DEC of the shared table, so in a full run it sees no open episode and flags nothing;
incare reads DEC as given.
"""

import polars as pl

from incare.interop.ssda903.derived import blank
from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import flag, validation_rule
from incare.interop.ssda903.rules._placements import code_in


@validation_rule("451")
def check(x: Extract) -> pl.LazyFrame:
    still_freed = code_in("LS", {"D1"}) & blank("DEC") & pl.col("REC").is_null()
    return flag(x.lazy("Episodes").filter(still_freed), "Episodes", ["DEC", "LS", "REC"])
