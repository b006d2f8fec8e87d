"""The Typer application and the helpers every command shares."""

from __future__ import annotations

import datetime as dt

import typer
from rich.console import Console

app = typer.Typer(
    help="incare: the shared health-and-care record for children in care.",
    no_args_is_help=True,
    add_completion=False,
)
reference = typer.Typer(help="Reference data: postcodes, organisations.", no_args_is_help=True)
app.add_typer(reference, name="reference")
errors = Console(stderr=True)
EXIT_UNUSABLE = 2


def fail(message: str, code: int = EXIT_UNUSABLE) -> typer.Exit:
    """Print one error line (never markup: it may quote the user's data) and exit."""
    errors.print("error:", message, style="bold red", markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def parse_date(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option}: {value!r} is not a date in the form YYYY-MM-DD") from None
