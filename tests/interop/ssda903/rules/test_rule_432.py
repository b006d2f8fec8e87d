from tests.interop.ssda903.support import extract, flagged


def _ep(child: str, start: str, rec: str | None, rne: str | None) -> dict[str, str | None]:
    return {"CHILD": child, "DECOM": start, "REC": rec, "RNE": rne}


def test_an_episode_after_care_ended_without_rne_s_is_flagged() -> None:
    x = extract(
        Episodes=[
            _ep("1", "01/05/2025", "E4A", "S"),
            _ep("1", "01/08/2025", "E8", "P"),
            _ep("1", "01/09/2025", None, None),
            _ep("2", "01/06/2025", None, "S"),
            _ep("2", "01/05/2025", "E13", "S"),
            _ep("3", "01/05/2025", "X1", "S"),
            _ep("3", "01/06/2025", None, "T"),
        ]
    )
    assert flagged("432", x) == {"Episodes": [2, 3]}
