"""The validator: rules by year, rules that cannot run, rules that fail."""

import polars as pl
import pytest

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import RULES, ValidationRule, load_rules, rule_info
from incare.interop.ssda903.rulesets import ruleset
from incare.interop.ssda903.validator import validate
from incare.interop.ssda903.years import CollectionYear, UnsupportedYear
from tests.interop.ssda903.support import extract


def test_rule_sets_by_year_match_the_dfe_rule_list() -> None:
    info = rule_info()
    for end_year in range(2023, 2028):
        year = CollectionYear(end_year)
        expected = {code for code, rule in info.items() if year.key in rule.years}
        assert ruleset(year) == expected, year.label


def test_2025_26_has_316_rules_and_2026_27_has_327() -> None:
    assert len(ruleset(CollectionYear(2026))) == 316
    assert len(ruleset(CollectionYear(2027))) == 327


def test_unsupported_years_are_refused_with_the_range() -> None:
    with pytest.raises(UnsupportedYear, match="2022/23 to 2026/27"):
        CollectionYear.supported(2021)


def test_a_rule_that_raises_is_reported_as_failed_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load_rules()

    def broken(x: Extract) -> pl.LazyFrame:
        return x.lazy("Header").select(pl.col("NO_SUCH_COLUMN"))

    monkeypatch.setitem(RULES, "101", ValidationRule(rule_info()["101"], broken, frozenset()))
    report = validate(extract(Header=[{"CHILD": "1", "SEX": "M"}]), only={"101", "102"})
    outcomes = {o.code: o for o in report.outcomes}
    assert outcomes["101"].status == "failed"
    assert "NO_SUCH_COLUMN" in (outcomes["101"].reason or "")
    assert outcomes["102"].status == "ran", "one failing rule does not stop the others"
    assert not report.valid


def test_a_rule_that_needs_last_year_is_reported_as_not_run_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load_rules()

    def needs_previous(x: Extract) -> pl.LazyFrame:
        raise AssertionError("must not run")

    monkeypatch.setitem(
        RULES, "101", ValidationRule(rule_info()["101"], needs_previous, frozenset({"previous"}))
    )
    (outcome,) = validate(extract(Header=[]), only={"101"}).outcomes
    assert (outcome.status, outcome.reason) == (
        "not_run",
        "needs the previous year's extract (--previous)",
    )
