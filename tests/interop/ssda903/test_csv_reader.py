"""Reading an extract's CSV files: tables recognised by columns; clear messages for bad files."""

import re
from pathlib import Path

import pytest

from incare.interop.ssda903.csv_reader import read_csv_folder
from incare.interop.ssda903.extract import ExtractError
from incare.interop.ssda903.years import CollectionYear

YEAR = CollectionYear(2026)
HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"


def write(folder: Path, name: str, content: str | bytes) -> None:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


def test_tables_are_recognised_by_their_columns_whatever_the_file_is_called(
    tmp_path: Path,
) -> None:
    write(tmp_path, "export 1.CSV", HEADER + "C1,M,01/02/2015,WBRI,,,\n")
    write(tmp_path, "zz.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\nC1,01/02/2015,03/05/2025,PN1\n")
    extract = read_csv_folder(tmp_path, YEAR)
    assert sorted(extract.tables) == ["Header", "Reviews"]
    assert extract.sources == {"Header": "export 1.CSV", "Reviews": "zz.csv"}


def test_a_utf8_bom_and_padded_values_are_accepted(tmp_path: Path) -> None:
    write(tmp_path, "h.csv", b"\xef\xbb\xbf" + (HEADER + " C1 , M ,01/02/2015,WBRI,,,\n").encode())
    header = read_csv_folder(tmp_path, YEAR).tables["Header"]
    assert header.row(0, named=True)["CHILD"] == "C1"
    assert header.row(0, named=True)["UPN"] is None
    assert str(header.row(0, named=True)["DOB"]) == "2015-02-01"
    assert header.row(0, named=True)["DOB__raw"] == "01/02/2015"


def test_rows_are_numbered_from_one_below_the_header(tmp_path: Path) -> None:
    write(tmp_path, "h.csv", HEADER + "C1,M,,,,,\nC2,F,,,,,\n")
    assert read_csv_folder(tmp_path, YEAR).tables["Header"]["ROW"].to_list() == [1, 2]


def test_partial_dates_of_previous_permanence_keep_their_text(tmp_path: Path) -> None:
    write(
        tmp_path,
        "p.csv",
        "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nC1,,P1,,ZZ/05/2021\nC2,,P1,,ZZ/ZZ/ZZZZ\n"
        "C3,,P1,,xx/05/2021\n",
    )
    perm = read_csv_folder(tmp_path, YEAR).tables["PrevPerm"]
    assert [str(d) for d in perm["DATE_PERM"].to_list()] == ["2021-05-01", "None", "None"]
    assert perm["DATE_PERM__raw"].to_list() == ["ZZ/05/2021", "ZZ/ZZ/ZZZZ", "XX/05/2021"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"a.csv": b"CHILD,SEX\xff\n"}, "a.csv: line 1: not UTF-8"),
        ({"a.csv": "NAME,AGE\nx,1\n"}, "a.csv: not a 2025/26 SSDA903 table"),
        ({"a.csv": ""}, "a.csv: empty file"),
        ({"a.csv": HEADER, "b.csv": HEADER}, "b.csv: a second Header table (the first is a.csv)"),
        (
            {"a.csv": HEADER + "C1,M,01/02/2015,,,,,,x\n"},
            "a.csv: not a well-formed CSV table: row 1 has 9 fields where the header has 7",
        ),
        ({"notes.txt": "hello"}, "no CSV files"),
    ],
    ids=["latin-1", "unknown-table", "empty", "duplicate", "ragged", "nothing"],
)
def test_unusable_files_get_one_clear_message_naming_the_file(
    tmp_path: Path, files: dict[str, str | bytes], message: str
) -> None:
    for name, content in files.items():
        write(tmp_path, name, content)
    with pytest.raises(ExtractError, match=re.escape(message)):
        read_csv_folder(tmp_path, YEAR)


def test_the_dolo_table_exists_only_from_2026_27(tmp_path: Path) -> None:
    write(tmp_path, "d.csv", "CHILD,DOB,DOLO_START,DOLO_END\nC1,,01/05/2026,\n")
    assert "DoLo" in read_csv_folder(tmp_path, CollectionYear(2027)).tables
    with pytest.raises(ExtractError, match="not a 2025/26 SSDA903 table"):
        read_csv_folder(tmp_path, YEAR)
