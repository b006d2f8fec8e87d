from tests.interop.ssda903.support import extract, flagged


def test_upns_in_the_dfe_format_or_unknown_codes_pass() -> None:
    upns = ["A123456789012", "Z12345678901B", "UN1", "UN5", None]
    x = extract(Header=[{"CHILD": str(i), "UPN": u} for i, u in enumerate(upns)])
    assert flagged("168", x) == {}


def test_malformed_upns_are_flagged() -> None:
    upns = [
        "I123456789012",  # I, O and S are not used as the first letter
        "O123456789012",
        "S123456789012",
        "1234567890123",
        "A12345678901",  # one digit short
        "A1234567890123",  # one too many
        "A1234567890AB",
        "UN6",
        "UN1 ",  # trimmed on reading: passes
    ]
    x = extract(Header=[{"CHILD": str(i), "UPN": u} for i, u in enumerate(upns)])
    assert flagged("168", x) == {"Header": [1, 2, 3, 4, 5, 6, 7, 8]}
