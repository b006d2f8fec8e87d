"""The duties engine's output, stored per child so that worklists are indexed queries.

Refreshed in the same transaction as the facts that change it. Only what does not depend on
today is stored: `settled_status` is set when a duty is met, met late, refused or cancelled;
otherwise it is null and the live status (overdue or open) is derived from `due` and today in
the query (`incare.services.import_903.duties_with_status`), so nothing needs a nightly job.
"""

from __future__ import annotations

from django.db import models

from incare.web.children.models import Child

SETTLED_STATUSES = ("met", "met_late", "refused", "cancelled")


class StoredDuty(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="duties")
    code = models.TextField()
    trigger = models.TextField(null=True)
    recipient = models.TextField(null=True)
    anchor = models.DateField()
    due = models.DateField()
    met = models.DateField(null=True)
    met_by = models.TextField(null=True)
    settled_status = models.CharField(
        max_length=10, null=True, choices=[(s, s) for s in SETTLED_STATUSES]
    )
    source = models.TextField()
    period_start = models.DateField()
    placement_start = models.DateField(null=True)

    class Meta:
        verbose_name = "stored duty"
        verbose_name_plural = "stored duties"
        indexes = [
            models.Index(fields=["due"]),
            models.Index(fields=["child", "due"]),
            models.Index(fields=["code", "due"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(settled_status__isnull=True)
                | models.Q(settled_status__in=SETTLED_STATUSES),
                name="settled_status_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} due {self.due}"
