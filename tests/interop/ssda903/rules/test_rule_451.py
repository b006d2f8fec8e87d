from tests.interop.ssda903.support import extract, flagged


def _ep(ls: str, dec: str | None, rec: str | None) -> dict[str, str | None]:
    return {"CHILD": "1", "DECOM": "01/05/2023", "LS": ls, "DEC": dec, "REC": rec}


def test_an_open_freeing_order_episode_is_flagged() -> None:
    rows = [
        _ep("D1", None, None),  # still freed
        _ep("D1", "01/06/2023", "E11"),
        _ep("D1", None, "E11"),  # a reason without an end date is another rule's business
        _ep("C2", None, None),
        _ep("D1", "31/02/2024", None),  # an unreadable end date is not blank
    ]
    assert flagged("451", extract(2024, Episodes=rows)) == {"Episodes": [1]}


def test_the_rule_applies_in_2022_23_too() -> None:
    assert flagged("451", extract(2023, Episodes=[_ep("D1", None, None)])) == {"Episodes": [1]}
