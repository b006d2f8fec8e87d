"""Importing a council's SSDA903 extract: facts synchronised, duties stored, all or nothing."""

import csv
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from incare.domain.duties.engine import compute_duties
from incare.domain.timeline import Timeline
from incare.interop.ssda903.load import open_extract
from incare.interop.ssda903.postcodes import bundled_sample
from incare.interop.ssda903.synth import generate
from incare.interop.ssda903.timelines import extract_to_timelines
from incare.interop.ssda903.years import CollectionYear
from incare.services import stored_duties as duty_store
from incare.services.import_903 import (
    Import903Error,
    ImportSummary,
    import_903,
)
from incare.web.children.models import Child, Episode, Review
from incare.web.duties.models import StoredDuty
from incare.web.organisations.models import Council

pytestmark = pytest.mark.django_db
LA = "E10000014"
AS_AT = dt.date(2026, 6, 1)
MODELS = (Child, Episode, Review, StoredDuty)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    generate(60, la=LA, year=2026, seed=3).write(out)
    return out


@pytest.fixture
def extract(synthetic: Path, tmp_path: Path) -> Path:
    """A copy of the synthetic extract that a test may edit: tmp/2026 and tmp/2025."""
    shutil.copytree(synthetic, tmp_path / "extract")
    return tmp_path / "extract"


@pytest.fixture(autouse=True)
def council() -> None:
    Council.objects.create(
        ons_code=LA, dfe_code="850", name="Hampshire", kind="County", region="South East"
    )


def run(folder: Path) -> ImportSummary:
    return import_903(
        folder / "2026",
        la=LA,
        previous=folder / "2025",
        as_at=AS_AT,
        postcodes=bundled_sample(),
    )


def fingerprint() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table the import writes, ids included."""
    return {m.__name__: list(m._default_manager.order_by("pk").values_list()) for m in MODELS}


def timelines(folder: Path) -> dict[str, Timeline]:
    postcodes = bundled_sample()
    opened = open_extract(
        folder / "2026",
        year=CollectionYear(2026),
        la=LA,
        previous=folder / "2025",
        postcodes=postcodes,
    )
    return {t.child.id: t for t in extract_to_timelines(opened, postcodes)}


def stored_duties(child_ref: str) -> list[tuple[Any, ...]]:
    return sorted(
        StoredDuty.objects.filter(child__child_ref=child_ref).values_list(*duty_store.DUTY_FIELDS),
        key=repr,
    )


def engine_duties(timeline: Timeline) -> list[tuple[Any, ...]]:
    return sorted((duty_store._stored(d) for d in compute_duties(timeline, AS_AT).duties), key=repr)


def test_a_synthetic_extract_imports_children_episodes_reviews_and_duties(
    extract: Path,
) -> None:
    summary = run(extract)
    assert summary.children.created == Child.objects.count() > 60  # both years' children
    assert summary.episodes.created == Episode.objects.count() > 60
    assert summary.reviews.created == Review.objects.count() > 0
    assert summary.duties_stored == StoredDuty.objects.count() > 0
    assert summary.validation_errors == 0
    assert summary.episodes_skipped == summary.reviews_skipped == 0
    found = timelines(extract)
    child = next(iter(found))
    assert stored_duties(child) == engine_duties(found[child])
    assert StoredDuty.objects.filter(settled_status__isnull=True).exists()  # open or overdue


def test_importing_the_same_files_twice_changes_nothing(extract: Path) -> None:
    first = run(extract)
    before = fingerprint()
    again = run(extract)
    assert not again.changed
    assert again.children.unchanged == first.children.created
    assert again.episodes.unchanged == first.episodes.created
    assert again.reviews.unchanged == first.reviews.created
    assert again.duties_refreshed == 0
    assert again.duties_stored == first.duties_stored
    assert fingerprint() == before


def _end_an_open_episode(folder: Path) -> tuple[str, str]:
    """Give the last open episode of this year's file an end date: (child, new end)."""
    path = folder / "2026" / "episodes.csv"
    with path.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    index = max(i for i, r in enumerate(rows) if not r["DEC"])
    start = dt.datetime.strptime(rows[index]["DECOM"], "%d/%m/%Y").date()
    end = max(start, dt.date(2025, 12, 1))
    rows[index]["DEC"] = end.strftime("%d/%m/%Y")
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return rows[index]["CHILD"], end.isoformat()


def test_a_changed_episode_updates_that_episode_and_refreshes_that_childs_duties(
    extract: Path,
) -> None:
    run(extract)
    before = fingerprint()
    child, end = _end_an_open_episode(extract)
    summary = run(extract)
    assert summary.episodes.created == summary.episodes.deleted == 0
    assert summary.episodes.updated == 1
    assert not summary.children.changed
    assert not summary.reviews.changed
    assert summary.duties_refreshed == 1
    after = fingerprint()
    changed = [row for row in after["Episode"] if row not in before["Episode"]]
    assert len(changed) == 1
    assert Episode.objects.get(pk=changed[0][0]).child.child_ref == child
    assert str(Episode.objects.get(pk=changed[0][0]).end) == end
    assert stored_duties(child) == engine_duties(timelines(extract)[child])
    child_id = Child.objects.get(child_ref=child).pk
    others = [row for row in before["StoredDuty"] if row[1] != child_id]
    assert [row for row in after["StoredDuty"] if row[1] != child_id] == others


def test_a_failing_import_leaves_the_database_exactly_as_it_was(
    extract: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(extract)
    before = fingerprint()
    child, _ = _end_an_open_episode(extract)
    failing_id = str(Child.objects.get(child_ref=child).pk)  # timelines from the database
    real = duty_store.compute_duties

    def failing(timeline: Timeline, as_at: dt.date) -> Any:
        if timeline.child.id == failing_id:
            raise RuntimeError("the engine failed")
        return real(timeline, as_at)

    # Fault injection: the engine fails on one child after the facts have been written.
    monkeypatch.setattr(duty_store, "compute_duties", failing)
    with pytest.raises(RuntimeError, match="the engine failed"):
        run(extract)
    assert fingerprint() == before


def test_an_unusable_folder_gives_one_clear_error_and_stores_nothing(tmp_path: Path) -> None:
    with pytest.raises(Import903Error, match="no CSV or XML files"):
        import_903(tmp_path, la=LA, as_at=AS_AT, postcodes=bundled_sample())
    with pytest.raises(Import903Error, match="no such file or folder"):
        import_903(tmp_path / "missing", la=LA, as_at=AS_AT, postcodes=bundled_sample())
    assert Child.objects.count() == 0


def test_an_unknown_council_is_named(extract: Path) -> None:
    with pytest.raises(Import903Error, match="'E99999999' is not a council"):
        import_903(extract / "2026", la="E99999999", as_at=AS_AT, postcodes=bundled_sample())
