"""The register of statutory rules, from which `docs/rules.md` is generated.

A rule's docstring is its documentation: one plain sentence, then `Source:` (instrument and
provision) and, for every judgement we made, `Interpretation:`. A change in the law adds a new
rule with its own `effective_from`; old rules stay so that past decisions can be reproduced.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_SECTION = re.compile(r"^(Source|Interpretation):\s*", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    summary: str
    source: str
    interpretation: str | None
    effective_from: dt.date
    effective_to: dt.date | None
    module: str


RULES: dict[str, Rule] = {}


def _sections(doc: str) -> tuple[str, str, str | None]:
    parts = _SECTION.split(doc)
    summary = " ".join(parts[0].split())
    found = {parts[i]: " ".join(parts[i + 1].split()) for i in range(1, len(parts) - 1, 2)}
    return summary, found.get("Source", "").rstrip("."), found.get("Interpretation")


def rule(
    code: str,
    *,
    effective_from: dt.date,
    effective_to: dt.date | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register a rule function: its code, and the dates between which it is the law."""

    def register(function: Callable[P, R]) -> Callable[P, R]:
        doc = inspect.getdoc(function)
        if not doc:
            raise ValueError(f"rule {code} ({function.__qualname__}) has no docstring")
        summary, source, interpretation = _sections(doc)
        if not source:
            raise ValueError(f"rule {code} ({function.__qualname__}) cites no Source:")
        key = f"{function.__module__}.{function.__qualname__}"
        if key in RULES:
            raise ValueError(f"rule {key} is registered twice")
        RULES[key] = Rule(
            code=code,
            name=function.__qualname__,
            summary=summary,
            source=source,
            interpretation=interpretation,
            effective_from=effective_from,
            effective_to=effective_to,
            module=function.__module__,
        )
        return function

    return register


def source_of(function: Callable[..., object]) -> str:
    """The `Source:` citation of a registered rule function, as duties carry it."""
    return RULES[f"{function.__module__}.{function.__qualname__}"].source


def render_markdown() -> str:
    """`docs/rules.md`: every registered rule, grouped by code, in a stable order."""
    lines = [
        "# The rules incare computes",
        "",
        "Generated from the rule registry (`incare rules-doc > docs/rules.md`); do not edit.",
        "Each rule is a function whose docstring states the rule, its source and every",
        "interpretation we made. See `docs/timeline-json.md` for the input and output format.",
        "",
    ]
    by_code: dict[str, list[Rule]] = {}
    for registered in RULES.values():
        by_code.setdefault(registered.code, []).append(registered)
    for code in sorted(by_code):
        lines += [f"## {code}", ""]
        for registered in sorted(by_code[code], key=lambda r: (r.effective_from, r.name)):
            to = registered.effective_to.isoformat() if registered.effective_to else "in force"
            interpretation = registered.interpretation or "none: the source is applied as written."
            lines += [
                f"### `{registered.name}` ({registered.module.removeprefix('incare.')})",
                "",
                f"* **Rule:** {registered.summary}",
                f"* **Source:** {registered.source}",
                f"* **Interpretation:** {interpretation}",
                f"* **Effective:** {registered.effective_from.isoformat()} to {to}",
                "",
            ]
    return "\n".join(lines).rstrip() + "\n"
