"""`incare export-903`: write an SSDA903 extract out again as the DfE's CSV tables and/or XML."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from incare.cli.app import app, errors, fail
from incare.interop.ssda903.extract import Extract, ExtractError
from incare.interop.ssda903.sources import read_source
from incare.interop.ssda903.tables import TABLES
from incare.interop.ssda903.writer import (
    CSV_NAMES,
    XML_NAME,
    write_csv,
    write_xml,
    xml_omissions,
    xml_problems,
)
from incare.interop.ssda903.years import CollectionYear, UnsupportedYear


class ExportFormat(StrEnum):
    csv = "csv"
    xml = "xml"
    both = "both"


def _targets(extract: Extract, out: Path, form: ExportFormat) -> list[Path]:
    names = []
    if form in (ExportFormat.csv, ExportFormat.both):
        names += [CSV_NAMES[name] for name in TABLES if name in extract.tables]
    if form in (ExportFormat.xml, ExportFormat.both):
        names.append(XML_NAME)
    return [out / name for name in names]


def _check_out(source: Path, out: Path, targets: list[Path]) -> None:
    if out.exists() and not out.is_dir():
        raise fail(f"--out: {out} is a file, not a folder")
    resolved = source.resolve()
    if out.resolve() == resolved or any(t.resolve() == resolved for t in targets):
        raise fail(f"--out: {out} would overwrite the extract being read; choose another folder")
    if out.is_dir():
        ours = {t.name for t in targets}
        others = sorted(
            p.name
            for p in out.iterdir()
            if p.suffix.lower() in (".csv", ".xml") and p.name not in ours
        )
        if others:
            raise fail(
                f"--out: {out} already holds {', '.join(others)}, which would be read as part "
                "of the exported extract; empty the folder or choose another"
            )


@app.command("export-903")
def export_903(
    source: Annotated[
        Path, typer.Argument(help="The extract: a folder of CSV files, or the XML return.")
    ],
    year: Annotated[int, typer.Option(help="Collection year, by the year it ends: 2026.")],
    out: Annotated[Path, typer.Option(help="Folder to write into (created when missing).")],
    form: Annotated[
        ExportFormat, typer.Option("--format", help="CSV tables, the XML return, or both.")
    ] = ExportFormat.both,
) -> None:
    """Write a council's SSDA903 extract as the DfE's CSV tables and/or XML return (ssda903.xml).

    Exit 0 when written, 2 for input that cannot be read or written as asked.
    """
    try:
        extract = read_source(source, CollectionYear.supported(year), None)
    except (ExtractError, UnsupportedYear) as error:
        raise fail(str(error)) from None
    targets = _targets(extract, out, form)
    _check_out(source, out, targets)
    writes_xml = form in (ExportFormat.xml, ExportFormat.both)
    if writes_xml:
        problems = xml_problems(extract)
        if problems:
            raise fail(f"{XML_NAME}: cannot be written as XML: " + "; ".join(problems))
    written: list[Path] = []
    try:
        if form in (ExportFormat.csv, ExportFormat.both):
            written += write_csv(extract, out)
        if writes_xml:
            out.mkdir(parents=True, exist_ok=True)
            write_xml(extract, out / XML_NAME)
            written.append(out / XML_NAME)
    except ExtractError as error:
        raise fail(str(error)) from None
    except OSError as error:
        raise fail(f"{out}: cannot write: {error.strerror or error}") from None
    if writes_xml:
        for note in xml_omissions(extract):
            errors.print(
                "note:", note, style="yellow", markup=False, highlight=False, soft_wrap=True
            )
    Console().print(
        f"Wrote {', '.join(p.name for p in written)} to {out}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
