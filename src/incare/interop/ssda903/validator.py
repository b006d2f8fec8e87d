"""Run every DfE rule in force for an extract's year, and report what each found.

Rules are planned lazily and collected together in batches (Polars shares the common work); a
rule that raises is reported as failed, naming it, and makes the run fail: never a silent skip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import FINDING_SCHEMA, Need, ValidationRule, load_rules
from incare.interop.ssda903.rulesets import ruleset
from incare.interop.ssda903.tables import ROW

Status = Literal["ran", "not_run", "failed", "not_implemented"]
Progress = Callable[[int, int], None]
BATCH = 24
REPORT_SCHEMA = {
    "rule": pl.String(),
    "child": pl.String(),
    "table": pl.String(),
    "row": pl.UInt32(),
    "fields": pl.String(),
    "message": pl.String(),
    "kind": pl.String(),
}


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    code: str
    message: str
    status: Status
    findings: int = 0
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ValidationReport:
    year_label: str
    la: str | None
    outcomes: tuple[RuleOutcome, ...]
    findings: pl.DataFrame  # rule, child, table, row, fields, message

    @property
    def failed(self) -> tuple[RuleOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "failed")

    @property
    def errors(self) -> pl.DataFrame:
        return self.findings.filter(pl.col("kind") == "error")

    @property
    def queries(self) -> pl.DataFrame:
        return self.findings.filter(pl.col("kind") == "query")

    @property
    def valid(self) -> bool:
        """No errors and no failed rule (queries alone leave a return valid)."""
        return self.errors.height == 0 and not self.failed


def _available(extract: Extract) -> set[Need]:
    available: set[Need] = set()
    if extract.previous is not None:
        available.add("previous")
    if extract.providers is not None:
        available.add("providers")
    if extract.placements_located:
        available.add("postcodes")
    return available


NEED_TEXT = {
    "previous": "needs the previous year's extract (--previous)",
    "providers": "needs the Ofsted provider lists (--providers)",
    "postcodes": "needs placement locations (a postcode directory, or PL_LA in the files)",
}


def validate(
    extract: Extract,
    *,
    only: set[str] | None = None,
    progress: Progress | None = None,
) -> ValidationReport:
    """Every rule in force in the extract's year (or just `only`), run on the extract."""
    rules = load_rules()
    codes = sorted(ruleset(extract.year) if only is None else only & ruleset(extract.year))
    available = _available(extract)
    outcomes: dict[str, RuleOutcome] = {}
    planned: list[tuple[ValidationRule, pl.LazyFrame]] = []
    for code in codes:
        rule = rules.get(code)
        if rule is None:
            outcomes[code] = RuleOutcome(code, "", "not_implemented", reason="not implemented")
            continue
        missing = sorted(rule.needs - available)
        if missing:
            reason = "; ".join(NEED_TEXT[n] for n in missing)
            outcomes[code] = RuleOutcome(code, rule.info.message, "not_run", reason=reason)
            continue
        try:
            planned.append((rule, rule.check(extract)))
        except Exception as error:  # a bug in a rule: report it, never skip it
            outcomes[code] = _failure(rule, error)
    frames: list[pl.DataFrame] = []
    done = 0
    for start in range(0, len(planned), BATCH):
        batch = planned[start : start + BATCH]
        for rule, result in _collect(batch):
            if isinstance(result, BaseException):
                outcomes[rule.code] = _failure(rule, result)
                continue
            outcomes[rule.code] = RuleOutcome(rule.code, rule.info.message, "ran", result.height)
            if result.height:
                frames.append(
                    result.select(
                        pl.lit(rule.code, dtype=pl.String).alias("rule"),
                        pl.col("CHILD").alias("child"),
                        pl.col("table"),
                        pl.col(ROW).alias("row"),
                        pl.col("fields"),
                        pl.lit(rule.info.message, dtype=pl.String).alias("message"),
                        pl.col("kind"),
                    )
                )
        done += len(batch)
        if progress is not None:
            progress(done, len(planned))
    findings = (
        pl.concat(frames).sort("rule", "table", "row", "child")
        if frames
        else pl.DataFrame(schema=REPORT_SCHEMA)
    )
    return ValidationReport(
        year_label=extract.year.label,
        la=extract.la,
        outcomes=tuple(outcomes[c] for c in codes),
        findings=findings,
    )


def _collect(
    batch: list[tuple[ValidationRule, pl.LazyFrame]],
) -> list[tuple[ValidationRule, pl.DataFrame | BaseException]]:
    """Collect a batch together; if that fails, one by one, to name the failing rule."""
    try:
        results = pl.collect_all([_checked(frame) for _, frame in batch])
        return [(rule, result) for (rule, _), result in zip(batch, results, strict=True)]
    except Exception:
        pass
    out: list[tuple[ValidationRule, pl.DataFrame | BaseException]] = []
    for rule, frame in batch:
        try:
            out.append((rule, _checked(frame).collect()))
        except Exception as error:
            out.append((rule, error))
    return out


def _checked(frame: pl.LazyFrame) -> pl.LazyFrame:
    """A rule's findings in the shape the report needs, or an error saying what is wrong."""
    return frame.select(
        pl.col(name).cast(dtype, strict=True) for name, dtype in FINDING_SCHEMA.items()
    )


def _failure(rule: ValidationRule, error: BaseException) -> RuleOutcome:
    reason = f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
    return RuleOutcome(rule.code, rule.info.message, "failed", reason=reason)
