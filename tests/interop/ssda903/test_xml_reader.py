"""Reading the SSDA903 XML return: the CSV tables from the DfE's nesting; one clear error if bad."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from incare.interop.ssda903 import xml_reader
from incare.interop.ssda903.extract import Extract, ExtractError
from incare.interop.ssda903.xml_reader import read_xml
from incare.interop.ssda903.years import CollectionYear

YEAR = CollectionYear(2026)
FAKE = Path("/work/shared/reference/peer-data/csc-validator-be-903/tests/fake_data/fake_903.xml")
HEADER = (
    "<CHILDID>{id}</CHILDID><UPN>A123456789012</UPN><SEX>M</SEX><DOB>01/02/2015</DOB>"
    "<ETHNIC>WBRI</ETHNIC><UASC/>"
)
EPISODE = (
    "<EPISODE><DECOM>01/05/2025</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U6</PL>"
    "<DEC/><REC/></EPISODE>"
)


def child(child_id: str = "C1", header_extra: str = "", after: str = EPISODE) -> str:
    return f"<CHILD><HEADER>{HEADER.format(id=child_id)}{header_extra}</HEADER>{after}</CHILD>"


def doc(*children: str, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>\n') -> str:
    return f"{declaration}<EXPSSDA903>{''.join(children) or child()}</EXPSSDA903>\n"


def write(tmp_path: Path, content: str | bytes, name: str = "return.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def read(tmp_path: Path, content: str | bytes) -> Extract:
    return read_xml(write(tmp_path, content), YEAR)


def test_the_fake_sample_gives_every_table_it_holds_with_its_row_count() -> None:
    extract = read_xml(FAKE, YEAR, la="E10000014")
    assert {name: frame.height for name, frame in extract.tables.items()} == {
        "Header": 253,
        "Episodes": 459,
        "Reviews": 1206,
        "UASC": 12,
        "OC2": 253,
        "OC3": 6,
        "AD1": 3,
        "PlacedAdoption": 3,
        "PrevPerm": 253,
        "Missing": 6,
    }
    assert extract.la == "E10000014"
    assert extract.sources["Episodes"] == "fake_903.xml"
    first = extract.tables["Episodes"].row(0, named=True)
    assert (first["CHILD"], first["PLACE"], first["DEC__raw"]) == ("907440", "R5", "06/10/2017")
    assert str(first["DECOM"]) == "2017-01-06"


def test_xml_names_become_the_csv_columns_and_child_fields_come_from_the_header(
    tmp_path: Path,
) -> None:
    extract = read(
        tmp_path,
        doc(
            child(
                "C7",
                "<AREVIEW><REVIEW>03/05/2025</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>",
            )
        ),
    )
    header = extract.tables["Header"].row(0, named=True)
    assert (header["CHILD"], header["SEX"], header["UPN"], header["ETHNIC"]) == (
        "C7",
        "M",
        "A123456789012",
        "WBRI",
    )
    review = extract.tables["Reviews"].row(0, named=True)
    assert (review["CHILD"], review["DOB__raw"], review["REVIEW_CODE"]) == (
        "C7",
        "01/02/2015",
        "PN1",
    )
    episode = extract.tables["Episodes"].row(0, named=True)
    assert (episode["CHILD"], episode["PLACE"], episode["DEC"], episode["REC"]) == (
        "C7",
        "U6",
        None,
        None,
    )


def test_tables_with_no_rows_in_the_file_are_absent(tmp_path: Path) -> None:
    extract = read(tmp_path, doc(child("C1"), child("C2", after="")))
    assert sorted(extract.tables) == ["Episodes", "Header"]
    assert extract.tables["Episodes"]["CHILD"].to_list() == ["C1"]


def test_rows_are_numbered_from_one_in_each_table_in_file_order(tmp_path: Path) -> None:
    extract = read(tmp_path, doc(child("C1", after=EPISODE * 2), child("C2"), child("C3")))
    assert extract.tables["Header"]["ROW"].to_list() == [1, 2, 3]
    assert extract.tables["Episodes"]["ROW"].to_list() == [1, 2, 3, 4]
    assert extract.tables["Episodes"]["CHILD"].to_list() == ["C1", "C1", "C2", "C3"]


def test_the_uasc_flag_gives_a_uasc_row_with_the_childs_sex_and_birth_date(
    tmp_path: Path,
) -> None:
    uasc = child("C1").replace("<UASC/>", "<UASC>1</UASC><DUC>01/02/2033</DUC>")
    no = child("C2").replace("<UASC/>", "<UASC>0</UASC>")
    extract = read(tmp_path, doc(uasc, no, child("C3")))
    rows = extract.tables["UASC"].rows(named=True)
    assert [(r["CHILD"], r["SEX"], r["DOB__raw"], r["DUC__raw"]) for r in rows] == [
        ("C1", "M", "01/02/2015", "01/02/2033")
    ]


def test_care_leaver_and_adoption_fields_give_a_row_only_when_one_has_a_value(
    tmp_path: Path,
) -> None:
    leaver = child("C1", "<IN_TOUCH>YES</IN_TOUCH><ACTIV>F1</ACTIV><ACCOM>U1</ACCOM>")
    blank = child("C2", "<IN_TOUCH/><ACTIV> </ACTIV><DATE_INT/>")
    adopted = child("C3", "<DATE_INT>01/03/2025</DATE_INT><NB_ADOPTR>2</NB_ADOPTR>")
    extract = read(tmp_path, doc(leaver, blank, adopted))
    assert extract.tables["OC3"]["CHILD"].to_list() == ["C1"]
    assert extract.tables["OC3"].row(0, named=True)["ACCOM"] == "U1"
    assert extract.tables["AD1"]["CHILD"].to_list() == ["C3"]
    assert extract.tables["AD1"].row(0, named=True)["NB_ADOPTR"] == "2"


def test_groups_give_a_row_even_when_empty_and_dates_keep_their_text(tmp_path: Path) -> None:
    extract = read(
        tmp_path,
        doc(
            child("C1", "<PERMANENCE><PREV_PERM>P1</PREV_PERM><DATE_PERM>ZZ/05/2021</DATE_PERM>"
                  "</PERMANENCE><OC2/>"),
            child("C2", "<PERMANENCE><DATE_PERM> 31/02/2021 </DATE_PERM></PERMANENCE>"),
        ),
    )  # fmt: skip
    perm = extract.tables["PrevPerm"]
    assert perm["DATE_PERM__raw"].to_list() == ["ZZ/05/2021", "31/02/2021"]
    assert [str(d) for d in perm["DATE_PERM"].to_list()] == ["2021-05-01", "None"]
    oc2 = extract.tables["OC2"].row(0, named=True)
    assert oc2["CHILD"] == "C1"
    assert oc2["SDQ_SCORE"] is None


def test_elements_may_come_in_any_order_within_their_parent(tmp_path: Path) -> None:
    swapped = (
        "<CHILD>" + EPISODE + "<HEADER><UASC/><DOB>01/02/2015</DOB><CHILDID>C9</CHILDID>"
        "<SEX>F</SEX></HEADER></CHILD>"
    )
    extract = read(tmp_path, doc(swapped))
    assert extract.tables["Episodes"].row(0, named=True)["CHILD"] == "C9"
    assert extract.tables["Header"].row(0, named=True)["UPN"] is None


def test_escaped_text_comments_and_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    text = doc(child("C&amp;1<!-- note -->", after="<![CDATA[]]>"))
    extract = read(tmp_path, b"\xef\xbb\xbf" + text.encode())
    assert extract.tables["Header"]["CHILD"].to_list() == ["C&1"]


def test_a_file_in_a_declared_single_byte_encoding_is_read(tmp_path: Path) -> None:
    text = doc(child("Zoë"), declaration='<?xml version="1.0" encoding="ISO-8859-1"?>')
    assert read(tmp_path, text.encode("latin-1")).tables["Header"]["CHILD"].to_list() == ["Zoë"]


def test_rows_gathered_in_several_chunks_give_the_same_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = read_xml(FAKE, YEAR)
    monkeypatch.setattr(xml_reader, "_CHUNK_ROWS", 7)
    monkeypatch.setattr(xml_reader, "_INTERNED_MAX", 3)
    chunked = read_xml(FAKE, YEAR)
    for name, frame in whole.tables.items():
        assert_frame_equal(chunked.tables[name], frame)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(doc()[:-40], r"2, column \d+: not well-formed XML", id="truncated"),
        pytest.param(
            "<?xml version='1.0'?>\n<CLA><CHILD/></CLA>",
            r"2, column 1: the root element is <CLA>, not <EXPSSDA903>",
            id="wrong root",
        ),
        pytest.param(
            doc(child("C1", "<FAVOURITE>blue</FAVOURITE>")),
            r"2, column \d+: unknown element <FAVOURITE> in <HEADER>",
            id="unknown element",
        ),
        pytest.param(
            doc(child("Zoë")).encode("latin-1"),
            r"2, column \d+: not UTF-8 text \(byte 0xeb\)",
            id="latin-1 declared as utf-8",
        ),
        pytest.param(
            doc(child("Zoë"), declaration="").encode("latin-1"),
            r"1, column \d+: not UTF-8 text \(byte 0xeb\)",
            id="latin-1 with no declaration",
        ),
        pytest.param("CHILD,SEX,DOB\nC1,M,01/01/2015\n", "1, column 1: not well-formed", id="csv"),
        pytest.param(b"", "1, column 1: not well-formed XML: no element found", id="empty"),
        pytest.param(
            '<?xml version="1.0" encoding="klingon"?><EXPSSDA903/>',
            r"1: cannot read the declared encoding",
            id="unknown encoding",
        ),
        pytest.param(
            '<?xml version="1.0" encoding="shift_jis"?><EXPSSDA903/>',
            r"1: cannot read the declared encoding",
            id="multi-byte encoding",
        ),
        pytest.param(
            '<!DOCTYPE EXPSSDA903 [<!ENTITY a "aaaa">]><EXPSSDA903/>',
            r"1, column \d+: a DOCTYPE is not allowed",
            id="doctype",
        ),
        pytest.param("<EXPSSDA903/>", r"1, column \d+: no <CHILD> in the file", id="no children"),
        pytest.param(
            doc("<CHILD>" + EPISODE + "</CHILD>"),
            r"2, column \d+: this <CHILD> has no <HEADER>",
            id="child without header",
        ),
        pytest.param(
            doc(child("C1", "<MOTHER>1</MOTHER><MOTHER>0</MOTHER>")),
            r"2, column \d+: a second <MOTHER> in <HEADER>",
            id="repeated field",
        ),
        pytest.param(
            doc(child("C1", "<MOTHER><B>1</B></MOTHER>")),
            r"2, column \d+: element <B> inside <MOTHER>, which holds only text",
            id="element inside a field",
        ),
        pytest.param(
            doc("<CHILD>stray<HEADER/></CHILD>"),
            r"2, column \d+: text 'stray' directly in <CHILD>",
            id="stray text",
        ),
        pytest.param(
            doc(child("C1", after="<EPISODE><DOB>01/01/2015</DOB></EPISODE>")),
            r"2, column \d+: unknown element <DOB> in <EPISODE>",
            id="misplaced element",
        ),
    ],
)
def test_bad_input_gives_one_extract_error_naming_the_file_and_where(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    with pytest.raises(ExtractError, match=r"^return\.xml: line " + message) as caught:
        read(tmp_path, content)
    assert "\n" not in str(caught.value)


def test_a_missing_file_is_an_extract_error(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match=re.escape("gone.xml: cannot be read")):
        read_xml(tmp_path / "gone.xml", YEAR)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400))
def test_random_bytes_give_an_extract_or_an_extract_error(tmp_path: Path, data: bytes) -> None:
    try:
        result = read(tmp_path, data)
    except ExtractError:
        return
    assert isinstance(result, Extract)


VALID = doc(
    child("C1", "<AREVIEW><REVIEW>03/05/2025</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>")
).encode()


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.integers(0, len(VALID)), length=st.integers(0, 8), junk=st.binary(max_size=8))
def test_damaged_valid_files_give_an_extract_or_an_extract_error(
    tmp_path: Path, cut: int, length: int, junk: bytes
) -> None:
    try:
        result = read(tmp_path, VALID[:cut] + junk + VALID[cut + length :])
    except ExtractError:
        return
    assert isinstance(result, Extract)
