"""Councils, ICBs and GP practices, and which ICB covers a council when: reference facts.

ICBs are keyed by ONS code: an ICB's ODS code survives an ONS recode (QXU, QNX in 2023) and a
merger can reuse one (QRL in 2026), so only the ONS code names one ICB for one period.
"""

from __future__ import annotations

from django.db import models


class Council(models.Model):
    ons_code = models.CharField(primary_key=True, max_length=9)
    dfe_code = models.CharField(max_length=3, db_index=True)  # DfE LA number; kept on recode
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=40)
    region = models.CharField(max_length=60)
    valid_from = models.DateField(null=True)
    valid_to = models.DateField(null=True)

    def __str__(self) -> str:
        return self.name


class ICB(models.Model):
    ons_code = models.CharField(primary_key=True, max_length=9)
    ods_code = models.CharField(max_length=5, db_index=True)
    name = models.CharField(max_length=120)
    nhs_region = models.CharField(max_length=60)
    valid_from = models.DateField()
    valid_to = models.DateField(null=True)

    class Meta:
        verbose_name = "ICB"

    def __str__(self) -> str:
        return f"{self.name} ({self.ods_code})"


class CouncilICB(models.Model):
    """Part of a council's population in an ICB's area, for a period."""

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="icb_shares")
    icb = models.ForeignKey(ICB, on_delete=models.PROTECT, related_name="council_shares")
    share = models.FloatField()
    is_main = models.BooleanField()
    valid_from = models.DateField()
    valid_to = models.DateField(null=True)

    class Meta:
        verbose_name = "council-ICB share"
        constraints = [
            models.UniqueConstraint(
                fields=["council", "icb", "valid_from"], name="one_share_per_period"
            ),
            models.CheckConstraint(
                condition=models.Q(share__gte=0) & models.Q(share__lte=1), name="share_0_to_1"
            ),
        ]
        indexes = [models.Index(fields=["council", "valid_from"])]


class GPPractice(models.Model):
    code = models.CharField(primary_key=True, max_length=8)
    name = models.CharField(max_length=120)
    postcode = models.CharField(max_length=8)
    icb_ods_code = models.CharField(max_length=5)  # as published (October 2025)
    icb_ods_code_2026 = models.CharField(max_length=5)  # after the April 2026 mergers

    class Meta:
        verbose_name = "GP practice"

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class SubICBLocation(models.Model):
    """A sub-ICB location (a former CCG area, `00L`), part of one ICB for a period.

    One row per location per period: 06H was in QUE until 2026-03-31 and is in S1Y5D since,
    and a record dated before the change must still find QUE.
    """

    ods_code = models.CharField(max_length=5)
    ons_code = models.CharField(max_length=9)
    name = models.CharField(max_length=120)
    icb = models.ForeignKey(ICB, on_delete=models.PROTECT, related_name="sub_icb_locations")
    valid_from = models.DateField()
    valid_to = models.DateField(null=True)

    class Meta:
        verbose_name = "sub-ICB location"
        constraints = [
            models.UniqueConstraint(
                fields=["ods_code", "valid_from"], name="one_sub_icb_location_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.ods_code})"


class Provider(models.Model):
    """An NHS provider (a trust, or a community provider's LAC health team), by ODS code."""

    ods_code = models.CharField(primary_key=True, max_length=8)
    name = models.CharField(max_length=160)
    # The ICB (ODS code) of the area it serves; null when it serves several.
    icb_ods_code = models.CharField(max_length=5, null=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.ods_code})"


class Team(models.Model):
    """A team of a council's children's services (a social-work team, a LAC health team)."""

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="teams")
    name = models.CharField(max_length=120)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["council", "name"], name="one_team_name_per_council")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.council_id})"
