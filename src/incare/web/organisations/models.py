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
