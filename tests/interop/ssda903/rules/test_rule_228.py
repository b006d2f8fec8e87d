import datetime as dt

import polars as pl

from incare.interop.ssda903.providers import PROVIDER_SCHEMA
from tests.interop.ssda903.support import extract, flagged

LISTS = pl.DataFrame(
    {"URN": ["SC1", "SC2", "SC3"], "REG_END": [dt.date(2025, 9, 30), None, dt.date(2026, 3, 31)]},
    schema_overrides=PROVIDER_SCHEMA,
).with_columns(
    pl.lit(None).cast(t).alias(c) for c, t in PROVIDER_SCHEMA.items() if c not in {"URN", "REG_END"}
)


def test_an_episode_must_not_end_after_the_provider_closed() -> None:
    rows = [
        ("SC1", "30/09/2025"),  # ends the day it closed: fine
        ("SC1", "01/10/2025"),  # flagged
        ("SC1", None),  # open to 31 March, provider closed before: flagged
        ("SC2", None),  # still registered
        ("SC3", None),  # closes on 31 March: fine
        ("XXXXXXX", "01/10/2025"),
    ]
    x = extract(
        2026, providers=LISTS, Episodes=[{"CHILD": "1", "URN": u, "DEC": d} for u, d in rows]
    )
    assert flagged("228", x) == {"Episodes": [2, 3]}
