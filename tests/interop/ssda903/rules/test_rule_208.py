from tests.interop.ssda903.support import extract, flagged

CHANGES = [  # last year, this year, flagged?
    ("A123456789012", "A123456789012", False),
    ("A123456789012", "B123456789012", True),
    ("a123456789012", "A123456789012", False),  # case is ignored
    ("UN1", "UN2", False),  # UN1 -> UN2..UN5 is allowed
    (None, "UN5", False),  # so is blank -> UN2..UN5
    (None, "UN1", True),
    ("UN4", "UN3", True),
    ("UN2", "UN1", True),
    ("UN3", "A123456789012", False),  # unknown -> known is allowed
    (None, "A123456789012", False),
    ("A123456789012", "UN2", True),
    ("A123456789012", None, True),
    ("UN1", None, True),
    (None, None, False),
]


def test_upn_changes_are_flagged_unless_allowed() -> None:
    last = extract(2025, Header=[{"CHILD": str(i), "UPN": c[0]} for i, c in enumerate(CHANGES)])
    rows = [{"CHILD": str(i), "UPN": c[1]} for i, c in enumerate(CHANGES)]
    x = extract(2026, previous=last, Header=[*rows, {"CHILD": "new", "UPN": "UN1"}])
    expected = [i + 1 for i, c in enumerate(CHANGES) if c[2]]
    assert flagged("208", x) == {"Header": expected}
