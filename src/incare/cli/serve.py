"""`incare demo` (the web application with a synthetic region) and `incare serve`."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from incare.cli.app import app, fail, parse_date
from incare.cli.paths import postcode_store, var_dir

DEMO_ADDRESS = "127.0.0.1:8000"


@app.command()
def demo(
    fresh: Annotated[
        bool, typer.Option(help="Throw away the demo database and build it again.")
    ] = False,
    serve: Annotated[bool, typer.Option(help="Serve the pages once the region is built.")] = True,
    children: Annotated[int, typer.Option(help="Children per council.")] = 500,
    today: Annotated[str, typer.Option(help="The day the demo is set on (default: today).")] = "",
) -> None:
    """Build a synthetic region (3 councils, 3 ICBs, ~1,500 children) and serve incare on
    http://127.0.0.1:8000 in demo mode: synthetic data, no two-factor step (said on screen)."""
    day = parse_date(today, "--today") if today else dt.date.today()
    folder = var_dir() / "demo"
    if fresh and folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["INCARE_VAR"] = str(folder)
    os.environ["INCARE_MODE"] = "demo"
    os.environ.pop("DATABASE_URL", None)  # the demo is always the embedded SQLite
    console = Console()
    from incare.cli.web import setup_django

    setup_django()
    from django.contrib.auth.models import User

    from incare.interop.ssda903.postcodes import load_store
    from incare.services.demo import PASSWORD, build_region

    if not User.objects.exists():
        with console.status("Building the demo region") as status:
            logins = build_region(
                today=day,
                postcodes=load_store(postcode_store()),
                say=lambda text: status.update(text),
                children=children,
            )
        table = Table(title=f"Demo logins (password for all: {PASSWORD})", title_justify="left")
        for column in ("username", "role", "organisation"):
            table.add_column(column)
        for login in logins:
            table.add_row(login.username, login.role, login.organisation)
        console.print(table)
    else:
        console.print(
            f"Using the demo region in {folder} (logins sw, tm, coordinator, iro, admin, "
            f"nurse, provider, gp, panel; password {PASSWORD}). `--fresh` builds it again."
        )
    if serve:
        console.print(f"Serving on http://{DEMO_ADDRESS}/ (Ctrl+C stops). Synthetic data only.")
        from django.core.management import call_command

        call_command("runserver", DEMO_ADDRESS, use_reloader=False, use_threading=True)


@app.command()
def serve(
    bind: Annotated[str, typer.Option(help="Address and port to listen on.")] = "127.0.0.1:8000",
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 4,
) -> None:
    """Serve incare with gunicorn (settings from the environment; see docs/deployment.md)."""
    if workers < 1:
        raise fail(f"--workers: {workers} must be at least 1")
    from incare.cli.web import setup_django

    setup_django()
    os.execv(
        sys.executable,
        [sys.executable, "-m", "gunicorn", "incare.web.config.wsgi:application",
         "--bind", bind, "--workers", str(workers), "--access-logfile", "-"],
    )  # fmt: skip
