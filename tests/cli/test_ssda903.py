"""`incare validate-903` and `incare reference load-postcodes`, end to end."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from incare.cli import app

runner = CliRunner()
HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"


def extract_dir(tmp_path: Path, rows: str) -> Path:
    folder = tmp_path / "extract"
    folder.mkdir()
    (folder / "header.csv").write_text(HEADER + rows)
    return folder


def validate(folder: Path, *extra: str) -> tuple[int, str, str]:
    result = runner.invoke(
        app, ["validate-903", str(folder), "--year", "2026", "--la", "E10000014", *extra]
    )
    return result.exit_code, result.stdout, result.stderr


def test_errors_found_exit_1_with_a_summary_per_rule(tmp_path: Path) -> None:
    code, out, _ = validate(extract_dir(tmp_path, "C1,X,01/02/2015,WBRI,,,\n"))
    assert code == 1
    assert "101" in out
    assert "The child or young person’s reported sex is not valid." in out


@pytest.mark.parametrize("suffix", [".csv", ".json", ".html", ".xlsx"])
def test_findings_are_written_in_the_format_the_file_name_asks_for(
    tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"report{suffix}"
    code, _, _ = validate(extract_dir(tmp_path, "C1,X,01/02/2015,WBRI,,,\n"), "--out", str(out))
    assert code == 1
    assert out.stat().st_size > 0
    if suffix == ".csv":
        lines = out.read_text().splitlines()
        assert lines[0] == "rule,child,table,row,fields,message"
        assert any(line.startswith("101,C1,Header,1,SEX,") for line in lines[1:])
    if suffix == ".json":
        report = json.loads(out.read_text())
        assert report["valid"] is False
        assert report["findings"][0]["row"] == 1
    if suffix == ".html":
        page = out.read_text()
        assert "<h3>Child C1</h3>" in page
        assert "reported sex is not valid" in page


def test_an_html_report_escapes_what_came_from_the_file(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    validate(extract_dir(tmp_path, "<b>C1</b>,X,01/02/2015,WBRI,,,\n"), "--out", str(out))
    assert "&lt;b&gt;C1&lt;/b&gt;" in out.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "2019"], "collection year 2019 is not supported"),
        (["--out", "r.txt"], "--out: r.txt must end in"),
    ],
    ids=["year", "out"],
)
def test_unusable_options_exit_2_with_one_message(
    tmp_path: Path, args: list[str], message: str
) -> None:
    folder = extract_dir(tmp_path, "C1,M,01/02/2015,WBRI,,,\n")
    result = runner.invoke(
        app, ["validate-903", str(folder), "--la", "E10000014", "--year", "2026", *args]
    )
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unusable_file_exits_2_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "weird.csv").write_text("A,B\n1,2\n")
    code, out, err = validate(folder)
    assert code == 2
    assert "weird.csv: not a 2025/26 SSDA903 table" in err
    assert out == ""


def test_load_postcodes_fills_the_local_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCARE_VAR", str(tmp_path / "var"))
    onspd = tmp_path / "onspd.csv"
    onspd.write_text("pcd,oslaua,oscty,oseast1m,osnrth1m\nAB1 2CD,E07000001,E10000001,1,2\n")
    result = runner.invoke(app, ["reference", "load-postcodes", str(onspd)])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "var" / "postcodes.parquet").exists()
    assert "Loaded 1 postcodes" in result.stdout
