import polars as pl

from incare.interop.ssda903.providers import PROVIDER_SCHEMA
from tests.interop.ssda903.support import extract, flagged

LISTS = pl.DataFrame({"URN": ["SC123456", "1234567"]}).with_columns(
    pl.lit(None).cast(t).alias(c) for c, t in PROVIDER_SCHEMA.items() if c != "URN"
)


def test_a_urn_must_be_in_ofsteds_lists_unless_it_is_the_placeholder() -> None:
    urns = ["SC123456", "sc123456", "1234567", "XXXXXXX", None, "SC999999", "XXXXXX"]
    x = extract(2026, providers=LISTS, Episodes=[{"CHILD": "1", "URN": u} for u in urns])
    assert flagged("1008", x) == {"Episodes": [6, 7]}
