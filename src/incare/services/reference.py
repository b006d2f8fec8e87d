"""Load the organisations reference data, and answer "which ICB covers this council on …".

One transaction: a load either stores every file or changes nothing, and loading the same files
again changes nothing. Bad rows give one message naming the file, row and field.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from django.db import models, transaction

from incare.web.organisations.models import ICB, Council, CouncilICB, GPPractice


class ReferenceError(ValueError):
    """A reference file that cannot be loaded; the message names file, row and field."""


@dataclass(frozen=True, slots=True)
class LoadSummary:
    table: str
    created: int
    updated: int
    unchanged: int


def bundled_folder() -> Path:
    return Path(str(files("incare.interop.reference_data")))


Row = dict[str, str]


def _rows(folder: Path, name: str) -> list[tuple[int, Row]]:
    path = folder / name
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(enumerate(csv.DictReader(handle), start=1))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ReferenceError(f"{name}: cannot be read: {error}") from error


def _field(name: str, number: int, row: Row, column: str, parse: Callable[[str], Any] = str) -> Any:
    value = row.get(column)
    if value is None:
        raise ReferenceError(f"{name}: row {number}: no column {column!r}")
    try:
        return parse(value.strip())
    except ValueError as error:
        raise ReferenceError(f"{name}: row {number}: {column}: {value!r}: {error}") from error


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _required_date(value: str) -> dt.date:
    if not value:
        raise ValueError("a date is required")
    return dt.date.fromisoformat(value)


def _share(value: str) -> float:
    share = float(value)
    if not 0 <= share <= 1:
        raise ValueError("a share is between 0 and 1")
    return share


def _flag(value: str) -> bool:
    if value not in ("True", "False"):
        raise ValueError("expected True or False")
    return value == "True"


def _sync(
    model: type[models.Model], key: Callable[[Any], Any], objects: Iterable[models.Model]
) -> LoadSummary:
    """Create what is new, update what changed, leave the rest: so a reload changes nothing."""
    fields = [f.attname for f in model._meta.concrete_fields if not f.primary_key or f.name != "id"]
    existing = {key(o): o for o in model._default_manager.all()}
    create, update = [], []
    for obj in objects:
        current = existing.get(key(obj))
        if current is None:
            create.append(obj)
            continue
        values = [f for f in fields if getattr(current, f) != getattr(obj, f)]
        if values:
            for f in fields:
                setattr(current, f, getattr(obj, f))
            update.append(current)
    model._default_manager.bulk_create(create, batch_size=1000)
    changeable = [f for f in fields if f != model._meta.pk.attname]
    if update:
        model._default_manager.bulk_update(update, changeable, batch_size=1000)
    total = len(existing) + len(create)
    return LoadSummary(str(model._meta.verbose_name_plural), len(create), len(update),
                       total - len(create) - len(update))  # fmt: skip


def load_reference(folder: Path | None = None) -> list[LoadSummary]:
    """Load councils, ICBs, council → ICB shares and GP practices from `folder`."""
    folder = folder or bundled_folder()
    councils = [
        Council(
            ons_code=_field("la_codes.csv", n, r, "la_ons_code"),
            dfe_code=_field("la_codes.csv", n, r, "dfe_la_code"),
            name=_field("la_codes.csv", n, r, "la_name"),
            kind=_field("la_codes.csv", n, r, "la_type"),
            region=_field("la_codes.csv", n, r, "region_name"),
            valid_from=_field("la_codes.csv", n, r, "ons_code_valid_from", _date),
            valid_to=_field("la_codes.csv", n, r, "ons_code_valid_to", _date),
        )
        for n, r in _rows(folder, "la_codes.csv")
    ]
    icbs = [
        ICB(
            ons_code=_field("icbs.csv", n, r, "icb_ons_code"),
            ods_code=_field("icbs.csv", n, r, "icb_ods_code"),
            name=_field("icbs.csv", n, r, "icb_name"),
            nhs_region=_field("icbs.csv", n, r, "nhs_region_name"),
            valid_from=_field("icbs.csv", n, r, "valid_from", _required_date),
            valid_to=_field("icbs.csv", n, r, "valid_to", _date),
        )
        for n, r in _rows(folder, "icbs.csv")
    ]
    known_councils = {c.ons_code for c in councils}
    known_icbs = {i.ons_code for i in icbs}
    shares = []
    for n, r in _rows(folder, "la_to_icb.csv"):
        council = _field("la_to_icb.csv", n, r, "la_ons_code")
        icb = _field("la_to_icb.csv", n, r, "icb_ons_code")
        if council not in known_councils:
            raise ReferenceError(f"la_to_icb.csv: row {n}: la_ons_code: {council!r} is no council")
        if icb not in known_icbs:
            raise ReferenceError(f"la_to_icb.csv: row {n}: icb_ons_code: {icb!r} is no ICB")
        shares.append(
            CouncilICB(
                council_id=council,
                icb_id=icb,
                share=_field("la_to_icb.csv", n, r, "share_population", _share),
                is_main=_field("la_to_icb.csv", n, r, "is_main_icb", _flag),
                valid_from=_field("la_to_icb.csv", n, r, "valid_from", _required_date),
                valid_to=_field("la_to_icb.csv", n, r, "valid_to", _date),
            )
        )
    practices = [
        GPPractice(
            code=_field("gp_practices.csv", n, r, "practice_code"),
            name=_field("gp_practices.csv", n, r, "practice_name"),
            postcode=_field("gp_practices.csv", n, r, "practice_postcode"),
            icb_ods_code=_field("gp_practices.csv", n, r, "icb_ods_code"),
            icb_ods_code_2026=_field("gp_practices.csv", n, r, "icb_ods_code_2026"),
        )
        for n, r in _rows(folder, "gp_practices.csv")
    ]
    with transaction.atomic():
        return [
            _sync(Council, lambda o: o.ons_code, councils),
            _sync(ICB, lambda o: o.ons_code, icbs),
            _sync(CouncilICB, lambda o: (o.council_id, o.icb_id, o.valid_from), shares),
            _sync(GPPractice, lambda o: o.code, practices),
        ]


def main_icb_on(council_ons_code: str, day: dt.date) -> ICB | None:
    """The ICB covering most of a council's residents on `day`, by the mapping then in force.

    ICBs merged on 1 April 2026: a day before that gets the old ICB, never its successor.
    """
    share = (
        CouncilICB.objects.select_related("icb")
        .filter(council_id=council_ons_code, is_main=True, valid_from__lte=day)
        .filter(models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=day))
        .order_by("-valid_from")
        .first()
    )
    return share.icb if share is not None else None
