import polars as pl

from incare.interop.ssda903.providers import PROVIDER_SCHEMA
from tests.interop.ssda903.support import extract, flagged

LISTS = pl.DataFrame({"URN": ["SC1", "SC2"], "POSTCODE": ["BN208JX", None]}).with_columns(
    pl.lit(None).cast(t).alias(c)
    for c, t in PROVIDER_SCHEMA.items()
    if c not in {"URN", "POSTCODE"}
)


def ep(urn: str | None, place: str, post: str | None, ls: str = "C2") -> dict[str, str | None]:
    return {"CHILD": "1", "URN": urn, "PLACE": place, "PL_POST": post, "LS": ls}


def test_the_placement_postcode_must_be_the_providers() -> None:
    x = extract(
        2026,
        providers=LISTS,
        Episodes=[
            ep("SC1", "K2", "bn20 8jx"),  # same postcode, other spelling: fine
            ep("SC1", "K2", "BN21 1AA"),  # another postcode: flagged
            ep("SC1", "K2", "BN21 1AA", ls="V3"),  # short break: not checked
            ep("SC1", "U4", "BN21 1AA"),  # foster placement: not checked
            ep("SC1", "S1", None),  # no postcode: not checked
            ep("SC2", "R3", "BN21 1AA"),  # provider without postcode: flagged
            ep("SC9", "K1", "BN21 1AA"),  # unknown URN: flagged
            ep("XXXXXXX", "K1", "BN21 1AA"),
        ],
    )
    assert flagged("221", x) == {"Episodes": [2, 6, 7]}


def test_h5_placements_were_checked_in_2023_24_only() -> None:
    rows = [ep("SC1", "H5", "BN21 1AA")]
    assert flagged("221", extract(2024, providers=LISTS, Episodes=rows)) == {"Episodes": [1]}
    assert flagged("221", extract(2023, providers=LISTS, Episodes=rows)) == {}
    assert flagged("221", extract(2025, providers=LISTS, Episodes=rows)) == {}
