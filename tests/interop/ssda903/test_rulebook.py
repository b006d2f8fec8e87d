"""The 903 rule book: generated from the rules, and up to date."""

from pathlib import Path

from incare.interop.ssda903.registry import load_rules
from incare.interop.ssda903.rulebook import difference, generated_part, render
from incare.interop.ssda903.rulesets import ruleset
from incare.interop.ssda903.years import FIRST_SUPPORTED, LAST_SUPPORTED, CollectionYear

DOC = Path(__file__).resolve().parents[3] / "docs" / "ssda903-differences.md"


def test_docs_ssda903_differences_is_up_to_date() -> None:
    assert generated_part(DOC) == render(), "stale: run `make docs`"


def test_every_rule_of_every_supported_year_is_implemented() -> None:
    rules = load_rules()
    for end_year in range(FIRST_SUPPORTED, LAST_SUPPORTED + 1):
        assert ruleset(CollectionYear(end_year)) <= rules.keys(), end_year


def test_a_stated_difference_is_read_from_the_rule_docstring() -> None:
    text = difference("234")
    assert text is not None
    assert "CUSTOD" in text
    assert difference("101") is None
