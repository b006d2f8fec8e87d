import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.rules._outcomes import needs_earlier_history
from incare.interop.ssda903.validator import validate
from tests.interop.ssda903.support import Rows, extract, flagged

ENDED = {"RNE": "S", "LS": "C2", "REC": "E8"}

# (child, Header DOB, last year's episodes, this year's episodes); 2025/26, so the loaded
# years run from 1 April 2024 to 31 March 2026.
CASES: list[tuple[str, str | None, Rows, Rows]] = [
    # 91 days in care after the 14th and 16th birthdays: passes.
    ("91 days", "01/01/2008", [{"DECOM": "01/05/2024", "DEC": "31/07/2024", **ENDED}], []),
    # 90 days: flagged.
    ("90 days", "01/01/2008", [{"DECOM": "01/05/2024", "DEC": "30/07/2024", **ENDED}], []),
    # Plenty of care after 14, none after 16 (16 on 1 June 2025): flagged.
    (
        "none after 16",
        "01/06/2009",
        [{"DECOM": "01/04/2024", "DEC": "01/05/2025", **ENDED}],
        [],
    ),
    # The same, with one day after the 16th birthday: passes.
    (
        "a day after 16",
        "01/06/2009",
        [],
        [{"DECOM": "01/04/2024", "DEC": "02/06/2025", **ENDED}],
    ),
    # No episodes in either loaded year: flagged, as a query.
    ("no episodes", "01/01/2008", [], []),
    # Short breaks only: flagged, as a query.
    (
        "short breaks",
        "01/01/2008",
        [{"DECOM": "01/05/2024", "DEC": "31/12/2024", "RNE": "S", "LS": "V3", "REC": "E8"}],
        [],
    ),
    # Adopted (latest episode E11), whatever the care: flagged.
    (
        "adopted",
        "01/01/2008",
        [],
        [{"DECOM": "01/05/2024", "DEC": "31/12/2025", "RNE": "S", "LS": "C2", "REC": "E11"}],
    ),
    # No date of birth in Header: flagged.
    ("no DOB", None, [{"DECOM": "01/05/2024", "DEC": "31/12/2024", **ENDED}], []),
    # An episode in both years' returns counts once (50 days): flagged.
    (
        "in both years",
        "01/01/2008",
        [{"DECOM": "01/01/2025", "DEC": "20/02/2025", **ENDED}],
        [{"DECOM": "01/01/2025", "DEC": "20/02/2025", **ENDED}],
    ),
    # An open latest episode runs to 31 March: 91 days, passes.
    ("open", "01/01/2008", [], [{"DECOM": "30/12/2025", "RNE": "S", "LS": "C2"}]),
    # Open at the end of last year (blank there, ended this year): counted once, to its end.
    (
        "open last year",
        "01/01/2008",
        [{"DECOM": "01/03/2025", "RNE": "S", "LS": "C2"}],
        [{"DECOM": "01/03/2025", "DEC": "15/04/2025", **ENDED}],
    ),
    # 21 on 31 March, with enough care in the loaded years: passes.
    ("aged 21", "01/01/2005", [{"DECOM": "01/04/2024", "DEC": "01/09/2024", **ENDED}], []),
]


def case_extract() -> Extract:
    last_year = extract(
        2025,
        Episodes=[{"CHILD": c, **e} for c, _, eps, _ in CASES for e in eps]
        + [{"CHILD": "someone else", "DECOM": "01/05/2024", **ENDED}],
    )
    return extract(
        2026,
        previous=last_year,
        Header=[{"CHILD": c, "DOB": d} for c, d, _, _ in CASES],
        Episodes=[{"CHILD": c, **e} for c, _, _, eps in CASES for e in eps],
        OC3=[{"CHILD": c, "IN_TOUCH": "YES"} for c, _, _, _ in CASES],
    )


def rows_of(*children: str) -> list[int]:
    names = [c for c, _, _, _ in CASES]
    return sorted(names.index(c) + 1 for c in children)


def test_care_leavers_must_look_relevant_by_the_loaded_episodes() -> None:
    expected = rows_of(
        "90 days",
        "none after 16",
        "no episodes",
        "short breaks",
        "adopted",
        "no DOB",
        "in both years",
        "open last year",
    )
    assert flagged("1001", case_extract()) == {"OC3": expected}


def test_findings_for_young_people_without_loaded_episodes_can_be_told_apart() -> None:
    queries = needs_earlier_history(case_extract()).collect()
    assert sorted(queries.get_column("CHILD").to_list()) == ["no episodes", "short breaks"]


def test_nothing_is_flagged_when_last_years_episodes_are_empty() -> None:
    x = extract(
        2026,
        previous=extract(2025, Episodes=[]),
        Header=[{"CHILD": "1", "DOB": "01/01/2008"}],
        Episodes=[{"CHILD": "2", "DECOM": "01/05/2025", **ENDED}],
        OC3=[{"CHILD": "1", "IN_TOUCH": "YES"}],
    )
    assert flagged("1001", x) == {}
    assert isinstance(needs_earlier_history(x), pl.LazyFrame)


def test_a_leaver_whose_care_was_already_open_when_the_loaded_years_begin_is_a_query() -> None:
    last = extract(
        2025,
        Header=[{"CHILD": "A", "DOB": "01/01/2007"}, {"CHILD": "B", "DOB": "01/01/2007"}],
        Episodes=[
            {"CHILD": "A", "DECOM": "01/02/2024", "DEC": "11/04/2024", **ENDED},  # began earlier
            {"CHILD": "B", "DECOM": "02/04/2024", "DEC": "11/05/2024", **ENDED},  # all loaded
        ],
    )
    x = extract(
        2026,
        previous=last,
        Header=[{"CHILD": "A", "DOB": "01/01/2007"}, {"CHILD": "B", "DOB": "01/01/2007"}],
        OC3=[{"CHILD": "A"}, {"CHILD": "B"}],
        Episodes=[{"CHILD": "Z", "DECOM": "01/05/2025", "RNE": "S", "LS": "C2"}],
    )
    report = validate(x, only={"1001"})
    kinds = dict(zip(report.findings["child"], report.findings["kind"], strict=True))
    assert kinds == {"A": "query", "B": "error"}
