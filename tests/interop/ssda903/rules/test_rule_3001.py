from tests.interop.ssda903.support import extract, flagged


def test_no_former_foster_carers_for_young_people_turning_17_in_the_year() -> None:
    x = extract(
        2026,
        Header=[
            {"CHILD": "1", "DOB": "01/04/2008"},  # 17 on 1 April 2025
            {"CHILD": "2", "DOB": "31/03/2009"},  # 17 on 31 March 2026
            {"CHILD": "3", "DOB": "31/03/2008"},  # 17 the day before the year
            {"CHILD": "4", "DOB": "01/04/2009"},  # 17 the day after the year
            {"CHILD": "5", "DOB": "29/02/2008"},  # 17 on 28 February 2025: before the year
        ],
        OC3=[
            {"CHILD": "1", "ACCOM": "Z1"},  # flagged
            {"CHILD": "2", "ACCOM": "Z2"},  # flagged
            {"CHILD": "3", "ACCOM": "Z1"},
            {"CHILD": "4", "ACCOM": "Z1"},
            {"CHILD": "5", "ACCOM": "Z2"},
            {"CHILD": "1", "ACCOM": "B1"},  # not with former foster carers
            {"CHILD": "6", "ACCOM": "Z1"},  # not in Header
        ],
    )
    assert flagged("3001", x) == {"OC3": [1, 2]}
