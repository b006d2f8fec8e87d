"""Reading the timeline JSON format (docs/timeline-json.md) and its shipped JSON Schema."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from incare.domain.timeline import (
    CarePlan,
    Child,
    DentalCheck,
    Episode,
    GpRegistration,
    HealthAssessment,
    Notification,
    Refusal,
    Review,
    Sdq,
    Timeline,
    Visit,
)
from incare.interop.timeline_json import (
    TimelineFormatError,
    load_timeline,
    parse_timeline,
    schema,
)

D = dt.date.fromisoformat
EXAMPLE = Path(str(files("incare.examples").joinpath("timelines/01-spec-example.json")))
SCHEMA_FILE = files("incare.interop").joinpath("schemas/timeline.schema.json")

Json = Any
Mutation = Callable[[dict[str, Json]], None]


def spec_example() -> dict[str, Json]:
    loaded: dict[str, Json] = json.loads(EXAMPLE.read_text("utf-8"))
    return loaded


def write(tmp_path: Path, data: Json, name: str = "c1.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def reading_error(path: Path) -> str:
    with pytest.raises(TimelineFormatError) as caught:
        load_timeline(path)
    return str(caught.value)


# --- The spec example ------------------------------------------------------------------------

SPEC_TIMELINE = Timeline(
    child=Child(id="C001", dob=D("2019-05-02"), sex="F", uasc=False),
    home_icb="QKS",
    history_from=None,
    episodes=(
        Episode(
            start=D("2025-03-03"),
            rne="S",
            legal_status="C2",
            placement="U6",
            icb="QKS",
            emergency=True,
            long_term=False,
            end=D("2025-05-12"),
            rec="X1",
        ),
        Episode(
            start=D("2025-05-12"),
            rne="P",
            legal_status="C2",
            placement="U4",
            icb="QXU",
            end=None,
            rec=None,
        ),
    ),
    gp_registrations=(GpRegistration(practice="G82001", icb="QKS", start=D("2019-06-01")),),
    events=(
        Notification(
            trigger="enter", trigger_date=D("2025-03-03"), recipient="QKS", date=D("2025-03-06")
        ),
        HealthAssessment(kind="IHA", date=D("2025-03-25")),
        HealthAssessment(kind="RHA", date=D("2025-09-20")),
        Refusal(duty="RHA", date=D("2026-09-01")),
        Review(date=D("2025-03-28")),
        Visit(date=D("2025-03-07")),
        CarePlan(date=D("2025-03-10")),
        Sdq(date=D("2026-02-01"), score=14),
        DentalCheck(date=D("2025-07-01")),
    ),
)


def test_the_spec_example_reads_into_the_expected_dataclasses() -> None:
    assert load_timeline(EXAMPLE) == SPEC_TIMELINE


def test_the_spec_example_parses_the_same_from_decoded_json() -> None:
    assert parse_timeline(spec_example()) == SPEC_TIMELINE


def test_a_minimal_timeline_needs_only_the_child_and_the_episodes() -> None:
    data = {"child": {"id": "C9", "dob": "2015-01-01"}, "episodes": []}
    assert parse_timeline(data) == Timeline(child=Child(id="C9", dob=D("2015-01-01")), episodes=())


def test_open_records_may_leave_out_end_rec_and_to() -> None:
    data = {
        "child": {"id": "C9", "dob": "2015-01-01"},
        "episodes": [{"start": "2025-01-06", "rne": "S", "legal_status": "C2"}],
        "gp_registrations": [{"practice": "G82001", "from": "2015-02-01"}],
    }
    timeline = parse_timeline(data)
    assert timeline.episodes[0].end is None
    assert timeline.episodes[0].rec is None
    assert timeline.gp_registrations[0].end is None


def test_a_file_with_a_utf8_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert load_timeline(path) == SPEC_TIMELINE


def test_extra_fields_are_ignored() -> None:
    data = spec_example()
    data["source_system"] = "LCS"
    data["episodes"][0]["note"] = "anything"
    assert parse_timeline(data) == SPEC_TIMELINE


# --- Unusable files: one TimelineFormatError naming the file -------------------------------


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{child: 1}", "not JSON"),
        (b'{"child": {"id": "C1"', "not JSON"),
        (b"", "not JSON"),
        (b"   \n", "not JSON"),
        (b'{"child": {"id": "\xe9"}}', "cannot be read"),
        (b"\xff\xfe{\x00}\x00", "cannot be read"),
        (b"[]", "(top level)"),
        (b"[" + EXAMPLE.read_bytes() + b"]", "(top level)"),
        (b"null", "(top level)"),
        (b'"C001"', "(top level)"),
    ],
    ids=[
        "not-json",
        "truncated",
        "empty-file",
        "whitespace-only",
        "latin-1",
        "utf-16",
        "empty-array",
        "array-of-timelines",
        "null",
        "string",
    ],
)
def test_an_unusable_file_gives_one_message_naming_the_file(
    tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "c1.json"
    path.write_bytes(content)
    message = reading_error(path)
    assert message.startswith(f"{path}: ")
    assert fragment in message
    assert "\n" not in message


def test_a_missing_file_is_a_format_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    assert reading_error(path).startswith(f"{path}: cannot be read")


# --- Bad fields: the message names the file and the field path ------------------------------


def set_at(*path: str | int, value: Json) -> Mutation:
    def mutate(data: dict[str, Json]) -> None:
        target: Json = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def drop(*path: str | int) -> Mutation:
    def mutate(data: dict[str, Json]) -> None:
        target: Json = data
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return mutate


BAD_FIELDS: list[tuple[str, Mutation, str, str]] = [
    ("missing-child-id", drop("child", "id"), "child", "'id' is missing"),
    ("empty-child-id", set_at("child", "id", value=""), "child.id", ""),
    ("missing-child", drop("child"), "(top level)", "'child' is missing"),
    ("missing-episodes", drop("episodes"), "(top level)", "'episodes' is missing"),
    ("episodes-not-a-list", set_at("episodes", value={}), "episodes", ""),
    ("short-month", set_at("episodes", 1, "end", value="2025-2-3"), "episodes[1].end", "YYYY"),
    ("not-a-real-date", set_at("episodes", 1, "end", value="2025-02-30"), "episodes[1].end", ""),
    ("number-date", set_at("episodes", 1, "end", value=20250203), "episodes[1].end", ""),
    ("short-start", set_at("episodes", 0, "start", value="2025-3-3"), "episodes[0].start", ""),
    ("number-start", set_at("episodes", 0, "start", value=20250303), "episodes[0].start", ""),
    ("null-start", set_at("episodes", 0, "start", value=None), "episodes[0].start", ""),
    ("null-dob", set_at("child", "dob", value=None), "child.dob", ""),
    ("unreal-dob", set_at("child", "dob", value="2019-02-29"), "child.dob", "real date"),
    (
        "null-gp-from",
        set_at("gp_registrations", 0, "from", value=None),
        "gp_registrations[0].from",
        "",
    ),
    ("null-event-date", set_at("events", 4, "date", value=None), "events[4].date", ""),
    ("unreal-history", set_at("history_from", value="2025-13-01"), "history_from", ""),
    (
        "unreal-trigger",
        set_at("events", 0, "trigger_date", value="2025-02-30"),
        "events[0].trigger_date",
        "",
    ),
    (
        "end-before-start",
        set_at("episodes", 1, "end", value="2025-05-11"),
        "episodes[1].end",
        "before",
    ),
    ("unknown-rne", set_at("episodes", 1, "rne", value="Z"), "episodes[1].rne", "'Z'"),
    ("unknown-event", set_at("events", 4, "type", value="party"), "events[4].type", "'party'"),
    ("missing-type", drop("events", 4, "type"), "events[4]", "'type' is missing"),
    ("no-recipient", drop("events", 0, "recipient"), "events[0]", "recipient"),
    ("bad-trigger", set_at("events", 0, "trigger", value="arrive"), "events[0].trigger", ""),
    ("sdq-41", set_at("events", 7, "score", value=41), "events[7].score", "41"),
    ("sdq-negative", set_at("events", 7, "score", value=-1), "events[7].score", ""),
    ("sdq-text", set_at("events", 7, "score", value="14"), "events[7].score", ""),
    ("refusal-unknown-duty", set_at("events", 3, "duty", value="NOTIFY"), "events[3].duty", ""),
    ("refusal-no-duty", drop("events", 3, "duty"), "events[3]", "duty"),
    ("assessment-kind", set_at("events", 1, "kind", value="CHA"), "events[1].kind", "'CHA'"),
    (
        "gp-to-before-from",
        set_at("gp_registrations", 0, "to", value="2019-05-31"),
        "gp_registrations[0].to",
        "before",
    ),
    ("lower-case-ods", set_at("home_icb", value="qks"), "home_icb", ""),
    ("event-not-object", set_at("events", 2, value="RHA"), "events[2]", ""),
]


@pytest.mark.parametrize(
    ("mutate", "field", "fragment"),
    [case[1:] for case in BAD_FIELDS],
    ids=[case[0] for case in BAD_FIELDS],
)
def test_a_bad_field_gives_a_format_error_naming_the_file_and_the_field(
    tmp_path: Path, mutate: Mutation, field: str, fragment: str
) -> None:
    data = spec_example()
    mutate(data)
    path = write(tmp_path, data)
    message = reading_error(path)
    assert message.startswith(f"{path}: {field}")
    assert fragment in message
    assert "\n" not in message
    assert "Traceback" not in message


def test_the_gp_registration_end_error_names_the_exact_field(tmp_path: Path) -> None:
    data = spec_example()
    data["gp_registrations"][0]["to"] = "2019-05-31"
    assert reading_error(write(tmp_path, data)) == (
        f"{tmp_path / 'c1.json'}: gp_registrations[0].to: 2019-05-31 is before the start 2019-06-01"
    )


def test_the_unreal_date_error_says_which_date(tmp_path: Path) -> None:
    data = spec_example()
    data["episodes"][1]["end"] = "2025-02-30"
    assert reading_error(write(tmp_path, data)) == (
        f"{tmp_path / 'c1.json'}: episodes[1].end: 2025-02-30 is not a real date"
    )


def test_an_episode_may_end_on_the_day_it_starts() -> None:
    data = spec_example()
    data["episodes"][1]["end"] = "2025-05-12"
    assert parse_timeline(data).episodes[1].end == D("2025-05-12")


@pytest.mark.parametrize("score", [0, 40, None], ids=["lowest", "highest", "not-recorded"])
def test_sdq_scores_at_the_edges_of_the_range_are_accepted(score: int | None) -> None:
    data = spec_example()
    data["events"][7]["score"] = score
    assert parse_timeline(data).events[7] == Sdq(date=D("2026-02-01"), score=score)


# --- Inputs that once escaped as other exceptions ---------------------------------


def test_an_integer_too_long_to_convert_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "c1.json"
    path.write_text('{"child": {"id": "C1", "dob": ' + "1" * 5000 + '}, "episodes": []}')
    reading_error(path)


def test_a_deeply_nested_file_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "c1.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    reading_error(path)


def test_an_ods_code_with_a_trailing_newline_is_rejected() -> None:
    data = spec_example()
    data["events"][0]["recipient"] = "QKS\n"
    with pytest.raises(TimelineFormatError, match=r"events\[0\]\.recipient"):
        parse_timeline(data)


def test_a_date_with_a_trailing_newline_is_reported_as_a_badly_formed_date() -> None:
    data = spec_example()
    data["child"]["dob"] = "2019-05-02\n"
    with pytest.raises(TimelineFormatError, match="YYYY-MM-DD"):
        parse_timeline(data)


# --- Fuzzing: a Timeline or a TimelineFormatError, nothing else ----------------------------


def _schema_keys(node: Json) -> set[str]:
    keys: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                keys.update(value)
            keys |= _schema_keys(value)
    elif isinstance(node, list):
        for item in node:
            keys |= _schema_keys(item)
    return keys


def _schema_enums(node: Json) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "enum":
                found.update(v for v in value if isinstance(v, str))
            found |= _schema_enums(value)
    elif isinstance(node, list):
        for item in node:
            found |= _schema_enums(item)
    return found


SCHEMA_KEYS = sorted(_schema_keys(schema()))
SCHEMA_ENUMS = sorted(_schema_enums(schema()))

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
date_strings = st.one_of(
    st.dates().map(dt.date.isoformat),
    st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"),
    st.sampled_from(["2025-02-30", "2025-2-3", "0000-00-00", "2025-02-03\n", "20250203"]),
)
plausible = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 45),
    date_strings,
    st.sampled_from([*SCHEMA_ENUMS, "QKS", "G82001", "C2", "U4", "X1", "V3", "qks", ""]),
    json_scalars,
)


def _records(values: st.SearchStrategy[Json]) -> st.SearchStrategy[dict[str, Json]]:
    return st.dictionaries(st.sampled_from(SCHEMA_KEYS), values, max_size=8)


schema_shaped = st.recursive(
    plausible,
    lambda inner: st.lists(inner, max_size=3) | _records(inner),
    max_leaves=25,
)
real_dates = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
codes = st.sampled_from(["QKS", "QXU", "G82001", "C2", "V3", "U4", "X1", "E11"])
nearly_valid_episode = st.fixed_dictionaries(
    {
        "start": real_dates,
        "rne": st.sampled_from(["S", "L", "P", "T", "B", "U"]),
        "legal_status": codes,
    },
    optional={"end": real_dates | st.none(), "rec": codes | st.none(), "icb": plausible},
)
nearly_valid_event = st.fixed_dictionaries(
    {
        "type": st.sampled_from(schema()["$defs"]["event"]["properties"]["type"]["enum"]),
        "date": real_dates,
    },
    optional={
        "kind": st.sampled_from(["IHA", "RHA"]),
        "duty": st.sampled_from(["IHA", "RHA", "SDQ", "NOTIFY"]),
        "trigger": st.sampled_from(["enter", "move", "cease"]),
        "trigger_date": real_dates,
        "recipient": codes,
        "score": st.integers(-1, 41) | st.none(),
    },
)
timeline_shaped = st.fixed_dictionaries(
    {
        "child": _records(plausible)
        | st.fixed_dictionaries({"id": st.just("C1"), "dob": real_dates}),
        "episodes": st.lists(nearly_valid_episode | _records(schema_shaped), max_size=3),
    },
    optional={
        "home_icb": plausible,
        "history_from": plausible,
        "gp_registrations": st.lists(_records(plausible), max_size=2) | plausible,
        "events": st.lists(nearly_valid_event | _records(plausible), max_size=4) | plausible,
    },
)


def _reads_or_refuses(data: Json) -> None:
    try:
        result = parse_timeline(data)
    except TimelineFormatError:
        return
    assert isinstance(result, Timeline)


@settings(max_examples=300, deadline=None)
@given(data=json_values)
def test_any_json_value_gives_a_timeline_or_a_format_error(data: Json) -> None:
    _reads_or_refuses(data)


@settings(max_examples=300, deadline=None)
@given(data=timeline_shaped | _records(schema_shaped))
def test_schema_shaped_json_gives_a_timeline_or_a_format_error(data: Json) -> None:
    _reads_or_refuses(data)


RECORDS: list[tuple[str | int, ...]] = [
    (),
    ("child",),
    ("episodes", 0),
    ("episodes", 1),
    ("gp_registrations", 0),
    *(("events", i) for i in range(9)),
]


@settings(max_examples=300, deadline=None)
@given(
    record=st.sampled_from(RECORDS),
    key=st.sampled_from(SCHEMA_KEYS),
    value=plausible | json_values,
)
def test_one_field_of_the_spec_example_changed_gives_a_timeline_or_a_format_error(
    record: tuple[str | int, ...], key: str, value: Json
) -> None:
    data = spec_example()
    set_at(*record, key, value=value)(data)
    _reads_or_refuses(data)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()))
def test_any_bytes_give_a_timeline_or_a_format_error_naming_the_file(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "fuzz.json"
    path.write_bytes(content)
    try:
        result = load_timeline(path)
    except TimelineFormatError as error:
        message = str(error)
    else:
        assert isinstance(result, Timeline)
        return
    assert message.startswith(f"{path}: ")


# --- The schema --------------------------------------------------------------------------------


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(json.loads(SCHEMA_FILE.read_text("utf-8")))


def test_the_schema_ships_inside_the_package() -> None:
    assert SCHEMA_FILE.is_file()
    shipped = json.loads(SCHEMA_FILE.read_text("utf-8"))
    assert shipped["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert shipped == schema()


def test_the_spec_example_is_valid_against_the_schema() -> None:
    errors = list(Draft202012Validator(schema()).iter_errors(spec_example()))
    assert errors == []


def test_the_schema_requires_the_child_and_the_episodes() -> None:
    assert set(schema()["required"]) == {"child", "episodes"}
    assert set(schema()["properties"]["child"]["required"]) == {"id", "dob"}
