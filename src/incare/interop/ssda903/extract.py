"""An SSDA903 extract in memory: one Polars frame per table, dates parsed once.

Every frame keeps the file's row number (`ROW`, 1-based, header not counted) so that a finding
can name the row; every date column is a `pl.Date` with the text as it was in `<COL>__raw`, so
that rules can tell a blank date from an impossible one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from incare.interop.ssda903.tables import RAW_SUFFIX, ROW, TABLES, TableSpec
from incare.interop.ssda903.years import CollectionYear

DATE_FORMAT = "%d/%m/%Y"
FULL_DATE = r"^\d{1,2}/\d{1,2}/\d{4}$"  # chrono would read "01/01/19" as the year 19
# A partial date: each part may be unknown (ZZ/ZZ/ZZZZ); parsed as its earliest possible day.
PARTIAL_DATE = r"^(\d{2}|ZZ)/(\d{2}|ZZ)/(\d{4}|ZZZZ)$"


class ExtractError(ValueError):
    """An extract that cannot be used; the message names the file and, where known, the row."""


@dataclass(slots=True)
class Extract:
    year: CollectionYear
    tables: dict[str, pl.DataFrame]
    la: str | None = None
    sources: dict[str, str] = field(default_factory=dict)  # table -> file it came from
    previous: Extract | None = None
    # Ofsted provider lists (URN lookup), when the user supplied them.
    providers: pl.DataFrame | None = None
    # Whether Episodes carries PL_LA, PL_LOCATION and PL_DISTANCE (from a postcode store).
    placements_located: bool = False

    def has(self, name: str) -> bool:
        return name in self.tables

    def frame(self, name: str) -> pl.DataFrame:
        """The table, or an empty one with the right columns when it was not supplied."""
        found = self.tables.get(name)
        return found if found is not None else empty_table(TABLES[name])

    def lazy(self, name: str) -> pl.LazyFrame:
        return self.frame(name).lazy()


def schema_of(spec: TableSpec, *, derived: bool = False) -> dict[str, pl.DataType]:
    columns: dict[str, pl.DataType] = {ROW: pl.UInt32()}
    for column in (*spec.columns, *(spec.derived if derived else ())):
        columns[column] = pl.Date() if column in spec.dates else pl.String()
    for column in spec.dates:
        columns[column + RAW_SUFFIX] = pl.String()
    return columns


def empty_table(spec: TableSpec) -> pl.DataFrame:
    return pl.DataFrame(schema=schema_of(spec, derived=True))


def normalise(frame: pl.DataFrame, spec: TableSpec) -> pl.DataFrame:
    """Text as read -> the shape every rule expects: trimmed, blanks null, dates parsed, ROW.

    Codes are upper-cased (`wbri` is `WBRI`), as the DfE's tools read them; the child's
    identifier is kept exactly as the council wrote it.
    """
    text_columns = [c for c in frame.columns if c != ROW]
    frame = frame.with_columns(
        pl.col(c).cast(pl.String).str.strip_chars().replace("", None) for c in text_columns
    ).with_columns(pl.col(c).str.to_uppercase() for c in text_columns if c != "CHILD")
    for column in (*spec.columns, *spec.derived):
        if column not in frame.columns:
            frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias(column))
    if ROW not in frame.columns:
        frame = frame.with_row_index(ROW, offset=1)
    parsed = []
    for column in spec.dates:
        raw = pl.col(column)
        if column in spec.partial_dates:
            filled = (
                raw.str.replace(r"^ZZ/", "01/")
                .str.replace(r"^(\d{2})/ZZ/", "$1/01/")
                .str.replace(r"/ZZZZ$", "")
            )
            value = (
                pl.when(raw.str.contains(PARTIAL_DATE))
                .then(filled.str.to_date(DATE_FORMAT, strict=False))
                .otherwise(None)
            )
        else:
            value = (
                pl.when(raw.str.contains(FULL_DATE))
                .then(raw.str.to_date(DATE_FORMAT, strict=False))
                .otherwise(None)
            )
        parsed += [raw.alias(column + RAW_SUFFIX), value.alias(column)]
    frame = frame.with_columns(parsed)
    order = list(schema_of(spec, derived=True))
    extra = [c for c in frame.columns if c not in order]
    return frame.select(*order, *extra).with_columns(pl.col(ROW).cast(pl.UInt32))
