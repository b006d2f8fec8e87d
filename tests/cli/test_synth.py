"""`incare synth`: a council's synthetic SSDA903 return, both years, and a timeline per child."""

from __future__ import annotations

from pathlib import Path

from click.testing import Result
from typer.testing import CliRunner

import incare.cli.synth  # noqa: F401  (registers the command until incare.cli imports it)
from incare.cli import app
from incare.interop.ssda903.load import open_extract
from incare.interop.ssda903.postcodes import bundled_sample
from incare.interop.ssda903.years import CollectionYear

TABLE_FILES = {
    "header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv",
    "placed_for_adoption.csv", "previous_permanence.csv", "missing.csv", "sw_episodes.csv",
}  # fmt: skip


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(app, ["synth", *(str(a) for a in args)])


def synth(out: Path, *extra: str | Path, children: int = 120, year: int = 2026) -> Result:
    return invoke(
        "--children", children, "--la", "E10000014", "--year", year, "--seed", "4",
        "--out", out, *extra,
    )  # fmt: skip


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_it_writes_this_year_last_year_and_a_timeline_per_child(tmp_path: Path) -> None:
    result = synth(tmp_path)
    assert result.exit_code == 0, result.output
    assert {p.name for p in (tmp_path / "2026").iterdir()} == TABLE_FILES
    assert {p.name for p in (tmp_path / "2025").iterdir()} == TABLE_FILES
    header = (tmp_path / "2026" / "header.csv").read_text("utf-8").splitlines()
    assert header[0] == "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB"
    assert len(header) == 1 + 120
    children = {line.split(",")[0] for line in header[1:]}
    timelines = {p.stem for p in (tmp_path / "timelines").glob("*.json")}
    assert children <= timelines
    assert "120 children in 2025/26" in result.stdout
    extract = open_extract(
        tmp_path / "2026",
        year=CollectionYear(2026),
        la="E10000014",
        previous=tmp_path / "2025",
        postcodes=bundled_sample(),
    )
    assert extract.frame("Header").height == 120
    assert extract.previous is not None
    assert extract.previous.frame("Episodes").height > 0


def test_the_deprivation_of_liberty_file_is_written_for_2026_27(tmp_path: Path) -> None:
    assert synth(tmp_path, year=2027, children=400).exit_code == 0
    assert (tmp_path / "2027" / "dolo.csv").exists()
    assert not (tmp_path / "2026" / "dolo.csv").exists()


def test_the_same_command_writes_the_same_bytes(tmp_path: Path) -> None:
    assert synth(tmp_path / "a", "--error-rate", "0.1").exit_code == 0
    assert synth(tmp_path / "b", "--error-rate", "0.1").exit_code == 0
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")


def test_a_second_run_into_the_same_folder_leaves_no_stale_timelines(tmp_path: Path) -> None:
    assert synth(tmp_path, children=150).exit_code == 0
    assert synth(tmp_path, children=60).exit_code == 0
    header = (tmp_path / "2026" / "header.csv").read_text("utf-8").splitlines()[1:]
    last_year = (tmp_path / "2025" / "header.csv").read_text("utf-8").splitlines()[1:]
    children = {line.split(",")[0] for line in header + last_year}
    assert {p.stem for p in (tmp_path / "timelines").glob("*.json")} == children


def test_an_unknown_council_is_refused_with_one_line(tmp_path: Path) -> None:
    result = invoke(
        "--children", "10", "--la", "E99999999", "--year", "2026", "--out", tmp_path
    )  # fmt: skip
    assert result.exit_code == 2
    assert "--la: E99999999" in result.stderr
    assert "Traceback" not in result.output


def test_a_year_without_a_supported_year_before_it_is_refused(tmp_path: Path) -> None:
    result = synth(tmp_path, year=2023)
    assert result.exit_code == 2
    assert "--year: 2023 is not supported: give 2024 to 2027" in result.stderr


def test_an_error_rate_outside_0_to_1_is_refused(tmp_path: Path) -> None:
    result = synth(tmp_path, "--error-rate", "1.5")
    assert result.exit_code == 2
    assert "--error-rate" in result.stderr
    assert not (tmp_path / "2026").exists()
