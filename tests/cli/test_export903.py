"""`incare export-903`: an extract written out as the DfE's CSV tables and/or XML return."""

from pathlib import Path

import pytest
from polars.testing import assert_frame_equal
from typer.testing import CliRunner

import incare.cli.export903  # noqa: F401  (registers the command until incare.cli imports it)
from incare.cli import app
from incare.interop.ssda903.sources import read_source
from incare.interop.ssda903.years import CollectionYear

runner = CliRunner()
HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,F,01/02/2015,WBRI,UN1,,\n"
EPISODES = (
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
    "C1,01/05/2025,S,C2,N1,U6,PR1,,,,,,\n"
)
SW = "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\nC1,01/02/2015,SW1,01/05/2025,,\n"


def csv_extract(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "extract"
    folder.mkdir()
    for name, content in {"header.csv": HEADER, "Episodes.CSV": EPISODES, **files}.items():
        (folder / name).write_text(content, encoding="utf-8")
    return folder


def export(source: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    args = ["export-903", str(source), "--year", "2026", "--out", str(out), *extra]
    result = runner.invoke(app, args)
    return result.exit_code, result.stdout, result.stderr


def test_a_csv_extract_is_written_as_csv_tables_and_xml_that_read_back_the_same(
    tmp_path: Path,
) -> None:
    source = csv_extract(tmp_path)
    code, out, err = export(source, tmp_path / "out")
    assert (code, err) == (0, "")
    assert "Wrote header.csv, episodes.csv, ssda903.xml to" in out
    year = CollectionYear(2026)
    original = read_source(source, year, None)
    from_xml = read_source(tmp_path / "out" / "ssda903.xml", year, None)
    (tmp_path / "out" / "ssda903.xml").unlink()
    from_csv = read_source(tmp_path / "out", year, None)
    for name, frame in original.tables.items():
        assert_frame_equal(from_csv.tables[name], frame)
        assert_frame_equal(from_xml.tables[name], frame)


@pytest.mark.parametrize(
    ("form", "files"),
    [("csv", ["episodes.csv", "header.csv"]), ("xml", ["ssda903.xml"])],
)
def test_the_format_option_chooses_what_is_written(
    tmp_path: Path, form: str, files: list[str]
) -> None:
    code, _, _ = export(csv_extract(tmp_path), tmp_path / "out", "--format", form)
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == files


def test_an_xml_return_is_written_as_csv_tables(tmp_path: Path) -> None:
    fake = Path("/work/shared/reference/peer-data/csc-validator-be-903/tests/fake_data")
    code, _, _ = export(fake / "fake_903.xml", tmp_path / "out", "--format", "csv")
    assert code == 0
    assert len((tmp_path / "out" / "reviews.csv").read_text().splitlines()) == 1207


def test_tables_the_xml_schema_lacks_are_named_in_a_note(tmp_path: Path) -> None:
    code, _, err = export(csv_extract(tmp_path, **{"sw.csv": SW}), tmp_path / "out")
    assert code == 0
    assert "note: SWEpisodes (1 rows) is not in the DfE 2021 XML schema" in err
    assert (tmp_path / "out" / "sw_episodes.csv").exists()


def unusable(code: int, out: str, err: str) -> str:
    assert code == 2
    assert out == ""
    assert err.startswith("error: ")
    assert err.count("error:") == 1
    assert "Traceback" not in err
    return err


def test_an_unreadable_source_exits_2_with_one_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"<EXPSSDA903><CHILD>")
    err = unusable(*export(bad, tmp_path / "out"))
    assert "bad.xml: line 1" in err
    assert not (tmp_path / "out").exists()


def test_an_unsupported_year_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export-903", str(csv_extract(tmp_path)), "--year", "2019", "--out", "o"]
    )
    assert result.exit_code == 2
    assert "collection year 2019 is not supported" in result.stderr


def test_rows_the_xml_cannot_hold_stop_the_export_before_anything_is_written(
    tmp_path: Path,
) -> None:
    orphan = EPISODES + "C9,01/05/2025,S,C2,N1,U6,PR1,,,,,,\n"
    source = csv_extract(tmp_path, **{"Episodes.CSV": orphan})
    err = unusable(*export(source, tmp_path / "out"))
    assert "Episodes rows 2 are for child C9, who has no Header row" in err
    assert not (tmp_path / "out").exists()
    code, _, _ = export(source, tmp_path / "out", "--format", "csv")
    assert code == 0


def test_an_output_folder_that_would_mix_with_other_tables_or_the_source_is_refused(
    tmp_path: Path,
) -> None:
    source = csv_extract(tmp_path)
    err = unusable(*export(source, source))
    assert "would overwrite the extract being read" in err
    out = tmp_path / "out"
    out.mkdir()
    (out / "missing.csv").write_text("old")
    err = unusable(*export(source, out))
    assert "already holds missing.csv" in err
    (out / "missing.csv").unlink()
    (out / "header.csv").write_text("old")  # overwritten: it is one of the files written
    assert export(source, out)[0] == 0
