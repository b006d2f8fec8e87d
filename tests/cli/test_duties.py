"""The `incare` command (docs/timeline-json.md): `incare duties` and `incare examples`.

Click 8.2+ keeps stdout and stderr apart in `CliRunner` results: `result.stdout` is stdout only,
`result.stderr` is stderr only (and `result.output` is both, interleaved).
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

from incare.cli import app

EXAMPLE = Path(str(files("incare.examples").joinpath("timelines/01-spec-example.json")))
EXAMPLES = EXAMPLE.parent
AS_AT = "2026-11-23"
CONSOLE_SCRIPT = Path(sys.executable).with_name("incare")


def spec_example() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(EXAMPLE.read_text("utf-8"))
    return loaded


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args])


def duties_json(*args: str | Path) -> Any:
    result = invoke("duties", *args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def assert_unusable(result: Result, *fragments: str) -> None:
    """Exit 2, one message on stderr, nothing on stdout, no traceback."""
    assert result.exit_code == 2, (result.stdout, result.stderr, result.exception)
    assert isinstance(result.exception, SystemExit)
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


def due_dates(report: dict[str, Any], code: str) -> list[tuple[str | None, str, str]]:
    return [
        (d.get("trigger"), d["recipient"] or "", d["due"])
        for d in report["duties"]
        if d["code"] == code
    ]


# --- incare duties FILE ------------------------------------------------------------------------


def test_duties_prints_the_report_of_one_timeline_as_json(tmp_path: Path) -> None:
    report = duties_json(write(tmp_path, "c1.json", spec_example()), "--as-at", AS_AT)
    assert isinstance(report, dict)
    assert {"child", "as_at", "standard", "originating_icb", "duties", "warnings"} <= set(report)
    assert report["child"] == "C001"
    assert report["as_at"] == AS_AT
    assert report["standard"] == "local"
    assert report["originating_icb"][0]["period_start"] == "2025-03-03"
    assert report["originating_icb"][0]["icb"] == "QKS"
    assert report["warnings"] == []


def test_each_duty_has_the_fields_of_the_format() -> None:
    report = duties_json(EXAMPLE, "--as-at", AS_AT)
    statuses = {"met", "met_late", "overdue", "open", "cancelled", "refused"}
    for duty in report["duties"]:
        assert {"code", "anchor", "due", "met", "status", "recipient", "source"} <= set(duty)
        assert duty["status"] in statuses
        if duty["code"] == "NOTIFY":
            assert duty["trigger"] in {"enter", "move", "cease"}
            assert duty["recipient"]
        else:
            assert duty["recipient"] is None
            assert "trigger" not in duty


def test_duties_are_sorted_by_due_date_then_code_then_recipient() -> None:
    found = duties_json(EXAMPLE, "--as-at", AS_AT)["duties"]
    keys = [(d["due"], d["code"], d["recipient"] or "") for d in found]
    assert keys == sorted(keys)


def test_the_spec_example_meets_the_iha_and_the_entry_notification_to_the_icb() -> None:
    found = duties_json(EXAMPLE, "--as-at", AS_AT)["duties"]
    iha = next(d for d in found if d["code"] == "IHA")
    assert (iha["anchor"], iha["due"], iha["met"], iha["status"]) == (
        "2025-03-03",
        "2025-03-31",
        "2025-03-25",
        "met",
    )
    told = next(d for d in found if d["code"] == "NOTIFY" and d["recipient"] == "QKS")
    assert (told["trigger"], told["due"], told["met"], told["status"]) == (
        "enter",
        "2025-03-10",
        "2025-03-06",
        "met",
    )


# --- A folder ---------------------------------------------------------------------------------


def test_a_folder_prints_one_report_per_json_file_in_name_order(tmp_path: Path) -> None:
    for name, child in (("b.json", "B2"), ("a.json", "A1"), ("c.json", "C3")):
        data = spec_example()
        data["child"]["id"] = child
        write(tmp_path, name, data)
    (tmp_path / "notes.txt").write_text("not a timeline")
    write(tmp_path, "d.json.bak", {"not": "read"})
    reports = duties_json(tmp_path, "--as-at", AS_AT)
    assert isinstance(reports, list)
    assert [r["child"] for r in reports] == ["A1", "B2", "C3"]


def test_a_folder_with_one_json_file_still_prints_an_array(tmp_path: Path) -> None:
    write(tmp_path, "only.json", spec_example())
    reports = duties_json(tmp_path, "--as-at", AS_AT)
    assert [r["child"] for r in reports] == ["C001"]


def test_an_empty_folder_prints_an_empty_array(tmp_path: Path) -> None:
    assert duties_json(tmp_path, "--as-at", AS_AT) == []


def test_one_unusable_file_in_a_folder_prints_nothing_and_exits_2(tmp_path: Path) -> None:
    write(tmp_path, "a.json", spec_example())
    (tmp_path / "b.json").write_text("{not json")
    assert_unusable(invoke("duties", tmp_path, "--as-at", AS_AT), "b.json", "not JSON")


# --- Options ----------------------------------------------------------------------------------


def test_the_national_standard_changes_the_notify_due_dates_and_says_so() -> None:
    local = duties_json(EXAMPLE, "--as-at", AS_AT)
    national = duties_json(EXAMPLE, "--as-at", AS_AT, "--standard", "national")
    assert national["standard"] == "national"
    assert {d["standard"] for d in national["duties"] if d["code"] == "NOTIFY"} == {"national"}
    # Planned move on Mon 2025-05-12: national is due on the day, local 5 working days later.
    moves = {(r, due) for t, r, due in due_dates(national, "NOTIFY") if t == "move"}
    assert moves == {("G82001", "2025-05-12"), ("QKS", "2025-05-12"), ("QXU", "2025-05-12")}
    assert {due for t, _, due in due_dates(local, "NOTIFY") if t == "move"} == {"2025-05-19"}
    # Emergency entry: + 5 working days under both standards.
    assert {due for t, _, due in due_dates(national, "NOTIFY") if t == "enter"} == {"2025-03-10"}
    # Other duties do not depend on the notification standard.
    others = [d for d in local["duties"] if d["code"] != "NOTIFY"]
    assert others == [d for d in national["duties"] if d["code"] != "NOTIFY"]


def test_an_extra_closure_shifts_a_working_day_due_date() -> None:
    plain = duties_json(EXAMPLE, "--as-at", AS_AT)
    closed = duties_json(EXAMPLE, "--as-at", AS_AT, "--closure", "2025-03-05")
    assert set(due_dates(plain, "NOTIFY")) >= {("enter", "QKS", "2025-03-10")}
    assert set(due_dates(closed, "NOTIFY")) >= {("enter", "QKS", "2025-03-11")}
    assert due_dates(plain, "IHA") == [(None, "", "2025-03-31")]
    assert due_dates(closed, "IHA") == [(None, "", "2025-04-01")]


def test_a_weekend_closure_changes_nothing() -> None:
    plain = duties_json(EXAMPLE, "--as-at", AS_AT)
    assert duties_json(EXAMPLE, "--as-at", AS_AT, "--closure", "2025-03-08") == plain


def test_closures_can_be_repeated() -> None:
    closed = duties_json(
        EXAMPLE, "--as-at", AS_AT, "--closure", "2025-03-05", "--closure", "2025-03-06"
    )
    assert due_dates(closed, "IHA") == [(None, "", "2025-04-02")]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--as-at", "2026-13-01"), "--as-at"),
        (("--as-at", "23/11/2026"), "--as-at"),
        (("--as-at", ""), "--as-at"),
        (("--as-at", AS_AT, "--standard", "regional"), "--standard"),
        (("--as-at", AS_AT, "--closure", "2025-02-30"), "--closure"),
        (("--as-at", AS_AT, "--rha-age-basis", "guess"), "--rha-age-basis"),
        (("--as-at", AS_AT, "--dental-interval-months", "9"), "--dental-interval-months"),
    ],
    ids=[
        "as-at-month-13",
        "as-at-uk-form",
        "as-at-empty",
        "unknown-standard",
        "unreal-closure",
        "unknown-rha-basis",
        "dental-9-months",
    ],
)
def test_a_bad_option_exits_2_with_a_message_naming_it(
    args: tuple[str, ...], fragment: str
) -> None:
    assert_unusable(invoke("duties", EXAMPLE, *args), fragment)


def test_a_missing_as_at_is_a_usage_error() -> None:
    result = invoke("duties", EXAMPLE)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--as-at" in result.stderr


# --- Unusable input ------------------------------------------------------------------------------


def test_a_missing_path_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "absent.json"
    assert_unusable(invoke("duties", missing, "--as-at", AS_AT), str(missing), "no such file")


def bad(data: dict[str, Any], *path: str | int, value: Any) -> dict[str, Any]:
    target: Any = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        ("{not json", ("not JSON",)),
        ("", ("not JSON",)),
        ("[]", ("(top level)",)),
        (json.dumps(bad(spec_example(), "episodes", 1, "end", value="2025-02-30")), ("end",)),
        (json.dumps(bad(spec_example(), "episodes", 1, "end", value="2025-05-11")), ("before",)),
        (json.dumps(bad(spec_example(), "events", 7, "score", value=41)), ("score",)),
        (json.dumps(bad(spec_example(), "child", "dob", value=None)), ("child.dob",)),
    ],
    ids=["not-json", "empty", "array", "unreal-date", "end-before-start", "sdq-41", "null-dob"],
)
def test_an_unusable_file_exits_2_with_the_message_on_stderr_only(
    tmp_path: Path, content: str, fragments: tuple[str, ...]
) -> None:
    path = tmp_path / "c1.json"
    path.write_text(content, encoding="utf-8")
    assert_unusable(invoke("duties", path, "--as-at", AS_AT), f"{path}: ", *fragments)


def test_the_field_path_is_named_in_the_message(tmp_path: Path) -> None:
    path = write(tmp_path, "c1.json", bad(spec_example(), "episodes", 1, "end", value="2025-2-3"))
    result = invoke("duties", path, "--as-at", AS_AT)
    assert_unusable(result, f"{path}: episodes[1].end: '2025-2-3'")


def test_a_file_that_is_not_utf8_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"child": {"id": "\xe9"}}')
    assert_unusable(invoke("duties", path, "--as-at", AS_AT), str(path), "cannot be read")


def test_a_date_outside_the_working_day_calendar_exits_2(tmp_path: Path) -> None:
    data = spec_example()
    data["episodes"] = [{"start": "1989-12-29", "rne": "S", "legal_status": "C2"}]
    data["events"] = []
    path = write(tmp_path, "old.json", data)
    assert_unusable(invoke("duties", path, "--as-at", AS_AT), str(path), "calendar")


# --- Inputs that once escaped as other exceptions ---------------------------------


@pytest.mark.parametrize(
    ("where", "value"),
    [("rne", "[/x]"), ("rne", "[bold]Z"), ("as_at", "[/]")],
    ids=["closing-tag-in-file", "opening-tag-in-file", "closing-tag-in-as-at"],
)
def test_a_message_quoting_square_brackets_is_printed_as_is(
    tmp_path: Path, where: str, value: str
) -> None:
    data = spec_example()
    as_at = AS_AT
    if where == "rne":
        data["episodes"][0]["rne"] = value
    else:
        as_at = value
    result = invoke("duties", write(tmp_path, "c1.json", data), "--as-at", as_at)
    assert_unusable(result, value)


@pytest.mark.parametrize(
    ("field", "value"),
    [("dob", "9999-12-31"), ("start", "0001-01-01")],
    ids=["dob-9999-12-31", "episode-start-0001-01-01"],
)
def test_an_extreme_but_real_date_exits_2_without_a_traceback(
    tmp_path: Path, field: str, value: str
) -> None:
    data = spec_example()
    if field == "dob":
        data["child"]["dob"] = value
    else:
        data["episodes"] = [{"start": value, "rne": "S", "legal_status": "C2"}]
        data["events"] = []
        data["gp_registrations"] = []
    result = invoke("duties", write(tmp_path, "c1.json", data), "--as-at", AS_AT)
    assert_unusable(result, value)


@pytest.mark.parametrize(
    "content",
    ['{"child": ' + "1" * 5000 + "}", "[" * 100_000 + "]" * 100_000],
    ids=["huge-integer", "deep-nesting"],
)
def test_json_that_python_refuses_to_decode_exits_2(tmp_path: Path, content: str) -> None:
    path = tmp_path / "c1.json"
    path.write_text(content)
    assert_unusable(invoke("duties", path, "--as-at", AS_AT), str(path))


# --- incare examples ---------------------------------------------------------------------------


def test_demo_shows_the_example_children() -> None:
    result = invoke("examples")
    assert result.exit_code == 0, result.stderr
    examples = sorted(EXAMPLES.glob("*.json"))
    assert f"{len(examples)} example children" in result.stdout
    assert "as at 2026-11-23" in result.stdout
    assert "Child C001" in result.stdout
    assert result.stdout.count("Child ") >= len(examples)


def test_demo_takes_an_as_at_date() -> None:
    result = invoke("examples", "--as-at", "2025-04-01")
    assert result.exit_code == 0, result.stderr
    assert "as at 2025-04-01" in result.stdout


def test_demo_rejects_a_bad_as_at() -> None:
    assert_unusable(invoke("examples", "--as-at", "tomorrow"), "--as-at")


# --- The installed console script -------------------------------------------------------------


def run_console_script(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CONSOLE_SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_console_script_prints_the_report_and_exits_0() -> None:
    done = run_console_script("duties", EXAMPLE, "--as-at", AS_AT)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    report = json.loads(done.stdout)
    assert report["child"] == "C001"
    assert report["as_at"] == AS_AT
    assert report["standard"] == "local"


def test_the_console_script_exits_2_on_an_unusable_file_without_a_traceback(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "c1.json", bad(spec_example(), "events", 7, "score", value=41))
    done = run_console_script("duties", path, "--as-at", AS_AT)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(f"error: {path}: events[7].score")
    assert "Traceback" not in done.stderr
