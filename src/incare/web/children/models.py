"""A child in care and the facts the SSDA903 holds about them: episodes and reviews.

Values from a 903 extract are stored as the council wrote them (codes upper-cased, blanks
null), without length limits: an extract with validation errors is still imported, and the
validator, not the database, reports a code that is too long. The constraints here are facts
that hold for any record: one child per reference per council, one episode per start date,
an episode never ends before it starts.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from incare.web.organisations.models import Council, GPPractice, Provider, Team


class Child(models.Model):
    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="children")
    child_ref = models.TextField()  # the 903's CHILD: the council's own identifier
    dob = models.DateField(null=True)
    sex = models.TextField(null=True)
    uasc = models.BooleanField(default=False)
    # Identity the 903 does not carry, recorded by the council.
    given_name = models.TextField(default="", blank=True)
    family_name = models.TextField(default="", blank=True)
    nhs_number = models.CharField(max_length=10, null=True)  # checked: modulus 11
    upn = models.CharField(max_length=13, null=True)  # unique pupil number
    team = models.ForeignKey(Team, on_delete=models.PROTECT, null=True, related_name="children")
    # Where the child lived before care, as an ICB (ODS): from the home postcode at entry.
    home_icb = models.CharField(max_length=5, null=True)
    # The first day the recorded history covers (duties.md §1, known history).
    history_from = models.DateField(null=True)
    # Derived with the duties, in the same transaction, so that scope is an indexed filter:
    # the originating ICB now, the ICB and council of the current (else last) placement.
    originating_icb = models.CharField(max_length=5, null=True)
    host_icb = models.CharField(max_length=5, null=True)
    out_of_area = models.BooleanField(default=False)
    immunisations_up_to_date = models.BooleanField(null=True)  # null: not recorded
    # Optimistic locking: every change through a form bumps it; a form saved from an older
    # version is refused with a message and changes nothing.
    version = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "children"
        constraints = [
            models.UniqueConstraint(fields=["council", "child_ref"], name="one_child_per_ref"),
        ]
        indexes = [
            models.Index(fields=["originating_icb"]),
            models.Index(fields=["host_icb"]),
        ]

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip() or self.child_ref

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
    distance_miles = models.FloatField(null=True)  # PL_DISTANCE: home to placement, straight
    urn = models.TextField(null=True)
    # An emergency placement (not in the 903; recorded in incare): notifications are due sooner.
    emergency = models.BooleanField(default=False)

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
    chaired_by = models.ForeignKey(  # the IRO, when recorded in incare (the 903 has none)
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["child", "date"], name="one_review_per_day"),
        ]

    def __str__(self) -> str:
        return f"{self.child_id} on {self.date}"


class GPRegistration(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="gp_registrations")
    practice = models.ForeignKey(GPPractice, on_delete=models.PROTECT, related_name="registrations")
    start = models.DateField()
    end = models.DateField(null=True)

    class Meta:
        verbose_name = "GP registration"
        constraints = [
            models.UniqueConstraint(fields=["child", "start"], name="one_registration_per_start"),
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="registration_ends_after_start",
            ),
        ]
        indexes = [models.Index(fields=["practice", "child"])]


class Allocation(models.Model):
    """A person allocated to a child's case: the social worker, the IRO."""

    class Kind(models.TextChoices):
        SOCIAL_WORKER = "social_worker", "Social worker"
        IRO = "iro", "Independent reviewing officer"

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="allocations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="allocations"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    start = models.DateField()
    end = models.DateField(null=True)

    class Meta:
        indexes = [models.Index(fields=["user", "kind", "end"])]


class Referral(models.Model):
    """A child referred to a health provider's LAC team (for an assessment, say)."""

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="referrals")
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="referrals")
    start = models.DateField()
    end = models.DateField(null=True)

    class Meta:
        indexes = [models.Index(fields=["provider", "end"])]
