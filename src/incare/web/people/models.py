"""Who works where, in which role: a user's memberships of organisations.

A user may hold several memberships (a designated nurse who also sits on the panel); they act in
one at a time, chosen after signing in. What each role may see and do is decided in one place,
`incare.services.policy`; these models only record the facts it decides from.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from incare.web.organisations.models import ICB, Council, GPPractice, Provider, Team


class Role(models.TextChoices):
    SOCIAL_WORKER = "social_worker", "Social worker"
    TEAM_MANAGER = "team_manager", "Team manager"
    HEALTH_COORDINATOR = "health_coordinator", "LAC health coordinator"
    IRO = "iro", "Independent reviewing officer"
    COUNCIL_ADMIN = "council_admin", "Council administrator"
    DESIGNATED_PROFESSIONAL = "designated_professional", "Designated nurse or doctor"
    PROVIDER_LAC_TEAM = "provider_lac_team", "Health provider LAC team"
    GP_PRACTICE = "gp_practice", "GP practice"
    PANEL_MEMBER = "panel_member", "Corporate Parenting Panel member"


COUNCIL_ROLES = frozenset(
    {
        Role.SOCIAL_WORKER,
        Role.TEAM_MANAGER,
        Role.HEALTH_COORDINATOR,
        Role.IRO,
        Role.COUNCIL_ADMIN,
        Role.PANEL_MEMBER,
    }
)


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=30, choices=Role.choices)
    # Exactly one organisation, of the kind the role belongs to (the constraint below).
    council = models.ForeignKey(Council, on_delete=models.PROTECT, null=True, related_name="+")
    icb = models.ForeignKey(ICB, on_delete=models.PROTECT, null=True, related_name="+")
    provider = models.ForeignKey(Provider, on_delete=models.PROTECT, null=True, related_name="+")
    gp_practice = models.ForeignKey(
        GPPractice, on_delete=models.PROTECT, null=True, related_name="+"
    )
    team = models.ForeignKey(Team, on_delete=models.PROTECT, null=True, related_name="+")

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="organisation_fits_role",
                condition=(
                    models.Q(
                        role__in=sorted(COUNCIL_ROLES),
                        council__isnull=False,
                        icb__isnull=True,
                        provider__isnull=True,
                        gp_practice__isnull=True,
                    )
                    | models.Q(
                        role=Role.DESIGNATED_PROFESSIONAL,
                        icb__isnull=False,
                        council__isnull=True,
                        provider__isnull=True,
                        gp_practice__isnull=True,
                        team__isnull=True,
                    )
                    | models.Q(
                        role=Role.PROVIDER_LAC_TEAM,
                        provider__isnull=False,
                        council__isnull=True,
                        icb__isnull=True,
                        gp_practice__isnull=True,
                        team__isnull=True,
                    )
                    | models.Q(
                        role=Role.GP_PRACTICE,
                        gp_practice__isnull=False,
                        council__isnull=True,
                        icb__isnull=True,
                        provider__isnull=True,
                        team__isnull=True,
                    )
                ),
            ),
            models.CheckConstraint(
                name="team_manager_has_team",
                condition=~models.Q(role=Role.TEAM_MANAGER) | models.Q(team__isnull=False),
            ),
        ]

    @property
    def organisation(self) -> Council | ICB | Provider | GPPractice:
        found = self.council or self.icb or self.provider or self.gp_practice
        assert found is not None  # the constraint above
        return found

    @property
    def organisation_code(self) -> str:
        """The code the audit trail files this membership's actions under: the primary key
        (ONS code of a council or ICB, ODS code of a provider or practice)."""
        return str(self.organisation.pk)

    def __str__(self) -> str:
        return f"{self.get_role_display()}, {self.organisation}"
