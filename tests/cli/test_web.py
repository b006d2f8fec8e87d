"""`incare migrate` and `incare reference load`, end to end in a subprocess."""

import os
import re
import subprocess
import sys
from pathlib import Path

INCARE = Path(sys.executable).with_name("incare")


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["INCARE_VAR"] = str(tmp_path / "var")
    return subprocess.run(
        [str(INCARE), *args], env=env, capture_output=True, text=True, check=False, timeout=120
    )


def test_reference_load_fills_a_new_database_and_a_reload_changes_nothing(
    tmp_path: Path,
) -> None:
    first = run(tmp_path, "reference", "load")
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "var" / "incare.sqlite3").exists()
    assert "6,202" in first.stdout  # GP practices created
    again = run(tmp_path, "reference", "load")
    assert again.returncode == 0, again.stderr
    assert re.search(r"GP practices\W+0\W+0\W+6,202", again.stdout), again.stdout


def test_a_folder_without_the_files_exits_2_naming_the_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(tmp_path, "reference", "load", str(empty))
    assert result.returncode == 2
    assert "la_codes.csv: cannot be read" in result.stderr
    assert "Traceback" not in result.stderr
