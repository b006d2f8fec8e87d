from tests.interop.ssda903.support import extract, flagged


def test_reversed_decision_must_have_the_date_it_was_made() -> None:
    rows = [
        {"CHILD": "1", "DATE_PLACED_CEASED": "01/03/2026", "REASON_PLACED_CEASED": "RD1"},
        {
            "CHILD": "2",
            "DATE_PLACED": "01/10/2025",
            "DATE_PLACED_CEASED": "01/03/2026",
            "REASON_PLACED_CEASED": "RD1",
        },
        {"CHILD": "3", "DATE_PLACED_CEASED": "01/03/2026"},
        {"CHILD": "4", "REASON_PLACED_CEASED": "RD1"},
        {
            "CHILD": "5",
            "DATE_PLACED": "??",
            "DATE_PLACED_CEASED": "x",
            "REASON_PLACED_CEASED": "RD2",
        },
    ]
    assert flagged("563", extract(PlacedAdoption=rows)) == {"PlacedAdoption": [1]}
