"""The health assessment journey (issue 5 §3) and the missed-appointment escalation ladder (§4),
through the pages: request → book → outcome → completed → report, the IHA duty's status at
each step, each escalation step in the worklist of the persona it is addressed to, and what
each persona may not do.

Today moves with `settings.INCARE_TODAY`; a late step raises the next one when the ladders are
recomputed (`refresh_open_ladders`, run daily) or at the child's next change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client
from typer.testing import CliRunner

from incare.domain.escalation import REFUSAL_ALTERNATIVES
from incare.services import assessments, stored_duties
from incare.web.audit.models import AuditEvent
from incare.web.care.models import Appointment, AssessmentRequest, EscalationAction, EscalationTask
from incare.web.children.models import Child, Referral
from incare.web.duties.models import StoredDuty
from incare.web.organisations.models import ICB, Provider
from incare.web.people.models import Membership, Role
from tests.web.personas import World, signed_in

pytestmark = pytest.mark.django_db

D = dt.date
# The journey runs in September 2026: a1 entered care on 1 September, its IHA is due on the 29th.
REQUESTED = D(2026, 9, 2)
IHA_DUE = D(2026, 9, 29)
STEP_HEADING = b"Escalations addressed to you"


class Journey:
    """One child's IHA through the pages, with today moved by `settings.INCARE_TODAY`."""

    def __init__(self, world: World, settings: Any, child: str = "a1") -> None:
        self.world = world
        self.settings = settings
        self.child = world.children[child]
        self.clients: dict[str, Client] = {}

    def client(self, persona: str) -> Client:
        if persona not in self.clients:
            self.clients[persona] = self.world.client(persona)
        return self.clients[persona]

    def on(self, day: dt.date) -> None:
        self.settings.INCARE_TODAY = day

    def version(self) -> int:
        return Child.objects.get(pk=self.child.pk).version

    def post(self, persona: str, url: str, **data: str) -> Any:
        data.setdefault("version", str(self.version()))
        return self.client(persona).post(url, data)

    def request(self, kind: str = "IHA", on: dt.date = REQUESTED, **data: str) -> Any:
        data = {"kind": kind, "provider_ods": "", "requested_on": on.isoformat()} | data
        return self.post("social_worker", f"/children/{self.child.pk}/assessments/request/", **data)

    def latest(self) -> AssessmentRequest:
        return AssessmentRequest.objects.filter(child=self.child).latest("pk")

    def book(self, day: dt.date, persona: str = "provider") -> Any:
        return self.post(persona, f"/assessments/{self.latest().pk}/book/", date=day.isoformat())

    def outcome(self, outcome: str, views: str = "", persona: str = "provider") -> Any:
        request = self.latest()
        booked = request.appointments.get(outcome="")
        url = f"/assessments/{request.pk}/appointments/{booked.pk}/outcome/"
        return self.post(persona, url, outcome=outcome, young_persons_views=views)

    def miss(self, day: dt.date, outcome: str = "was_not_brought") -> None:
        """Book an appointment for `day`, move today to it, and record a miss."""
        assert self.book(day).status_code == 302
        self.on(day)
        assert self.outcome(outcome).status_code == 302

    def complete(self, day: dt.date, role: str = "doctor", name: str = "Dr Ada Jones") -> Any:
        return self.post(
            "provider", f"/assessments/{self.latest().pk}/complete/",
            completed_on=day.isoformat(), clinician_name=name, clinician_role=role,
        )  # fmt: skip

    def close(self, persona: str, role: str, day: dt.date, action: str = "Told them") -> Any:
        url = f"/assessments/{self.latest().pk}/escalations/{role}/close/"
        return self.post(persona, url, action=action, closed_on=day.isoformat())

    def my_work(self, persona: str) -> bytes:
        response = self.client(persona).get("/")
        assert response.status_code == 200
        return bytes(response.content)

    def iha(self) -> Any:  # a StoredDuty with its `status`
        today = self.settings.INCARE_TODAY
        duties = StoredDuty.objects.filter(child=self.child, code="IHA")
        return stored_duties.with_status(duties, today).get()

    def tasks(self) -> dict[str, EscalationTask]:
        return {t.addressed_to: t for t in EscalationTask.objects.filter(child=self.child)}


@pytest.fixture
def journey(world: World, settings: Any) -> Journey:
    return Journey(world, settings)


def _tasks_table(page: bytes) -> bytes:
    """The "Escalations addressed to you" table of a My work page."""
    return page.split(b'id="escalation-tasks"', 1)[1].split(b"</table>", 1)[0]


def _sees_step(page: bytes, label: bytes) -> bool:
    return STEP_HEADING in page and label in _tasks_table(page)


# -- The whole journey ------------------------------------------------------------------------


def test_an_iha_goes_from_request_through_three_misses_to_a_doctors_assessment_and_the_report(
    journey: Journey,
) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    assert j.iha().status == "open"
    response = j.request()
    assert response.status_code == 302
    request = j.latest()
    assert response["Location"] == f"/assessments/{request.pk}/"
    assert (request.kind, request.provider_id, request.requested_on) == (
        "IHA",
        "RHA",
        D(2026, 9, 2),
    )
    assert j.iha().status == "open"
    assert j.tasks() == {}

    # First miss (WNB): step 1 to the carer and social worker, due the next working day.
    j.miss(D(2026, 9, 7))
    tasks = j.tasks()
    assert set(tasks) == {"carer_and_social_worker"}
    assert (tasks["carer_and_social_worker"].raised, tasks["carer_and_social_worker"].due) == (
        D(2026, 9, 7), D(2026, 9, 8),
    )  # fmt: skip
    assert _sees_step(j.my_work("social_worker"), b"Step 1: tell the carer and the social worker")
    assert STEP_HEADING not in j.my_work("team_manager")
    assert j.iha().status == "open"

    # The social worker records what they did: the step leaves their list, the action is kept.
    close_page = j.client("social_worker").get(
        f"/assessments/{request.pk}/escalations/carer_and_social_worker/close/"
    )
    assert close_page.status_code == 200
    assert b"first missed appointment: was not brought (WNB) on 2026-09-07" in close_page.content
    response = j.close("social_worker", "carer_and_social_worker", D(2026, 9, 7),
                       action="Phoned the foster carer; rebooked for 10 September")  # fmt: skip
    assert response.status_code == 302
    assert response["Location"] == "/"
    action = EscalationAction.objects.get(request=request, addressed_to="carer_and_social_worker")
    assert (action.closed_on, action.action, action.closed_by.username) == (
        D(2026, 9, 7), "Phoned the foster carer; rebooked for 10 September", "social_worker",
    )  # fmt: skip
    assert STEP_HEADING not in j.my_work("social_worker")
    assert j.tasks()["carer_and_social_worker"].closed == D(2026, 9, 7)

    # Second miss (a DNA counts too): step 2 to the team manager of team North.
    j.miss(D(2026, 9, 10), "did_not_attend")
    assert set(j.tasks()) == {"carer_and_social_worker", "team_manager"}
    page = j.my_work("team_manager")
    assert _sees_step(page, b"Step 2: the team manager informed in writing")
    assert b"second missed appointment: did not attend (DNA) on 2026-09-10" in page
    assert STEP_HEADING not in j.my_work("social_worker")
    assert j.close("team_manager", "team_manager", D(2026, 9, 10)).status_code == 302

    # Third miss: step 3 to the IRO.
    j.miss(D(2026, 9, 15))
    page = j.my_work("iro")
    assert _sees_step(page, b"Step 3: the independent reviewing officer informed")
    assert b"third missed appointment: was not brought (WNB) on 2026-09-15" in page
    assert j.close("iro", "iro", D(2026, 9, 15)).status_code == 302

    # Unresolved 10 working days after the first miss (by 21 September): the named nurse at
    # the provider from the 22nd, once the ladders are recomputed (daily).
    j.on(D(2026, 9, 21))
    assessments.refresh_open_ladders(D(2026, 9, 21))
    assert "named_nurse" not in j.tasks()
    j.on(D(2026, 9, 22))
    assert assessments.refresh_open_ladders(D(2026, 9, 22)) == 1
    named = j.tasks()["named_nurse"]
    assert (named.raised, named.due, named.panel_exception) == (D(2026, 9, 22), IHA_DUE, True)
    assert _sees_step(j.my_work("provider"), b"Step 4: the named nurse at the provider")
    assert STEP_HEADING not in j.my_work("nurse")
    assert j.iha().status == "due_soon"

    # The named nurse acts: then the designated nurse of the originating ICB (X) is told.
    j.on(D(2026, 9, 23))
    assert j.close("provider", "named_nurse", D(2026, 9, 23)).status_code == 302
    designated = j.tasks()["designated_nurse"]
    assert designated.raised == D(2026, 9, 23)
    assert _sees_step(j.my_work("nurse"), b"Step 4: the designated nurse at the originating ICB")
    assert STEP_HEADING not in j.my_work("provider")

    # Attended, and completed by a doctor: the IHA duty is met on time.
    j.book(D(2026, 9, 24))
    j.on(D(2026, 9, 24))
    assert j.outcome("attended").status_code == 302
    assert j.iha().status == "due_soon"
    assert j.complete(D(2026, 9, 24)).status_code == 302
    request.refresh_from_db()
    assert (request.completed_on, request.clinician_name, request.clinician_role) == (
        D(2026, 9, 24), "Dr Ada Jones", "doctor",
    )  # fmt: skip
    iha = j.iha()
    assert (iha.status, iha.met) == ("met", D(2026, 9, 24))
    # The designated nurse's step stays until closed; no step is raised after the attendance.
    assert set(j.tasks()) == {
        "carer_and_social_worker", "team_manager", "iro", "named_nurse", "designated_nurse",
    }  # fmt: skip
    j.on(D(2026, 9, 25))
    assert j.close("nurse", "designated_nurse", D(2026, 9, 25)).status_code == 302
    assert STEP_HEADING not in j.my_work("nurse")

    # The council receives the report, quality-assures it and updates the health plan.
    j.on(D(2026, 9, 28))
    response = j.post(
        "coordinator", f"/assessments/{request.pk}/report/", received_on="2026-09-25",
        quality_assured_on="2026-09-28", health_plan_updated_on="2026-09-28",
    )  # fmt: skip
    assert response.status_code == 302
    request.refresh_from_db()
    assert (
        request.report_received_on,
        request.quality_assured_on,
        request.health_plan_updated_on,
    ) == (D(2026, 9, 25), D(2026, 9, 28), D(2026, 9, 28))
    assert j.iha().status == "met"
    assert not assessments.visible_requests(
        Membership.objects.get(user__username="provider"), D(2026, 9, 28)
    ).filter(completed_on__isnull=True)
    detail = j.client("coordinator").get(f"/assessments/{request.pk}/").content
    assert b"Health plan updated" in detail
    assert b"Dr Ada Jones" in detail


def test_the_childs_record_shows_each_step_with_its_date_and_the_open_escalation_steps(
    journey: Journey,
) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.miss(D(2026, 9, 7))
    page = j.client("social_worker").get(f"/children/{j.child.pk}/").content
    assert b"Health assessments" in page
    assert b"requested 2 September 2026" in page
    assert b"7 September 2026: Was not brought (WNB)" in page
    assert b"Step 1: tell the carer and the social worker" in page
    assert b"Record action" in page  # the step is addressed to the social worker
    assert b"Request a health assessment" in page
    page = j.client("team_manager").get(f"/children/{j.child.pk}/").content
    assert b"Step 1: tell the carer and the social worker" in page
    assert b"Record action" not in page  # not theirs to close
    provider_page = j.client("provider").get(f"/children/{j.child.pk}/").content
    assert b"Book, record the outcome or the completed assessment" in provider_page


def test_the_providers_list_shows_the_requests_referred_to_it_and_what_to_do_next(
    journey: Journey,
) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    assert b'href="/assessments/"' in j.my_work("provider")
    assert b'href="/assessments/"' not in j.my_work("social_worker")
    page = j.client("provider").get("/assessments/")
    assert page.status_code == 200
    assert b"A1 Test" in page.content
    assert b"Book an appointment" in page.content
    j.book(D(2026, 9, 7))
    assert b"Record the outcome" in j.client("provider").get("/assessments/").content
    detail = j.client("provider").get(f"/assessments/{j.latest().pk}/").content
    assert b"The outcome can be recorded on or after 7 September 2026" in detail


# -- The ladder ------------------------------------------------------------------------------


def test_a_step_not_closed_by_its_due_date_is_overdue_and_raises_the_next_step(
    journey: Journey,
) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.miss(D(2026, 9, 7))
    j.on(D(2026, 9, 9))  # step 1 was due on the 8th
    page = j.my_work("social_worker")
    table = _tasks_table(page)
    assert b"govuk-tag--red" in table
    assert b"Overdue" in table
    assert STEP_HEADING not in j.my_work("team_manager")  # raised when the ladders are recomputed
    assert assessments.refresh_open_ladders(D(2026, 9, 9)) == 1
    step2 = j.tasks()["team_manager"]
    assert step2.raised == D(2026, 9, 9)
    assert step2.reason == "step 1 (carer_and_social_worker) was not closed by 2026-09-08"
    assert _sees_step(j.my_work("team_manager"), b"was not closed by 2026-09-08")
    # Closed late, it stays closed late; the step it raised stays.
    assert j.close("social_worker", "carer_and_social_worker", D(2026, 9, 9)).status_code == 302
    assert j.tasks()["carer_and_social_worker"].closed == D(2026, 9, 9)
    assert "team_manager" in j.tasks()


def test_the_next_change_to_the_child_also_raises_a_late_steps_next_step(
    journey: Journey,
) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.miss(D(2026, 9, 7))
    assert j.book(D(2026, 9, 14)).status_code == 302  # a change on the 7th
    j.on(D(2026, 9, 9))  # step 1 was due on the 8th
    assert j.outcome("cancelled_by_provider").status_code == 400  # refused: changes nothing
    assert "team_manager" not in j.tasks()
    assert j.close("social_worker", "carer_and_social_worker", D(2026, 9, 9)).status_code == 302
    assert j.tasks()["team_manager"].raised == D(2026, 9, 9)


def test_an_appointment_the_provider_cancelled_is_not_a_miss(journey: Journey) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.miss(D(2026, 9, 7), "cancelled_by_provider")
    assert j.tasks() == {}
    j.miss(D(2026, 9, 8), "did_not_attend")
    step1 = j.tasks()["carer_and_social_worker"]
    assert step1.reason == "first missed appointment: did not attend (DNA) on 2026-09-08"


def test_a_refusal_records_the_views_offers_the_alternatives_and_escalates_nothing(
    journey: Journey,
) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.book(D(2026, 9, 7))
    j.on(D(2026, 9, 7))
    version = j.version()
    response = j.outcome("refused")
    assert response.status_code == 400
    assert b"Enter the young person&#x27;s views" in response.content
    assert j.latest().appointments.get().outcome == ""
    assert j.version() == version
    response = j.outcome("refused", views="I had a check-up with my own GP last month.")
    assert response.status_code == 302
    appointment = j.latest().appointments.get()
    assert (appointment.outcome, appointment.young_persons_views) == (
        "refused", "I had a check-up with my own GP last month.",
    )  # fmt: skip
    assert j.tasks() == {}
    iha = j.iha()
    assert (iha.status, iha.met) == ("refused", D(2026, 9, 7))
    page = j.client("provider").get(f"/assessments/{j.latest().pk}/").content.decode()
    assert "I had a check-up with my own GP last month." in page
    for alternative in REFUSAL_ALTERNATIVES:
        assert alternative.replace("'", "&#x27;") in page
    assert 'id="book"' not in page  # no more bookings
    # Later days raise nothing either.
    j.on(D(2026, 10, 30))
    assert assessments.refresh_open_ladders(D(2026, 10, 30)) == 0
    assert j.tasks() == {}


# -- Duties ------------------------------------------------------------------------------------


def test_an_overdue_iha_is_met_late_by_the_completed_assessment(journey: Journey) -> None:
    j = journey  # today: 23 November 2026, the IHA was due on 29 September
    assert j.iha().status == "overdue"
    assert j.request(on=D(2026, 11, 20)).status_code == 302
    assert j.iha().status == "overdue"
    j.book(D(2026, 11, 23))
    assert j.outcome("attended").status_code == 302
    assert j.complete(D(2026, 11, 23)).status_code == 302
    iha = j.iha()
    assert (iha.status, iha.met) == ("met_late", D(2026, 11, 23))


def test_an_iha_completed_by_a_nurse_is_refused_with_the_regulation(journey: Journey) -> None:
    j = journey
    j.request(on=D(2026, 11, 20))
    j.book(D(2026, 11, 23))
    j.outcome("attended")
    version = j.version()
    response = j.complete(D(2026, 11, 23), role="nurse", name="Nurse Kim")
    assert response.status_code == 400
    text = response.content.decode()
    assert "There is a problem" in text
    assert "registered medical practitioner" in text
    assert "regulation 7(1) and Schedule 1" in text
    assert 'value="Nurse Kim"' in text  # the input is kept
    assert j.latest().completed_on is None
    assert j.version() == version
    assert j.iha().status == "overdue"


def test_an_rha_may_be_completed_by_a_nurse(journey: Journey) -> None:
    j = journey
    assert j.request(kind="RHA", on=D(2026, 11, 20)).status_code == 302
    j.book(D(2026, 11, 23))
    j.outcome("attended")
    assert j.complete(D(2026, 11, 23), role="nurse", name="Nurse Kim").status_code == 302
    assert j.latest().clinician_role == "nurse"


# -- Requests ----------------------------------------------------------------------------------


def test_the_default_provider_is_the_host_areas_when_placed_out_of_area(world: World) -> None:
    a1, a2 = world.children["a1"], world.children["a2"]
    assert (a1.out_of_area, a1.originating_icb) == (False, "QT1")
    assert (a2.out_of_area, a2.host_icb, a2.originating_icb) == (True, "QJ2", "QT1")
    assert assessments.default_provider(a1) == Provider.objects.get(pk="RHA")
    assert assessments.default_provider(a2) is None  # no provider of the host area is known
    host = Provider.objects.create(ods_code="RY8", name="Provider Q", icb_ods_code="QJ2")
    assert assessments.default_provider(a2) == host


def test_a_request_refers_the_child_to_the_provider_so_its_team_reaches_the_child(
    world: World,
) -> None:
    Provider.objects.create(ods_code="RY8", name="Provider Q", icb_ods_code="QJ2")
    team = signed_in(_provider_user("q_team", "RY8"))
    a2 = world.children["a2"]
    assert team.get(f"/children/{a2.pk}/").status_code == 404
    coordinator = world.client("coordinator")  # reaches every child of council A
    form = coordinator.get(f"/children/{a2.pk}/assessments/")
    assert form.status_code == 200
    assert b'<option value="RY8" selected>' in form.content
    response = coordinator.post(
        f"/children/{a2.pk}/assessments/request/",
        {"kind": "RHA", "provider_ods": "", "requested_on": "2026-11-23", "version": a2.version},
    )
    assert response.status_code == 302
    assert AssessmentRequest.objects.get(child=a2).provider_id == "RY8"
    assert Referral.objects.filter(child=a2, provider_id="RY8", start=D(2026, 11, 23)).exists()
    assert team.get(f"/children/{a2.pk}/").status_code == 200
    assert b"A2 Test" in team.get("/assessments/").content


def test_one_open_request_of_each_kind_at_a_time(journey: Journey) -> None:
    j = journey
    assert j.request(on=D(2026, 11, 20)).status_code == 302
    response = j.request(on=D(2026, 11, 23))
    assert response.status_code == 400
    assert b"An IHA was already requested from Provider P on 20 November 2026" in response.content
    assert AssessmentRequest.objects.filter(child=j.child).count() == 1
    assert j.request(kind="RHA", on=D(2026, 11, 23)).status_code == 302


def test_a_form_opened_before_someone_elses_save_is_refused_and_keeps_the_input(
    journey: Journey,
) -> None:
    j = journey
    old = j.version()
    j.request(on=D(2026, 11, 20))
    response = j.post("provider", f"/assessments/{j.latest().pk}/book/", date="2026-11-30",
                      version=str(old))  # fmt: skip
    assert response.status_code == 409
    assert b"Someone else saved this child" in response.content
    assert b'value="2026-11-30"' in response.content
    assert f'name="version" value="{j.version()}"'.encode() in response.content
    assert not Appointment.objects.exists()


# -- Bad input changes nothing -----------------------------------------------------------------


def _nothing_changed(j: Journey, before: tuple[Any, ...]) -> bool:
    return _snapshot(j) == before


def _snapshot(j: Journey) -> tuple[Any, ...]:
    return (
        j.version(),
        list(AssessmentRequest.objects.values()),
        list(Appointment.objects.values()),
        list(EscalationAction.objects.values()),
        Referral.objects.count(),
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"requested_on": "2026-11-24"}, "must be today or in the past"),
        ({"requested_on": "2026-02-30"}, "must be a real date"),
        ({"requested_on": ""}, "Enter the date the assessment was requested"),
        ({"requested_on": "2026-08-31"}, "was not in care on 31 August 2026"),
        ({"kind": "XYZ"}, "Select whether this is an initial or a review health assessment"),
        ({"provider_ods": "NOPE"}, "Select a provider from the list"),
    ],
    ids=["future", "impossible", "missing", "before-care", "kind", "provider"],
)
def test_a_bad_request_is_refused_and_changes_nothing(
    journey: Journey, data: dict[str, str], message: str
) -> None:
    before = _snapshot(journey)
    fields = {"kind": "IHA", "provider_ods": "", "requested_on": "2026-09-02"} | data
    url = f"/children/{journey.child.pk}/assessments/request/"
    response = journey.post("social_worker", url, **fields)
    assert response.status_code == 400
    assert b"There is a problem" in response.content
    assert message.encode() in response.content
    assert _nothing_changed(journey, before)


def test_bad_dates_in_each_step_are_refused_and_change_nothing(journey: Journey) -> None:
    j = journey
    j.request(on=D(2026, 11, 20))
    request = j.latest()

    def refused(response: Any, message: str) -> None:
        assert response.status_code == 400, response.content
        assert message.encode() in response.content

    before = _snapshot(j)
    refused(j.book(D(2026, 11, 19)), "cannot be before the request (20 November 2026)")
    refused(j.post("provider", f"/assessments/{request.pk}/book/", date="2026-13-01"),
            "The appointment date must be a real date")  # fmt: skip
    refused(j.book(D(2028, 1, 1)), "within a year")
    assert _nothing_changed(j, before)

    j.book(D(2026, 11, 30))  # a booking may be in the future ...
    before = _snapshot(j)
    refused(j.outcome("attended"), "record its outcome on or after that day")  # ... its outcome not
    refused(j.book(D(2026, 12, 1)), "Record the outcome of the appointment on 30 November 2026")
    refused(j.complete(D(2026, 11, 23)), "Record the appointment the child attended first")
    assert _nothing_changed(j, before)

    j.on(D(2026, 11, 30))
    j.outcome("attended")
    before = _snapshot(j)
    refused(j.complete(D(2026, 12, 1)), "must be today or in the past")
    refused(j.complete(D(2026, 11, 27)), "cannot be before the appointment attended")
    refused(j.complete(D(2026, 11, 30), name=" "), "Enter the name of the clinician")
    refused(
        j.post("coordinator", f"/assessments/{request.pk}/report/", received_on="2026-11-30"),
        "The assessment is not completed yet",
    )
    assert _nothing_changed(j, before)

    j.complete(D(2026, 11, 30))
    before = _snapshot(j)
    report = f"/assessments/{request.pk}/report/"
    refused(j.post("coordinator", report, received_on="2026-11-29"),
            "cannot be before the assessment (30 November 2026)")  # fmt: skip
    refused(j.post("coordinator", report, received_on="2026-11-30",
                   quality_assured_on="2026-12-01"), "must be today or in the past")  # fmt: skip
    refused(j.post("coordinator", report, received_on=""), "Enter the date the report was received")
    assert _nothing_changed(j, before)


def test_closing_a_step_needs_the_action_and_a_date_from_the_step_on(journey: Journey) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.miss(D(2026, 9, 7))
    before = _snapshot(j)
    response = j.close("social_worker", "carer_and_social_worker", D(2026, 9, 7), action="  ")
    assert response.status_code == 400
    assert b"Enter the action you took" in response.content
    response = j.close("social_worker", "carer_and_social_worker", D(2026, 9, 4))
    assert response.status_code == 400
    assert b"cannot be before the step was raised (7 September 2026)" in response.content
    response = j.close("social_worker", "carer_and_social_worker", D(2026, 9, 8))
    assert b"must be today or in the past" in response.content
    assert _nothing_changed(j, before)
    assert _sees_step(j.my_work("social_worker"), b"Step 1")
    # Closed once: a second close finds no open step.
    assert j.close("social_worker", "carer_and_social_worker", D(2026, 9, 7)).status_code == 302
    assert j.close("social_worker", "carer_and_social_worker", D(2026, 9, 7)).status_code == 404


# -- Who may do what ---------------------------------------------------------------------------


def _provider_user(name: str, ods: str) -> Any:
    from django.contrib.auth.models import User

    user = User.objects.create_user(name, password="a long test password")
    Membership.objects.create(user=user, role=Role.PROVIDER_LAC_TEAM, provider_id=ods)
    return user


def test_another_provider_cannot_see_or_act_on_a_request_it_was_not_sent(
    journey: Journey,
) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.book(D(2026, 9, 7))
    request = j.latest()
    Provider.objects.create(ods_code="RY8", name="Provider Q", icb_ods_code="QJ2")
    Referral.objects.create(child=j.child, provider_id="RY8", start=D(2026, 9, 1))
    other = signed_in(_provider_user("q_team", "RY8"))
    assert other.get(f"/children/{j.child.pk}/").status_code == 200  # the child is referred
    assert other.get(f"/assessments/{request.pk}/").status_code == 404
    assert b"A1 Test" not in other.get("/assessments/").content
    booked = request.appointments.get()
    j.on(D(2026, 9, 7))
    version = str(j.version())
    urls = {
        f"/assessments/{request.pk}/book/": {"date": "2026-09-08"},
        f"/assessments/{request.pk}/appointments/{booked.pk}/outcome/": {"outcome": "attended"},
        f"/assessments/{request.pk}/complete/": {"completed_on": "2026-09-07"},
    }
    before = _snapshot(j)
    for url, data in urls.items():
        assert other.post(url, data | {"version": version}).status_code == 404, url
    assert _nothing_changed(j, before)


@pytest.mark.parametrize("persona", ["gp", "panel", "council_admin"])
def test_roles_that_never_record_assessments_are_refused_with_403(
    journey: Journey, persona: str
) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.miss(D(2026, 9, 7))
    request = j.latest()
    client = j.client(persona)
    pk = j.child.pk
    assert client.get("/assessments/").status_code == 403
    assert client.get(f"/children/{pk}/assessments/").status_code == 403
    assert client.get(f"/assessments/{request.pk}/").status_code == 403
    before = _snapshot(j)
    for url in (
        f"/children/{pk}/assessments/request/",
        f"/assessments/{request.pk}/book/",
        f"/assessments/{request.pk}/complete/",
        f"/assessments/{request.pk}/report/",
        f"/assessments/{request.pk}/escalations/carer_and_social_worker/close/",
    ):
        assert client.post(url, {"version": j.version()}).status_code == 403, url
    assert (
        client.get(
            f"/assessments/{request.pk}/escalations/carer_and_social_worker/close/"
        ).status_code
        == 403
    )
    assert _nothing_changed(j, before)


def test_each_council_role_does_only_its_own_part(journey: Journey) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    request_url = f"/children/{j.child.pk}/assessments/request/"
    data = {"kind": "IHA", "requested_on": "2026-09-02"}
    assert j.post("provider", request_url, **data).status_code == 403  # a council's request
    assert j.post("iro", request_url, **data).status_code == 403
    j.request()
    request = j.latest()
    assert j.book(D(2026, 9, 7), persona="social_worker").status_code == 403  # the provider's
    report = f"/assessments/{request.pk}/report/"
    assert j.post("social_worker", report, received_on="2026-09-02").status_code == 403
    j.miss(D(2026, 9, 7))
    # A step is closed only by the role it is addressed to.
    close = f"/assessments/{request.pk}/escalations/carer_and_social_worker/close/"
    assert j.client("team_manager").get(close).status_code == 404
    assert j.client("iro").get(close).status_code == 404
    assert j.client("nurse").get(close).status_code == 404
    assert j.client("social_worker").get(close).status_code == 200
    unknown = f"/assessments/{request.pk}/escalations/anyone/close/"
    assert j.client("social_worker").get(unknown).status_code == 404


def test_a_council_outside_the_childs_care_gets_404(journey: Journey) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    request = j.latest()
    outsider = j.client("outsider")
    assert outsider.get(f"/children/{j.child.pk}/assessments/").status_code == 404
    assert outsider.get(f"/assessments/{request.pk}/").status_code == 404
    before = _snapshot(j)
    response = outsider.post(
        f"/children/{j.child.pk}/assessments/request/",
        {"kind": "RHA", "requested_on": "2026-09-02", "version": j.version()},
    )
    assert response.status_code == 404
    assert _nothing_changed(j, before)


def test_the_pages_are_recorded_in_the_audit_trail(journey: Journey) -> None:
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.client("provider").get(f"/assessments/{j.latest().pk}/")
    whats = set(AuditEvent.objects.filter(child=j.child).values_list("what", flat=True))
    assert {"health assessment requested", "health assessment request"} <= whats


# -- The daily refresh -------------------------------------------------------------------------


def test_incare_refresh_escalations_recomputes_the_open_ladders(
    journey: Journey, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from incare.cli import escalations as command  # noqa: F401  (registers the command)
    from incare.cli.app import app

    monkeypatch.setenv("INCARE_VAR", str(tmp_path))
    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.miss(D(2026, 9, 7))
    result = CliRunner().invoke(app, ["refresh-escalations", "--as-at", "2026-09-09"])
    assert result.exit_code == 0, result.output
    assert "refreshed for 1 children on 2026-09-09" in result.output
    assert j.tasks()["team_manager"].raised == D(2026, 9, 9)


def test_the_designated_nurse_of_another_icb_is_not_told(journey: Journey) -> None:
    from django.contrib.auth.models import User

    j = journey
    j.on(D(2026, 9, 2))
    j.request()
    j.miss(D(2026, 9, 7))
    j.on(D(2026, 9, 22))
    assessments.refresh_open_ladders(D(2026, 9, 22))
    j.on(D(2026, 9, 23))
    j.close("provider", "named_nurse", D(2026, 9, 23))
    assert "designated_nurse" in j.tasks()
    user = User.objects.create_user("nurse_y", password="a long test password")
    Membership.objects.create(
        user=user, role=Role.DESIGNATED_PROFESSIONAL,
        icb=ICB.objects.get(ods_code="QJ2", valid_to=None),
    )  # fmt: skip
    page = signed_in(user).get("/").content
    assert STEP_HEADING not in page
