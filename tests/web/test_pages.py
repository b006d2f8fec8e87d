"""What the pages show: the record, the worklist's filters, counts and exports, the audit
trail of one's own organisation, and the panel's suppressed counts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import polars as pl
import pytest

from incare.services import audit
from incare.services.worklist import _cell
from incare.web.audit.models import AuditEvent
from incare.web.children.models import Child
from incare.web.duties.models import StoredDuty
from tests.web.personas import TODAY, World

pytestmark = pytest.mark.django_db


def test_the_record_shows_identity_icbs_placements_duties_and_timeline(world: World) -> None:
    child = world.children["a2"]
    page = world.client("coordinator").get(f"/children/{child.pk}/").content.decode()
    assert "943 476 5919" in page  # the NHS number, grouped 3-3-4
    assert "Not valid" not in page
    assert "NHS Nottingham and Nottinghamshire Integrated Care Board" in page  # originating
    assert "NHS Derby and Derbyshire Integrated Care Board" in page  # host
    assert "Out of area" in page
    assert "Initial health assessment" in page
    assert "Episode began: legal status C2" in page
    event = AuditEvent.objects.get(action="view", child=child)
    assert (event.role, event.organisation, event.what) == (
        "health_coordinator",
        "E10000024",
        "child record",
    )


def test_an_nhs_number_that_fails_its_check_digit_is_flagged_on_the_record(world: World) -> None:
    child = world.children["a1"]
    Child.objects.filter(pk=child.pk).update(nhs_number="9434765918")
    page = world.client("coordinator").get(f"/children/{child.pk}/").content.decode()
    assert "Not valid" in page


def test_my_work_shows_overdue_first_then_due_soon_and_counts_them(world: World) -> None:
    client = world.client("coordinator")
    page = client.get("/").content.decode()
    overdue = StoredDuty.objects.filter(
        child__council_id="E10000024", settled_status__isnull=True, due__lt=TODAY
    ).count()
    assert f'<dd class="govuk-summary-list__value">{overdue}</dd>' in page
    results = page[page.index('<div id="results">') :]
    tags = re.findall(r"govuk-tag--(red|orange|blue|green)", results)
    assert "red" in tags
    assert set(tags) <= {"red", "orange"}  # my work: overdue and due soon only
    assert tags == sorted(tags, key=lambda tag: tag != "red")  # overdue first


@pytest.mark.parametrize(
    ("params", "shown", "hidden"),
    [
        ({"team": "north"}, {"a1"}, {"a2"}),
        ({"area": "out"}, {"a2"}, {"a1"}),
        ({"area": "in"}, {"a1"}, {"a2"}),
        ({"q": "a2"}, {"a2"}, {"a1"}),
        ({"q": "943 476 5919"}, {"a1", "a2"}, set()),
        ({"icb": "QJ2"}, {"a2"}, {"a1"}),
    ],
    ids=["team", "out-of-area", "in-area", "reference", "nhs-number", "host-icb"],
)
def test_worklist_filters_narrow_the_list(
    world: World, params: dict[str, str], shown: set[str], hidden: set[str]
) -> None:
    from incare.web.organisations.models import Team

    if params.get("team") == "north":
        params = {"team": str(Team.objects.get(name="North").pk)}
    page = world.client("coordinator").get("/", {"status": "all", **params}).content.decode()
    for ref in shown:
        assert f"/children/{world.children[ref].pk}/" in page, ref
    for ref in hidden:
        assert f"/children/{world.children[ref].pk}/" not in page, ref


def test_the_xlsx_export_opens_as_a_spreadsheet_with_the_same_rows_as_the_csv(
    world: World,
) -> None:
    client = world.client("coordinator")
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/worklist.csv", {"status": "all"}).content.decode("utf-8-sig"))
        )
    )
    sheet = pl.read_excel(io.BytesIO(client.get("/worklist.xlsx", {"status": "all"}).content))
    assert sheet.height == len(rows) > 0
    assert set(sheet["child"].cast(pl.String)) == {r["child"] for r in rows}
    assert AuditEvent.objects.filter(action="export").count() == 2


def test_an_unknown_export_format_is_not_found(world: World) -> None:
    assert world.client("coordinator").get("/worklist.pdf").status_code == 404


@pytest.mark.parametrize("text", ["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)"])
def test_export_cells_a_spreadsheet_would_run_as_formulas_are_neutralised(text: str) -> None:
    assert _cell(text) == "'" + text


def test_an_organisation_searches_only_its_own_audit_trail(world: World) -> None:
    at = dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)
    nurse_icb = world.users["nurse"].memberships.get().organisation_code
    for organisation, what in (("E10000024", "council A view"), (nurse_icb, "ICB view")):
        audit.record(
            now=at, actor=None, role="x", organisation=organisation, action="view", what=what
        )
    admin = world.client("council_admin").get("/audit/").content.decode()
    assert "council A view" in admin
    assert "ICB view" not in admin
    nurse = world.client("nurse").get("/audit/").content.decode()
    assert "ICB view" in nurse
    assert "council A view" not in nurse
    filtered = world.client("council_admin").get("/audit/", {"action": "export"}).content
    assert b"council A view" not in filtered


def test_the_panel_report_suppresses_small_numbers(world: World) -> None:
    page = world.client("panel").get("/panel/").content.decode()
    assert "fewer than 5" in page  # two children in care in council A
    assert "A1 Test" not in page
