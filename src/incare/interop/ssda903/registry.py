"""The register of DfE SSDA903 validation rules: one module per rule under `rules/`.

A rule is a function from an Extract to a LazyFrame of findings (`flag()` builds one). Its
message, tables and fields are the DfE's, read from `data/rules.tsv`; which years it runs in is
`rulesets.py`'s business. A rule that needs something optional says so (`needs`), and is then
reported as not run, never silently skipped, when that is missing.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from importlib.resources import files
from pkgutil import iter_modules
from typing import Literal

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.tables import ROW

Need = Literal["previous", "providers", "postcodes"]
Check = Callable[[Extract], pl.LazyFrame]
Kind = Literal["error", "query"]
FINDING_SCHEMA = {
    "table": pl.String(),
    ROW: pl.UInt32(),
    "CHILD": pl.String(),
    "fields": pl.String(),
    # "query": a finding the loaded years cannot settle (e.g. it needs the child's earlier
    # history); shown apart from errors, and not enough on its own to fail the return.
    "kind": pl.String(),
}


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What the DfE says of a rule."""

    code: str
    message: str
    tables: tuple[str, ...]
    fields: tuple[str, ...]
    years: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ValidationRule:
    info: RuleInfo
    check: Check
    needs: frozenset[Need]

    @property
    def code(self) -> str:
        return self.info.code


@cache
def rule_info() -> dict[str, RuleInfo]:
    """Every DfE rule code, from the bundled `data/rules.tsv`."""
    text = files("incare.interop.ssda903").joinpath("data/rules.tsv").read_text("utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return {
        row["code"]: RuleInfo(
            code=row["code"],
            message=row["message"],
            tables=tuple(t for t in row["tables_touched"].split(",") if t),
            fields=tuple(f for f in row["affected_fields"].split(",") if f),
            years=tuple(row["in_rulesets"].split(",")),
        )
        for row in rows
    }


RULES: dict[str, ValidationRule] = {}


def validation_rule(code: str, *, needs: Iterable[Need] = ()) -> Callable[[Check], Check]:
    """Register `check` as the DfE rule `code`."""

    def register(check: Check) -> Check:
        info = rule_info().get(code)
        if info is None:
            raise ValueError(f"{code} is not a DfE SSDA903 rule code")
        if code in RULES:
            raise ValueError(f"rule {code} is registered twice")
        RULES[code] = ValidationRule(info=info, check=check, needs=frozenset(needs))
        return check

    return register


@cache
def load_rules() -> dict[str, ValidationRule]:
    """Import every module under `rules/`, registering its rule."""
    package = import_module("incare.interop.ssda903.rules")
    for module in iter_modules(package.__path__):
        if module.name.startswith("rule_"):
            import_module(f"{package.__name__}.{module.name}")
    return RULES


def flag(
    frame: pl.LazyFrame, table: str, fields: Sequence[str], kind: Kind = "error"
) -> pl.LazyFrame:
    """Findings for the rows of `table` in `frame` (which must carry ROW and CHILD)."""
    return frame.select(
        pl.lit(table, dtype=pl.String).alias("table"),
        pl.col(ROW).cast(pl.UInt32),
        pl.col("CHILD").cast(pl.String),
        pl.lit(";".join(fields), dtype=pl.String).alias("fields"),
        pl.lit(kind, dtype=pl.String).alias("kind"),
    )


def as_queries(findings: pl.LazyFrame, children: pl.LazyFrame) -> pl.LazyFrame:
    """Mark the findings about `children` (a frame of CHILD) as queries, not errors."""
    marked = children.select("CHILD").unique().with_columns(pl.lit(True).alias("_query"))
    return (
        findings.join(marked, on="CHILD", how="left")
        .with_columns(
            pl.when(pl.col("_query")).then(pl.lit("query")).otherwise(pl.col("kind")).alias("kind")
        )
        .drop("_query")
    )


def no_findings() -> pl.LazyFrame:
    return pl.LazyFrame(schema=FINDING_SCHEMA)


def combine(*findings: pl.LazyFrame) -> pl.LazyFrame:
    """Findings of one rule across several tables, each row once."""
    return pl.concat(findings, how="vertical").unique(maintain_order=True)
