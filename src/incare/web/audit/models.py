"""The audit trail: who viewed, changed or exported what, about which child, when and from where.

Append-only, enforced twice. Here, in the application: saving an existing event, deleting one,
and a queryset's update(), bulk_update() or delete() raise AppendOnlyError. In the database:
triggers (created by migration 0002) reject any UPDATE or DELETE on the table, whatever the
client. Events are written by `incare.services.audit.record`; `at` is the time the caller
passes, never read here.

A later migration that makes Django rebuild this table on SQLite (most column changes do) drops
its triggers with the old table: such a migration must create them again (see 0002).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from incare.web.children.models import Child


class AppendOnlyError(Exception):
    """An attempt to change or delete an audit event: the audit trail is append-only."""


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError("audit events cannot be updated: the audit trail is append-only")

    def bulk_update(self, objs: Any, fields: Any, batch_size: int | None = None) -> int:
        raise AppendOnlyError("audit events cannot be updated: the audit trail is append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("audit events cannot be deleted: the audit trail is append-only")


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        VIEW = "view"
        CREATE = "create"
        UPDATE = "update"
        DELETE = "delete"
        EXPORT = "export"
        IMPORT = "import"
        SIGN_IN = "sign_in", "Sign in"
        SIGN_IN_FAILED = "sign_in_failed", "Sign in failed"

    at = models.DateTimeField()
    # Null only for what the system does by itself (a scheduled import, say).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        related_name="audit_events",
    )
    actor_label = models.CharField(max_length=150)  # the username as it was then
    role = models.CharField(max_length=60)
    # The ONS or ODS code of the actor's organisation; searched through the (organisation, at)
    # index, whose leading column it is.
    organisation = models.CharField(max_length=16)
    action = models.CharField(max_length=20, choices=Action.choices)
    # Searched through the (child, at) index, so no index of its own.
    child = models.ForeignKey(
        Child, on_delete=models.PROTECT, null=True, related_name="audit_events", db_index=False
    )
    what = models.CharField(max_length=200)  # "child record", "worklist CSV export"
    detail = models.JSONField(default=dict)
    address = models.GenericIPAddressField(null=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        base_manager_name = "objects"
        default_permissions = ("view",)
        indexes = [
            models.Index(fields=["organisation", "at"], name="audit_organisation_at"),
            models.Index(fields=["child", "at"], name="audit_child_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor_label} {self.action} {self.what}"

    def save(
        self,
        *,
        force_insert: bool | tuple[models.base.ModelBase, ...] = False,
        force_update: bool = False,
        using: str | None = None,
        update_fields: Any = None,
    ) -> None:
        if not self._state.adding or force_update or update_fields is not None:
            raise AppendOnlyError(
                "an audit event cannot be changed: the audit trail is append-only"
            )
        super().save(force_insert=True, using=using)

    def delete(self, using: Any = None, keep_parents: bool = False) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("an audit event cannot be deleted: the audit trail is append-only")
