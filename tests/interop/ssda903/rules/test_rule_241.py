import polars as pl

from incare.interop.ssda903.providers import PROVIDER_SCHEMA
from tests.interop.ssda903.support import extract, flagged

OURS, HOVE, KENT = "E10000014", "E06000043", "E10000016"
# A supported-accommodation provider with premises in two councils, and one in ours.
LISTS = pl.DataFrame(
    {"URN": ["SA1", "SA1", "SA2", "SA3"], "LA_CODE": [HOVE, KENT, OURS, None]}
).with_columns(
    pl.lit(None).cast(t).alias(c) for c, t in PROVIDER_SCHEMA.items() if c not in {"URN", "LA_CODE"}
)


def ep(urn: str, pl_la: str | None, place: str = "K3") -> dict[str, str | None]:
    return {"CHILD": "1", "URN": urn, "PLACE": place, "PL_LA": pl_la}


def test_k3_placements_must_be_where_the_provider_has_premises() -> None:
    rows = [
        ep("SA1", KENT),  # outside our council but where the provider is: fine
        ep("SA1", OURS),  # the provider has no premises here: flagged
        ep("SA2", OURS),
        ep("SA2", HOVE),  # flagged
        ep("SA3", HOVE),  # provider's council unknown: not judged
        ep("SA1", None),  # placement council unknown: not judged
        ep("SA1", OURS, place="K2"),  # not supported accommodation
        ep("SA9", OURS),  # unknown URN: rule 1008
    ]
    x = extract(2026, la=OURS, providers=LISTS, located=True, Episodes=rows)
    assert flagged("241", x) == {"Episodes": [2, 4]}
