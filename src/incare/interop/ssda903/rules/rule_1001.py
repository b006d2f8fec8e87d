"""1001: a care leaver with OC3 data must, by this year's and last year's episodes, be a relevant
or former relevant child (91 days in care since the 14th birthday, some since the 16th) and not
adopted.

Only two years of episodes are loaded, so a finding may be a query rather than an error: a young
person with no episode (short breaks aside) in either loaded year is flagged, like every other
whose loaded episodes fall short, though their earlier history may well make them a care leaver.
Those findings are the ones whose CHILD is in `needs_earlier_history(x)` (in `_outcomes`): they ask
the council to confirm the young person's earlier episodes, and should be shown apart as such.

Differs from the public validator: it means to leave out young people aged 20 or over on
31 March but, by dropping their dates of birth, flags all of them; here they are judged by their
loaded episodes like everyone else (with no episodes loaded they are flagged, as queries).
"""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import as_queries, flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import (
    care_after_14_and_16,
    fields,
    needs_earlier_history,
)


@validation_rule("1001", needs=("previous",))
def check(x: Extract) -> pl.LazyFrame:
    last = x.previous
    tables = [(x, "Episodes"), (x, "OC3"), (x, "Header")]
    if last is None or any(y.frame(t).is_empty() for y, t in [*tables, (last, "Episodes")]):
        return no_findings()
    wrong = ~pl.col("RELEVANT").fill_null(False) | pl.col("ADOPTED").fill_null(False)
    found = x.lazy("OC3").join(care_after_14_and_16(x), on="CHILD", how="left").filter(wrong)
    return as_queries(flag(found, "OC3", fields("1001")), needs_earlier_history(x))
