"""`incare import-903`, end to end in a subprocess: load, reload, and unusable input."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from incare.interop.ssda903.synth import generate

INCARE = Path(sys.executable).with_name("incare")
LA = "E10000014"


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["INCARE_VAR"] = str(tmp_path / "var")
    return subprocess.run(
        [str(INCARE), *args], env=env, capture_output=True, text=True, check=False, timeout=300
    )


@pytest.fixture
def extract(tmp_path: Path) -> Path:
    generate(40, la=LA, year=2026, seed=5).write(tmp_path / "extract")
    return tmp_path / "extract"


def test_an_extract_loads_into_a_new_database_and_a_reload_changes_nothing(
    tmp_path: Path, extract: Path
) -> None:
    args = ("import-903", str(extract / "2026"), "--la", LA, "--previous", str(extract / "2025"),
            "--as-at", "2026-06-01")  # fmt: skip
    first = run(tmp_path, *args)
    assert first.returncode == 0, first.stderr
    assert "loading the bundled reference data first" in first.stderr
    assert (tmp_path / "var" / "incare.sqlite3").exists()
    assert re.search(r"children\W+[1-9][\d,]*\W+0\W+0\W+0", first.stdout), first.stdout
    assert re.search(r"[1-9][\d,]* duties stored", first.stdout), first.stdout
    again = run(tmp_path, *args)
    assert again.returncode == 0, again.stderr
    assert "reference data" not in again.stderr
    assert re.search(r"episodes\W+0\W+0\W+[1-9][\d,]*\W+0", again.stdout), again.stdout
    assert "Nothing changed" in again.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--la", LA), "no CSV or XML files"),
        (("--la", "E99999999"), "'E99999999' is not a council"),
        (("--la", LA, "--year", "2019"), "collection year 2019 is not supported"),
        (("--la", LA, "--as-at", "1/6/2026"), "--as-at: '1/6/2026' is not a date"),
    ],
    ids=["empty-folder", "unknown-council", "unsupported-year", "bad-date"],
)
def test_unusable_input_exits_2_with_one_message(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(tmp_path, "import-903", str(empty), *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
