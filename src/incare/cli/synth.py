"""`incare synth`: a synthetic SSDA903 return and child timelines, for tests, demos, benchmarks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from incare.cli.app import app, fail
from incare.interop.ssda903.synth import (
    TIMELINES_FOLDER,
    SyntheticExtract,
    generate,
    timeline_writer,
)
from incare.interop.ssda903.writer import CSV_NAMES
from incare.interop.ssda903.years import FIRST_SUPPORTED, LAST_SUPPORTED, UnsupportedYear


@app.command()
def synth(
    children: Annotated[
        int, typer.Option(help="Children in the collection year's return (its Header rows).")
    ],
    la: Annotated[str, typer.Option(help="The council's ONS code, e.g. E10000014.")],
    year: Annotated[int, typer.Option(help="Collection year, by the year it ends: 2026.")],
    out: Annotated[Path, typer.Option(help="Folder to write the two years and timelines to.")],
    seed: Annotated[int, typer.Option(help="Seed: the same seed gives the same files.")] = 1,
    error_rate: Annotated[
        float, typer.Option(help="Share of children given one realistic mistake (0 to 1).")
    ] = 0.0,
) -> None:
    """Write a council's synthetic SSDA903 return for YEAR and YEAR-1, and a timeline per child.

    Creates OUT/<YEAR>/ and OUT/<YEAR-1>/ (one CSV file per table, DD/MM/YYYY dates) and
    OUT/timelines/<CHILD>.json. Every child is made up; postcodes are real places.
    """
    if children < 1:
        raise fail(f"--children: {children} must be at least 1")
    if not 0.0 <= error_rate <= 1.0:
        raise fail(f"--error-rate: {error_rate} must be between 0 and 1")
    folders = [out / str(year), out / str(year - 1), out / TIMELINES_FOLDER]
    if out.exists() and not out.is_dir():
        raise fail(f"--out: {out} is a file, not a folder")
    _clear(folders)
    try:
        extract = generate(
            children,
            la=la.strip().upper(),
            year=year,
            seed=seed,
            error_rate=error_rate,
            timelines=timeline_writer(folders[2]),
        )
    except UnsupportedYear:
        raise fail(
            f"--year: {year} is not supported: give {FIRST_SUPPORTED + 1} to {LAST_SUPPORTED} "
            "(the year it ends in; the year before is generated too)"
        ) from None
    except ValueError as error:
        raise fail(f"--la: {error}") from None
    extract.write(out)
    _print_summary(extract, out)


def _clear(folders: list[Path]) -> None:
    """Remove the files a previous run wrote there (only those), so that none is stale."""
    names = set(CSV_NAMES.values())
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.is_file() and (path.name in names or path.suffix == ".json"):
                path.unlink()


def _print_summary(extract: SyntheticExtract, out: Path) -> None:
    table = Table(
        title=f"Synthetic SSDA903 for {extract.la}, written to {out}", title_justify="left"
    )
    table.add_column("table")
    years = sorted(extract.tables)
    for end_year in years:
        table.add_column(f"{end_year - 1}/{end_year % 100:02d}", justify="right")
    for name in extract.tables[years[-1]]:
        counts = [extract.tables[y].get(name) for y in years]
        table.add_row(name, *(f"{c.height:,}" if c is not None else "-" for c in counts))
    console = Console()
    console.print(table)
    mistakes = f", {extract.mistakes:,} of them with a mistake" if extract.mistakes else ""
    console.print(
        f"{extract.children:,} children in {extract.year.label}{mistakes}; "
        f"timelines in {out / TIMELINES_FOLDER}.",
        highlight=False,
    )
