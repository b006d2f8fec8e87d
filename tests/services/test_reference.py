"""Loading the organisations reference data; the ICB of a council on a date."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from incare.services.reference import (
    ReferenceError,
    bundled_folder,
    load_reference,
    main_icb_on,
)
from incare.web.organisations.models import ICB, Council, CouncilICB, GPPractice

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
