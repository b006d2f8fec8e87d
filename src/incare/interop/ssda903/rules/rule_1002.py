"""1002: a care leaver in OC3 must have an episode of care in this year's or last year's
return.

Only two years of episodes are loaded, so every finding of this rule is a query rather than an
error: the young person may have been looked after before last year's collection. A report
should show these findings apart, as questions for the council to answer from the child's
earlier history. (`needs_earlier_history(x)` in `_outcomes` lists these young people, and also
those whose only loaded episodes are short breaks, which this rule accepts.)
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import as_queries, flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import fields, needs_earlier_history


@validation_rule("1002", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last = x.previous
    if last is None or not (x.has("Episodes") and last.has("Episodes")):
        return no_findings()
    episodes = pl.concat(
        [x.lazy("Episodes").select("CHILD"), last.lazy("Episodes").select("CHILD")]
    )
    findings = flag(x.lazy("OC3").join(episodes, on="CHILD", how="anti"), "OC3", fields("1002"))
    return as_queries(findings, needs_earlier_history(x))
