"""Commands that use the database: `incare migrate`, `incare reference load`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from incare.cli.app import app, fail
from incare.cli.paths import var_dir
from incare.cli.ssda903 import reference


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
