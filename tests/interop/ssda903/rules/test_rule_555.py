from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, ls: str, dec: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": "01/05/2023", "LS": ls, "DEC": dec}


def _pa(child: str, ceased: str | None = None, reason: str | None = None) -> dict[str, str | None]:
    return {
        "CHILD": child,
        "DATE_PLACED": "01/04/2023",
        "DATE_PLACED_CEASED": ceased,
        "REASON_PLACED_CEASED": reason,
    }


def test_a_freeing_order_needs_a_decision_to_place_for_adoption() -> None:
    episodes = [
        _ep("A", "D1", "01/06/2023"),  # has a decision
        _ep("B", "D1", "01/06/2023"),  # none
        _ep("C", "E1", None),  # not a freeing order
        _ep("B", "D1", None),  # none
    ]
    x = extract(2024, Episodes=episodes, PlacedAdoption=[_pa("A")])
    assert flagged("555", x) == {"Episodes": [2, 4]}


def test_a_decision_cannot_be_reversed_while_the_freeing_order_episode_is_open() -> None:
    episodes = [
        _ep("A", "D1", None),
        _ep("B", "D1", None),
        _ep("C", "D1", "01/06/2023"),  # ended: a reversal is possible
        _ep("D", "D1", None),
        _ep("E", "C2", None),
    ]
    decisions = [
        _pa("A", ceased="01/06/2023"),
        _pa("B", reason="RD1"),
        _pa("C", ceased="01/06/2023", reason="RD1"),
        _pa("D"),
        _pa("E", reason="RD1"),
    ]
    x = extract(2024, Episodes=episodes, PlacedAdoption=decisions)
    assert flagged("555", x) == {"PlacedAdoption": [1, 2]}


def test_nothing_is_flagged_when_placed_adoption_was_not_supplied() -> None:
    assert flagged("555", extract(2023, Episodes=[_ep("A", "D1", None)])) == {}
