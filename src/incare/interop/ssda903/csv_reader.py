"""Read an extract's CSV files, recognising each table by its columns, not its file name."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import polars as pl

from incare.interop.ssda903.extract import Extract, ExtractError, normalise
from incare.interop.ssda903.tables import TABLES, TableSpec
from incare.interop.ssda903.years import CollectionYear

UTF8_BOM = b"\xef\xbb\xbf"


def recognise(columns: list[str], year: CollectionYear) -> TableSpec | None:
    """The table whose columns these are (the DfE's derived columns may be present too)."""
    given = {c.strip().upper() for c in columns}
    for spec in TABLES.values():
        required = set(spec.columns)
        if required <= given <= required | set(spec.derived) and spec.in_year(year.end_year):
            return spec
    return None


def _text(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExtractError(f"{path.name}: cannot be read: {error.strerror}") from error
    data = data.removeprefix(UTF8_BOM)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ExtractError(
            f"{path.name}: line {line}: not UTF-8 text (byte {data[error.start]:#04x}); "
            "save the file as UTF-8 (with or without BOM)"
        ) from error
    return data


def _why(data: bytes, error: Exception) -> str:
    """Name the first data row whose field count differs from the header's (error path only)."""
    rows = csv.reader(io.StringIO(data.decode("utf-8")))
    width = len(next(rows, []))
    for number, row in enumerate(rows, start=1):
        if row and len(row) > width:
            return f"row {number} has {len(row)} fields where the header has {width}"
    return str(error).splitlines()[0]


def read_csv_table(path: Path, year: CollectionYear) -> tuple[TableSpec, pl.DataFrame]:
    data = _text(path)
    first_line = data.split(b"\n", 1)[0].decode("utf-8").strip().rstrip("\r")
    if not first_line:
        raise ExtractError(f"{path.name}: empty file, no header line")
    columns = [c.strip() for c in first_line.split(",")]
    spec = recognise(columns, year)
    if spec is None:
        raise ExtractError(
            f"{path.name}: not a {year.label} SSDA903 table: its columns "
            f"({', '.join(columns)}) match none of "
            f"{', '.join(n for n, s in TABLES.items() if s.in_year(year.end_year))}"
        )
    try:
        frame = pl.read_csv(
            io.BytesIO(data),
            infer_schema=False,
            new_columns=[c.strip().upper() for c in columns],
            truncate_ragged_lines=False,
        )
    except pl.exceptions.PolarsError as error:
        raise ExtractError(
            f"{path.name}: not a well-formed CSV table: {_why(data, error)}"
        ) from error
    return spec, normalise(frame, spec)


def read_csv_folder(folder: Path, year: CollectionYear, la: str | None = None) -> Extract:
    """Every `*.csv` in `folder` as one extract; each table at most once."""
    if not folder.is_dir():
        raise ExtractError(f"{folder}: no such folder")
    tables: dict[str, pl.DataFrame] = {}
    sources: dict[str, str] = {}
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv"):
        spec, frame = read_csv_table(path, year)
        if spec.name in tables:
            raise ExtractError(
                f"{path.name}: a second {spec.name} table (the first is {sources[spec.name]})"
            )
        tables[spec.name] = frame
        sources[spec.name] = path.name
    if not tables:
        raise ExtractError(f"{folder}: no CSV files")
    return Extract(year=year, tables=tables, la=la, sources=sources)
