"""Read the SSDA903 XML return (root `EXPSSDA903`) into the same tables as the CSV extract.

The DfE schema (CLA.xsd, "Expanded SSDA903 Return 2021") nests everything under one `CHILD`
element per child: a `HEADER` with the child's own fields and its repeating groups, then the
child's `EPISODE`s. This module holds that layout (`HEADER_LAYOUT`, `EPISODE_LAYOUT`), used here
to read and by `writer.write_xml` to write, and maps it to the CSV tables of `tables.py`:

* Header: CHILDID (-> CHILD), UPN, SEX, DOB, ETHNIC, MOTHER, MC_DOB.
* UASC: one row when the `UASC` flag is set (anything but blank or 0) or `DUC` is given.
* AD1: DATE_INT ... LS_ADOPTR; OC3: IN_TOUCH, ACTIV, ACCOM. These are flat fields of HEADER:
  a row exists when at least one of them has a value (systems write empty elements freely).
* Missing (`AMISSING`), Reviews (`AREVIEW`), PlacedAdoption (`AD_PLACED`), PrevPerm
  (`PERMANENCE`), OC2 (`OC2`): one row per element, even an empty one.
* Episodes (`EPISODE`, with PL -> PLACE).
CHILD, and DOB and SEX where a table has them, come from the child's HEADER.

SWEpisodes and DoLo have no elements in the 2021 schema, so an XML file never gives them; the
DfE-derived PL_LA, PL_LOCATION and PL_DISTANCE are not in it either (they stay null). Elements may
come in any order within their parent (the schema fixes one; `write_xml` keeps it). Anything else
(an element the schema does not have, a misplaced one, a repeated field, a DOCTYPE) is refused.

The file is parsed as a stream with expat, the parser ElementTree itself uses: no tree is built,
and unlike `iterparse` every element's line and column are known, so an error names them. Rows
are gathered per table in column lists and turned into Polars frames in chunks, so a national
file of 100,000 children needs little more memory than its frames.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NoReturn
from xml.parsers import expat

import polars as pl

from incare.interop.ssda903.extract import Extract, ExtractError, normalise
from incare.interop.ssda903.tables import ROW, TABLES, TableSpec
from incare.interop.ssda903.years import CollectionYear

ROOT = "EXPSSDA903"
CHILD = "CHILD"
HEADER = "HEADER"
EPISODE = "EPISODE"
UASC_FLAG = "UASC"  # HEADER's flag; the UASC table's DUC sits beside it
FLAT_TABLES = ("UASC", "AD1", "OC3")  # tables whose fields sit directly in HEADER


@dataclass(frozen=True, slots=True)
class Field:
    """A text element: its XML name, the table and column it fills, whether the XSD needs it."""

    element: str
    table: str
    column: str
    required: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    """A repeating or optional element holding one table row's fields."""

    element: str
    table: str
    fields: tuple[Field, ...]
    repeats: bool = True


def _fields(table: str, *names: str, required: tuple[str, ...] = ()) -> tuple[Field, ...]:
    return tuple(Field(name, table, name, name in required) for name in names)


# HEADER's content in the XSD's order: text fields and groups.
HEADER_LAYOUT: tuple[Field | Group, ...] = (
    Field("CHILDID", "Header", "CHILD", required=True),
    *_fields("Header", "UPN", "SEX", "DOB", "ETHNIC", required=("UPN", "SEX", "DOB", "ETHNIC")),
    Field(UASC_FLAG, "UASC", "", required=True),
    Field("DUC", "UASC", "DUC"),
    *_fields(
        "AD1", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"
    ),
    *_fields("OC3", "IN_TOUCH", "ACTIV", "ACCOM"),
    Group(
        "AMISSING",
        "Missing",
        _fields("Missing", "MISSING", "MIS_START", "MIS_END", required=("MISSING", "MIS_START")),
    ),
    Group(
        "AREVIEW",
        "Reviews",
        _fields("Reviews", "REVIEW", "REVIEW_CODE", required=("REVIEW", "REVIEW_CODE")),
    ),
    *_fields("Header", "MOTHER", "MC_DOB"),
    Group(
        "PERMANENCE",
        "PrevPerm",
        _fields("PrevPerm", "PREV_PERM", "LA_PERM", "DATE_PERM"),
        repeats=False,
    ),
    Group("OC2", "OC2", _fields("OC2", *TABLES["OC2"].columns[2:]), repeats=False),
    Group(
        "AD_PLACED",
        "PlacedAdoption",
        _fields(
            "PlacedAdoption",
            "DATE_PLACED",
            "DATE_PLACED_CEASED",
            "REASON_PLACED_CEASED",
            required=("DATE_PLACED",),
        ),
    ),
)

EPISODE_LAYOUT = Group(
    EPISODE,
    "Episodes",
    (
        *_fields("Episodes", "DECOM", "RNE", "LS", "CIN", required=("DECOM", "RNE", "LS", "CIN")),
        Field("PL", "Episodes", "PLACE", required=True),
        *_fields("Episodes", "PL_POST", "HOME_POST", "URN", "PLACE_PROVIDER"),
        *_fields("Episodes", "DEC", "REC", required=("DEC", "REC")),
        Field("REASON_PLACE_CHANGE", "Episodes", "REASON_PLACE_CHANGE"),
    ),
)

# The tables an XML file can hold, in the order the tables of tables.py are listed.
XML_TABLES = tuple(
    name
    for name in TABLES
    if name in {"Header", "Episodes", *FLAT_TABLES}
    or any(isinstance(g, Group) and g.table == name for g in HEADER_LAYOUT)
)
# Columns every row of a child's table takes from the child's HEADER.
FROM_HEADER = ("CHILD", "DOB", "SEX")

_GROUPS: dict[str, Group] = {
    **{g.element: g for g in HEADER_LAYOUT if isinstance(g, Group)},
    EPISODE: EPISODE_LAYOUT,
}
# Which elements each container may hold; every other element is a text field.
_CONTAINS: dict[str, frozenset[str]] = {
    "": frozenset({ROOT}),
    ROOT: frozenset({CHILD}),
    CHILD: frozenset({HEADER, EPISODE}),
    HEADER: frozenset(f.element for f in HEADER_LAYOUT),
    **{g.element: frozenset(f.element for f in g.fields) for g in _GROUPS.values()},
}
_CHUNK_ROWS = 20_000  # rows gathered as Python lists before they become a Polars chunk
_READ_BYTES = 1 << 20
_INTERNED_MAX = 200_000  # distinct values shared between rows before the cache restarts
_UTF8 = {"utf-8", "utf8"}


class _Columns:
    """One table's rows as column lists; every `_CHUNK_ROWS` rows they become a normalised frame.

    Normalising chunk by chunk frees each chunk's Python strings and raw text as soon as it is
    read, so memory holds little more than the finished frames.
    """

    def __init__(self, spec: TableSpec) -> None:
        self.spec = spec
        self.names = spec.columns
        self.lists: list[list[str | None]] = [[] for _ in self.names]
        self.chunks: list[pl.DataFrame] = []
        self.rows = 0

    def add(self, values: Iterator[str | None]) -> None:
        for target, value in zip(self.lists, values, strict=True):
            target.append(value)
        if len(self.lists[0]) >= _CHUNK_ROWS:
            self.flush()

    def flush(self) -> None:
        count = len(self.lists[0])
        if count == 0:
            return
        text = pl.DataFrame(
            dict(zip(self.names, self.lists, strict=True)),
            schema=dict.fromkeys(self.names, pl.String),
        )
        self.lists = [[] for _ in self.names]
        rows = pl.int_range(self.rows + 1, self.rows + count + 1, dtype=pl.UInt32).alias(ROW)
        self.chunks.append(normalise(text.with_columns(rows), self.spec))
        self.rows += count

    def frame(self) -> pl.DataFrame | None:
        """The table, or None when the file had no rows for it."""
        self.flush()
        chunks, self.chunks = self.chunks, []
        return pl.concat(chunks, rechunk=True) if chunks else None


class _Reader:
    """The expat callbacks: a stack of open elements and the current child's records."""

    def __init__(self, name: str, parser: expat.XMLParserType) -> None:
        self.name = name
        self.parser = parser
        self.stack: list[str] = []
        self.text: list[str] | None = None  # the open text field's pieces
        self.record: dict[str, str] | None = None  # where the open field's value goes
        self.header: dict[str, str] | None = None
        self.groups: list[tuple[Group, dict[str, str]]] = []
        self.children = 0
        self.interned: dict[str, str] = {}
        self.tables = {name: _Columns(TABLES[name]) for name in XML_TABLES}
        self.encoding: str | None = None

    # -- errors -----------------------------------------------------------------------------
    def fail(self, problem: str) -> NoReturn:
        line = self.parser.CurrentLineNumber
        column = self.parser.CurrentColumnNumber + 1
        raise ExtractError(f"{self.name}: line {line}, column {column}: {problem}")

    # -- expat handlers ---------------------------------------------------------------------
    def declaration(self, version: str, encoding: str | None, standalone: int) -> None:
        self.encoding = encoding

    def doctype(self, *_: object) -> None:
        self.fail("a DOCTYPE is not allowed in an SSDA903 file")

    def start(self, element: str, attributes: dict[str, str]) -> None:
        parent = self.stack[-1] if self.stack else ""
        allowed = _CONTAINS.get(parent)
        if allowed is None:
            self.fail(f"element <{element}> inside <{parent}>, which holds only text")
        if element not in allowed:
            if not parent:
                self.fail(f"the root element is <{element}>, not <{ROOT}>: not an SSDA903 file")
            self.fail(f"unknown element <{element}> in <{parent}>")
        self.stack.append(element)
        if element == CHILD:
            self.header = None
            self.groups = []
        elif element == HEADER:
            if self.header is not None:
                self.fail(f"a second <{HEADER}> in this <{CHILD}>")
            self.header = self.record = {}
        elif element in _GROUPS:
            self.record = {}
            self.groups.append((_GROUPS[element], self.record))
        elif element not in _CONTAINS:  # a text field of HEADER or of a group
            if self.record is not None and element in self.record:
                self.fail(f"a second <{element}> in <{parent}>")
            self.text = []

    def characters(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)
        elif data.strip():
            where = self.stack[-1] if self.stack else ROOT
            self.fail(f"text {data.strip()[:20]!r} directly in <{where}>")

    def end(self, element: str) -> None:
        self.stack.pop()
        if self.text is not None:
            value = "".join(self.text)
            if self.record is not None:  # always: text fields sit in HEADER or a group
                self.record[element] = self.interned.setdefault(value, value)
            self.text = None
        elif element in _GROUPS:
            self.record = self.header if element != EPISODE else None
        elif element == HEADER:
            self.record = None
        elif element == CHILD:
            self.end_child()

    # -- rows -------------------------------------------------------------------------------
    def end_child(self) -> None:
        header = self.header
        if header is None:
            self.fail(f"this <{CHILD}> has no <{HEADER}>")
        self.children += 1
        if len(self.interned) > _INTERNED_MAX:
            self.interned.clear()
        shared = {
            "CHILD": header.get("CHILDID"),
            "DOB": header.get("DOB"),
            "SEX": header.get("SEX"),
        }
        self._add("Header", {**header, **shared})
        flag = (header.get(UASC_FLAG) or "").strip()
        if flag not in ("", "0") or (header.get("DUC") or "").strip():
            self._add("UASC", {**header, **shared})
        for table in ("AD1", "OC3"):
            columns = TABLES[table].columns
            if any((header.get(c) or "").strip() for c in columns if c not in FROM_HEADER):
                self._add(table, {**header, **shared})
        for group, record in self.groups:
            values = {field.column: record.get(field.element) for field in group.fields}
            self._add(group.table, {**values, **shared})

    def _add(self, table: str, values: dict[str, str | None]) -> None:
        target = self.tables[table]
        target.add(values.get(column) for column in target.names)


def _why_not_read(path: Path, reader: _Reader, error: expat.ExpatError, offset: int) -> str:
    """Explain an expat error; a byte that is not text in the declared encoding gets a hint."""
    problem = expat.errors.messages[error.code]
    where = f"{path.name}: line {error.lineno}, column {error.offset + 1}"
    if error.code == expat.errors.codes[expat.errors.XML_ERROR_INVALID_TOKEN] and offset >= 0:
        try:
            with path.open("rb") as file:
                file.seek(offset)
                byte = file.read(1)
        except OSError:
            byte = b""
        if byte and byte[0] >= 0x80:
            declared = reader.encoding
            if declared is None or declared.lower() in _UTF8:
                return (
                    f"{where}: not UTF-8 text (byte {byte[0]:#04x}); save the file as UTF-8, or "
                    'declare its real encoding in the <?xml ... encoding="..."?> line'
                )
            return f"{where}: byte {byte[0]:#04x} is not {declared} text, as the file declares"
    return f"{where}: not well-formed XML: {problem}"


def _parse(path: Path, source: BinaryIO, reader: _Reader, parser: expat.XMLParserType) -> None:
    try:
        while chunk := source.read(_READ_BYTES):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise ExtractError(_why_not_read(path, reader, error, parser.ErrorByteIndex)) from None
    except (LookupError, ValueError) as error:
        if isinstance(error, ExtractError):
            raise
        # pyexpat's own message for an encoding it cannot read ("unknown encoding: x",
        # "multi-byte encodings are not supported").
        raise ExtractError(
            f"{path.name}: line {parser.CurrentLineNumber}: cannot read the declared encoding "
            f"({error}); save the file as UTF-8"
        ) from None


def read_xml(path: Path, year: CollectionYear, la: str | None = None) -> Extract:
    """The tables of an SSDA903 XML file; a table with no rows in the file is absent."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    reader = _Reader(path.name, parser)
    handlers: dict[str, Callable[..., None]] = {
        "XmlDeclHandler": reader.declaration,
        "StartDoctypeDeclHandler": reader.doctype,
        "StartElementHandler": reader.start,
        "EndElementHandler": reader.end,
        "CharacterDataHandler": reader.characters,
    }
    for name, handler in handlers.items():
        setattr(parser, name, handler)
    try:
        with path.open("rb") as source:
            _parse(path, source, reader, parser)
    except OSError as error:
        raise ExtractError(f"{path.name}: cannot be read: {error.strerror}") from error
    if reader.children == 0:
        line, column = parser.CurrentLineNumber, parser.CurrentColumnNumber + 1
        raise ExtractError(f"{path.name}: line {line}, column {column}: no <{CHILD}> in the file")
    tables: dict[str, pl.DataFrame] = {}
    for name, columns in reader.tables.items():
        frame = columns.frame()
        if frame is not None:
            tables[name] = frame
    return Extract(year=year, tables=tables, la=la, sources=dict.fromkeys(tables, path.name))
