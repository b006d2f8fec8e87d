"""Build small synthetic SSDA903 extracts for rule tests, through the reader's own path."""

from __future__ import annotations

import polars as pl

from incare.interop.ssda903.extract import Extract, normalise
from incare.interop.ssda903.registry import load_rules
from incare.interop.ssda903.tables import TABLES
from incare.interop.ssda903.validator import validate
from incare.interop.ssda903.years import CollectionYear

Rows = list[dict[str, str | None]]


def table(name: str, rows: Rows) -> pl.DataFrame:
    """A table as the reader would give it: columns as in the file, all text, ROW 1-based."""
    spec = TABLES[name]
    columns = [*spec.columns, *(c for c in spec.derived if any(c in r for r in rows))]
    data = {c: [r.get(c) for r in rows] for c in columns}
    return normalise(pl.DataFrame(data, schema=dict.fromkeys(columns, pl.String)), spec)


def extract(
    year: int = 2026,
    *,
    previous: Extract | None = None,
    providers: pl.DataFrame | None = None,
    located: bool = False,
    la: str | None = "E10000014",
    **tables: Rows,
) -> Extract:
    """`extract(Header=[{...}], Episodes=[{...}])`: dates as the DfE writes them, DD/MM/YYYY."""
    return Extract(
        year=CollectionYear(year),
        tables={name: table(name, rows) for name, rows in tables.items()},
        la=la,
        previous=previous,
        providers=providers,
        placements_located=located,
    )


def flagged(code: str, x: Extract) -> dict[str, list[int]]:
    """{table: [rows]} that rule `code` flags in `x` (rows are 1-based, as in the CSV report)."""
    load_rules()
    report = validate(x, only={code})
    (outcome,) = report.outcomes
    assert outcome.status == "ran", f"{code} did not run: {outcome.status} {outcome.reason}"
    out: dict[str, list[int]] = {}
    for row in report.findings.iter_rows(named=True):
        out.setdefault(row["table"], []).append(row["row"])
    return {name: sorted(rows) for name, rows in out.items()}


def dob_against_header(table: str) -> Extract:
    """Header and `table` rows for the "DOB must match the Header" rules: only row 2 of `table`
    differs; a blank Header DOB, an invalid DOB, a child missing from Header and the same day
    written another way all pass."""
    return extract(
        Header=[
            {"CHILD": "1", "DOB": "01/06/2008"},
            {"CHILD": "2", "DOB": "01/06/2008"},
            {"CHILD": "3", "DOB": None},
            {"CHILD": "4", "DOB": "01/06/2008"},
        ],
        **{
            table: [
                {"CHILD": "1", "DOB": "01/06/2008"},
                {"CHILD": "2", "DOB": "02/06/2008"},  # differs: the one finding
                {"CHILD": "3", "DOB": "01/06/2008"},  # blank in Header
                {"CHILD": "4", "DOB": "31/02/2008"},  # not a date
                {"CHILD": "5", "DOB": "01/06/2008"},  # not in Header
                {"CHILD": "1", "DOB": "1/6/2008"},  # the same day
            ]
        },
    )
