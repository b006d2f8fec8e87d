"""The timeline JSON format (docs/timeline-json.md): read a child's timeline, write duties.

Reading validates against the JSON Schema shipped in the package, then checks what a schema
cannot (real dates, ends after starts), and reports the first problem as one message that names
the file and the field, e.g. `c1.json: episodes[1].end: 2025-02-30 is not a real date`.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from incare.domain.duties.model import Duty, DutyReport
from incare.domain.timeline import (
    CarePlan,
    Child,
    DentalCheck,
    Episode,
    Event,
    GpRegistration,
    HealthAssessment,
    HealthSummary,
    Notification,
    Refusal,
    Review,
    Sdq,
    Timeline,
    Visit,
)

FIRST_YEAR = 1900
LAST_YEAR = 2100


class TimelineFormatError(ValueError):
    """A timeline file that breaks the format; the message names the file and the field."""


@cache
def schema() -> dict[str, Any]:
    text = files("incare.interop").joinpath("schemas/timeline.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def _field(path: list[str | int] | Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def load_timeline(path: Path) -> Timeline:
    """Read one timeline file, or raise TimelineFormatError naming the file and the field."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise TimelineFormatError(f"{path}: cannot be read: {error}") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise TimelineFormatError(
            f"{path}: not JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from error
    except (ValueError, RecursionError) as error:  # over-long integers, absurd nesting
        raise TimelineFormatError(f"{path}: not usable JSON: {error}") from error
    try:
        return parse_timeline(data)
    except TimelineFormatError as error:
        raise TimelineFormatError(f"{path}: {error}") from error


def parse_timeline(data: object) -> Timeline:
    """Turn decoded JSON into a Timeline, or raise TimelineFormatError naming the field."""
    error = best_match(_validator().iter_errors(data))
    if error is not None:
        raise TimelineFormatError(f"{_field(list(error.absolute_path))}: {_explain(error)}")
    assert isinstance(data, dict)
    child = data["child"]
    return Timeline(
        child=Child(
            id=child["id"],
            dob=_date(child["dob"], "child.dob"),
            sex=child.get("sex"),
            uasc=bool(child.get("uasc")),
        ),
        home_icb=data.get("home_icb"),
        history_from=_optional_date(data.get("history_from"), "history_from"),
        episodes=tuple(_episode(e, f"episodes[{i}]") for i, e in enumerate(data["episodes"])),
        gp_registrations=tuple(
            _registration(r, f"gp_registrations[{i}]")
            for i, r in enumerate(data.get("gp_registrations") or [])
        ),
        events=tuple(_event(e, f"events[{i}]") for i, e in enumerate(data.get("events") or [])),
    )


def _explain(error: Any) -> str:
    instance = error.instance
    if error.validator == "pattern" and isinstance(instance, str):
        if "[0-9]{4}-" in str(error.validator_value):
            return f"{instance!r} is not a date in the form YYYY-MM-DD"
        return f"{instance!r} is not a valid code"
    if error.validator == "required":
        return str(error.message).replace("is a required property", "is missing")
    if error.validator == "enum":
        allowed = ", ".join(repr(v) for v in error.validator_value if v is not None)
        return f"{instance!r} is not one of {allowed}"
    return str(error.message)


def _date(value: str, field: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError as error:
        raise TimelineFormatError(f"{field}: {value} is not a real date") from error
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise TimelineFormatError(
            f"{field}: {value} is outside the years incare handles ({FIRST_YEAR}-{LAST_YEAR})"
        )
    return day


def _optional_date(value: str | None, field: str) -> dt.date | None:
    return None if value is None else _date(value, field)


def _episode(data: dict[str, Any], field: str) -> Episode:
    start = _date(data["start"], f"{field}.start")
    end = _optional_date(data.get("end"), f"{field}.end")
    if end is not None and end < start:
        raise TimelineFormatError(f"{field}.end: {end} is before the start {start}")
    return Episode(
        start=start,
        rne=data["rne"],
        legal_status=data["legal_status"],
        placement=data.get("placement"),
        icb=data.get("icb"),
        emergency=bool(data.get("emergency")),
        long_term=bool(data.get("long_term")),
        end=end,
        rec=data.get("rec"),
        visit_regime=data.get("visit_regime") or "standard",
    )


def _registration(data: dict[str, Any], field: str) -> GpRegistration:
    start = _date(data["from"], f"{field}.from")
    end = _optional_date(data.get("to"), f"{field}.to")
    if end is not None and end < start:
        raise TimelineFormatError(f"{field}.to: {end} is before the start {start}")
    return GpRegistration(practice=data["practice"], icb=data.get("icb"), start=start, end=end)


def _event(data: dict[str, Any], field: str) -> Event:
    day = _date(data["date"], f"{field}.date")
    kind = data["type"]
    if kind == "notification":
        return Notification(
            trigger=data["trigger"],
            trigger_date=_date(data["trigger_date"], f"{field}.trigger_date"),
            recipient=data["recipient"],
            date=day,
        )
    if kind == "health_assessment":
        return HealthAssessment(kind=data["kind"], date=day)
    if kind == "refusal":
        return Refusal(duty=data["duty"], date=day)
    if kind == "sdq":
        return Sdq(date=day, score=data.get("score"))
    simple: dict[str, type[Review | Visit | CarePlan | DentalCheck | HealthSummary]] = {
        "review": Review,
        "visit": Visit,
        "care_plan": CarePlan,
        "dental_check": DentalCheck,
        "health_summary": HealthSummary,
    }
    return simple[kind](date=day)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def duty_to_json(duty: Duty) -> dict[str, Any]:
    out: dict[str, Any] = {"code": duty.code}
    if duty.trigger is not None:
        out["trigger"] = duty.trigger
    out.update(
        anchor=duty.anchor.isoformat(),
        due=duty.due.isoformat(),
        met=_iso(duty.met),
        status=duty.status,
        recipient=duty.recipient,
        source=duty.source,
        period_start=duty.period_start.isoformat(),
    )
    if duty.standard is not None:
        out["standard"] = duty.standard
    if duty.placement_start is not None:
        out["placement_start"] = duty.placement_start.isoformat()
    if duty.met_by is not None:
        out["met_by"] = duty.met_by
    if duty.score is not None:
        from incare.domain.duties.wellbeing import sdq_band

        out["score"] = duty.score
        out["band"] = sdq_band(duty.score)
    return out


def report_to_json(report: DutyReport) -> dict[str, Any]:
    """The output object of docs/timeline-json.md for one child."""
    return {
        "child": report.child,
        "as_at": report.as_at.isoformat(),
        "standard": report.standard,
        "originating_icb": [
            {
                "period_start": d.period_start.isoformat(),
                "icb": d.icb,
                "basis": d.basis,
                "rule": d.rule_version,
            }
            for d in report.originating_icb
        ],
        "duties": [duty_to_json(d) for d in report.duties],
        "warnings": [
            {"type": w.type, "date": w.date.isoformat(), **({"event": w.event} if w.event else {})}
            for w in report.warnings
        ],
    }
