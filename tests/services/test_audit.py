"""The audit trail: recording who did what to which child, searching it, and never changing it."""

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, connection, transaction

from incare.services.audit import record, search
from incare.web.audit.models import AppendOnlyError, AuditEvent
from incare.web.children.models import Child
from incare.web.organisations.models import Council

pytestmark = pytest.mark.django_db

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
COUNCIL = "E10000003"  # Cambridgeshire's ONS code
ICB = "QUE"


@pytest.fixture
def council() -> Council:
    return Council.objects.create(
        ons_code=COUNCIL, dfe_code="873", name="Cambridgeshire", kind="County", region="East"
    )


@pytest.fixture
def child(council: Council) -> Child:
    return Child.objects.create(council=council, child_ref="C0001")


@pytest.fixture
def alice() -> User:
    return User.objects.create_user("alice")


def at(minutes: int) -> dt.datetime:
    return NOW - dt.timedelta(minutes=minutes)


def event(actor: User | None, minutes: int = 0, **kw: object) -> AuditEvent:
    fields: dict[str, object] = {
        "role": "council admin",
        "organisation": COUNCIL,
        "action": "view",
        "what": "child record",
    }
    fields.update(kw)
    return record(now=at(minutes), actor=actor, **fields)  # type: ignore[arg-type]


def test_recording_stores_who_role_organisation_when_what_child_and_address(
    alice: User, child: Child
) -> None:
    stored = record(
        now=NOW,
        actor=alice,
        role="council admin",
        organisation=COUNCIL,
        action=AuditEvent.Action.VIEW,
        what="child record",
        child=child,
        detail={"tab": "health"},
        address="203.0.113.7",
    )
    again = AuditEvent.objects.get(pk=stored.pk)
    assert (again.actor, again.actor_label, again.role, again.organisation) == (
        alice,
        "alice",
        "council admin",
        COUNCIL,
    )
    assert (again.at, again.action, again.what, again.child) == (NOW, "view", "child record", child)
    assert again.detail == {"tab": "health"}
    assert again.address == "203.0.113.7"


def test_the_label_keeps_the_username_as_it_was_when_the_user_is_renamed(alice: User) -> None:
    stored = event(alice)
    alice.username = "alice.smith"
    alice.save()
    assert AuditEvent.objects.get(pk=stored.pk).actor_label == "alice"


def test_an_action_of_the_system_itself_has_no_actor_and_is_labelled_system() -> None:
    stored = event(None, role="system", action="import", what="SSDA903 extract")
    assert stored.actor is None
    assert stored.actor_label == "system"
    assert stored.address is None


def test_an_ipv6_address_is_stored(alice: User) -> None:
    stored = event(alice, address="2001:db8::1")
    assert AuditEvent.objects.get(pk=stored.pk).address == "2001:db8::1"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"action": "peek"}, "action: 'peek' is not one of view, create"),
        ({"organisation": " "}, "organisation: is required"),
        ({"what": ""}, "what: is required"),
        ({"role": ""}, "role: is required"),
    ],
    ids=["unknown-action", "no-organisation", "no-what", "no-role"],
)
def test_an_event_missing_a_fact_is_refused_by_name(
    alice: User, change: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        event(alice, **change)
    assert not AuditEvent.objects.exists()


def test_a_time_without_a_time_zone_is_refused(alice: User) -> None:
    with pytest.raises(ValueError, match=r"now: .* has no time zone"):
        record(
            now=dt.datetime(2026, 11, 23, 12, 0),
            actor=alice,
            role="council admin",
            organisation=COUNCIL,
            action="view",
            what="child record",
        )


def test_search_returns_only_the_organisations_own_events_newest_first(alice: User) -> None:
    older = event(alice, minutes=30)
    newer = event(alice, minutes=10)
    event(alice, minutes=20, organisation=ICB, role="designated nurse")
    assert list(search(organisation=COUNCIL, now=NOW)) == [newer, older]


def test_events_recorded_in_the_same_instant_come_newest_recorded_first(alice: User) -> None:
    first = event(alice)
    second = event(alice)
    assert list(search(organisation=COUNCIL, now=NOW)) == [second, first]


def test_search_filters_by_child(alice: User, child: Child, council: Council) -> None:
    other = Child.objects.create(council=council, child_ref="C0002")
    about_child = event(alice, child=child)
    event(alice, child=other)
    event(alice, action="export", what="worklist CSV export")
    assert list(search(organisation=COUNCIL, now=NOW, child=child)) == [about_child]


def test_search_filters_by_action(alice: User) -> None:
    event(alice)
    export = event(alice, action="export", what="worklist CSV export")
    assert list(search(organisation=COUNCIL, now=NOW, action="export")) == [export]


def test_search_filters_by_actor(alice: User) -> None:
    bob = User.objects.create_user("bob")
    event(alice)
    by_bob = event(bob)
    assert list(search(organisation=COUNCIL, now=NOW, actor=bob)) == [by_bob]


def test_search_from_since_inclusive_to_until_exclusive(alice: User) -> None:
    event(alice, minutes=40)
    from_start = event(alice, minutes=30)
    inside = event(alice, minutes=20)
    event(alice, minutes=10)
    found = search(organisation=COUNCIL, now=NOW, since=at(30), until=at(10))
    assert list(found) == [inside, from_start]


def test_search_never_returns_events_after_now(alice: User) -> None:
    event(alice, minutes=-5)
    past = event(alice, minutes=5)
    assert list(search(organisation=COUNCIL, now=NOW)) == [past]


def test_search_refuses_an_unknown_action_and_an_empty_organisation() -> None:
    with pytest.raises(ValueError, match="action: 'peek'"):
        search(organisation=COUNCIL, now=NOW, action="peek")
    with pytest.raises(ValueError, match="organisation: is required"):
        search(organisation="", now=NOW)


def test_changing_an_event_through_save_raises(alice: User) -> None:
    stored = event(alice)
    stored.what = "nothing to see"
    with pytest.raises(AppendOnlyError, match="append-only"):
        stored.save()
    with pytest.raises(AppendOnlyError):
        stored.save(update_fields=["what"])
    assert AuditEvent.objects.get(pk=stored.pk).what == "child record"


def test_saving_a_copy_under_an_existing_id_cannot_overwrite_the_event(alice: User) -> None:
    stored = event(alice)
    copy = AuditEvent(pk=stored.pk, at=NOW, actor_label="mallory", role="x", organisation=COUNCIL)
    with pytest.raises(IntegrityError), transaction.atomic():
        copy.save()
    assert AuditEvent.objects.get(pk=stored.pk).actor_label == "alice"


def test_deleting_an_event_raises(alice: User) -> None:
    stored = event(alice)
    with pytest.raises(AppendOnlyError, match="append-only"):
        stored.delete()
    assert AuditEvent.objects.filter(pk=stored.pk).exists()


def test_a_queryset_update_raises(alice: User) -> None:
    stored = event(alice)
    with pytest.raises(AppendOnlyError, match="append-only"):
        AuditEvent.objects.filter(pk=stored.pk).update(what="nothing to see")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.bulk_update([stored], ["what"])
    assert AuditEvent.objects.get(pk=stored.pk).what == "child record"


def test_a_queryset_delete_raises(alice: User) -> None:
    stored = event(alice)
    with pytest.raises(AppendOnlyError, match="append-only"):
        AuditEvent.objects.filter(pk=stored.pk).delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.filter(pk=stored.pk).exists()


def test_the_database_rejects_a_raw_sql_update(alice: User) -> None:
    stored = event(alice)
    table = AuditEvent._meta.db_table
    with (
        pytest.raises(IntegrityError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"UPDATE {table} SET what = %s WHERE id = %s", ["gone", stored.pk])
    assert AuditEvent.objects.get(pk=stored.pk).what == "child record"


def test_the_database_rejects_a_raw_sql_delete(alice: User) -> None:
    stored = event(alice)
    table = AuditEvent._meta.db_table
    with (
        pytest.raises(IntegrityError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(f"DELETE FROM {table} WHERE id = %s", [stored.pk])
    assert AuditEvent.objects.filter(pk=stored.pk).exists()


def test_a_child_or_a_user_with_audit_events_cannot_be_deleted(alice: User, child: Child) -> None:
    event(alice, child=child)
    with pytest.raises(IntegrityError), transaction.atomic():
        child.delete()
    with pytest.raises(IntegrityError), transaction.atomic():
        alice.delete()
    assert AuditEvent.objects.count() == 1
