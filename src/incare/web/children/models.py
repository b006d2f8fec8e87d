"""A child in care and the facts the SSDA903 holds about them: episodes and reviews.

Values from a 903 extract are stored as the council wrote them (codes upper-cased, blanks
null), without length limits: an extract with validation errors is still imported, and the
validator, not the database, reports a code that is too long. The constraints here are facts
that hold for any record: one child per reference per council, one episode per start date,
an episode never ends before it starts.
"""

from __future__ import annotations

from django.db import models

from incare.web.organisations.models import Council


class Child(models.Model):
    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="children")
    child_ref = models.TextField()  # the 903's CHILD: the council's own identifier
    dob = models.DateField(null=True)
    sex = models.TextField(null=True)
    uasc = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "children"
        constraints = [
            models.UniqueConstraint(fields=["council", "child_ref"], name="one_child_per_ref"),
        ]

    def __str__(self) -> str:
        return f"{self.child_ref} ({self.council_id})"


class Episode(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="episodes")
    start = models.DateField()  # DECOM
    rne = models.TextField(null=True)
    legal_status = models.TextField(null=True)  # LS
    category_of_need = models.TextField(null=True)  # CIN
    placement = models.TextField(null=True)  # PLACE
    provider = models.TextField(null=True)  # PLACE_PROVIDER
    end = models.DateField(null=True)  # DEC
    reason_ceased = models.TextField(null=True)  # REC
    placement_change_reason = models.TextField(null=True)  # REASON_PLACE_CHANGE
    home_postcode = models.TextField(null=True)  # HOME_POST
    placement_postcode = models.TextField(null=True)  # PL_POST
    placement_la = models.TextField(null=True)  # PL_LA: supplied, or derived from PL_POST
    placement_icb = models.TextField(null=True)  # ODS code of PL_LA's main ICB on DECOM
    urn = models.TextField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["child", "start"], name="one_episode_per_start"),
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="episode_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.child_id} from {self.start}"


class Review(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="reviews")
    date = models.DateField()
    participation = models.TextField(null=True)  # REVIEW_CODE (PN0-PN7)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["child", "date"], name="one_review_per_day"),
        ]

    def __str__(self) -> str:
        return f"{self.child_id} on {self.date}"
