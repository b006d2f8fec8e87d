"""From a 903 extract to the duties engine's timelines."""

import datetime as dt
import json
from pathlib import Path

import polars as pl
from typer.testing import CliRunner

from incare.cli import app
from incare.domain.duties.engine import compute_duties
from incare.interop.ssda903.postcodes import read_directory_csv
from incare.interop.ssda903.timelines import extract_to_timelines
from tests.interop.ssda903.support import extract

D = dt.date.fromisoformat
POSTCODES = read_directory_csv(
    b"pcd,utla,oseast1m,osnrth1m\nAB12CD,E10000014,1,1\nAB12CE,E06000001,2,2\n"
)
HEADER = [{"CHILD": "C1", "SEX": "F", "DOB": "02/05/2015"}]


def test_episodes_of_both_years_become_one_timeline_with_icbs_and_known_history() -> None:
    last_year = extract(
        2025,
        Header=HEADER,
        Episodes=[
            {"CHILD": "C1", "DECOM": "03/03/2025", "RNE": "S", "LS": "C2", "PLACE": "U6",
             "HOME_POST": "AB1 2CD", "PL_LA": "E10000014"},
        ],
        Reviews=[{"CHILD": "C1", "REVIEW": "28/03/2025"}],
    )  # fmt: skip
    this_year = extract(
        2026,
        previous=last_year,
        Header=HEADER,
        Episodes=[
            {"CHILD": "C1", "DECOM": "03/03/2025", "RNE": "S", "LS": "C2", "PLACE": "U6",
             "DEC": "12/05/2025", "REC": "X1", "HOME_POST": "AB1 2CD", "PL_LA": "E10000014"},
            {"CHILD": "C1", "DECOM": "12/05/2025", "RNE": "P", "LS": "C2", "PLACE": "U4",
             "HOME_POST": "AB1 2CD", "PL_LA": "E06000001"},
        ],
        Reviews=[{"CHILD": "C1", "REVIEW": "20/09/2025"}],
    )  # fmt: skip
    (timeline,) = extract_to_timelines(this_year, POSTCODES)
    assert timeline.history_from == D("2024-04-01")
    # Hampshire (E10000014) is in Hampshire and Isle of Wight ICB (QRL); Hartlepool
    # (E06000001) in North East and North Cumbria ICB (QHM).
    assert [(e.start, e.end, e.placement, e.icb) for e in timeline.episodes] == [
        (D("2025-03-03"), D("2025-05-12"), "U6", "QRL"),
        (D("2025-05-12"), None, "U4", "QHM"),
    ]
    assert timeline.home_icb == "QRL"
    assert [e.date for e in timeline.events] == [D("2025-03-28"), D("2025-09-20")]
    assert compute_duties(timeline, D("2026-11-23")).duties


def test_the_main_icb_of_a_council_is_taken_for_the_placement_date() -> None:
    x = extract(
        2026,
        Header=HEADER,
        Episodes=[
            {"CHILD": "C1", "DECOM": "01/06/2025", "RNE": "S", "LS": "C2", "PLACE": "U6",
             "PL_LA": "E09000007"},
        ],
    )  # fmt: skip
    (timeline,) = extract_to_timelines(x, POSTCODES)
    assert timeline.episodes[0].icb == "QMJ"  # Camden: North Central London ICB


def test_a_child_without_episodes_has_no_timeline() -> None:
    assert list(extract_to_timelines(extract(2026, Header=HEADER), POSTCODES)) == []


def test_duties_from_903_prints_one_report_per_child(tmp_path: Path) -> None:
    (tmp_path / "h.csv").write_text(
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,F,02/05/2015,WBRI,,,\nC2,M,01/01/2012,WBRI,,,\n"
    )
    (tmp_path / "e.csv").write_text(
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
        "PL_POST,URN\nC1,03/06/2025,S,C2,N1,U6,PR1,,,,,,\nC2,03/06/2025,S,C2,N1,U6,PR1,,,,,,\n"
    )
    result = CliRunner().invoke(
        app, ["duties", "--from-903", str(tmp_path), "--as-at", "2026-11-23", "--year", "2026"]
    )
    assert result.exit_code == 0, result.stderr
    reports = json.loads(result.stdout)
    assert [r["child"] for r in reports] == ["C1", "C2"]
    assert all(pl.DataFrame(r["duties"]).height for r in reports)
