"""`incare duties`, `incare examples` and `incare rules-doc`: the duties engine."""

from __future__ import annotations

import datetime as dt
import json
import sys
from importlib.resources import files
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from incare.cli.app import app, fail, parse_date
from incare.domain.calendar import OutOfCalendarRange, WorkingDayCalendar, england
from incare.domain.duties.engine import compute_duties, rules_markdown
from incare.domain.duties.model import DutyReport, EngineConfig, RhaAgeBasis, Standard
from incare.interop.timeline_json import TimelineFormatError, load_timeline, report_to_json


def _timeline_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(path.glob("*.json"))
    if path.is_file():
        return [path]
    raise fail(f"{path}: no such file or folder")


def _reports(path: Path, as_at: dt.date, config: EngineConfig) -> list[DutyReport]:
    reports = []
    for file in _timeline_files(path):
        try:
            reports.append(compute_duties(load_timeline(file), as_at, config))
        except TimelineFormatError as error:
            raise fail(str(error)) from None
        except OutOfCalendarRange as error:
            raise fail(f"{file}: {error}") from None
    return reports


@app.command()
def duties(
    path: Annotated[
        Path | None, typer.Argument(help="A timeline JSON file, or a folder of them.")
    ] = None,
    as_at: Annotated[str, typer.Option("--as-at", help="The date duties are judged on.")] = "",
    from_903: Annotated[
        Path | None, typer.Option("--from-903", help="Compute every child of a 903 extract.")
    ] = None,
    previous: Annotated[
        Path | None, typer.Option(help="With --from-903: last year's extract.")
    ] = None,
    year: Annotated[
        int | None,
        typer.Option(help="With --from-903: its collection year (default: the last ended)."),
    ] = None,
    la: Annotated[str, typer.Option(help="With --from-903: the council's ONS code.")] = "",
    standard: Annotated[
        str, typer.Option(help="Notification standard: local (5 WD) or national (CPPCR).")
    ] = "local",
    rha_age_basis: Annotated[
        str, typer.Option(help="age_at_last_assessment (default) or literal.")
    ] = "age_at_last_assessment",
    dental_interval_months: Annotated[int, typer.Option(help="12 (default) or 6.")] = 12,
    sdq_entry_assessment: Annotated[
        bool, typer.Option(help="Ask for an SDQ 20 working days after entry.")
    ] = False,
    closure: Annotated[
        list[str] | None, typer.Option(help="An extra closure day (repeatable).")
    ] = None,
) -> None:
    """Print every duty of a child's timeline (or a folder of timelines) as JSON.

    With --from-903, every child of a council's SSDA903 extract, as one JSON array.
    """
    if not as_at:
        raise fail("--as-at: the date duties are judged on is required")
    if (path is None) == (from_903 is None):
        raise fail("give either a timeline file or folder, or --from-903 DIR")
    day = parse_date(as_at, "--as-at")
    if standard not in ("local", "national"):
        raise fail(f"--standard: {standard!r} is not one of 'local', 'national'")
    if rha_age_basis not in ("age_at_last_assessment", "literal"):
        raise fail(f"--rha-age-basis: {rha_age_basis!r} is not a known basis")
    if dental_interval_months not in (6, 12):
        raise fail("--dental-interval-months: must be 6 or 12")
    closures = [parse_date(c, "--closure") for c in closure or []]
    config = EngineConfig(
        standard=_standard(standard),
        rha_age_basis=_basis(rha_age_basis),
        dental_interval_months=dental_interval_months,
        sdq_entry_assessment=sdq_entry_assessment,
        calendar=WorkingDayCalendar(closures) if closures else england(),
    )
    if from_903 is not None:
        _duties_from_903(from_903, previous, year, la, day, config)
        return
    assert path is not None
    reports = _reports(path, day, config)
    output: object = (
        [report_to_json(r) for r in reports] if path.is_dir() else report_to_json(reports[0])
    )
    json.dump(output, sys.stdout, indent=2)
    sys.stdout.write("\n")


def _standard(value: str) -> Standard:
    return "national" if value == "national" else "local"


def _basis(value: str) -> RhaAgeBasis:
    return "literal" if value == "literal" else "age_at_last_assessment"


STATUS_STYLE = {
    "overdue": "bold red",
    "met_late": "yellow",
    "open": "cyan",
    "met": "green",
    "refused": "magenta",
    "cancelled": "dim",
}


@app.command()
def examples(
    as_at: Annotated[str, typer.Option("--as-at", help="The date duties are judged on.")] = (
        "2026-11-23"
    ),
) -> None:
    """Print the duties of the bundled example children, as a social worker would see them."""
    day = parse_date(as_at, "--as-at")
    folder = Path(str(files("incare.examples").joinpath("timelines")))
    console = Console()
    console.print(
        f"[bold]incare[/] duties engine demo: {len(_timeline_files(folder))} example "
        f"children, as at {day.isoformat()} (synthetic data)\n"
    )
    for report in _reports(folder, day, EngineConfig()):
        table = Table(title=f"Child {report.child}", title_justify="left", expand=False)
        for column in ("duty", "to", "from", "due", "done", "status"):
            table.add_column(column)
        for duty in report.duties:
            style = STATUS_STYLE.get(duty.status, "")
            who = duty.recipient or ""
            what = duty.code + (f" ({duty.trigger})" if duty.trigger else "")
            table.add_row(
                what,
                who,
                duty.anchor.isoformat(),
                duty.due.isoformat(),
                duty.met.isoformat() if duty.met else "",
                f"[{style}]{duty.status}[/]" if style else duty.status,
            )
        console.print(table)
        counts: dict[str, int] = {}
        for duty in report.duties:
            counts[duty.status] = counts.get(duty.status, 0) + 1
        console.print(
            "  " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) + "\n"
        )


@app.command("rules-doc")
def rules_doc() -> None:
    """Print docs/rules.md, generated from the rule registry."""
    sys.stdout.write(rules_markdown())


def _duties_from_903(
    folder: Path,
    previous: Path | None,
    year: int | None,
    la: str,
    as_at: dt.date,
    config: EngineConfig,
) -> None:
    """Stream a JSON array of every child's duties: a national extract never sits in memory."""
    from incare.cli.paths import postcode_store
    from incare.interop.ssda903.extract import ExtractError
    from incare.interop.ssda903.load import open_extract
    from incare.interop.ssda903.postcodes import load_store
    from incare.interop.ssda903.timelines import extract_to_timelines
    from incare.interop.ssda903.years import CollectionYear, UnsupportedYear

    try:
        collection = CollectionYear.supported(
            year if year is not None else CollectionYear.last_ended(as_at).end_year
        )
        postcodes = load_store(postcode_store())
        extract = open_extract(
            folder, year=collection, la=la, previous=previous, postcodes=postcodes
        )
    except (ExtractError, UnsupportedYear) as error:
        raise fail(str(error)) from None
    out = sys.stdout
    out.write("[")
    for i, timeline in enumerate(extract_to_timelines(extract, postcodes)):
        try:
            report = compute_duties(timeline, as_at, config)
        except OutOfCalendarRange as error:
            raise fail(f"child {timeline.child.id}: {error}") from None
        out.write(",\n" if i else "\n")
        json.dump(report_to_json(report), out)
    out.write("\n]\n")
