import datetime as dt

import polars as pl

from incare.interop.ssda903.providers import PROVIDER_SCHEMA
from tests.interop.ssda903.support import extract, flagged

LISTS = pl.DataFrame(
    {
        "URN": ["SC1", "SC2", "SC3", "SC3"],
        "REG_END": [dt.date(2025, 9, 30), None, dt.date(2025, 6, 1), None],
    },
    schema_overrides=PROVIDER_SCHEMA,
).with_columns(
    pl.lit(None).cast(t).alias(c) for c, t in PROVIDER_SCHEMA.items() if c not in {"URN", "REG_END"}
)


def test_an_episode_must_start_before_the_provider_closed() -> None:
    rows = [
        ("SC1", "29/09/2025"),
        ("SC1", "30/09/2025"),  # starts the day it closed: flagged
        ("SC1", "01/12/2025"),  # flagged
        ("SC2", "01/12/2025"),  # still registered
        ("SC3", "01/12/2025"),  # closed once but still listed as registered
        ("SC9", "01/12/2025"),  # unknown URN: rule 1008
        ("SC1", None),
    ]
    x = extract(
        2026, providers=LISTS, Episodes=[{"CHILD": "1", "URN": u, "DECOM": d} for u, d in rows]
    )
    assert flagged("227", x) == {"Episodes": [2, 3]}
