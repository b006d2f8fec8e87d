"""Loading the organisations reference data and NHS trusts; the ICB of a council on a date."""

import csv
import datetime as dt
import shutil
from pathlib import Path

import polars as pl
import pytest

from incare.interop.ssda903.timelines import icb_on
from incare.services.reference import (
    ReferenceError,
    bundled_folder,
    load_providers,
    load_reference,
    main_icb_on,
)
from incare.web.organisations.models import (
    ICB,
    Council,
    CouncilICB,
    GPPractice,
    Provider,
    SubICBLocation,
)

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


def test_the_bundled_reference_data_loads_every_council_icb_and_practice() -> None:
    summaries = {s.table: s for s in load_reference()}
    assert Council.objects.count() == 167
    assert ICB.objects.count() == 51
    assert GPPractice.objects.count() == 6202
    assert CouncilICB.objects.count() == 492
    assert summaries["councils"].created == 167


def test_loading_the_same_files_again_changes_nothing() -> None:
    load_reference()
    again = load_reference()
    assert all(s.created == 0 and s.updated == 0 for s in again)


@pytest.mark.parametrize(
    ("day", "icb"),
    [
        ("2022-06-30", None),
        ("2022-07-01", "QUE"),
        ("2026-03-31", "QUE"),
        ("2026-04-01", "S1Y5D"),
    ],
    ids=["before-icbs", "first-icb-day", "day-before-merger", "merger-day"],
)
def test_the_main_icb_of_a_council_is_the_one_in_force_on_the_day(
    day: str, icb: str | None
) -> None:
    load_reference()
    # Cambridgeshire: Cambridgeshire and Peterborough ICB (QUE) merged into S1Y5D in April 2026.
    found = main_icb_on("E10000003", D(day))
    assert (found.ods_code if found else None) == icb


def test_a_bad_row_is_named_and_nothing_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "ref"
    shutil.copytree(bundled_folder(), folder)
    shares = folder / "la_to_icb.csv"
    lines = shares.read_text().splitlines()
    cells = lines[5].split(",")
    cells[6] = "1.5"  # share_population
    lines[5] = ",".join(cells)
    shares.write_text("\n".join(lines) + "\n")
    with pytest.raises(ReferenceError, match=r"la_to_icb\.csv: row 5: share_population"):
        load_reference(folder)
    assert Council.objects.count() == 0, "all or nothing"


def test_sub_icb_locations_keep_every_period_so_an_earlier_date_finds_the_earlier_icb() -> None:
    summaries = {s.table: s for s in load_reference()}
    # 136 rows: 107 locations, 29 of them with an earlier period (a merger or an ONS recode).
    assert SubICBLocation.objects.count() == summaries["sub-ICB locations"].created == 136
    periods = [
        (p.icb.ods_code, p.valid_from, p.valid_to)
        for p in SubICBLocation.objects.filter(ods_code="06H").order_by("valid_from")
    ]
    assert periods[-2][0] == "QUE"
    assert periods[-2][2] == D("2026-03-31")
    assert periods[-1] == ("S1Y5D", D("2026-04-01"), None)
    frimley = SubICBLocation.objects.get(ods_code="D4U1Y")  # closed in the 2026 mergers
    assert load_reference()[3].unchanged == 136  # a reload changes nothing
    assert (frimley.icb_id, frimley.valid_to) == ("E54000034", D("2026-03-31"))


def _edit(folder: Path, name: str, row: int, column: str, value: str) -> None:
    path = folder / name
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[row - 1][column] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("icb_ons_code", "E54000999", "row 1: icb_ons_code: 'E54000999' is no ICB"),
        (
            "icb_ods_code",
            "QUE",
            r"row 1: icb_ods_code: 'QUE' is not the ODS code of E54000050 \(QHM\)",
        ),
        ("valid_from", "1/7/2022", "row 1: valid_from: '1/7/2022'"),
        ("valid_to", "2020-01-01", "row 1: valid_to: before valid_from"),
        ("sicbl_ods_code", "", "row 1: sicbl_ods_code: '': a value is required"),
        ("sicbl_ods_code", "00N", "row 2: sicbl_ods_code: '00N' from 2022-07-01 is also on row 1"),
    ],
    ids=["unknown-icb", "icb-codes-disagree", "bad-date", "ends-before-start", "no-code", "twice"],
)
def test_a_bad_sub_icb_location_is_named_and_nothing_is_stored(
    tmp_path: Path, column: str, value: str, message: str
) -> None:
    folder = tmp_path / "ref"
    shutil.copytree(bundled_folder(), folder)
    _edit(folder, "sub_icb_locations.csv", 1, column, value)  # 00L, in QHM from 2022-07-01
    with pytest.raises(ReferenceError, match=rf"^sub_icb_locations\.csv: {message}"):
        load_reference(folder)
    assert Council.objects.count() == 0, "all or nothing"
    assert SubICBLocation.objects.count() == 0


@pytest.mark.parametrize("day", ["2023-03-31", "2023-04-01", "2026-03-31", "2026-04-01"])
def test_the_database_and_the_903_layer_agree_on_the_main_icb_of_every_council_in_force(
    day: str,
) -> None:
    load_reference()
    councils = [
        c.ons_code
        for c in Council.objects.all()
        if (c.valid_from is None or c.valid_from <= D(day))
        and (c.valid_to is None or D(day) <= c.valid_to)
    ]
    frame = pl.DataFrame({"la": councils, "day": [D(day)] * len(councils)})
    in_903 = dict(icb_on(frame.lazy(), "la", "day", "icb").select("la", "icb").collect().rows())
    in_database = {}
    for council in councils:
        icb = main_icb_on(council, D(day))
        in_database[council] = icb.ods_code if icb is not None else None
    assert in_database == in_903
    assert None not in in_database.values()


@pytest.mark.parametrize(
    ("day", "icb"),
    [("2026-03-31", "QM7"), ("2026-04-01", "S1Y5D")],
    ids=["day-before-split", "split-day"],
)
def test_a_council_whose_icb_was_split_takes_the_successor_covering_most_of_it(
    day: str, icb: str
) -> None:
    load_reference()
    # Hertfordshire: Hertfordshire and West Essex ICB (QM7) split in April 2026; Hertfordshire
    # went to Central East (S1Y5D), West Essex to Essex (D7T5G).
    found = main_icb_on("E10000015", D(day))
    assert found is not None
    assert found.ods_code == icb


def etr_row(code: str, name: str, icb: str = "QE1", close: str = "") -> list[str]:
    """A row of the ODS etr.csv layout: 27 columns, no header."""
    row = [code, name, "Y61", icb, "1 HIGH ST", "", "", "TOWN", "", "AB1 2CD", "20000401", close]
    return row + [""] * (27 - len(row))


def write_etr(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


ETR = [
    etr_row("RXL", "BLACKPOOL TEACHING HOSPITALS NHS FOUNDATION TRUST"),
    etr_row("RQF", "VELINDRE UNIVERSITY NHS TRUST", icb=""),
    etr_row("RXX", "A CLOSED NHS TRUST", close="20200331"),
]


def test_nhs_trusts_load_from_the_ods_etr_file_closed_ones_too(tmp_path: Path) -> None:
    summary = load_providers(write_etr(tmp_path / "etr.csv", ETR))
    assert (summary.table, summary.created, summary.updated) == ("providers", 3, 0)
    stored = {p.ods_code: (p.name, p.icb_ods_code) for p in Provider.objects.all()}
    assert stored == {
        "RXL": ("BLACKPOOL TEACHING HOSPITALS NHS FOUNDATION TRUST", "QE1"),
        "RQF": ("VELINDRE UNIVERSITY NHS TRUST", None),
        "RXX": ("A CLOSED NHS TRUST", "QE1"),
    }


def test_loading_the_etr_file_again_changes_nothing_and_a_renamed_trust_is_updated(
    tmp_path: Path,
) -> None:
    etr = write_etr(tmp_path / "etr.csv", ETR)
    load_providers(etr)
    again = load_providers(etr)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    renamed = [etr_row("RXL", "BLACKPOOL HOSPITALS NHS TRUST", icb="S1Y5D"), *ETR[1:]]
    changed = load_providers(write_etr(tmp_path / "etr2.csv", renamed))
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 2)
    rxl = Provider.objects.get(ods_code="RXL")
    assert (rxl.name, rxl.icb_ods_code) == ("BLACKPOOL HOSPITALS NHS TRUST", "S1Y5D")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (etr_row("RAE", ""), r"row 2: column 2 \(Name\): a value is required"),
        (etr_row("", "A TRUST"), r"row 2: column 1 \(Organisation Code\): a value is required"),
        (etr_row("r a", "A TRUST"), r"row 2: column 1 \(Organisation Code\): 'r a' is not an"),
        (etr_row("RAE", "A TRUST", icb="Q-1"), r"row 2: column 4 \(High Level Health Geography\)"),
        (etr_row("RAE", "X" * 161), r"row 2: column 2 \(Name\): longer than 160 characters"),
        (etr_row("RXL", "A TRUST"), r"row 2: column 1 \(Organisation Code\): 'RXL' is also on "),
        (["RAE", "A TRUST", "Y61"], r"row 2: 3 columns, not the ODS etr\.csv layout"),
    ],
    ids=["no-name", "no-code", "bad-code", "bad-icb", "long-name", "twice", "short-row"],
)
def test_a_bad_etr_row_is_named_and_nothing_is_stored(
    tmp_path: Path, row: list[str], message: str
) -> None:
    Provider.objects.create(ods_code="RAE", name="BRADFORD TEACHING HOSPITALS", icb_ods_code="QWO")
    etr = write_etr(tmp_path / "etr.csv", [ETR[0], row, ETR[2]])
    with pytest.raises(ReferenceError, match=rf"^etr\.csv: {message}"):
        load_providers(etr)
    assert list(Provider.objects.values_list("ods_code", "name")) == [
        ("RAE", "BRADFORD TEACHING HOSPITALS")
    ], "all or nothing"


def test_a_file_with_a_header_row_or_no_rows_is_refused(tmp_path: Path) -> None:
    header = ["Organisation Code", "Name", "National Grouping", "High Level Health Geography"]
    with pytest.raises(ReferenceError, match=r"row 1: column 1 \(Organisation Code\): 'Organ"):
        load_providers(write_etr(tmp_path / "etr.csv", [header, ETR[0]]))
    with pytest.raises(ReferenceError, match=r"^empty\.csv: no rows"):
        load_providers(write_etr(tmp_path / "empty.csv", []))
    with pytest.raises(ReferenceError, match=r"^missing\.csv: cannot be read"):
        load_providers(tmp_path / "missing.csv")
    assert Provider.objects.count() == 0
