"""The rule registry: every rule cited, tested, and docs/rules.md up to date."""

import re
from pathlib import Path

import pytest

from incare.domain.duties.engine import rules_markdown
from incare.domain.registry import RULES

ROOT = Path(__file__).resolve().parents[2]
TESTS = "\n".join(p.read_text("utf-8") for p in (ROOT / "tests").rglob("test_*.py"))


def test_docs_rules_md_is_generated_from_the_registry_and_up_to_date() -> None:
    on_disk = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert on_disk == rules_markdown(), "docs/rules.md is stale: run `make docs`"


@pytest.mark.parametrize("key", sorted(RULES), ids=sorted(RULES))
def test_every_rule_states_itself_cites_a_source_and_is_tested(key: str) -> None:
    rule = RULES[key]
    assert rule.summary.endswith((".", "?"))
    assert len(rule.source) > 10
    assert re.search(rf"\b{re.escape(rule.name)}\b", TESTS), f"no test mentions {rule.name}"


def test_every_duty_code_of_the_spec_has_a_rule() -> None:
    codes = {rule.code for rule in RULES.values()}
    expected = {"NOTIFY", "IHA", "RHA", "REVIEW", "VISIT", "CAREPLAN", "SDQ", "DENTAL"}
    assert expected | {"HEALTHSUMMARY"} <= codes
