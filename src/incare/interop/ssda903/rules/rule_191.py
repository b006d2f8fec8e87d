"""191: a child in the OC2 cohort (looked after continuously for 12 months at 31 March) must have
an OC2 record with immunisations, teeth check, health assessment and substance misuse given."""

import polars as pl

from incare.interop.ssda903.extract import Extract
from incare.interop.ssda903.registry import combine, flag, no_findings, validation_rule
from incare.interop.ssda903.rules._outcomes import (
    OC2_CORE_ITEMS,
    any_blank,
    fields,
    oc2_cohort,
    oc2_with_cohort,
    supplied,
)
from incare.interop.ssda903.tables import ROW


@validation_rule("191")
def check(x: Extract) -> pl.LazyFrame:
    if not supplied(x, "Episodes", "OC2"):
        return no_findings()
    incomplete = oc2_with_cohort(x).filter(pl.col("IN_COHORT") & any_blank(*OC2_CORE_ITEMS))
    # A child in the cohort with no OC2 record at all: flagged on their earliest episode.
    in_cohort = oc2_cohort(x).filter(pl.col("IN_COHORT")).select("CHILD")
    without_record = (
        x.lazy("Episodes")
        .filter(pl.col("DECOM").is_not_null())
        .join(in_cohort, on="CHILD", how="semi")
        .join(x.lazy("OC2").select("CHILD"), on="CHILD", how="anti")
        .sort("DECOM", ROW)
        .unique("CHILD", keep="first", maintain_order=True)
    )
    return combine(
        flag(incomplete, "OC2", fields("191")), flag(without_record, "Episodes", fields("191"))
    )
