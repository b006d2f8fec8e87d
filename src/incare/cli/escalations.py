"""`incare refresh-escalations`: recompute the missed-appointment escalation ladders daily.

A step's status (open, overdue) is derived in the query from its due date and today, but a
late step raises the next step of the ladder only when the tasks are recomputed: at the
child's next change, or when this command runs (daily, from cron or a systemd timer).
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from incare.cli.app import app, parse_date
from incare.cli.web import setup_django


@app.command("refresh-escalations")
def refresh_escalations(
    as_at: Annotated[
        str, typer.Option("--as-at", help="The day to judge the ladders on (default: today).")
    ] = "",
) -> None:
    """Recompute the escalation steps of every child with an open health assessment request."""
    setup_django()
    from django.utils import timezone

    from incare.services.assessments import refresh_open_ladders

    today = parse_date(as_at, "--as-at") if as_at else timezone.localdate()
    count = refresh_open_ladders(today)
    Console().print(f"Escalation ladders refreshed for {count:,} children on {today.isoformat()}.")
