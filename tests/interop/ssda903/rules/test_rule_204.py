from tests.interop.ssda903.support import extract, flagged


def test_an_ethnicity_that_changed_since_last_year_is_flagged() -> None:
    last = extract(2025, Header=[
        {"CHILD": "1", "ETHNIC": "WBRI"},
        {"CHILD": "2", "ETHNIC": "WBRI"},
        {"CHILD": "3", "ETHNIC": "nobt"},
        {"CHILD": "4", "ETHNIC": None},
        {"CHILD": "5", "ETHNIC": None},
    ])  # fmt: skip
    x = extract(2026, previous=last, Header=[
        {"CHILD": "1", "ETHNIC": "WBRI"},
        {"CHILD": "2", "ETHNIC": "WIRI"},
        {"CHILD": "3", "ETHNIC": "NOBT"},  # case is ignored
        {"CHILD": "4", "ETHNIC": "REFU"},
        {"CHILD": "5", "ETHNIC": None},
        {"CHILD": "6", "ETHNIC": "BAFR"},
    ])  # fmt: skip
    assert flagged("204", x) == {"Header": [2, 4]}
