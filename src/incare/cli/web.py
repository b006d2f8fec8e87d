"""Commands that use the database: `incare migrate`, `reference load`, `import-903`.

And `reference load-providers`: NHS trusts from the ODS etr.csv file.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from incare.cli.app import app, fail, parse_date, reference
from incare.cli.paths import postcode_store, var_dir
from incare.interop.ssda903.postcodes import load_store
from incare.interop.ssda903.years import CollectionYear, UnsupportedYear


def setup_django() -> None:
    """Point Django at incare's settings and bring the database schema up to date."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "incare.web.config.settings")
    var_dir().mkdir(parents=True, exist_ok=True)
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)


@app.command()
def migrate() -> None:
    """Create or update the database (SQLite in var/, or $DATABASE_URL)."""
    setup_django()
    Console().print("Database up to date.")


@reference.command("load")
def load(
    folder: Annotated[
        Path | None, typer.Argument(help="A folder of nhs-la CSVs (default: the bundled copy).")
    ] = None,
) -> None:
    """Load councils, ICBs, council-to-ICB shares and GP practices (all or nothing)."""
    setup_django()
    from incare.services.reference import ReferenceError, load_reference

    try:
        summaries = load_reference(folder)
    except ReferenceError as error:
        raise fail(str(error)) from None
    table = Table(title="Reference data loaded", title_justify="left")
    for column in ("table", "created", "updated", "unchanged"):
        table.add_column(column, justify="left" if column == "table" else "right")
    for s in summaries:
        table.add_row(s.table, f"{s.created:,}", f"{s.updated:,}", f"{s.unchanged:,}")
    Console().print(table)


@reference.command("load-providers")
def load_providers(
    file: Annotated[Path, typer.Argument(help="The NHS ODS etr.csv file of NHS trusts.")],
) -> None:
    """Load NHS trusts (code, name, ICB) from the ODS etr.csv file (all or nothing)."""
    setup_django()
    from incare.services.reference import ReferenceError
    from incare.services.reference import load_providers as run_load

    try:
        s = run_load(file)
    except ReferenceError as error:
        raise fail(str(error)) from None
    table = Table(title="NHS trusts loaded", title_justify="left")
    for column in ("table", "created", "updated", "unchanged"):
        table.add_column(column, justify="left" if column == "table" else "right")
    table.add_row(s.table, f"{s.created:,}", f"{s.updated:,}", f"{s.unchanged:,}")
    Console().print(table)


@app.command("import-903")
def import_903(
    folder: Annotated[
        Path, typer.Argument(help="The extract: a folder of CSV tables (any names) or the XML.")
    ],
    la: Annotated[str, typer.Option(help="The returning council's ONS code.")],
    previous: Annotated[
        Path | None, typer.Option(help="Last year's extract: history for the duties.")
    ] = None,
    year: Annotated[
        int | None, typer.Option(help="Collection year, by the year it ends (default: last ended).")
    ] = None,
    as_at: Annotated[
        str, typer.Option("--as-at", help="The date duties are judged on (default: today).")
    ] = "",
) -> None:
    """Validate and load a council's SSDA903 extract, and store its children's duties.

    All or nothing in one transaction; importing the same files again changes nothing.
    Exit 0 when imported (with or without validation errors), 2 for unusable input.
    """
    day = parse_date(as_at, "--as-at") if as_at else dt.date.today()
    try:
        collection = CollectionYear.supported(year) if year is not None else None
    except UnsupportedYear as error:
        raise fail(str(error)) from None
    setup_django()
    from incare.services.import_903 import Import903Error
    from incare.services.import_903 import import_903 as run_import
    from incare.services.reference import load_reference
    from incare.web.organisations.models import Council

    console = Console(stderr=True)
    if not Council.objects.exists():
        console.print("No councils loaded: loading the bundled reference data first.")
        load_reference()
    with Progress(
        TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
        console=console, transient=True, disable=not console.is_terminal,
    ) as bar:  # fmt: skip
        task = bar.add_task("Reading", total=None)

        def progress(stage: str, done: int, total: int) -> None:
            bar.update(task, description=stage.capitalize(), completed=done, total=total)

        try:
            summary = run_import(
                folder,
                la=la,
                previous=previous,
                year=collection,
                as_at=day,
                postcodes=load_store(postcode_store()),
                progress=progress,
            )
        except Import903Error as error:
            raise fail(str(error)) from None
    table = Table(
        title=f"SSDA903 {summary.year_label} imported for {summary.council}, "
        f"duties as at {summary.as_at.isoformat()}",
        title_justify="left",
    )
    for column in ("table", "created", "updated", "unchanged", "deleted"):
        table.add_column(column, justify="left" if column == "table" else "right")
    for name, changes in (
        ("children", summary.children),
        ("episodes", summary.episodes),
        ("reviews", summary.reviews),
    ):
        table.add_row(
            name,
            f"{changes.created:,}",
            f"{changes.updated:,}",
            f"{changes.unchanged:,}",
            f"{changes.deleted:,}",
        )
    out = Console()
    out.print(table)
    skipped = summary.episodes_skipped + summary.reviews_skipped
    if skipped:
        out.print(
            f"{summary.episodes_skipped:,} episodes and {summary.reviews_skipped:,} reviews not "
            "stored (no child in the Header, or an end before the start).",
            highlight=False,
        )
    out.print(
        f"{summary.duties_stored:,} duties stored; {summary.duties_refreshed:,} children's "
        f"duties refreshed. Validation: {summary.validation_errors:,} errors, "
        f"{summary.validation_queries:,} queries (run `incare validate-903` for details).",
        highlight=False,
    )
    if not summary.changed:
        out.print("Nothing changed: the database already held this extract.")
