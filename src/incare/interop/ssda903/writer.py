"""Write an extract back out: as the DfE's CSV tables, or as the XML return (CLA.xsd, 2021).

CSV: one file per table present, with exactly the DfE columns of `tables.py` in their order (and
PL_LA, PL_LOCATION, PL_DISTANCE after Episodes' columns when the extract carries them); dates are
written from `<COL>__raw`, so their text (ZZ partial dates, invalid dates) is kept as it was.

XML: one CHILD per Header row, in Header's order, every other table's rows nested under their
child in their own order, elements in the schema's order, empty optional elements left out. The
XML cannot hold what the CSV tables can in a few ways:

* a row whose child has no Header row (or no CHILD), a child twice in Header, or a second row
  for a child in a table the schema allows once (UASC, OC2, OC3, AD1, PrevPerm): `write_xml`
  refuses such an extract with one `ExtractError` that lists them, rather than drop rows;
* SWEpisodes and DoLo (not in the 2021 schema), the DfE-derived placement columns, a DOB or SEX
  in a child's table that differs from the child's Header, an AD1 or OC3 row with no values:
  written as far as the schema allows; `xml_omissions` describes each so a caller can say so.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl

from incare.interop.ssda903.extract import Extract, ExtractError
from incare.interop.ssda903.tables import RAW_SUFFIX, ROW, TABLES, TableSpec
from incare.interop.ssda903.xml_reader import (
    CHILD,
    EPISODE_LAYOUT,
    FLAT_TABLES,
    FROM_HEADER,
    HEADER,
    HEADER_LAYOUT,
    ROOT,
    UASC_FLAG,
    XML_TABLES,
    Field,
    Group,
)

CSV_NAMES = {
    "Header": "header.csv",
    "Episodes": "episodes.csv",
    "Reviews": "reviews.csv",
    "UASC": "uasc.csv",
    "OC2": "oc2.csv",
    "OC3": "oc3.csv",
    "AD1": "ad1.csv",
    "PlacedAdoption": "placed_for_adoption.csv",
    "PrevPerm": "previous_permanence.csv",
    "Missing": "missing.csv",
    "SWEpisodes": "sw_episodes.csv",
    "DoLo": "dolo.csv",
}
XML_NAME = "ssda903.xml"
ONCE_PER_CHILD = ("UASC", "OC2", "OC3", "AD1", "PrevPerm")
NOT_IN_SCHEMA = tuple(name for name in TABLES if name not in XML_TABLES)  # SWEpisodes, DoLo
# Characters XML 1.0 cannot carry, even escaped.
NOT_XML_TEXT = r"[\x00-\x08\x0B\x0C\x0E-\x1F\x{FFFE}\x{FFFF}]"
_EXAMPLES = 5
_BATCH = 10_000  # children whose XML is built at once
_INDENT = "  "


# -- CSV -------------------------------------------------------------------------------------
def carries_locations(extract: Extract) -> bool:
    """Whether Episodes has the DfE-derived PL_LA, PL_LOCATION and PL_DISTANCE to write."""
    episodes = extract.tables.get("Episodes")
    if episodes is None:
        return False
    derived = [c for c in TABLES["Episodes"].derived if c in episodes.columns]
    return extract.placements_located or any(episodes[c].is_not_null().any() for c in derived)


def _text(frame: pl.DataFrame, spec: TableSpec, column: str) -> pl.Expr:
    """A column as the text the file had: dates from their `__raw` text."""
    if column in spec.dates and column + RAW_SUFFIX in frame.columns:
        return pl.col(column + RAW_SUFFIX)
    if column not in frame.columns:
        return pl.lit(None, dtype=pl.String)
    if frame.schema[column] == pl.Date:
        return pl.col(column).dt.strftime("%d/%m/%Y")
    return pl.col(column).cast(pl.String)


def _in_row_order(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.sort(ROW, maintain_order=True) if ROW in frame.columns else frame


def write_csv(extract: Extract, folder: Path) -> list[Path]:
    """One CSV per table present (UTF-8, no BOM, `\\n` line ends); the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, spec in TABLES.items():
        frame = extract.tables.get(name)
        if frame is None:
            continue
        columns = [*spec.columns]
        if name == "Episodes" and carries_locations(extract):
            columns += spec.derived
        out = _in_row_order(frame).select(_text(frame, spec, c).alias(c) for c in columns)
        path = folder / CSV_NAMES[name]
        out.write_csv(path, include_bom=False, line_terminator="\n", null_value="")
        written.append(path)
    return written


# -- XML: what cannot be written -------------------------------------------------------------
def _examples(values: list[str]) -> str:
    shown = ", ".join(values[:_EXAMPLES])
    return shown + (f" and {len(values) - _EXAMPLES} more" if len(values) > _EXAMPLES else "")


def _rows(frame: pl.DataFrame) -> str:
    return _examples([str(r) for r in frame[ROW].to_list()])


def xml_problems(extract: Extract) -> list[str]:
    """Why the extract cannot be written as XML without losing rows (empty: it can)."""
    header = extract.tables.get("Header")
    if header is None:
        return ["no Header table: the XML return nests every table under a child's Header row"]
    problems: list[str] = []
    if header.height == 0:
        problems.append("Header has no rows: the XML return needs at least one child")
    twice = header.filter(pl.col("CHILD").is_not_null() & pl.col("CHILD").is_duplicated())
    if twice.height:
        children = twice["CHILD"].unique(maintain_order=True).to_list()
        problems.append(
            f"Header has more than one row for child {_examples(children)} "
            f"(rows {_rows(twice)}): the XML holds each child once"
        )
    known = header["CHILD"].drop_nulls().implode()
    for name in XML_TABLES:
        frame = extract.tables.get(name)
        if frame is None or name == "Header":
            continue
        orphans = frame.filter(pl.col("CHILD").is_null() | ~pl.col("CHILD").is_in(known))
        if orphans.height:
            missing = orphans["CHILD"].fill_null("(blank)").unique(maintain_order=True).to_list()
            problems.append(
                f"{name} rows {_rows(orphans)} are for child {_examples(missing)}, "
                "who has no Header row: the XML nests every row under its child's Header; "
                "add the child to Header or remove the rows"
            )
        if name in ONCE_PER_CHILD:
            repeated = frame.filter(pl.col("CHILD").is_not_null() & pl.col("CHILD").is_duplicated())
            if repeated.height:
                children = repeated["CHILD"].unique(maintain_order=True).to_list()
                problems.append(
                    f"{name} has more than one row for child {_examples(children)} "
                    f"(rows {_rows(repeated)}): the XML allows one per child"
                )
    for name in XML_TABLES:
        frame = extract.tables.get(name)
        if frame is None:
            continue
        spec = TABLES[name]
        for column in spec.columns:
            bad = frame.filter(_text(frame, spec, column).str.contains(NOT_XML_TEXT))
            if bad.height:
                problems.append(
                    f"{name} rows {_rows(bad)}: {column} has a control character that XML "
                    "cannot hold"
                )
    return problems


def xml_omissions(extract: Extract) -> list[str]:
    """What `write_xml` leaves out because the schema has no place for it (empty: nothing)."""
    notes: list[str] = []
    for name in NOT_IN_SCHEMA:
        frame = extract.tables.get(name)
        if frame is not None and frame.height:
            notes.append(
                f"{name} ({frame.height} rows) is not in the DfE 2021 XML schema: not written"
            )
    if carries_locations(extract):
        notes.append(
            "Episodes' PL_LA, PL_LOCATION and PL_DISTANCE are derived by the DfE: not written"
        )
    header = extract.tables.get("Header")
    if header is None:
        return notes
    for name in XML_TABLES:
        frame = extract.tables.get(name)
        if frame is None or name == "Header":
            continue
        spec = TABLES[name]
        for column in (c for c in FROM_HEADER if c != "CHILD" and c in spec.columns):
            theirs = _text(frame, spec, column).alias("_theirs")
            ours = header.select("CHILD", _text(header, TABLES["Header"], column).alias("_ours"))
            differ = (
                frame.select("CHILD", theirs)
                .join(ours.unique("CHILD", keep="first"), on="CHILD", how="inner")
                .filter(pl.col("_theirs").ne_missing(pl.col("_ours")))
            )
            if differ.height:
                notes.append(
                    f"{name}: {differ.height} rows give a {column} other than the child's "
                    f"Header {column}; the XML carries the Header's only"
                )
        if name in FLAT_TABLES and name != "UASC":
            fields = [c for c in spec.columns if c not in FROM_HEADER]
            empty = frame.filter(pl.all_horizontal(pl.col(c).is_null() for c in fields))
            if empty.height:
                notes.append(
                    f"{name} rows {_rows(empty)} have no values: the XML cannot show an empty "
                    f"{name} row"
                )
    return notes


# -- XML: writing ----------------------------------------------------------------------------
def _escaped(value: pl.Expr) -> pl.Expr:
    return (
        value.str.replace_all("&", "&amp;", literal=True)
        .str.replace_all("<", "&lt;", literal=True)
        .str.replace_all(">", "&gt;", literal=True)
        .str.replace_all("\r", "&#13;", literal=True)
    )


def _element(field: Field, value: pl.Expr, depth: int) -> pl.Expr:
    """`<X>text</X>` on its own line; `<X/>` when blank but required; nothing when optional."""
    indent = "\n" + _INDENT * depth
    written = pl.concat_str(
        pl.lit(f"{indent}<{field.element}>"), _escaped(value), pl.lit(f"</{field.element}>")
    )
    return written.fill_null(f"{indent}<{field.element}/>" if field.required else "")


def _wrapped(element: str, inner: pl.Expr, depth: int) -> pl.Expr:
    indent = "\n" + _INDENT * depth
    return (
        pl.when(inner == "")
        .then(pl.lit(f"{indent}<{element}/>"))
        .otherwise(
            pl.concat_str(pl.lit(f"{indent}<{element}>"), inner, pl.lit(f"{indent}</{element}>"))
        )
    )


def _record_xml(frame: pl.DataFrame, name: str) -> pl.Expr:
    """The XML of each row of table `name`: an EPISODE, an AREVIEW ..., or HEADER's fields."""
    spec = TABLES[name]
    if name == "Episodes":
        group: Group | None = EPISODE_LAYOUT
    else:
        group = next((g for g in HEADER_LAYOUT if isinstance(g, Group) and g.table == name), None)
    if group is not None:
        depth = 2 if group is EPISODE_LAYOUT else 3
        inner = pl.concat_str(
            *(_element(f, _text(frame, spec, f.column), depth + 1) for f in group.fields)
        )
        return _wrapped(group.element, inner, depth)
    fields = [f for f in HEADER_LAYOUT if isinstance(f, Field) and f.table == name]
    return pl.concat_str(  # UASC, AD1, OC3: fields directly in HEADER
        *(
            _element(f, pl.lit("1") if f.element == UASC_FLAG else _text(frame, spec, f.column), 3)
            for f in fields
        )
    )


def _nested_tables() -> list[str]:
    """The tables nested in a CHILD, in the order their XML comes."""
    order = [item.table for item in HEADER_LAYOUT if item.table != "Header"]
    return [*dict.fromkeys(order), "Episodes"]


def _children(extract: Extract) -> Iterator[str]:
    """The `<CHILD>...</CHILD>` text of each Header row in Header's order, built in batches."""
    header = _in_row_order(extract.frame("Header")).with_row_index("_i")
    keys = header.select("CHILD", "_i").drop_nulls("CHILD")
    nested: dict[str, pl.DataFrame] = {}
    for name in _nested_tables():
        frame = extract.tables.get(name)
        if frame is not None and frame.height:
            nested[name] = (
                _in_row_order(frame)
                .join(keys, on="CHILD", how="inner", maintain_order="left")
                .sort("_i", maintain_order=True)
            )
    spec = TABLES["Header"]
    parts: list[pl.Expr] = []
    seen: set[str] = set()
    for item in HEADER_LAYOUT:
        if isinstance(item, Field) and item.table == "Header":
            parts.append(_element(item, pl.col(item.column), 3))
        elif item.table not in seen:  # a nested table's rows, where its first element goes
            seen.add(item.table)
            blank = f"\n{_INDENT * 3}<{UASC_FLAG}/>" if item.table == "UASC" else ""
            parts.append(pl.col(f"_{item.table}").fill_null(blank))
    pad1, pad2 = "\n" + _INDENT, "\n" + _INDENT * 2
    child = pl.concat_str(
        pl.lit(f"{pad1}<{CHILD}>{pad2}<{HEADER}>"),
        *parts,
        pl.lit(f"{pad2}</{HEADER}>"),
        pl.col("_Episodes").fill_null(""),
        pl.lit(f"{pad1}</{CHILD}>"),
    )
    for first in range(0, header.height, _BATCH):
        batch = header.slice(first, _BATCH)
        children = batch.select("_i", *(_text(batch, spec, c).alias(c) for c in spec.columns))
        for name in _nested_tables():
            rows = nested.get(name)
            if rows is None:
                children = children.with_columns(pl.lit(None, dtype=pl.String).alias(f"_{name}"))
                continue
            rows = rows.filter(pl.col("_i").is_between(first, first + _BATCH - 1))
            xml = (
                rows.select("_i", _record_xml(rows, name).alias(f"_{name}"))
                .group_by("_i", maintain_order=True)
                .agg(pl.col(f"_{name}").str.join(""))
            )
            children = children.join(xml, on="_i", how="left", maintain_order="left")
        yield from children.select(child.alias("xml")).to_series()


def write_xml(extract: Extract, path: Path) -> None:
    """The XML return in the schema's element order; `ExtractError` if rows would be lost.

    Written to a temporary file beside `path`, then moved into place.
    """
    problems = xml_problems(extract)
    if problems:
        raise ExtractError(f"{path.name}: cannot be written as XML: " + "; ".join(problems))
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="\n") as out:
            out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<{ROOT}>')
            out.writelines(_children(extract))
            out.write(f"\n</{ROOT}>\n")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
