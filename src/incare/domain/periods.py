"""Periods of care and placements, delimited from SSDA903 episodes (duties.md §1)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from incare.domain.calendar import add_months
from incare.domain.registry import rule
from incare.domain.timeline import (
    CONTINUING_REASON_CEASED,
    LONG_TERM_PLACEMENT_TYPES,
    PLACEMENT_STARTING_RNE,
    SHORT_BREAK_LEGAL_STATUSES,
    Episode,
    VisitRegime,
)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the child lives, from one placement-starting episode to the next (or period end)."""

    start: dt.date
    end: dt.date | None
    placement_type: str | None
    icb: str | None
    emergency: bool
    long_term: bool
    visit_regime: VisitRegime
    is_last: bool
    first_anniversary: dt.date


@dataclass(frozen=True, slots=True)
class Period:
    """A period of care: from a start of care to the end of its last continuing episode."""

    start: dt.date
    end: dt.date | None
    episodes: tuple[Episode, ...]
    placements: tuple[Placement, ...]
    short_break: bool


def _open_as_at(episode: Episode, as_at: dt.date) -> Episode:
    """An episode as known on `as_at`: an end after that date is not yet known."""
    if episode.end is not None and episode.end > as_at:
        return Episode(
            start=episode.start,
            rne=episode.rne,
            legal_status=episode.legal_status,
            placement=episode.placement,
            icb=episode.icb,
            emergency=episode.emergency,
            long_term=episode.long_term,
            end=None,
            rec=None,
            visit_regime=episode.visit_regime,
        )
    return episode


@rule("PERIOD", effective_from=dt.date(2011, 4, 1))
def periods_of_care(episodes: tuple[Episode, ...], as_at: dt.date) -> tuple[Period, ...]:
    """Group episodes into periods of care as they stood on `as_at`.

    Source: DfE SSDA903 guidance (episodes, reason for new episode, reason episode ceased);
    duties.md §1.
    Interpretation: the first episode, and any episode when no period is open, starts a period
    whatever its reason for new episode; an episode with reason `S` ends an open period on its
    own start date; an end date ends the period unless the reason ceased is `X1` (a blank reason
    ends it too); an `X1` end with no following episode leaves the period open.
    """
    known = sorted(
        (_open_as_at(e, as_at) for e in episodes if e.start <= as_at), key=lambda e: e.start
    )
    groups: list[tuple[list[Episode], dt.date | None]] = []
    current: list[Episode] = []
    for episode in known:
        if current and episode.rne == "S":
            groups.append((current, episode.start))
            current = []
        current.append(episode)
        if episode.end is not None and episode.rec != CONTINUING_REASON_CEASED:
            groups.append((current, episode.end))
            current = []
    if current:
        groups.append((current, None))
    return tuple(_period(group, end) for group, end in groups)


def _period(episodes: list[Episode], end: dt.date | None) -> Period:
    starts = [e for i, e in enumerate(episodes) if i == 0 or e.rne in PLACEMENT_STARTING_RNE]
    placements = []
    for i, episode in enumerate(starts):
        is_last = i == len(starts) - 1
        placements.append(
            Placement(
                start=episode.start,
                end=end if is_last else starts[i + 1].start,
                placement_type=episode.placement,
                icb=episode.icb,
                emergency=episode.emergency,
                long_term=episode.long_term or episode.placement in LONG_TERM_PLACEMENT_TYPES,
                visit_regime=episode.visit_regime,
                is_last=is_last,
                first_anniversary=add_months(episode.start, 12),
            )
        )
    return Period(
        start=episodes[0].start,
        end=end,
        episodes=tuple(episodes),
        placements=tuple(placements),
        short_break=all(e.legal_status in SHORT_BREAK_LEGAL_STATUSES for e in episodes),
    )
