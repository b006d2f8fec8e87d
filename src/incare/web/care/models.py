"""What people record about a child's care (issue 5): notifications to the NHS, health
assessment requests with their appointments and outcomes, the escalation of missed
appointments, and the rest of the record (visits, care plans, SDQs, dental checks, health
summaries, immunisations). Facts only: duties and escalation tasks are computed from them by
the services, in the same transaction.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from incare.web.children.models import Child
from incare.web.organisations.models import Provider

USER = settings.AUTH_USER_MODEL


class Notification(models.Model):
    """A notification of a child's entry to care, move or leaving care, sent to an ICB or GP."""

    class Method(models.TextChoices):
        SECURE_EMAIL = "secure_email", "Secure e-mail"
        LETTER = "letter", "Letter"
        PHONE = "phone", "Telephone (confirmed in writing)"
        INCARE = "incare", "Through incare"

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="notifications")
    trigger = models.CharField(max_length=5)  # enter, move, cease (duties.md §3 NOTIFY)
    trigger_date = models.DateField()
    recipient = models.CharField(max_length=8)  # ICB ODS code or GP practice code
    method = models.CharField(max_length=20, choices=Method.choices)
    sent_on = models.DateField()
    sent_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    acknowledged_on = models.DateField(null=True)
    acknowledged_by = models.ForeignKey(USER, on_delete=models.PROTECT, null=True, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["child", "trigger", "trigger_date", "recipient"],
                name="one_notification_per_event_and_recipient",
            ),
            models.CheckConstraint(
                condition=models.Q(trigger__in=("enter", "move", "cease")), name="trigger_known"
            ),
        ]
        indexes = [models.Index(fields=["recipient", "acknowledged_on"])]


class AssessmentRequest(models.Model):
    """A council's request to a provider for an initial or review health assessment, and how
    it ended: completed by a clinician, the report received and quality-assured."""

    class Kind(models.TextChoices):
        IHA = "IHA", "Initial health assessment"
        RHA = "RHA", "Review health assessment"

    class Clinician(models.TextChoices):
        DOCTOR = "doctor", "Registered medical practitioner"
        NURSE = "nurse", "Registered nurse or midwife"

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="assessment_requests")
    kind = models.CharField(max_length=3, choices=Kind.choices)
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, related_name="requests")
    requested_on = models.DateField()
    requested_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")
    completed_on = models.DateField(null=True)
    clinician_name = models.TextField(default="", blank=True)
    clinician_role = models.CharField(max_length=10, choices=Clinician.choices, default="")
    report_received_on = models.DateField(null=True)
    quality_assured_on = models.DateField(null=True)
    health_plan_updated_on = models.DateField(null=True)

    class Meta:
        constraints = [
            # The Care Planning Regulations 2010 sch 1 para 1: an IHA by a registered doctor.
            models.CheckConstraint(
                condition=~models.Q(kind="IHA", completed_on__isnull=False)
                | models.Q(clinician_role="doctor"),
                name="iha_completed_by_a_doctor",
            ),
        ]
        indexes = [models.Index(fields=["provider", "completed_on"])]


class Appointment(models.Model):
    class Outcome(models.TextChoices):
        ATTENDED = "attended", "Attended"
        WAS_NOT_BROUGHT = "was_not_brought", "Was not brought (WNB)"
        DID_NOT_ATTEND = "did_not_attend", "Did not attend (DNA: the young person's choice)"
        CANCELLED_BY_PROVIDER = "cancelled_by_provider", "Cancelled by the provider"
        REFUSED = "refused", "Refused by a child of sufficient understanding"

    request = models.ForeignKey(
        AssessmentRequest, on_delete=models.CASCADE, related_name="appointments"
    )
    date = models.DateField()
    outcome = models.CharField(max_length=25, choices=Outcome.choices, default="")
    young_persons_views = models.TextField(default="", blank=True)  # with a refusal
    booked_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["request", "date"], name="one_appointment_per_day"),
        ]


class EscalationAction(models.Model):
    """The action that closed one step of a request's escalation ladder (duties.md §5)."""

    request = models.ForeignKey(
        AssessmentRequest, on_delete=models.CASCADE, related_name="escalation_actions"
    )
    addressed_to = models.CharField(max_length=30)  # a domain.escalation Role
    closed_on = models.DateField()
    action = models.TextField()
    closed_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["request", "addressed_to"], name="one_close_per_step")
        ]


class EscalationTask(models.Model):
    """A step of the escalation ladder as computed from the facts above; refreshed with them."""

    request = models.ForeignKey(
        AssessmentRequest, on_delete=models.CASCADE, related_name="escalation_tasks"
    )
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="escalation_tasks")
    step = models.PositiveSmallIntegerField()
    addressed_to = models.CharField(max_length=30)
    reason = models.TextField()
    raised = models.DateField()
    due = models.DateField()
    closed = models.DateField(null=True)
    panel_exception = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["addressed_to", "closed", "due"])]


class CareRecord(models.Model):
    """A visit, care plan, SDQ, dental check or health summary: each can meet a duty."""

    class Kind(models.TextChoices):
        VISIT = "visit", "Social worker visit"
        CARE_PLAN = "care_plan", "Care plan"
        SDQ = "sdq", "Strengths and difficulties questionnaire"
        DENTAL = "dental", "Dental check"
        HEALTH_SUMMARY = "health_summary", "Health summary for a care leaver"

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="care_records")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    date = models.DateField()
    sdq_score = models.PositiveSmallIntegerField(null=True)  # 0-40
    seen_alone = models.BooleanField(null=True)  # a visit: the child seen alone
    note = models.TextField(default="", blank=True)
    recorded_by = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(sdq_score__isnull=True) | models.Q(sdq_score__lte=40),
                name="sdq_score_0_to_40",
            ),
        ]
        indexes = [models.Index(fields=["child", "kind", "date"])]
