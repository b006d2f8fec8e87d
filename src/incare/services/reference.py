"""Load the organisations reference data, and answer "which ICB covers this council on …".

One transaction: a load either stores every file or changes nothing, and loading the same files
again changes nothing. Bad rows give one message naming the file, row and field.

NHS trusts are not in the bundled files: `load_providers` loads NHS England ODS's `etr.csv`.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from django.db import models, transaction

from incare.web.organisations.models import (
    ICB,
    Council,
    CouncilICB,
    GPPractice,
    Provider,
    SubICBLocation,
)


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


def _required(value: str) -> str:
    if not value:
        raise ValueError("a value is required")
    return value


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


def _sub_icb_locations(folder: Path, icbs: dict[str, ICB]) -> list[SubICBLocation]:
    """The sub-ICB locations of `sub_icb_locations.csv`: one per location per period (06H is
    in QUE until 2026-03-31, in S1Y5D from 2026-04-01), all kept."""
    name = "sub_icb_locations.csv"
    seen_rows: dict[tuple[str, dt.date], int] = {}
    locations = []
    for n, r in _rows(folder, name):
        icb_ons = _field(name, n, r, "icb_ons_code")
        icb = icbs.get(icb_ons)
        if icb is None:
            raise ReferenceError(f"{name}: row {n}: icb_ons_code: {icb_ons!r} is no ICB")
        icb_ods = _field(name, n, r, "icb_ods_code")
        if icb_ods != icb.ods_code:
            raise ReferenceError(
                f"{name}: row {n}: icb_ods_code: {icb_ods!r} is not the ODS code of "
                f"{icb_ons} ({icb.ods_code})"
            )
        location = SubICBLocation(
            ods_code=_field(name, n, r, "sicbl_ods_code", _required),
            ons_code=_field(name, n, r, "sicbl_ons_code", _required),
            name=_field(name, n, r, "sicbl_name", _required),
            icb_id=icb_ons,
            valid_from=_field(name, n, r, "valid_from", _required_date),
            valid_to=_field(name, n, r, "valid_to", _date),
        )
        if location.valid_to is not None and location.valid_to < location.valid_from:
            raise ReferenceError(f"{name}: row {n}: valid_to: before valid_from")
        key = (location.ods_code, location.valid_from)
        if key in seen_rows:
            raise ReferenceError(
                f"{name}: row {n}: sicbl_ods_code: {location.ods_code!r} from "
                f"{location.valid_from} is also on row {seen_rows[key]}"
            )
        seen_rows[key] = n
        locations.append(location)
    return locations


def load_reference(folder: Path | None = None) -> list[LoadSummary]:
    """Load councils, ICBs, council → ICB shares, sub-ICB locations and GP practices."""
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
    locations = _sub_icb_locations(folder, {i.ons_code: i for i in icbs})
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
            _sync(SubICBLocation, lambda o: (o.ods_code, o.valid_from), locations),
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


ETR_CODE, ETR_NAME, ETR_ICB = 1, 2, 4
ETR_COLUMNS = {
    ETR_CODE: "Organisation Code",
    ETR_NAME: "Name",
    ETR_ICB: "High Level Health Geography",
}
PROVIDER_NAME_LENGTH = 160  # Provider.name
_ODS_CODE = re.compile(r"[A-Z0-9]{3,8}")  # Provider.ods_code: at most 8
_ICB_CODE = re.compile(r"[A-Z0-9]{3,5}")  # Qxx, or a new-style ICB code such as S1Y5D


def _etr_cell(name: str, number: int, row: list[str], column: int) -> str:
    if len(row) < ETR_ICB:
        raise ReferenceError(
            f"{name}: row {number}: {len(row)} columns, not the ODS etr.csv layout "
            f"({ETR_COLUMNS[ETR_ICB]} is column {ETR_ICB})"
        )
    value = row[column - 1].strip()
    field = f"{name}: row {number}: column {column} ({ETR_COLUMNS[column]})"
    if column != ETR_ICB and not value:
        raise ReferenceError(f"{field}: a value is required")
    pattern = {ETR_CODE: _ODS_CODE, ETR_ICB: _ICB_CODE}.get(column)
    if pattern is not None and value and not pattern.fullmatch(value):
        raise ReferenceError(f"{field}: {value!r} is not an ODS code")
    if column == ETR_NAME and len(value) > PROVIDER_NAME_LENGTH:
        raise ReferenceError(f"{field}: longer than {PROVIDER_NAME_LENGTH} characters")
    return value


def load_providers(path: Path) -> LoadSummary:
    """Load the NHS trusts of an ODS `etr.csv` into the providers: code, name and ICB.

    `etr.csv` (NHS trusts, published by NHS England's Organisation Data Service) has no header
    row and 27 columns: 1 Organisation Code, 2 Name, 3 National Grouping, 4 High Level Health
    Geography (the ICB, `Qxx`), 5-9 Address Lines 1-5, 10 Postcode, 11 Open Date, 12 Close Date
    (YYYYMMDD), then administrative or unused ones (18 Contact Telephone Number, 22 Amended
    Record Indicator, 24 GOR Code). Sources: the ODS reference data catalogue, "NHS Trusts and
    NHS Trust Sites",
    https://www.odsdatasearchandexport.nhs.uk/referenceDataCatalogue/NHS-Trusts-and-NHS-Trust-Sites_565791609.html;
    the etr field list of github.com/datagovuk/health-schemas (`etr.json`); the 27 column names
    from ODS's `etr.pdf` as read by github.com/ebmdatalab/open-nhs-hospital-use-data
    (`scripts/get_data.R`).

    Every row is kept, closed trusts too (a child's past referral may name one), and nothing but
    the code, the name and the ICB (column 4; blank: none) is stored. All or nothing in one
    transaction; loading the same file again changes nothing; providers the file does not name
    (a community provider's team entered by hand) are left as they are.
    """
    name = path.name
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = [(n, row) for n, row in enumerate(csv.reader(handle), start=1) if row]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ReferenceError(f"{name}: cannot be read: {error}") from error
    if not rows:
        raise ReferenceError(f"{name}: no rows: not the ODS etr.csv file of NHS trusts")
    providers: dict[str, tuple[int, Provider]] = {}
    for n, row in rows:
        code = _etr_cell(name, n, row, ETR_CODE)
        if code in providers:
            raise ReferenceError(
                f"{name}: row {n}: column {ETR_CODE} ({ETR_COLUMNS[ETR_CODE]}): {code!r} is also "
                f"on row {providers[code][0]}"
            )
        provider = Provider(
            ods_code=code,
            name=_etr_cell(name, n, row, ETR_NAME),
            icb_ods_code=_etr_cell(name, n, row, ETR_ICB) or None,
        )
        providers[code] = (n, provider)
    with transaction.atomic():
        return _sync(Provider, lambda o: o.ods_code, [p for _, p in providers.values()])


def icb_names(ods_codes: Iterable[str] | None = None) -> dict[str, str]:
    """ICB names by ODS code (all, or those of `ods_codes`). A code reused by a merger (QRL in
    2026) names its newest ICB: the one a reader today knows by that code."""
    rows = ICB.objects.order_by("valid_from")
    if ods_codes is not None:
        rows = rows.filter(ods_code__in=set(ods_codes))
    return dict(rows.values_list("ods_code", "name"))  # later rows overwrite earlier ones
