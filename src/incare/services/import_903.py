"""Import a council's SSDA903 extract: its children, episodes and reviews, and their duties.

Read and validate first (an extract with validation errors is still imported: the counts are in
the summary), then one transaction: the facts are synchronised (create what is new, update what
changed, delete what a child present in the extract no longer has; the same files twice change
nothing) and the stored duties of every child in the extract are recomputed, replaced only for
the children whose duties changed. A failure anywhere leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
from django.db import models, transaction

from incare.interop.ssda903.extract import Extract, ExtractError
from incare.interop.ssda903.load import open_extract
from incare.interop.ssda903.placement_icb import icb_of_postcodes
from incare.interop.ssda903.timelines import home_icbs, icb_on
from incare.interop.ssda903.validator import validate
from incare.interop.ssda903.years import CollectionYear
from incare.services import stored_duties
from incare.web.children.models import Child, Episode, Review
from incare.web.duties.models import StoredDuty
from incare.web.organisations.models import Council

# (stage, done, total): stages are "validating", "facts" and "duties".
Progress = Callable[[str, int, int], None]
BATCH = 2000
PROGRESS_EVERY = 200

CHILD_FIELDS = ("dob", "sex", "uasc", "home_icb", "history_from")
# Episode field <- the 903 column it is read from.
EPISODE_COLUMNS = {
    "rne": "RNE",
    "legal_status": "LS",
    "category_of_need": "CIN",
    "placement": "PLACE",
    "provider": "PLACE_PROVIDER",
    "end": "DEC",
    "reason_ceased": "REC",
    "placement_change_reason": "REASON_PLACE_CHANGE",
    "home_postcode": "HOME_POST",
    "placement_postcode": "PL_POST",
    "placement_la": "PL_LA",
    "placement_icb": "placement_icb",
    "distance_miles": "PL_DISTANCE",
    "urn": "URN",
}
REVIEW_FIELDS = ("participation",)


class Import903Error(ValueError):
    """An extract or a council that cannot be imported; one message saying why."""


@dataclass(frozen=True, slots=True)
class Changes:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    council: str
    year_label: str
    as_at: dt.date
    children: Changes
    episodes: Changes
    reviews: Changes
    # Rows that cannot be stored: no child in the Header, or an episode ending before it starts.
    episodes_skipped: int
    reviews_skipped: int
    duties_stored: (
        int  # the council's stored duties after the import (children not in it keep theirs)
    )
    duties_refreshed: int  # children whose stored duties were replaced
    validation_errors: int
    validation_queries: int

    @property
    def changed(self) -> bool:
        return (
            self.children.changed
            or self.episodes.changed
            or self.reviews.changed
            or self.duties_refreshed > 0
        )


def import_903(
    folder: Path,
    *,
    la: str,
    previous: Path | None = None,
    year: CollectionYear | None = None,
    as_at: dt.date,
    postcodes: pl.DataFrame,
    progress: Progress | None = None,
) -> ImportSummary:
    """Validate and load `folder` (and `previous`, the year before) for council `la`."""
    if not Council.objects.filter(ons_code=la).exists():
        raise Import903Error(
            f"--la: {la!r} is not a council in the reference data "
            "(load it with `incare reference load`)"
        )
    collection = year or CollectionYear.last_ended(as_at)
    try:
        extract = open_extract(
            folder, year=collection, la=la, previous=previous, postcodes=postcodes
        )
    except ExtractError as error:
        raise Import903Error(str(error)) from error
    if not extract.has("Header") or not extract.has("Episodes"):
        raise Import903Error(f"{folder}: no Header or Episodes table: not an SSDA903 extract")
    report = validate(
        extract,
        progress=None if progress is None else (lambda d, t: progress("validating", d, t)),
    )
    children_in, episodes_in, reviews_in = _facts(extract, postcodes)
    with transaction.atomic():
        children = _sync_children(la, children_in)
        ids = _child_ids(la)
        episodes_in = episodes_in.join(ids, on="child_ref", how="left")
        episodes_skipped = episodes_in.filter(
            pl.col("child_id").is_null() | (pl.col("end") < pl.col("start"))
        ).height
        episodes_in = episodes_in.filter(
            pl.col("child_id").is_not_null()
            & (pl.col("end").is_null() | (pl.col("end") >= pl.col("start")))
        )
        reviews_in = reviews_in.join(ids, on="child_ref", how="left")
        reviews_skipped = reviews_in.filter(pl.col("child_id").is_null()).height
        reviews_in = reviews_in.filter(pl.col("child_id").is_not_null())
        present = ids.join(children_in.select("child_ref"), on="child_ref")["child_id"]
        episodes = _sync_facts(
            Episode, la, episodes_in, ("child_id", "start"), tuple(EPISODE_COLUMNS), present
        )
        reviews = _sync_facts(Review, la, reviews_in, ("child_id", "date"), REVIEW_FIELDS, present)
        if progress is not None:
            progress("facts", 1, 1)
        try:
            refreshed = stored_duties.refresh(
                present.to_list(),
                as_at=as_at,
                progress=None if progress is None else (lambda d, t: progress("duties", d, t)),
            )
        except stored_duties.DutiesOutOfRange as error:
            raise Import903Error(str(error)) from error
        stored = StoredDuty.objects.filter(child__council_id=la).count()
    return ImportSummary(
        council=la,
        year_label=collection.label,
        as_at=as_at,
        children=children,
        episodes=episodes,
        reviews=reviews,
        episodes_skipped=episodes_skipped,
        reviews_skipped=reviews_skipped,
        duties_stored=stored,
        duties_refreshed=refreshed,
        validation_errors=report.errors.height,
        validation_queries=report.queries.height,
    )


def _years(extract: Extract) -> list[Extract]:
    return [extract] + ([extract.previous] if extract.previous is not None else [])


def _facts(
    extract: Extract, postcodes: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Children, episodes and reviews of both years as frames; this year's row wins a tie."""
    years = _years(extract)
    history_from = (extract.previous or extract).year.start
    uasc = extract.frame("UASC")["CHILD"].drop_nulls().unique()
    children = (
        pl.concat([e.frame("Header").select("CHILD", "DOB", "SEX") for e in years])
        .filter(pl.col("CHILD").is_not_null())
        .unique("CHILD", keep="first", maintain_order=True)
        .select(
            pl.col("CHILD").alias("child_ref"),
            pl.col("DOB").alias("dob"),
            pl.col("SEX").alias("sex"),
            pl.col("CHILD").is_in(uasc.implode()).alias("uasc"),
        )
        .join(home_icbs(extract, postcodes), on="child_ref", how="left")
        .with_columns(history_from=pl.lit(history_from))
    )
    columns = [c for c in EPISODE_COLUMNS.values() if c != "placement_icb"]
    episodes = (
        pl.concat(
            [
                e.frame("Episodes").select("CHILD", "DECOM", *columns).with_columns(_age=pl.lit(i))
                for i, e in enumerate(years)
            ]
        )
        .filter(pl.col("CHILD").is_not_null() & pl.col("DECOM").is_not_null())
        .sort("CHILD", "DECOM", "_age")
        .unique(["CHILD", "DECOM"], keep="first", maintain_order=True)
    )
    # The placement's ICB: by the LSOA of its postcode when the postcode store knows it (an ICB
    # boundary can split a council), else the main ICB of the placement's council, on DECOM.
    located = icb_of_postcodes(episodes.lazy(), "PL_POST", "DECOM", postcodes, out="_by_postcode")
    episodes = (
        icb_on(located, "PL_LA", "DECOM", "_by_council")
        .with_columns(placement_icb=pl.coalesce("_by_postcode", "_by_council"))
        .collect()
        .select(
            pl.col("CHILD").alias("child_ref"),
            pl.col("DECOM").alias("start"),
            *(pl.col(column).alias(name) for name, column in EPISODE_COLUMNS.items()),
        )
        .with_columns(pl.col("distance_miles").cast(pl.Float64, strict=False))
    )
    reviews = (
        pl.concat(
            [
                e.frame("Reviews")
                .select("CHILD", "REVIEW", "REVIEW_CODE")
                .with_columns(_age=pl.lit(i))
                for i, e in enumerate(years)
            ]
        )
        .filter(pl.col("CHILD").is_not_null() & pl.col("REVIEW").is_not_null())
        .sort("CHILD", "REVIEW", "_age")
        .unique(["CHILD", "REVIEW"], keep="first", maintain_order=True)
        .select(
            pl.col("CHILD").alias("child_ref"),
            pl.col("REVIEW").alias("date"),
            pl.col("REVIEW_CODE").alias("participation"),
        )
    )
    return children, episodes, reviews


def _frame(rows: Iterable[Sequence[Any]], schema: dict[str, pl.DataType]) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=schema, orient="row")


def _schema(model: type[models.Model], names: Sequence[str]) -> dict[str, pl.DataType]:
    types: dict[str, pl.DataType] = {}
    for name in names:
        field = model._meta.get_field(name.removesuffix("_id"))
        kind = field.get_internal_type()
        types[name] = (
            pl.Date()
            if kind == "DateField"
            else pl.Boolean()
            if kind == "BooleanField"
            else pl.Float64()
            if kind == "FloatField"
            else pl.Int64()
            if kind in ("BigAutoField", "ForeignKey")
            else pl.String()
        )
    return types


def _differs(fields: Sequence[str]) -> pl.Expr:
    return pl.any_horizontal(pl.col(f).ne_missing(pl.col(f"{f}_old")) for f in fields)


def _apply(
    model: type[models.Model], incoming: pl.DataFrame, fields: Sequence[str]
) -> tuple[int, int]:
    """Create the rows of `incoming` with no `id`, update those whose `fields` differ."""
    new = incoming.filter(pl.col("id").is_null()).drop("id")
    changed = incoming.filter(pl.col("id").is_not_null() & _differs(fields))
    manager = model._default_manager
    keep = [c for c in new.columns if not c.endswith("_old")]
    manager.bulk_create((model(**row) for row in new.select(keep).iter_rows(named=True)),
                        batch_size=BATCH)  # fmt: skip
    if changed.height:
        objects = [model(**row) for row in changed.select("id", *fields).iter_rows(named=True)]
        manager.bulk_update(objects, list(fields), batch_size=BATCH)
    return new.height, changed.height


def _sync_children(la: str, incoming: pl.DataFrame) -> Changes:
    names = ("id", "child_ref", *CHILD_FIELDS)
    existing = _frame(
        Child.objects.filter(council_id=la).values_list(*names), _schema(Child, names)
    )
    joined = incoming.join(existing, on="child_ref", how="left", suffix="_old").with_columns(
        council_id=pl.lit(la),
        # Known history only grows: an extract without last year keeps what was known.
        history_from=pl.min_horizontal("history_from", "history_from_old"),
    )
    created, updated = _apply(Child, joined, CHILD_FIELDS)
    return Changes(created, updated, incoming.height - created - updated)


def _child_ids(la: str) -> pl.DataFrame:
    return _frame(
        Child.objects.filter(council_id=la).values_list("child_ref", "id"),
        {"child_ref": pl.String(), "child_id": pl.Int64()},
    )


def _sync_facts(
    model: type[models.Model],
    la: str,
    incoming: pl.DataFrame,
    key: tuple[str, str],
    fields: Sequence[str],
    present: pl.Series,
) -> Changes:
    """Synchronise one kind of fact of the council's children with `incoming` (by `key`);
    delete the rows of children in the extract (`present`) that it no longer has."""
    names = ("id", *key, *fields)
    existing = _frame(
        model._default_manager.filter(child__council_id=la).values_list(*names),
        _schema(model, names),
    )
    incoming = incoming.select(*key, *fields)
    joined = incoming.join(existing, on=list(key), how="left", suffix="_old")
    created, updated = _apply(model, joined, fields)
    gone = existing.join(incoming, on=list(key), how="anti").filter(
        pl.col("child_id").is_in(present.implode())
    )["id"]
    for start in range(0, gone.len(), BATCH):
        model._default_manager.filter(pk__in=gone[start : start + BATCH].to_list()).delete()
    return Changes(created, updated, incoming.height - created - updated, gone.len())
