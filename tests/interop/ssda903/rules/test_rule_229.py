import polars as pl

from incare.interop.ssda903.providers import PROVIDER_SCHEMA
from tests.interop.ssda903.support import extract, flagged

OURS, OTHER = "E10000014", "E06000045"
LISTS = pl.DataFrame({"URN": ["SC1", "SC2", "SC3"], "LA_CODE": [OURS, OTHER, None]}).with_columns(
    pl.lit(None).cast(t).alias(c) for c, t in PROVIDER_SCHEMA.items() if c not in {"URN", "LA_CODE"}
)


def ep(urn: str, provider: str, place: str = "K2") -> dict[str, str | None]:
    return {"CHILD": "1", "URN": urn, "PLACE_PROVIDER": provider, "PLACE": place}


def test_own_provision_is_in_the_council_and_other_councils_provision_is_not() -> None:
    rows = [
        ep("SC1", "PR1"),
        ep("SC2", "PR1"),  # own provision in another council: flagged
        ep("SC1", "PR2"),  # another council's provision in ours: flagged
        ep("SC2", "PR2"),
        ep("SC3", "PR1"),  # council unknown: not judged
        ep("SC2", "PR4"),
    ]
    x = extract(2025, la=OURS, providers=LISTS, Episodes=rows)
    assert flagged("229", x) == {"Episodes": [2, 3]}


def test_from_2025_26_some_placement_types_are_not_checked() -> None:
    rows = [ep("SC2", "PR1", "K3"), ep("SC2", "PR1", "K2")]
    assert flagged("229", extract(2025, la=OURS, providers=LISTS, Episodes=rows)) == {
        "Episodes": [1, 2]
    }
    assert flagged("229", extract(2026, la=OURS, providers=LISTS, Episodes=rows)) == {
        "Episodes": [2]
    }
