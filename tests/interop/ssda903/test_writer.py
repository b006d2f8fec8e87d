"""Writing an extract as the DfE's CSV tables and as the XML return, and reading it back."""

import shutil
from pathlib import Path
from xml.etree import ElementTree

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from incare.interop.ssda903 import writer
from incare.interop.ssda903.csv_reader import read_csv_folder
from incare.interop.ssda903.extract import Extract, ExtractError
from incare.interop.ssda903.tables import TABLES
from incare.interop.ssda903.writer import (
    CSV_NAMES,
    write_csv,
    write_xml,
    xml_omissions,
    xml_problems,
)
from incare.interop.ssda903.xml_reader import EPISODE_LAYOUT, HEADER_LAYOUT, read_xml
from incare.interop.ssda903.years import CollectionYear
from tests.interop.ssda903.support import extract as build

YEAR = CollectionYear(2026)
REFERENCE = Path("/work/shared/reference/peer-data")
FAKE = REFERENCE / "csc-validator-be-903/tests/fake_data"
XSD = REFERENCE / "csc-data-synthesizer/tests/data/CLA.xsd"
FAKE_TABLES = [
    "header", "episodes", "uasc", "oc2", "oc3", "ad1", "placed_for_adoption",
    "previous_permanence", "missing", "reviews",
]  # fmt: skip


@pytest.fixture(scope="module")
def fake_csv(tmp_path_factory: pytest.TempPathFactory) -> Extract:
    """The validator's fake CSV tables (2,675 children), as the CSV reader gives them."""
    folder = tmp_path_factory.mktemp("fake")
    for name in FAKE_TABLES:
        shutil.copy(FAKE / f"{name}.csv", folder)
    return read_csv_folder(folder, YEAR)


def assert_same_tables(got: Extract, expected: Extract) -> None:
    assert sorted(got.tables) == sorted(expected.tables)
    for name, frame in expected.tables.items():
        assert_frame_equal(got.tables[name], frame)


HEADER = {"CHILD": "C1", "SEX": "F", "DOB": "01/02/2015", "ETHNIC": "WBRI", "UPN": "A12345678901B"}


def valid_extract() -> Extract:
    """Two children with every table the XML holds, valid for the 2021 schema."""
    dob = {"CHILD": "C1", "DOB": "01/02/2015"}
    return build(
        Header=[
            {**HEADER, "MOTHER": "0"},
            {"CHILD": "C2", "SEX": "M", "DOB": "03/04/2008", "ETHNIC": "BAFR", "UPN": "UN2"},
        ],
        Episodes=[
            {"CHILD": "C1", "DECOM": "01/05/2025", "RNE": "S", "LS": "C2", "CIN": "N1",
             "PLACE": "U6", "PLACE_PROVIDER": "PR1", "HOME_POST": "LS1 1AA",
             "PL_POST": "LS2 2BB", "URN": "SC123456", "DEC": "01/06/2025", "REC": "X1",
             "REASON_PLACE_CHANGE": "CARPL"},
            {"CHILD": "C1", "DECOM": "01/06/2025", "RNE": "P", "LS": "C2", "CIN": "N1",
             "PLACE": "U4", "PLACE_PROVIDER": "PR1"},
            {"CHILD": "C2", "DECOM": "10/10/2024", "RNE": "S", "LS": "V2", "CIN": "N4",
             "PLACE": "K2", "PLACE_PROVIDER": "PR4"},
        ],
        Reviews=[{**dob, "REVIEW": "01/07/2025", "REVIEW_CODE": "PN1"}],
        UASC=[{"CHILD": "C2", "SEX": "M", "DOB": "03/04/2008", "DUC": "03/04/2026"}],
        OC2=[{**dob, "SDQ_REASON": "SDQ1", "CONVICTED": None, "HEALTH_CHECK": "1",
              "IMMUNISATIONS": "1", "TEETH_CHECK": "1", "HEALTH_ASSESSMENT": "1",
              "SUBSTANCE_MISUSE": "0"}],
        OC3=[{"CHILD": "C2", "DOB": "03/04/2008", "IN_TOUCH": "YES", "ACTIV": "F2",
              "ACCOM": "D1"}],
        AD1=[{**dob, "DATE_INT": "01/01/2025", "DATE_MATCH": "01/02/2025", "FOSTER_CARE": "0",
              "NB_ADOPTR": "2", "SEX_ADOPTR": "MF", "LS_ADOPTR": "L12"}],
        PlacedAdoption=[{**dob, "DATE_PLACED": "01/03/2025"}],
        PrevPerm=[{**dob, "PREV_PERM": "P2", "LA_PERM": "380", "DATE_PERM": "ZZ/05/2021"},
                  {"CHILD": "C2", "DOB": "03/04/2008"}],
        Missing=[{**dob, "MISSING": "M", "MIS_START": "02/08/2025", "MIS_END": "03/08/2025"},
                 {**dob, "MISSING": "A", "MIS_START": "04/09/2025"}],
    )  # fmt: skip


# -- CSV ---------------------------------------------------------------------------------------
def test_csv_tables_read_back_identical_to_the_extract_they_were_written_from(
    fake_csv: Extract, tmp_path: Path
) -> None:
    written = write_csv(fake_csv, tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(f"{n}.csv" for n in FAKE_TABLES)
    assert_same_tables(read_csv_folder(tmp_path / "out", YEAR), fake_csv)


def test_csv_files_have_the_dfe_columns_in_order_utf8_without_bom_and_newline_ends(
    tmp_path: Path,
) -> None:
    x = build(
        Header=[{**HEADER, "CHILD": 'Zoë, "Z"', "DOB": "31/02/2015"}],
        PrevPerm=[{"CHILD": "C1", "DOB": "1/2/15", "PREV_PERM": "P1", "DATE_PERM": "ZZ/ZZ/2020"}],
    )
    write_csv(x, tmp_path)
    header = (tmp_path / "header.csv").read_bytes()
    assert (
        header
        == (
            "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
            '"Zoë, ""Z""",F,31/02/2015,WBRI,A12345678901B,,\n'
        ).encode()
    )
    perm = (tmp_path / "previous_permanence.csv").read_text(encoding="utf-8")
    assert perm == "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nC1,1/2/15,P1,,ZZ/ZZ/2020\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["header.csv", "previous_permanence.csv"]


def test_derived_placement_columns_are_written_only_when_the_extract_carries_them(
    tmp_path: Path,
) -> None:
    episode = {"CHILD": "C1", "DECOM": "01/05/2025", "PLACE": "U6"}
    write_csv(build(Episodes=[episode]), tmp_path / "plain")
    located = build(
        located=True,
        Episodes=[{**episode, "PL_LA": "E08000035", "PL_LOCATION": "IN", "PL_DISTANCE": "2.5"}],
    )
    write_csv(located, tmp_path / "located")
    plain = (tmp_path / "plain/episodes.csv").read_text().splitlines()[0]
    assert plain == ",".join(TABLES["Episodes"].columns)
    lines = (tmp_path / "located/episodes.csv").read_text().splitlines()
    assert lines[0].endswith(",URN,PL_LA,PL_LOCATION,PL_DISTANCE")
    assert lines[1].endswith(",E08000035,IN,2.5")
    assert_same_tables(read_csv_folder(tmp_path / "located", YEAR), located)


def test_every_table_has_a_csv_name() -> None:
    assert set(CSV_NAMES) == set(TABLES)


# -- XML ---------------------------------------------------------------------------------------
def test_csv_tables_written_as_xml_read_back_identical(fake_csv: Extract, tmp_path: Path) -> None:
    write_xml(fake_csv, tmp_path / "ssda903.xml")
    assert_same_tables(read_xml(tmp_path / "ssda903.xml", YEAR), fake_csv)
    assert xml_omissions(fake_csv) == []


def test_children_built_in_several_batches_read_back_identical(
    fake_csv: Extract, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "_BATCH", 7)
    write_xml(fake_csv, tmp_path / "ssda903.xml")
    assert_same_tables(read_xml(tmp_path / "ssda903.xml", YEAR), fake_csv)


def test_the_fake_xml_sample_written_again_reads_back_identical(tmp_path: Path) -> None:
    sample = read_xml(FAKE / "fake_903.xml", YEAR)
    write_xml(sample, tmp_path / "again.xml")
    assert_same_tables(read_xml(tmp_path / "again.xml", YEAR), sample)


def test_a_small_valid_extract_round_trips_and_is_valid_against_the_dfe_schema(
    tmp_path: Path,
) -> None:
    x = valid_extract()
    path = tmp_path / "ssda903.xml"
    write_xml(x, path)
    assert_same_tables(read_xml(path, YEAR), x)
    etree = pytest.importorskip(
        "lxml.etree", reason="lxml is not installed: cannot validate against CLA.xsd"
    )
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    valid = schema.validate(etree.parse(str(path)))
    assert valid, [str(e) for e in schema.error_log]


def test_elements_follow_the_schema_order_and_blank_optional_ones_are_left_out(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ssda903.xml"
    write_xml(valid_extract(), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n  <CHILD>\n')
    assert "\r" not in text
    first, second = ElementTree.parse(path).getroot()
    order = [item.element for item in HEADER_LAYOUT]
    header, *episodes = first
    assert [e.tag for e in first] == ["HEADER", "EPISODE", "EPISODE"]
    tags = [e.tag for e in header]
    assert tags == sorted(tags, key=order.index)
    assert "MC_DOB" not in tags  # optional and blank: left out
    assert [e.tag for e in episodes[0]] == [f.element for f in EPISODE_LAYOUT.fields]
    open_episode = [e.tag for e in episodes[1]]
    assert "DEC" in open_episode  # required: written blank
    assert "URN" not in open_episode
    assert episodes[1].find("DEC").text is None
    assert first.find("HEADER/UASC").text is None
    assert second.find("HEADER/UASC").text == "1"
    assert len(second.find("HEADER/PERMANENCE")) == 0


def test_text_that_xml_must_escape_survives_the_round_trip(tmp_path: Path) -> None:
    x = build(Header=[{**HEADER, "UPN": "A&B<C>\"D'", "ETHNIC": "a\r\nb\tc"}])
    write_xml(x, tmp_path / "x.xml")
    assert_same_tables(read_xml(tmp_path / "x.xml", YEAR), x)


def test_rows_for_children_missing_from_header_are_refused_not_dropped(tmp_path: Path) -> None:
    x = build(
        Header=[HEADER],
        Episodes=[
            {"CHILD": "C1", "DECOM": "01/05/2025"},
            {"CHILD": "C9", "DECOM": "01/05/2025"},
            {"CHILD": None, "DECOM": "01/06/2025"},
        ],
        Reviews=[{"CHILD": "C8", "REVIEW": "01/07/2025"}],
    )
    path = tmp_path / "ssda903.xml"
    with pytest.raises(ExtractError) as caught:
        write_xml(x, path)
    message = str(caught.value)
    assert message.startswith("ssda903.xml: cannot be written as XML: ")
    assert "Episodes rows 2, 3 are for child C9, (blank), who has no Header row" in message
    assert "Reviews rows 1 are for child C8" in message
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("tables", "expected"),
    [
        ({"Episodes": [{"CHILD": "C1"}]}, "no Header table"),
        ({"Header": [HEADER, HEADER]}, "Header has more than one row for child C1 (rows 1, 2)"),
        (
            {"Header": [HEADER], "OC2": [{"CHILD": "C1"}, {"CHILD": "C1"}]},
            "OC2 has more than one row for child C1 (rows 1, 2): the XML allows one per child",
        ),
        (
            {"Header": [{**HEADER, "UPN": "A\x01"}]},
            "Header rows 1: UPN has a control character that XML cannot hold",
        ),
    ],
)
def test_what_the_xml_cannot_hold_is_named(
    tables: dict[str, list[dict[str, str | None]]], expected: str
) -> None:
    problems = xml_problems(build(**tables))
    assert any(expected in p for p in problems), problems


def test_what_the_schema_has_no_place_for_is_described(tmp_path: Path) -> None:
    x = build(
        year=2027,
        located=True,
        Header=[HEADER],
        Episodes=[{"CHILD": "C1", "DECOM": "01/05/2025", "PL_LA": "E08000035"}],
        Reviews=[{"CHILD": "C1", "DOB": "02/02/2015", "REVIEW": "01/07/2025"}],
        UASC=[{"CHILD": "C1", "SEX": "M", "DOB": "01/02/2015"}],
        OC3=[{"CHILD": "C1", "DOB": "01/02/2015"}],
        SWEpisodes=[{"CHILD": "C1", "SW_ID": "SW1"}],
        DoLo=[{"CHILD": "C1", "DOLO_START": "01/01/2026"}],
    )
    notes = xml_omissions(x)
    assert notes == [
        "SWEpisodes (1 rows) is not in the DfE 2021 XML schema: not written",
        "DoLo (1 rows) is not in the DfE 2021 XML schema: not written",
        "Episodes' PL_LA, PL_LOCATION and PL_DISTANCE are derived by the DfE: not written",
        "Reviews: 1 rows give a DOB other than the child's Header DOB; the XML carries the "
        "Header's only",
        "UASC: 1 rows give a SEX other than the child's Header SEX; the XML carries the "
        "Header's only",
        "OC3 rows 1 have no values: the XML cannot show an empty OC3 row",
    ]
    write_xml(x, tmp_path / "x.xml")
    back = read_xml(tmp_path / "x.xml", CollectionYear(2027))
    assert "SWEpisodes" not in back.tables
    assert back.tables["Reviews"]["DOB__raw"].to_list() == ["01/02/2015"]
    assert back.tables["Episodes"]["PL_LA"].to_list() == [None]


def test_a_large_extract_is_written_child_by_child_in_header_order(tmp_path: Path) -> None:
    n = 3000
    children = [f"C{i}" for i in range(n, 0, -1)]
    x = build(
        Header=[{**HEADER, "CHILD": c} for c in children],
        Episodes=[{"CHILD": c, "DECOM": "01/05/2025"} for c in reversed(children)],
    )
    write_xml(x, tmp_path / "x.xml")
    back = read_xml(tmp_path / "x.xml", YEAR)
    assert back.tables["Header"]["CHILD"].to_list() == children
    assert back.tables["Episodes"]["CHILD"].to_list() == children
    assert back.tables["Episodes"]["ROW"].to_list() == list(range(1, n + 1))
    assert isinstance(back.tables["Episodes"], pl.DataFrame)
