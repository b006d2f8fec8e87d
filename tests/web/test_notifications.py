"""Notifications to the NHS (issue 5 §2): who must be told, recording what was sent (NOTIFY met
on time or late), the letter (text and PDF, minimum personal data), the receiving
organisation's inbox and acknowledgement, and who may do each."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from incare.services import notifications, stored_duties
from incare.services.child_changes import Actor, InvalidChange, StaleRecord
from incare.web.audit.models import AuditEvent
from incare.web.care.letters import letter_text
from incare.web.care.models import CareRecord, Notification
from incare.web.children.models import Child, Episode
from incare.web.duties.models import StoredDuty
from incare.web.organisations.models import ICB
from incare.web.people.models import Membership, Role
from tests.web.personas import TODAY, B, World, X, Y, signed_in

ENTRY = dt.date(2026, 9, 1)  # every persona child entered care then; NOTIFY due 2026-09-08
ENTRY_DUE = dt.date(2026, 9, 8)
MOVE = dt.date(2026, 11, 16)  # a1 moves to Derbyshire (ICB Y); NOTIFY due 2026-11-23
MOVE_DUE = dt.date(2026, 11, 23)
HOME_POSTCODE = "NG5 1AA"
OLD_PLACEMENT_POSTCODE = "NG7 2UH"
PLACEMENT_POSTCODE = "DE22 3NE"


def move_a1(world: World, *, emergency: bool = False) -> Child:
    """a1's placement in X ends on MOVE and a new one starts in Y (council B) the same day."""
    a1 = world.children["a1"]
    Episode.objects.filter(child=a1).update(
        end=MOVE, reason_ceased="X1", home_postcode=HOME_POSTCODE,
        placement_postcode=OLD_PLACEMENT_POSTCODE,
    )  # fmt: skip
    Episode.objects.create(
        child=a1, start=MOVE, rne="P", legal_status="C2", placement="U3", placement_icb=Y,
        placement_la=B, placement_postcode=PLACEMENT_POSTCODE, home_postcode=HOME_POSTCODE,
        emergency=emergency,
    )  # fmt: skip
    stored_duties.refresh([a1.pk], as_at=TODAY)
    a1.refresh_from_db()
    return a1


def actor_of(world: World, persona: str) -> Actor:
    user = world.users[persona]
    membership = Membership.objects.get(user=user)
    now = timezone.make_aware(dt.datetime.combine(TODAY, dt.time(10)))
    return Actor(user, membership, "127.0.0.1", now, TODAY)


def record(world: World, child: Child, **given: Any) -> Notification:
    child.refresh_from_db()
    fields: dict[str, Any] = {
        "trigger": "move", "trigger_date": MOVE, "recipient": X,
        "method": Notification.Method.SECURE_EMAIL, "sent_on": dt.date(2026, 11, 20),
    }  # fmt: skip
    fields.update(given)
    return notifications.record_sent(
        child_id=child.pk, version=child.version, actor=actor_of(world, "social_worker"),
        **fields,
    )  # fmt: skip


def notify(child: Child, trigger: str, day: dt.date, recipient: str) -> Any:
    """The stored NOTIFY duty, annotated with its `status` on TODAY."""
    return stored_duties.with_status(
        StoredDuty.objects.filter(child=child, code="NOTIFY"), TODAY
    ).get(trigger=trigger, anchor=day, recipient=recipient)


def gp(world: World) -> str:
    return world.practices["g1"].code


# Who must be told --------------------------------------------------------------------------


def test_a_move_to_another_icb_must_be_told_to_the_originating_and_new_icb_and_the_gp(
    world: World,
) -> None:
    a1 = move_a1(world)
    due = [i for i in notifications.due_notifications(a1, TODAY) if i.trigger == "move"]
    # The previous placement's ICB is X, the originating ICB: told once.
    assert [(i.recipient.code, i.recipient.kind) for i in due] == [
        (X, "ICB"), (Y, "ICB"), (gp(world), "GP practice"),
    ]  # fmt: skip
    assert all(i.trigger_date == MOVE and i.duty.due == MOVE_DUE for i in due)
    assert (
        due[0].role
        == "originating ICB (responsible commissioner) and ICB of the previous placement"
    )
    assert due[1].role == "ICB of the new placement"
    assert due[1].recipient.name == "NHS Derby and Derbyshire Integrated Care Board"
    assert due[2].recipient.name == world.practices["g1"].name
    assert {i.status for i in due} == {"due_soon"}
    assert all(i.notification is None for i in due)


def test_the_newest_event_comes_first_with_the_entry_notifications_after_it(world: World) -> None:
    a1 = move_a1(world)
    events = [(i.trigger, i.trigger_date) for i in notifications.due_notifications(a1, TODAY)]
    assert events == [("move", MOVE)] * 3 + [("enter", ENTRY)] * 2
    entry = notifications.due_notifications(a1, TODAY)[3]
    assert entry.status == "overdue"
    assert (
        entry.role == "originating ICB (responsible commissioner) and ICB where the child is placed"
    )


# Recording a notification sent ---------------------------------------------------------------


def test_recording_each_notification_of_a_move_in_time_meets_each_duty(world: World) -> None:
    a1 = move_a1(world)
    for recipient in (X, Y, gp(world)):
        record(world, a1, recipient=recipient, sent_on=MOVE_DUE)  # on the due date: in time
    for recipient in (X, Y, gp(world)):
        duty = notify(a1, "move", MOVE, recipient)
        assert (duty.status, duty.met, duty.met_by) == ("met", MOVE_DUE, "notification")
    shown = [i for i in notifications.due_notifications(a1, TODAY) if i.trigger == "move"]
    assert all(i.notification is not None and i.status == "met" for i in shown)


def test_an_entry_notification_sent_after_its_due_date_is_met_late(world: World) -> None:
    a1 = world.children["a1"]
    record(world, a1, trigger="enter", trigger_date=ENTRY, sent_on=ENTRY_DUE + dt.timedelta(1))
    duty = notify(a1, "enter", ENTRY, X)
    assert (duty.status, duty.met) == ("met_late", dt.date(2026, 9, 9))
    assert notify(a1, "enter", ENTRY, gp(world)).status == "overdue"  # the GP not yet told


def test_recording_a_notification_is_audited_and_bumps_the_childs_version(world: World) -> None:
    a1 = world.children["a1"]
    before = a1.version
    sent = record(world, a1, trigger="enter", trigger_date=ENTRY, sent_on=ENTRY)
    a1.refresh_from_db()
    assert a1.version == before + 1
    assert sent.sent_by == world.users["social_worker"]
    event = AuditEvent.objects.get(what="notification to the NHS recorded")
    assert (event.action, event.child, event.actor) == ("update", a1, world.users["social_worker"])
    assert event.detail["recipient"] == X
    assert event.detail["sent_on"] == "2026-09-01"


def _unchanged(child: Child, version: int) -> None:
    child.refresh_from_db()
    assert child.version == version
    assert not Notification.objects.filter(child=child).exists()
    assert not AuditEvent.objects.filter(what="notification to the NHS recorded").exists()


def test_a_second_record_of_the_same_notification_is_refused(world: World) -> None:
    a1 = world.children["a1"]
    record(world, a1, trigger="enter", trigger_date=ENTRY, sent_on=ENTRY)
    a1.refresh_from_db()
    version = a1.version
    with pytest.raises(InvalidChange) as refused:
        record(world, a1, trigger="enter", trigger_date=ENTRY, sent_on=ENTRY_DUE)
    assert refused.value.errors["recipient"] == (
        "A notification to NHS Nottingham and Nottinghamshire Integrated Care Board (QT1) that "
        "the child entered care on 1 September 2026 is already recorded: sent on "
        "1 September 2026 by social_worker."
    )
    a1.refresh_from_db()
    assert a1.version == version
    assert Notification.objects.get(child=a1).sent_on == ENTRY


def test_a_notification_sent_in_the_future_is_refused_and_nothing_changes(world: World) -> None:
    a1 = move_a1(world)
    with pytest.raises(InvalidChange) as refused:
        record(world, a1, sent_on=TODAY + dt.timedelta(days=1))
    assert refused.value.errors == {
        "sent_on": "The date the notification was sent must be today or in the past."
    }
    _unchanged(a1, a1.version)
    assert notify(a1, "move", MOVE, X).status == "due_soon"


def test_a_recipient_the_duty_does_not_name_is_refused(world: World) -> None:
    a1 = world.children["a1"]
    version = a1.version
    with pytest.raises(InvalidChange) as refused:
        record(world, a1, trigger="enter", trigger_date=ENTRY, recipient=Y)
    assert refused.value.errors["recipient"].startswith(
        "NHS Derby and Derbyshire Integrated Care Board (QJ2) is not one of those to be told "
        "that the child entered care on 1 September 2026: they are "
    )
    _unchanged(a1, version)


def test_an_event_with_no_notification_due_is_refused(world: World) -> None:
    a1 = world.children["a1"]
    with pytest.raises(InvalidChange) as refused:
        record(world, a1, trigger="cease", trigger_date=ENTRY)
    assert refused.value.errors == {
        "recipient": "There is no notification to the NHS due for this event."
    }
    _unchanged(a1, a1.version)


@pytest.mark.parametrize(
    ("method", "sent_on", "field"),
    [("", ENTRY, "method"), ("carrier_pigeon", ENTRY, "method"), ("letter", None, "sent_on")],
    ids=["no method", "unknown method", "no date"],
)
def test_a_notification_without_a_method_or_a_date_is_refused(
    world: World, method: str, sent_on: dt.date | None, field: str
) -> None:
    a1 = world.children["a1"]
    with pytest.raises(InvalidChange) as refused:
        record(world, a1, trigger="enter", trigger_date=ENTRY, method=method, sent_on=sent_on)
    assert list(refused.value.errors) == [field]
    _unchanged(a1, a1.version)


def test_a_planned_move_notified_before_it_happened_is_met_on_time(world: World) -> None:
    a1 = move_a1(world)
    record(world, a1, recipient=Y, sent_on=MOVE - dt.timedelta(days=3))
    duty = notify(a1, "move", MOVE, Y)
    assert (duty.status, duty.met) == ("met", dt.date(2026, 11, 13))


def test_an_emergency_placement_cannot_have_been_notified_before_it_happened(
    world: World,
) -> None:
    a1 = move_a1(world, emergency=True)
    with pytest.raises(InvalidChange) as refused:
        record(world, a1, recipient=Y, sent_on=MOVE - dt.timedelta(days=3))
    assert "only a planned placement can be notified in advance" in refused.value.errors["sent_on"]
    _unchanged(a1, a1.version)


def test_a_notification_recorded_from_an_older_version_is_refused(world: World) -> None:
    a1 = world.children["a1"]
    with pytest.raises(StaleRecord):
        notifications.record_sent(
            child_id=a1.pk, version=a1.version + 5, actor=actor_of(world, "social_worker"),
            trigger="enter", trigger_date=ENTRY, recipient=X, method="letter", sent_on=ENTRY,
        )  # fmt: skip
    _unchanged(a1, a1.version)


# The letter --------------------------------------------------------------------------------


def test_the_letter_carries_what_the_receiving_icb_needs_and_no_address(world: World) -> None:
    a1 = move_a1(world)
    a1.immunisations_up_to_date = True
    a1.save(update_fields=["immunisations_up_to_date"])
    sw = world.users["social_worker"]
    CareRecord.objects.create(child=a1, kind="sdq", date=dt.date(2026, 10, 1), sdq_score=15,
                              recorded_by=sw)  # fmt: skip
    CareRecord.objects.create(child=a1, kind="dental", date=dt.date(2026, 9, 20), recorded_by=sw)
    stored_duties.refresh([a1.pk], as_at=TODAY)
    letter = notifications.letter(notify(a1, "move", MOVE, Y), today=TODAY)
    text = letter_text(letter)
    for expected in (
        "OFFICIAL-SENSITIVE",
        "To: NHS Derby and Derbyshire Integrated Care Board (QJ2), as the ICB of the new placement",
        "From: Nottinghamshire",
        "Name: A1 Test",
        "Date of birth: 1 June 2014",
        "NHS number: 943 476 5919",
        "The child moved placement on 16 November 2026",
        "Legal status: C2: Full care order",
        "Placement type: U3: Foster placement with relatives or friends: other",
        "Placement in the area of: Derbyshire; NHS Derby and Derbyshire Integrated Care Board "
        "(QJ2)",
        "Previous placement in the area of: Nottinghamshire; NHS Nottingham and "
        "Nottinghamshire Integrated Care Board (QT1)",
        "Emergency or planned: Planned placement",
        "Originating ICB (responsible commissioner) [1]: NHS Nottingham and Nottinghamshire "
        "Integrated Care Board (QT1)",
        "SDQ (latest): Score 15 (borderline), 1 October 2026",
        "Immunisations: Up to date",
        "Last dental check: 20 September 2026",
        "Health assessment: Initial health assessment due by 29 September 2026 (overdue)",
        "Social worker: social_worker",
        "Contact: Contact through Nottinghamshire's children in care team.",
        "To be notified by: 23 November 2026",
        "This notification is sent under the Care Planning, Placement and Case Review (England) "
        "Regulations 2010 and the statutory guidance Promoting the health and wellbeing of "
        "looked-after children (2015).",
        '[1] NHS England, "Who Pays?',
        "(2022)",
    ):
        assert expected in text, expected
    for address in (HOME_POSTCODE, OLD_PLACEMENT_POSTCODE, PLACEMENT_POSTCODE):
        assert address not in text
    assert text.rstrip().endswith("OFFICIAL-SENSITIVE")


def test_the_letter_of_a_recorded_notification_says_when_and_how_it_was_sent(
    world: World,
) -> None:
    a1 = world.children["a1"]
    sent = record(world, a1, trigger="enter", trigger_date=ENTRY, recipient=gp(world),
                  sent_on=ENTRY, method="letter")  # fmt: skip
    letter = notifications.letter(sent, today=TODAY)
    assert (letter.sent_on, letter.method, letter.recipient_role) == (
        ENTRY, "Letter", "child's GP practice",
    )  # fmt: skip
    assert letter.what_happened == "entered care"
    assert "Immunisations: Not recorded" in letter_text(letter)


# The child's notifications page --------------------------------------------------------------


def test_the_social_worker_sees_who_must_be_told_with_a_form_for_each(world: World) -> None:
    a1 = move_a1(world)
    response = world.client("social_worker").get(f"/children/{a1.pk}/notifications/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Moved placement on 16 November 2026" in body
    assert "NHS Derby and Derbyshire Integrated Care Board (QJ2)" in body
    assert body.count(f'action="/children/{a1.pk}/notifications/record/"') == 5
    assert f'name="version" value="{a1.version}"' in body
    assert f"/children/{a1.pk}/notifications/letter/move/2026-11-16/QJ2.pdf" in body
    assert AuditEvent.objects.filter(
        what="child's notifications to the NHS", child=a1, action="view"
    ).exists()


def test_the_nurse_sees_the_notifications_without_forms_or_letters(world: World) -> None:
    a1 = world.children["a1"]
    body = world.client("nurse").get(f"/children/{a1.pk}/notifications/").content.decode()
    assert "Entered care on 1 September 2026" in body
    assert "notifications/record/" not in body
    assert ".pdf" not in body


@pytest.mark.parametrize("persona", ["gp", "panel", "council_admin"])
def test_roles_without_the_record_get_403_on_the_childs_notifications(
    world: World, persona: str
) -> None:
    a1 = world.children["a1"]
    assert world.client(persona).get(f"/children/{a1.pk}/notifications/").status_code == 403


def test_a_child_outside_the_social_workers_scope_is_404(world: World) -> None:
    for child in (world.children["b1"], world.children["a2"]):
        assert (
            world.client("social_worker").get(f"/children/{child.pk}/notifications/").status_code
            == 404
        )
        response = world.client("social_worker").post(
            f"/children/{child.pk}/notifications/record/",
            {"version": child.version, "trigger": "enter", "trigger_date": "2026-09-01",
             "recipient": X, "method": "letter", "sent_on": "2026-09-02"},
        )  # fmt: skip
        assert response.status_code == 404
    assert not Notification.objects.exists()


def form(child: Child, **given: str) -> dict[str, Any]:
    child.refresh_from_db()
    data: dict[str, Any] = {
        "version": child.version, "trigger": "move", "trigger_date": "2026-11-16",
        "recipient": Y, "method": "secure_email", "sent_on": "2026-11-18",
    }  # fmt: skip
    data.update(given)
    return data


def test_recording_a_notification_on_the_page_redirects_and_shows_it_met(world: World) -> None:
    a1 = move_a1(world)
    client = world.client("social_worker")
    response = client.post(f"/children/{a1.pk}/notifications/record/", form(a1))
    assert response.status_code == 302
    assert response["Location"] == f"/children/{a1.pk}/notifications/"
    assert notify(a1, "move", MOVE, Y).status == "met"
    body = client.get(response["Location"]).content.decode()
    assert "18 November 2026 (Secure e-mail), recorded by social_worker" in body
    assert (
        "Recorded: NHS Derby and Derbyshire Integrated Care Board (QJ2) was told on "
        "18 November 2026 that the child moved placement on 16 November 2026." in body
    )


@pytest.mark.parametrize(
    ("sent_on", "message"),
    [
        ("2026-11-24", "must be today or in the past"),
        ("2026-02-30", "must be a real date"),
        ("", "Enter the date the notification was sent."),
    ],
    ids=["future", "impossible", "missing"],
)
def test_a_bad_date_on_the_page_is_shown_with_the_form_kept_and_nothing_changes(
    world: World, sent_on: str, message: str
) -> None:
    a1 = move_a1(world)
    version = a1.version
    response = world.client("social_worker").post(
        f"/children/{a1.pk}/notifications/record/", form(a1, sent_on=sent_on)
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "govuk-error-summary" in body
    assert message in body
    assert 'href="#sent_on-move-2026-11-16-QJ2"' in body
    assert 'id="sent_on-move-2026-11-16-QJ2" name="sent_on" type="date"' in body
    assert (
        'id="method-move-2026-11-16-QJ2" name="method" type="radio" value="secure_email" checked'
        in body
    )
    _unchanged(a1, version)


def test_a_form_from_before_someone_elses_save_is_refused_with_409_and_keeps_the_input(
    world: World,
) -> None:
    a1 = move_a1(world)
    stale = form(a1, sent_on="2026-11-19")
    record(world, a1, recipient=X)  # someone else saves first
    a1.refresh_from_db()
    response = world.client("social_worker").post(f"/children/{a1.pk}/notifications/record/", stale)
    assert response.status_code == 409
    body = response.content.decode()
    assert "Someone else saved this child&#x27;s record" in body
    assert 'value="2026-11-19"' in body
    assert f'name="version" value="{a1.version}"' in body  # the form is now at the saved version
    assert not Notification.objects.filter(recipient=Y).exists()


@pytest.mark.parametrize("persona", ["iro", "nurse", "provider", "gp", "panel", "council_admin"])
def test_roles_that_do_not_send_notifications_cannot_record_one(world: World, persona: str) -> None:
    a1 = move_a1(world)
    response = world.client(persona).post(f"/children/{a1.pk}/notifications/record/", form(a1))
    assert response.status_code == 403
    assert not Notification.objects.exists()


# Letters as text and PDF -----------------------------------------------------------------------


def test_the_letter_as_pdf_is_a_pdf_not_cached_and_audited_as_an_export(world: World) -> None:
    a1 = move_a1(world)
    url = f"/children/{a1.pk}/notifications/letter/move/2026-11-16/QJ2.pdf"
    response = world.client("social_worker").get(url)
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    event = AuditEvent.objects.get(what="notification letter (PDF)")
    assert (event.action, event.child) == ("export", a1)
    assert event.detail == {"trigger": "move", "trigger_date": "2026-11-16", "recipient": Y}


def test_the_letter_as_text_is_plain_text_not_cached_and_audited(world: World) -> None:
    a1 = move_a1(world)
    url = f"/children/{a1.pk}/notifications/letter/move/2026-11-16/{gp(world)}.txt"
    response = world.client("coordinator").get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Cache-Control"] == "no-store"
    body = response.content.decode()
    assert "as the the child's GP practice" not in body
    assert f"To: {world.practices['g1'].name} ({gp(world)}), as the child's GP practice" in body
    assert HOME_POSTCODE not in body
    assert PLACEMENT_POSTCODE not in body
    assert AuditEvent.objects.filter(
        what="notification letter (TXT)", action="export", child=a1
    ).exists()


@pytest.mark.parametrize(
    "tail",
    ["move/2026-11-17/QJ2.txt", "leave/2026-11-16/QJ2.txt", "move/2026-13-16/QJ2.pdf",
     "move/2026-11-16/QX9.pdf"],
    ids=["no such date", "no such trigger", "impossible date", "no such recipient"],
)  # fmt: skip
def test_a_letter_for_no_duty_is_404(world: World, tail: str) -> None:
    a1 = move_a1(world)
    url = f"/children/{a1.pk}/notifications/letter/{tail}"
    assert world.client("social_worker").get(url).status_code == 404


@pytest.mark.parametrize("persona", ["nurse", "gp", "iro", "provider"])
def test_only_the_council_gets_letters(world: World, persona: str) -> None:
    for ref in ("a1", "b1"):
        child = world.children[ref]
        url = f"/children/{child.pk}/notifications/letter/enter/2026-09-01/{X}.txt"
        assert world.client(persona).get(url).status_code == 403
    assert not AuditEvent.objects.filter(action="export").exists()


def test_a_letter_about_another_councils_child_is_404(world: World) -> None:
    b1 = world.children["b1"]
    url = f"/children/{b1.pk}/notifications/letter/enter/2026-09-01/{X}.txt"
    assert world.client("social_worker").get(url).status_code == 404


# The inbox and acknowledgement -----------------------------------------------------------------


def sent_by_councils(world: World) -> dict[str, Notification]:
    """Entry notifications sent for a1 (to X and its GP), b1 (to X as host, Y, its GP)."""
    sent = {}
    a1, b1 = world.children["a1"], world.children["b1"]
    sent["a1-X"] = record(world, a1, trigger="enter", trigger_date=ENTRY, sent_on=ENTRY)
    sent["a1-gp"] = record(world, a1, trigger="enter", trigger_date=ENTRY, recipient=gp(world),
                           sent_on=ENTRY_DUE)  # fmt: skip
    b1_gp = world.practices["g2"].code
    for key, recipient in (("b1-X", X), ("b1-Y", Y), ("b1-gp", b1_gp)):
        sent[key] = Notification.objects.create(
            child=b1, trigger="enter", trigger_date=ENTRY, recipient=recipient,
            method="secure_email", sent_on=ENTRY, sent_by=world.users["outsider"],
        )  # fmt: skip
    return sent


def test_the_nurses_inbox_shows_what_was_sent_to_icb_x_unacknowledged_first(
    world: World,
) -> None:
    sent = sent_by_councils(world)
    sent["b1-X"].acknowledged_on = dt.date(2026, 9, 3)
    sent["b1-X"].acknowledged_by = world.users["nurse"]
    sent["b1-X"].save()
    response = world.client("nurse").get("/inbox/")
    assert response.status_code == 200
    body = response.content.decode()
    assert body.index(f'id="notification-{sent["a1-X"].pk}"') < body.index(
        f'id="notification-{sent["b1-X"].pk}"'
    )
    for other in ("b1-Y", "b1-gp", "a1-gp"):
        assert f'id="notification-{sent[other].pk}"' not in body
    assert "A1 Test: entered care on 1 September 2026" in body
    assert "1 notification to acknowledge." in body
    assert body.count('action="/inbox/') == 1
    event = AuditEvent.objects.get(what="notifications inbox")
    assert event.action == "view"
    assert event.detail["notifications"] == [sent["a1-X"].pk, sent["b1-X"].pk]


def test_the_gp_inbox_shows_its_registered_childs_notifications_and_nothing_about_another(
    world: World,
) -> None:
    sent = sent_by_councils(world)
    body = world.client("gp").get("/inbox/").content.decode()
    assert f'id="notification-{sent["a1-gp"].pk}"' in body
    assert "A1 Test" in body
    assert "B1 Test" not in body
    for other in ("a1-X", "b1-X", "b1-Y", "b1-gp"):
        assert f'id="notification-{sent[other].pk}"' not in body
    b1 = world.children["b1"]
    for fmt in ("txt", "pdf"):
        g2 = world.practices["g2"].code
        url = f"/children/{b1.pk}/notifications/letter/enter/2026-09-01/{g2}.{fmt}"
        assert world.client("gp").get(url).status_code in (403, 404)
    assert world.client("gp").get(f"/children/{b1.pk}/notifications/").status_code in (403, 404)


def test_acknowledging_records_who_and_when_and_is_audited(world: World) -> None:
    sent = sent_by_councils(world)
    client = world.client("nurse")
    response = client.post(f"/inbox/{sent['a1-X'].pk}/acknowledge/")
    assert response.status_code == 302
    assert response["Location"] == "/inbox/"
    sent["a1-X"].refresh_from_db()
    assert sent["a1-X"].acknowledged_on == TODAY
    assert sent["a1-X"].acknowledged_by == world.users["nurse"]
    event = AuditEvent.objects.get(what="notification acknowledged")
    assert (event.action, event.child, event.actor) == (
        "update", world.children["a1"], world.users["nurse"],
    )  # fmt: skip
    assert event.organisation == Membership.objects.get(user=world.users["nurse"]).icb_id
    body = client.get("/inbox/").content.decode()
    assert "Acknowledged: A1 Test, entered care on 1 September 2026." in body
    assert "23 November 2026 by nurse" in body


def test_acknowledging_twice_says_who_acknowledged_it_and_changes_nothing(world: World) -> None:
    sent = sent_by_councils(world)
    notifications.acknowledge(notification_id=sent["a1-gp"].pk, actor=actor_of(world, "gp"))
    with pytest.raises(notifications.AlreadyAcknowledged) as again:
        notifications.acknowledge(notification_id=sent["a1-gp"].pk, actor=actor_of(world, "gp"))
    assert str(again.value) == (
        "This notification was already acknowledged on 23 November 2026 by gp."
    )
    client = world.client("gp")
    response = client.post(f"/inbox/{sent['a1-gp'].pk}/acknowledge/", follow=True)
    assert response.status_code == 200
    assert "already acknowledged on 23 November 2026 by gp" in response.content.decode()
    assert AuditEvent.objects.filter(what="notification acknowledged").count() == 1


def nurse_of_y() -> User:
    user = User.objects.create_user("nurse_y", password="a long test password")
    Membership.objects.create(
        user=user, role=Role.DESIGNATED_PROFESSIONAL, icb=ICB.objects.get(ods_code=Y, valid_to=None)
    )
    return user


def test_another_icbs_nurse_cannot_acknowledge_icb_xs_notification(world: World) -> None:
    sent = sent_by_councils(world)
    client = signed_in(nurse_of_y())
    for key in ("a1-X", "a1-gp"):
        assert client.post(f"/inbox/{sent[key].pk}/acknowledge/").status_code == 404
    assert client.post(f"/inbox/{sent['b1-Y'].pk}/acknowledge/").status_code == 302
    body = client.get("/inbox/").content.decode()
    assert "B1 Test" in body
    assert "A1 Test" not in body
    assert not Notification.objects.filter(
        pk__in=[sent["a1-X"].pk, sent["a1-gp"].pk], acknowledged_on__isnull=False
    ).exists()


def test_the_gp_cannot_acknowledge_a_notification_to_an_icb(world: World) -> None:
    sent = sent_by_councils(world)
    assert world.client("gp").post(f"/inbox/{sent['a1-X'].pk}/acknowledge/").status_code == 404


@pytest.mark.parametrize(
    "persona", ["social_worker", "team_manager", "coordinator", "iro", "provider", "panel",
                "council_admin"],
)  # fmt: skip
def test_roles_that_receive_no_notifications_get_403_on_the_inbox(
    world: World, persona: str
) -> None:
    sent = sent_by_councils(world)
    client = world.client(persona)
    assert client.get("/inbox/").status_code == 403
    assert client.post(f"/inbox/{sent['a1-X'].pk}/acknowledge/").status_code == 403
    sent["a1-X"].refresh_from_db()
    assert sent["a1-X"].acknowledged_on is None


def test_the_acknowledge_button_needs_a_post(world: World) -> None:
    sent = sent_by_councils(world)
    assert world.client("nurse").get(f"/inbox/{sent['a1-X'].pk}/acknowledge/").status_code == 405


# On the child's record and on my work ------------------------------------------------------------


def test_the_childs_record_counts_the_notifications_and_links_to_them(world: World) -> None:
    a1 = move_a1(world)
    record(world, a1, recipient=Y)
    body = world.client("social_worker").get(f"/children/{a1.pk}/").content.decode()
    assert "Notifications to the NHS" in body
    assert f'href="/children/{a1.pk}/notifications/"' in body
    counts = body[body.index('id="notification-counts"') :]
    counts = " ".join(counts[: counts.index("</ul>")].split())
    assert "Overdue</strong> 2" in counts  # the entry: X and the GP
    assert "Due soon</strong> 2" in counts  # the move: X and the GP
    assert "Met</strong> 1" in counts  # the move: Y


def test_my_work_tells_the_nurse_and_the_gp_how_many_to_acknowledge(world: World) -> None:
    sent_by_councils(world)
    nurse = world.client("nurse").get("/").content.decode()
    assert '<a class="govuk-link" href="/inbox/">2 notifications to acknowledge</a>' in nurse
    gp_page = world.client("gp").get("/").content.decode()
    assert '<a class="govuk-link" href="/inbox/">1 notification to acknowledge</a>' in gp_page
    assert 'href="/inbox/"' not in world.client("social_worker").get("/").content.decode()
