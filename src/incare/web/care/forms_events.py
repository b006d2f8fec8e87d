"""Forms of the care events and the rest of the record: they parse what was typed (dates,
codes, numbers) with clear messages; the services decide whether it is allowed. The templates
write the GOV.UK markup by hand, so these forms are never rendered with `{{ form }}`.

The code lists show every code of the supported collection years, labelled as the DfE's
SSDA903 guide describes them; a code not valid in the year of the date is refused by the
service with a message naming the year.
"""

from __future__ import annotations

from typing import Any

from django import forms

from incare.services.care_events import normal_postcode

DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
YES_NO = [("yes", "Yes"), ("no", "No")]

LEGAL_STATUSES = {
    "C1": "Interim care order",
    "C2": "Full care order",
    "D1": "Freeing order granted",
    "E1": "Placement order granted",
    "V2": "Single period of accommodation under section 20",
    "V3": "Accommodated under an agreed series of short-term breaks (individual episodes)",
    "V4": "Accommodated under an agreed series of short-term breaks (agreements recorded)",
    "L1": "Under police protection and in local authority accommodation",
    "L2": "Emergency protection order",
    "L3": "Under child assessment order and in local authority accommodation",
    "J1": "Remanded to local authority or youth detention accommodation",
    "J2": "Placed in local authority accommodation under PACE 1984",
    "J3": "Youth rehabilitation order with a residence or intensive fostering requirement",
}
PLACEMENTS = {
    "U1": "Foster placement with relative or friend: long-term fostering",
    "U2": "Foster placement with relative or friend who is an approved adopter",
    "U3": "Foster placement with relative or friend: not long-term or for adoption",
    "U4": "Foster placement with other foster carer: long-term fostering",
    "U5": "Foster placement with other foster carer who is an approved adopter",
    "U6": "Foster placement with other foster carer: not long-term or for adoption",
    "A3": "Placed for adoption with consent, with current foster carer",
    "A4": "Placed for adoption with consent, not with current foster carer",
    "A5": "Placed for adoption with placement order, with current foster carer",
    "A6": "Placed for adoption with placement order, not with current foster carer",
    "K1": "Secure children's home",
    "K2": "Children's home subject to the Children's Homes Regulations",
    "K3": "Supported accommodation (from 2024/25)",
    "H5": "Semi-independent living accommodation (until 2024/25)",
    "P1": "Placed with own parent or other person with parental responsibility",
    "P2": "Independent living (until 2024/25)",
    "P3": "Residential employment",
    "R1": "Residential care home",
    "R2": "NHS or health trust establishment providing medical or nursing care",
    "R3": "Family centre or mother and baby unit",
    "R5": "Young offender institution",
    "S1": "Residential school (not dual-registered as a children's home)",
    "T0": "Temporary move of any kind (T1 to T4 combined)",
    "T1": "Temporary period in hospital",
    "T2": "Temporary absence on holiday",
    "T3": "Temporary accommodation while the foster carer is on holiday",
    "T4": "Temporary accommodation of 7 days or less, for another reason",
    "Z1": "Other placement (until 2024/25)",
    "Z11": "Other placement: Z11 (from 2025/26)",
    "Z12": "Other placement: Z12 (from 2025/26)",
    "Z13": "Other placement: Z13 (from 2025/26)",
    "Z14": "Other placement: Z14 (from 2025/26)",
}
REASONS_CEASED = {
    "E11": "Adopted: application unopposed",
    "E12": "Adopted: consent dispensed with by the court",
    "E2": "Died",
    "E3": "Care taken over by another local authority in the UK",
    "E4A": "Returned home to parents or others with parental responsibility, as planned",
    "E4B": "Returned home to parents or others with parental responsibility, not as planned",
    "E13": "Left care to live with parents or relatives without parental responsibility",
    "E41": "Residence order or child arrangements order granted",
    "E45": "Special guardianship order to former foster carer who is a relative or friend",
    "E46": "Special guardianship order to former foster carer, not a relative or friend",
    "E47": "Special guardianship order to another carer who is a relative or friend",
    "E48": "Special guardianship order to another carer, not a relative or friend",
    "E5": "Independent living with formal advice and support",
    "E6": "Independent living without formal advice and support",
    "E7": "Transferred to residential care funded by adult social care",
    "E8": "Care ended for any other reason",
    "E9": "Sentenced to custody",
    "E14": "Accommodation on remand ended",
    "E15": "Age assessment found the young person to be 18 or over",
    "E16": "Moved abroad",
    "E17": "Aged 18 or over and stayed with current carers (staying put)",
}
REASONS_PLACE_CHANGE = {
    "CARPL": "Change to or carrying out of the care plan",
    "CLOSE": "Resignation or closure of the provision",
    "ALLEG": "Allegation (section 47)",
    "STAND": "Concern about the standard of care",
    "APPRR": "Approval removed",
    "CREQB": "Carer asked for the placement to end because of the child's behaviour",
    "CREQO": "Carer asked for the placement to end for another reason",
    "CHILD": "The child asked for the placement to end",
    "LAREQ": "The responsible or area authority asked for the placement to end",
    "PLACE": "Change in the status of the placement only",
    "CUSTOD": "Custody arrangement",
    "OTHER": "Other",
}
CATEGORIES_OF_NEED = {
    "N1": "Abuse or neglect",
    "N2": "Child's disability",
    "N3": "Parental illness or disability",
    "N4": "Family in acute stress",
    "N5": "Family dysfunction",
    "N6": "Socially unacceptable behaviour",
    "N7": "Low income",
    "N8": "Absent parenting",
}
PARTICIPATION = {
    "PN0": "Child aged under 4 at the time of the review",
    "PN1": "Attends and speaks for themselves",
    "PN2": "Attends and an advocate speaks for them",
    "PN3": "Attends and conveys their views non-verbally",
    "PN4": "Attends but does not speak or convey their views",
    "PN5": "Does not attend but briefs an advocate to speak for them",
    "PN6": "Does not attend but conveys their views by a facilitative medium",
    "PN7": "Does not attend and their views are not conveyed",
}


def _choices(labels: dict[str, str]) -> list[tuple[str, str]]:
    return [(code, f"{code}: {label}") for code, label in labels.items()]


def _date(label: str) -> forms.DateField:
    return forms.DateField(
        input_formats=DATE_FORMATS,
        error_messages={
            "required": f"Enter the date {label}",
            "invalid": f"The date {label} must be a real date, like 2026-11-23",
        },
    )


def _code(
    labels: dict[str, str], what: str, *, required: bool = True, blank: bool = True
) -> forms.ChoiceField:
    """A code from a list: a select (with a blank first option) or, `blank=False`, radios."""
    return forms.ChoiceField(
        choices=[*([("", "")] if blank else []), *_choices(labels)],
        required=required,
        error_messages={
            "required": f"Select the {what}",
            "invalid_choice": f"Select the {what} from the list",
        },
    )


def _yes_no(message: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        choices=YES_NO,
        coerce=lambda value: value == "yes",
        error_messages={"required": message, "invalid_choice": message},
    )


def _postcode(*, label: str) -> forms.CharField:
    return forms.CharField(
        required=False, max_length=20, strip=True, label=label,
        error_messages={"max_length": "Enter a real postcode, like NG2 7QP"},
    )  # fmt: skip


class ChildForm(forms.Form):
    """A form that changes a child: it carries the version of the record it was opened at."""

    version = forms.IntegerField(
        min_value=0,
        widget=forms.HiddenInput,
        error_messages={
            "required": "This form is out of date: open it again from the child's record",
            "invalid": "This form is out of date: open it again from the child's record",
        },
    )

    def clean(self) -> dict[str, Any]:
        """Postcodes in the shape of a UK postcode (the service checks everything else)."""
        data = super().clean() or {}
        for name in ("placement_postcode", "home_postcode"):
            if data.get(name):
                try:
                    normal_postcode(data[name])
                except ValueError:
                    self.add_error(name, "Enter a real postcode, like NG2 7QP")
        return data

    def error_list(self) -> list[tuple[str, str]]:
        """(field id, message) for the error summary, in the order of the fields."""
        found = [("event-form", str(e)) for e in self.non_field_errors()]
        for name in self.fields:
            anchor = "event-form" if name == "version" else f"id_{name}"
            for error in self.errors.get(name, []):
                found.append((anchor, str(error)))
        return found


class EnterCareForm(ChildForm):
    start = _date("care started")
    legal_status = _code(LEGAL_STATUSES, "legal status")
    placement = _code(PLACEMENTS, "placement type")
    placement_postcode = _postcode(label="placement postcode")
    emergency = _yes_no("Select whether this was an emergency placement")
    home_postcode = _postcode(label="home postcode")
    category_of_need = _code(CATEGORIES_OF_NEED, "category of need", required=False)


class MoveForm(ChildForm):
    date = _date("of the move")
    placement = _code(PLACEMENTS, "placement type")
    placement_postcode = _postcode(label="placement postcode")
    emergency = _yes_no("Select whether this was an emergency placement")
    reason_place_change = _code(
        REASONS_PLACE_CHANGE, "reason for the change of placement", required=False
    )


class LegalStatusForm(ChildForm):
    date = _date("of the change")
    legal_status = _code(LEGAL_STATUSES, "new legal status")


class CeaseForm(ChildForm):
    date = _date("care ended")
    reason = _code(REASONS_CEASED, "reason care ended")


class ReviewForm(ChildForm):
    date = _date("of the review")
    participation = _code(PARTICIPATION, "way the child took part", blank=False)


class VisitForm(ChildForm):
    date = _date("of the visit")
    seen_alone = _yes_no("Select whether the child was seen alone")


class CarePlanForm(ChildForm):
    date = _date("of the care plan")


class SdqForm(ChildForm):
    date = _date("of the SDQ")
    score = forms.IntegerField(
        error_messages={
            "required": "Enter the total difficulties score",
            "invalid": "The score must be a whole number from 0 to 40",
        }
    )


class DentalForm(ChildForm):
    date = _date("of the dental check")


class ImmunisationsForm(ChildForm):
    up_to_date = _yes_no("Select whether the child's immunisations are up to date")


class HealthSummaryForm(ChildForm):
    date = _date("of the health summary")


def cleaned(form: forms.Form) -> dict[str, Any]:
    """The form's values for the service: everything but the version."""
    return {k: v for k, v in form.cleaned_data.items() if k != "version"}
