"""A notification to the NHS as plain text (for secure e-mail) and as PDF (for a letter).

The content is `incare.services.notifications.Letter`: these only lay it out. The PDF is the
HTML template `care/notifications/letter.html` printed by WeasyPrint.
"""

from __future__ import annotations

import datetime as dt

from django.template.loader import render_to_string

from incare.services.notifications import Letter


def _day(day: dt.date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day is not None else "Not recorded"


def _code(code: str, meaning: str) -> str:
    return f"{code}: {meaning}" if code else meaning


def letter_text(letter: Letter) -> str:
    """The letter as plain text, one fact a line, for a secure e-mail."""

    def section(title: str, *facts: tuple[str, str]) -> list[str]:
        lines = ["", title.upper(), "-" * len(title)]
        lines += [f"{label}: {value}" for label, value in facts]
        return lines

    rows = [
        ("Name", letter.child_name),
        ("Date of birth", _day(letter.dob)),
        ("NHS number", letter.nhs_number),
        ("Council's reference", letter.council_reference),
    ]
    care = [
        ("What happened", f"The child {letter.what_happened} on {_day(letter.trigger_date)}"),
        ("Legal status", _code(letter.legal_status, letter.legal_status_meaning)),
        ("Placement type", _code(letter.placement_type, letter.placement_type_meaning)),
        ("Placement in the area of", f"{letter.placement_council}; {letter.placement_icb}"),
    ]
    if letter.previous_placement_council is not None:
        care.append(
            (
                "Previous placement in the area of",
                f"{letter.previous_placement_council}; {letter.previous_placement_icb}",
            )
        )
    care += [
        ("Emergency or planned", letter.placement_planning),
        ("Originating ICB (responsible commissioner) [1]", letter.originating_icb),
    ]
    health = [
        ("SDQ (latest)", letter.sdq),
        ("Immunisations", letter.immunisations),
        ("Last dental check", letter.dental),
        *(("Health assessment", line) for line in letter.health_assessments),
    ]
    contact = [
        ("Council", letter.council),
        ("Social worker", letter.social_worker),
        ("Contact", letter.contact),
    ]
    lines = [
        letter.classification,
        "",
        f"Notification to the NHS: {letter.subject}",
        f"To: {letter.recipient.label}, as the {letter.recipient_role}",
        f"From: {letter.council}",
        f"Date: {_day(letter.written_on)}",
    ]
    if letter.due is not None:
        lines.append(f"To be notified by: {_day(letter.due)}")
    if letter.sent_on is not None:
        lines.append(f"Sent: {_day(letter.sent_on)} ({letter.method})")
    lines += section("The child", *rows)
    lines += section("What happened", *care)
    lines += section("Health needs known", *health)
    lines += section("Who to contact", *contact)
    lines += ["", letter.legal_basis, "", f"[1] {letter.who_pays}", "", letter.classification]
    return "\n".join(lines) + "\n"


def letter_html(letter: Letter) -> str:
    return render_to_string("care/notifications/letter.html", {"letter": letter})


def letter_pdf(letter: Letter) -> bytes:
    """The letter as a PDF (A4), marked OFFICIAL-SENSITIVE at the top and foot of every page."""
    # Loaded on first use: it takes a moment, and most requests need none. No type hints.
    import weasyprint  # type: ignore[import-untyped]

    pdf = weasyprint.HTML(string=letter_html(letter)).write_pdf()
    assert pdf is not None  # write_pdf without a target returns the bytes
    return bytes(pdf)
