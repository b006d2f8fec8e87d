"""Whole-timeline scenarios whose expected duties were worked out by hand from the spec.

Each file in `expected/` names an input in `src/incare/examples/timelines/` (same file name) and
gives, for a stated as-at date, standard and configuration, every duty the spec
(`duties.md`) gives rise to, the originating ICB of every period and the warnings, with one
line of reasoning per duty or group of duties (`why`). The values were derived with a plain
calendar and the list of England bank holidays only, never with the engine, so these tests are
an independent cross-check of it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from incare.domain.duties.engine import compute_duties
from incare.domain.duties.model import EngineConfig
from incare.interop.timeline_json import load_timeline, report_to_json

ROOT = Path(__file__).resolve().parents[2]
TIMELINES = ROOT / "src" / "incare" / "examples" / "timelines"
EXPECTED = Path(__file__).resolve().parent / "expected"

DUTY_KEYS = ("code", "trigger", "anchor", "due", "met", "status", "recipient")

# Scenarios where the hand-worked value is believed right and the engine wrong:
# file name -> reason (spec section). Empty when the engine agrees everywhere.
ENGINE_DISAGREES: dict[str, str] = {}


def _cases() -> list[Any]:
    cases = []
    for path in sorted(EXPECTED.glob("*.json")):
        marks = []
        if path.name in ENGINE_DISAGREES:
            marks.append(pytest.mark.xfail(reason=ENGINE_DISAGREES[path.name], strict=True))
        cases.append(pytest.param(path, id=path.name, marks=marks))
    return cases


CASES = _cases()


def _expected(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _actual(path: Path) -> dict[str, Any]:
    expected = _expected(path)
    config = EngineConfig(standard=expected["standard"], **expected.get("config", {}))
    timeline = load_timeline(TIMELINES / path.name)
    report = compute_duties(timeline, dt.date.fromisoformat(expected["as_at"]), config)
    return report_to_json(report)


def _project(duty: dict[str, Any]) -> dict[str, Any]:
    """The keys the hand-worked file states: trigger only for NOTIFY."""
    return {key: duty.get(key) for key in DUTY_KEYS if key != "trigger" or "trigger" in duty}


def _line(duty: dict[str, Any]) -> str:
    return " ".join(str(duty.get(key)) for key in DUTY_KEYS if key in duty)


def _warnings(warnings: list[dict[str, Any]]) -> list[tuple[str, str, str | None]]:
    return sorted((w["type"], w["date"], w.get("event")) for w in warnings)


def test_every_expected_file_has_an_input_timeline() -> None:
    missing = [p.name for p in EXPECTED.glob("*.json") if not (TIMELINES / p.name).exists()]
    assert not missing
    assert len(CASES) >= 12


@pytest.mark.parametrize("path", CASES)
def test_engine_gives_the_hand_worked_duties(path: Path) -> None:
    expected = [_project(d) for d in _expected(path)["duties"]]
    actual = [_project(d) for d in _actual(path)["duties"]]
    if actual != expected:
        want = [_line(d) for d in expected]
        got = [_line(d) for d in actual]
        missing = [line for line in want if line not in got]
        extra = [line for line in got if line not in want]
        pytest.fail(
            "duties differ\n  expected, not given:\n    "
            + "\n    ".join(missing or ["(none: the order differs)"])
            + "\n  given, not expected:\n    "
            + "\n    ".join(extra or ["(none)"])
        )


@pytest.mark.parametrize("path", CASES)
def test_engine_gives_the_hand_worked_originating_icbs(path: Path) -> None:
    expected = _expected(path)["originating_icb"]
    actual = [
        {key: d[key] for key in ("period_start", "icb", "basis")}
        for d in _actual(path)["originating_icb"]
    ]
    assert actual == expected


@pytest.mark.parametrize("path", CASES)
def test_engine_gives_the_hand_worked_warnings(path: Path) -> None:
    assert _warnings(_actual(path)["warnings"]) == _warnings(_expected(path)["warnings"])


@pytest.mark.parametrize("path", CASES)
def test_every_duty_has_its_reasoning_written_down(path: Path) -> None:
    expected = _expected(path)
    assert expected["why"], "each scenario says how its due dates were derived"
    assert expected["standard"] in ("local", "national")
