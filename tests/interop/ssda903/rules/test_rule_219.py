import polars as pl

from incare.interop.ssda903.providers import PROVIDER_SCHEMA
from tests.interop.ssda903.support import extract, flagged


def lists(rows: dict[str, list[str] | None]) -> pl.DataFrame:
    return pl.DataFrame(
        {"URN": list(rows), "PLACE_CODES": list(rows.values())}, schema_overrides=PROVIDER_SCHEMA
    ).with_columns(
        pl.lit(None).cast(t).alias(c)
        for c, t in PROVIDER_SCHEMA.items()
        if c not in {"URN", "PLACE_CODES"}
    )


def test_the_placement_type_must_be_one_the_provider_is_registered_for() -> None:
    providers = lists({"SC1": ["K2"], "SC2": ["U4", "U6"], "SC3": None})
    rows = [
        ("SC1", "K2"),
        ("SC1", "K1"),  # not registered for K1: flagged
        ("SC2", "U6"),
        ("SC3", "K2"),  # provider lists no types: flagged
        ("SC9", "K2"),  # not in the lists: flagged
        ("XXXXXXX", "K2"),
        (None, "U1"),
        ("SC2", None),  # no placement type: flagged
    ]
    x = extract(
        2026, providers=providers, Episodes=[{"CHILD": "1", "URN": u, "PLACE": p} for u, p in rows]
    )
    assert flagged("219", x) == {"Episodes": [2, 4, 5, 8]}


def test_a_provider_listed_twice_offers_the_types_of_both_listings() -> None:
    providers = pl.concat([lists({"SC1": ["K2"]}), lists({"SC1": ["K1"]})])
    x = extract(2026, providers=providers, Episodes=[{"CHILD": "1", "URN": "SC1", "PLACE": "K1"}])
    assert flagged("219", x) == {}
