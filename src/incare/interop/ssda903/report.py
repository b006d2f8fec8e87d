"""Validation reports: CSV and JSON for machines, XLSX and HTML for a performance officer.

The CSV's columns are `rule,child,table,row,fields,message`: `row` is the 1-based data row of
that table's file (header line not counted) and `fields` is `;`-joined. A query (a finding the
loaded years cannot settle) has its message begin with `QUERY_PREFIX`.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import polars as pl

from incare.interop.ssda903.validator import ValidationReport

FORMATS = (".csv", ".xlsx", ".html", ".json")
QUERY_PREFIX = "Query, needs the child's earlier history: "
CSV_COLUMNS = ("rule", "child", "table", "row", "fields", "message")


def flat_findings(report: ValidationReport) -> pl.DataFrame:
    """The findings as the CSV has them: six columns, queries marked in their message."""
    return report.findings.select(
        *CSV_COLUMNS[:-1],
        pl.when(pl.col("kind") == "query")
        .then(pl.lit(QUERY_PREFIX) + pl.col("message"))
        .otherwise(pl.col("message"))
        .alias("message"),
    )


def write_report(report: ValidationReport, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        flat_findings(report).write_csv(path)
    elif suffix == ".xlsx":
        _write_xlsx(report, path)
    elif suffix == ".html":
        path.write_text(render_html(report), encoding="utf-8")
    elif suffix == ".json":
        path.write_text(json.dumps(as_json(report), indent=1), encoding="utf-8")
    else:
        raise ValueError(f"{path}: the report must end in {', '.join(FORMATS)}")


def rule_summary(report: ValidationReport) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "rule": [o.code for o in report.outcomes],
            "status": [o.status for o in report.outcomes],
            "findings": [o.findings for o in report.outcomes],
            "children": [_children(report, o.code) for o in report.outcomes],
            "message": [o.message for o in report.outcomes],
            "note": [o.reason or "" for o in report.outcomes],
        },
        schema={
            "rule": pl.String,
            "status": pl.String,
            "findings": pl.Int64,
            "children": pl.Int64,
            "message": pl.String,
            "note": pl.String,
        },
    )


def _children(report: ValidationReport, code: str) -> int:
    if report.findings.height == 0:
        return 0
    return int(report.findings.filter(pl.col("rule") == code)["child"].n_unique())


def as_json(report: ValidationReport) -> dict[str, object]:
    return {
        "year": report.year_label,
        "la": report.la,
        "valid": report.valid,
        "rules": rule_summary(report).to_dicts(),
        "findings": report.findings.to_dicts(),
    }


def _write_xlsx(report: ValidationReport, path: Path) -> None:
    import xlsxwriter

    with xlsxwriter.Workbook(path) as workbook:
        rule_summary(report).write_excel(workbook, worksheet="Rules", autofit=True)
        flat_findings(report).write_excel(workbook, worksheet="Findings", autofit=True)


def render_html(report: ValidationReport) -> str:
    """One page: the verdict, counts per rule, then each child's findings with the message."""
    summary = rule_summary(report)
    with_findings = summary.filter(pl.col("findings") > 0).sort("findings", descending=True)
    queries = report.queries.height
    not_run = summary.filter(pl.col("status") != "ran")
    children = report.errors["child"].n_unique() if report.errors.height else 0
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(r['rule'])}</td><td class=n>{r['findings']}</td>"
        f"<td class=n>{r['children']}</td><td>{e(r['message'])}</td></tr>"
        for r in with_findings.iter_rows(named=True)
    )
    skipped = "".join(
        f"<li><strong>{e(r['rule'])}</strong> ({e(r['status'].replace('_', ' '))}): "
        f"{e(r['note'])}</li>"
        for r in not_run.iter_rows(named=True)
    )
    per_child = []
    for (child,), group in (
        flat_findings(report).sort("child", "rule").group_by("child", maintain_order=True)
    ):
        items = "".join(
            f"<tr><td>{e(r['rule'])}</td><td>{e(r['table'])}</td><td class=n>{r['row']}</td>"
            f"<td>{e(r['fields'])}</td><td>{e(r['message'])}</td></tr>"
            for r in group.iter_rows(named=True)
        )
        per_child.append(
            f"<h3>Child {e(str(child))}</h3><table><thead><tr><th>Rule</th><th>Table</th>"
            f"<th>Row</th><th>Fields</th><th>What is wrong</th></tr></thead>"
            f"<tbody>{items}</tbody></table>"
        )
    verdict = (
        "No errors: the return is valid."
        if report.valid
        else f"{report.errors.height} errors for {children} children."
    )
    if queries:
        verdict += (
            f" {queries} queries need the children's earlier history (marked 'Query'):"
            " they are not errors unless that history shows them to be."
        )
    la = f" for {e(report.la)}" if report.la else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>SSDA903 validation {e(report.year_label)}{la}</title>
<style>
body{{font-family:Arial,sans-serif;margin:2rem;max-width:70rem;color:#0b0c0c}}
table{{border-collapse:collapse;margin:0 0 1.5rem;width:100%}}
th,td{{border-bottom:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}}
td.n{{text-align:right}} h1{{font-size:1.8rem}} .verdict{{font-size:1.2rem;font-weight:bold}}
</style></head><body>
<h1>SSDA903 validation, {e(report.year_label)}{la}</h1>
<p class="verdict">{verdict}</p>
<h2>Errors by rule</h2>
<table><thead><tr><th>Rule</th><th>Errors</th><th>Children</th><th>Message</th></tr></thead>
<tbody>{rows}</tbody></table>
<h2>Rules not run</h2><ul>{skipped or "<li>None: every rule ran.</li>"}</ul>
<h2>Errors by child</h2>
{"".join(per_child) or "<p>None.</p>"}
</body></html>
"""
