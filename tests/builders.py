"""Small builders of synthetic timelines for tests (no real child's data, ever)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from incare.domain.duties.engine import compute_duties
from incare.domain.duties.model import Duty, DutyReport, EngineConfig
from incare.domain.timeline import Child, Episode, Event, GpRegistration, Timeline

D = dt.date.fromisoformat


def ep(
    start: str,
    rne: str = "S",
    legal_status: str = "C2",
    placement: str = "U3",
    icb: str | None = "QKS",
    end: str | None = None,
    rec: str | None = None,
    **kw: Any,
) -> Episode:
    return Episode(
        start=D(start),
        rne=rne,
        legal_status=legal_status,
        placement=placement,
        icb=icb,
        end=D(end) if end else None,
        rec=rec,
        **kw,
    )


def gp(practice: str, icb: str, start: str, end: str | None = None) -> GpRegistration:
    return GpRegistration(practice=practice, icb=icb, start=D(start), end=D(end) if end else None)


def timeline(
    *episodes: Episode,
    dob: str = "2012-06-15",
    events: tuple[Event, ...] | list[Event] = (),
    gps: tuple[GpRegistration, ...] = (),
    home_icb: str | None = "QKS",
    history_from: str | None = None,
) -> Timeline:
    return Timeline(
        child=Child(id="T1", dob=D(dob)),
        episodes=episodes,
        gp_registrations=gps,
        events=tuple(events),
        home_icb=home_icb,
        history_from=D(history_from) if history_from else None,
    )


def report(tl: Timeline, as_at: str, **config: Any) -> DutyReport:
    return compute_duties(tl, D(as_at), EngineConfig(**config))


def duties(tl: Timeline, as_at: str, code: str, **config: Any) -> list[Duty]:
    return [d for d in report(tl, as_at, **config).duties if d.code == code]


def brief(duty: Duty) -> tuple[str, str, str | None, str]:
    """(anchor, due, met, status) as ISO strings: easy to compare against a table."""
    return (
        duty.anchor.isoformat(),
        duty.due.isoformat(),
        duty.met.isoformat() if duty.met else None,
        duty.status,
    )
