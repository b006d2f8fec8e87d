from tests.interop.ssda903.support import extract, flagged


def test_a_sex_in_the_uasc_table_differing_from_the_header_is_flagged() -> None:
    x = extract(
        Header=[
            {"CHILD": "1", "SEX": "M"},
            {"CHILD": "2", "SEX": "M"},
            {"CHILD": "3", "SEX": None},
            {"CHILD": "1", "SEX": "F"},  # a second Header row for child 1
        ],
        UASC=[
            {"CHILD": "1", "SEX": "M"},
            {"CHILD": "2", "SEX": "F"},
            {"CHILD": "3", "SEX": "F"},  # unknown in the Header
            {"CHILD": "2", "SEX": None},
            {"CHILD": "4", "SEX": "F"},  # not in the Header
        ],
    )
    assert flagged("INT21", x) == {"UASC": [1, 2]}
