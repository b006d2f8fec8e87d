"""Opening an extract from a folder of CSV files or from the XML return."""

import re
from pathlib import Path

import pytest

from incare.interop.ssda903.extract import ExtractError
from incare.interop.ssda903.sources import read_source
from incare.interop.ssda903.years import CollectionYear

YEAR = CollectionYear(2026)
HEADER_CSV = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nC1,F,01/02/2015,WBRI,,,\n"
XML = (
    "<EXPSSDA903><CHILD><HEADER><CHILDID>X1</CHILDID><UPN/><SEX>M</SEX><DOB>01/02/2015</DOB>"
    "<ETHNIC>WBRI</ETHNIC><UASC/></HEADER></CHILD></EXPSSDA903>"
)


def folder(tmp_path: Path, **files: str) -> Path:
    path = tmp_path / "extract"
    path.mkdir()
    for name, content in files.items():
        (path / name.replace("_", ".")).write_text(content, encoding="utf-8")
    return path


def test_a_folder_of_csv_files_is_read_as_csv_tables(tmp_path: Path) -> None:
    extract = read_source(folder(tmp_path, header_csv=HEADER_CSV, notes_txt="x"), YEAR, "E1")
    assert extract.tables["Header"]["CHILD"].to_list() == ["C1"]
    assert (extract.la, extract.sources) == ("E1", {"Header": "header.csv"})


def test_an_xml_file_is_read_as_the_xml_return(tmp_path: Path) -> None:
    path = folder(tmp_path, return_XML=XML) / "return.XML"
    extract = read_source(path, YEAR, None)
    assert extract.tables["Header"]["CHILD"].to_list() == ["X1"]
    assert extract.sources == {"Header": "return.XML"}


def test_a_folder_holding_one_xml_file_and_no_csv_is_read_as_that_file(tmp_path: Path) -> None:
    extract = read_source(folder(tmp_path, return_xml=XML, readme_txt="x"), YEAR, None)
    assert extract.tables["Header"]["CHILD"].to_list() == ["X1"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            {"header_csv": HEADER_CSV, "return_xml": XML},
            "holds both CSV files and XML (return.xml)",
        ),
        ({"a_xml": XML, "b_xml": XML}, "holds 2 XML files (a.xml, b.xml): give the one to read"),
        ({"notes_txt": "x"}, "no CSV or XML files"),
    ],
)
def test_a_folder_that_is_not_one_extract_is_refused(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    with pytest.raises(ExtractError, match=re.escape(message)):
        read_source(folder(tmp_path, **files), YEAR, None)


def test_one_csv_file_a_stray_file_and_a_missing_path_are_refused(tmp_path: Path) -> None:
    where = folder(tmp_path, header_csv=HEADER_CSV, notes_txt="x")
    with pytest.raises(ExtractError, match=re.escape("header.csv: give the folder")):
        read_source(where / "header.csv", YEAR, None)
    with pytest.raises(ExtractError, match=re.escape("notes.txt: not an SSDA903 extract")):
        read_source(where / "notes.txt", YEAR, None)
    with pytest.raises(ExtractError, match="no such file or folder"):
        read_source(tmp_path / "gone", YEAR, None)


def test_errors_in_the_file_come_from_its_reader(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match=r"^return\.xml: line 1, column \d+: not well-formed"):
        read_source(folder(tmp_path, return_xml=XML[:-5]), YEAR, None)
