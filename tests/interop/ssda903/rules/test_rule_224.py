import polars as pl

from incare.interop.ssda903.providers import PROVIDER_SCHEMA
from tests.interop.ssda903.support import extract, flagged

LISTS = pl.DataFrame(
    {"URN": ["SC1", "SC2"], "PROVIDER_CODES": [["PR1", "PR4"], None]},
    schema_overrides=PROVIDER_SCHEMA,
).with_columns(
    pl.lit(None).cast(t).alias(c)
    for c, t in PROVIDER_SCHEMA.items()
    if c not in {"URN", "PROVIDER_CODES"}
)


def test_the_provider_code_must_be_one_the_provider_is_listed_with() -> None:
    rows = [
        ("SC1", "PR4"),
        ("SC1", "PR2"),  # flagged
        ("SC2", "PR4"),  # provider lists no codes: flagged
        ("SC9", "PR4"),  # unknown URN: flagged
        ("XXXXXXX", "PR0"),
        ("SC1", None),  # no provider code: flagged
    ]
    x = extract(
        2026,
        providers=LISTS,
        Episodes=[{"CHILD": "1", "URN": u, "PLACE_PROVIDER": p} for u, p in rows],
    )
    assert flagged("224", x) == {"Episodes": [2, 3, 4, 6]}
