"""`incare reference load-providers`: NHS trusts from the ODS etr.csv file."""

import csv
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from incare.cli import app
from incare.web.organisations.models import Provider

pytestmark = pytest.mark.django_db
runner = CliRunner()


def etr(path: Path, *rows: tuple[str, str, str]) -> Path:
    """An etr.csv: no header; code, name, national grouping, ICB, then 23 more columns."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for code, name, icb in rows:
            writer.writerow([code, name, "Y61", icb, *[""] * 5, "AB1 2CD", "20000401", *[""] * 15])
    return path


@pytest.fixture(autouse=True)
def var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCARE_VAR", str(tmp_path / "var"))


def test_load_providers_stores_the_trusts_and_a_reload_changes_nothing(tmp_path: Path) -> None:
    file = etr(tmp_path / "etr.csv", ("RXL", "BLACKPOOL TEACHING HOSPITALS", "QE1"),
               ("RQF", "VELINDRE UNIVERSITY NHS TRUST", ""))  # fmt: skip
    first = runner.invoke(app, ["reference", "load-providers", str(file)])
    assert first.exit_code == 0, first.stderr
    assert re.search(r"providers\W+2\W+0\W+0", first.stdout), first.stdout
    assert Provider.objects.get(ods_code="RQF").icb_ods_code is None
    again = runner.invoke(app, ["reference", "load-providers", str(file)])
    assert again.exit_code == 0, again.stderr
    assert re.search(r"providers\W+0\W+0\W+2", again.stdout), again.stdout


def test_a_bad_row_exits_2_naming_file_row_and_field_and_stores_nothing(tmp_path: Path) -> None:
    file = etr(tmp_path / "etr.csv", ("RXL", "BLACKPOOL TEACHING HOSPITALS", "QE1"),
               ("RQF", "", ""))  # fmt: skip
    result = runner.invoke(app, ["reference", "load-providers", str(file)])
    assert result.exit_code == 2
    assert "etr.csv: row 2: column 2 (Name): a value is required" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert not Provider.objects.exists()
