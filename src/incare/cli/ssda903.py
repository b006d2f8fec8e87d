"""`incare validate-903` and `incare reference load-postcodes`: the DfE SSDA903 return."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from incare.cli.app import app, fail, reference
from incare.cli.paths import postcode_store
from incare.interop.ssda903.extract import ExtractError
from incare.interop.ssda903.load import open_extract
from incare.interop.ssda903.postcodes import load_store, read_directory_csv, save_store
from incare.interop.ssda903.report import FORMATS, write_report
from incare.interop.ssda903.validator import ValidationReport, validate
from incare.interop.ssda903.years import CollectionYear, UnsupportedYear

EXIT_ERRORS_FOUND = 1
EXIT_RULE_FAILED = 3


@app.command("validate-903")
def validate_903(
    folder: Annotated[
        Path, typer.Argument(help="The extract: a folder of CSV tables (any names) or the XML.")
    ],
    year: Annotated[int, typer.Option(help="Collection year, by the year it ends: 2026.")],
    la: Annotated[str, typer.Option(help="The returning council's ONS code.")],
    previous: Annotated[
        Path | None, typer.Option(help="Last year's extract, for the rules that need it.")
    ] = None,
    providers: Annotated[
        list[Path] | None, typer.Option(help="Ofsted provider list (XLSX), repeatable.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Write the findings to a .csv, .xlsx, .html or .json.")
    ] = None,
) -> None:
    """Check a council's SSDA903 extract with every DfE rule in force for the year.

    Exit 0 when valid, 1 when errors were found, 2 for unusable input, 3 when a rule failed.
    """
    if out is not None and out.suffix.lower() not in FORMATS:
        raise fail(f"--out: {out.name} must end in {', '.join(FORMATS)}")
    try:
        collection = CollectionYear.supported(year)
        extract = open_extract(
            folder,
            year=collection,
            la=la,
            previous=previous,
            providers=providers or [],
            postcodes=load_store(postcode_store()),
        )
    except (ExtractError, UnsupportedYear) as error:
        raise fail(str(error)) from None
    console = Console(stderr=True)
    with Progress(
        TextColumn("Validating"), BarColumn(), MofNCompleteColumn(), console=console,
        transient=True, disable=not console.is_terminal,
    ) as bar:  # fmt: skip
        task = bar.add_task("rules", total=None)
        report = validate(
            extract, progress=lambda done, total: bar.update(task, completed=done, total=total)
        )
    _print_summary(report)
    if out is not None:
        write_report(report, out)
        Console().print(f"Findings written to {out}")
    if report.failed:
        names = ", ".join(f"{o.code} ({o.reason})" for o in report.failed)
        raise fail(f"rules failed to run: {names}", EXIT_RULE_FAILED)
    raise typer.Exit(0 if report.valid else EXIT_ERRORS_FOUND)


def _print_summary(report: ValidationReport) -> None:
    console = Console()
    ran = [o for o in report.outcomes if o.status == "ran"]
    flagged = sorted((o for o in ran if o.findings), key=lambda o: -o.findings)
    if flagged:
        table = Table(title=f"SSDA903 {report.year_label}: errors by rule", title_justify="left")
        table.add_column("rule")
        table.add_column("errors", justify="right")
        table.add_column("message", overflow="fold")
        for outcome in flagged:
            table.add_row(outcome.code, str(outcome.findings), outcome.message)
        console.print(table)
    skipped = [o for o in report.outcomes if o.status in ("not_run", "not_implemented")]
    for outcome in skipped:
        console.print(f"[yellow]{outcome.code} not run[/]: {outcome.reason}", highlight=False)
    errors = report.errors
    children = errors["child"].n_unique() if errors.height else 0
    queries = (
        f"; {report.queries.height} queries need earlier history" if report.queries.height else ""
    )
    console.print(
        f"{len(ran)} rules ran, {len(skipped)} not run, {len(report.failed)} failed; "
        f"{errors.height} errors for {children} children{queries}.",
        highlight=False,
    )


@reference.command("load-postcodes")
def load_postcodes(
    file: Annotated[Path, typer.Argument(help="The ONS Postcode Directory (ONSPD) CSV.")],
) -> None:
    """Load the ONS Postcode Directory into the local store used for placement locations."""
    try:
        frame = read_directory_csv(file, name=file.name)
    except ExtractError as error:
        raise fail(str(error)) from None
    save_store(frame, postcode_store())
    Console().print(f"Loaded {frame.height:,} postcodes into {postcode_store()}")
