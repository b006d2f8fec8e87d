"""The SSDA903 rule book: which DfE rules incare runs, and where it differs from the public
validator, generated from the rule modules themselves (each states its difference in its
docstring, after `Differs from the public validator:`).

`python -m incare.interop.ssda903.rulebook docs/ssda903-differences.md` rewrites the generated
part of that file; a test fails when it is stale.
"""

from __future__ import annotations

import inspect
import re
import sys
from importlib import import_module
from pathlib import Path

from incare.interop.ssda903.registry import load_rules
from incare.interop.ssda903.rulesets import ruleset
from incare.interop.ssda903.years import FIRST_SUPPORTED, LAST_SUPPORTED, CollectionYear

BEGIN = "<!-- BEGIN GENERATED: python -m incare.interop.ssda903.rulebook -->"
END = "<!-- END GENERATED -->"
DIFFERS = re.compile(r"Differs from the public validator:\s*(.*?)(?:\n\s*\n|\Z)", re.S)


def difference(code: str) -> str | None:
    """The rule's stated difference from the public validator, as one paragraph."""
    rule = load_rules()[code]
    doc = inspect.getdoc(import_module(rule.check.__module__)) or ""
    found = DIFFERS.search(doc)
    return " ".join(found.group(1).split()) if found else None


def _code_order(code: str) -> tuple[int, str]:
    digits = re.match(r"\d+", code)
    return (int(digits.group()) if digits else 10_000, code)


def render() -> str:
    rules = load_rules()
    lines = ["## Rules by year", ""]
    lines += ["| year | rules in force | implemented |", "|---|---:|---:|"]
    for end_year in range(FIRST_SUPPORTED, LAST_SUPPORTED + 1):
        year = CollectionYear(end_year)
        codes = ruleset(year)
        lines.append(f"| {year.label} | {len(codes)} | {len(codes & rules.keys())} |")
    missing = sorted(
        set().union(
            *(ruleset(CollectionYear(y)) for y in range(FIRST_SUPPORTED, LAST_SUPPORTED + 1))
        )
        - rules.keys(),
        key=_code_order,
    )
    lines += ["", f"Not implemented: {', '.join(missing) if missing else 'none'}.", ""]
    lines += ["## Rule by rule", ""]
    for code in sorted(rules, key=_code_order):
        text = difference(code)
        if text:
            lines += [f"* **{code}** ({rules[code].info.message.rstrip('.')}). {text}"]
    return "\n".join(lines) + "\n"


def rewrite(path: Path) -> bool:
    """Replace the generated part of `path`; True if it changed."""
    text = path.read_text("utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    updated = text[:start] + "\n" + render() + text[end:]
    if updated != text:
        path.write_text(updated, "utf-8")
    return updated != text


def generated_part(path: Path) -> str:
    text = path.read_text("utf-8")
    return text[text.index(BEGIN) + len(BEGIN) : text.index(END)].removeprefix("\n")


if __name__ == "__main__":  # pragma: no cover
    rewrite(Path(sys.argv[1]))
