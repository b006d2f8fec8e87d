"""Small-number suppression for published aggregates, in one place.

Counts from 1 to 4 are shown as "fewer than 5" so that no child can be recognised in a report
read outside the record (the DfE suppresses small numbers in its children-looked-after
statistics the same way; the threshold is a named constant).
"""

from __future__ import annotations

SUPPRESS_BELOW = 5
SUPPRESSED = "fewer than 5"


def shown(count: int) -> str:
    """A count as a report may show it."""
    if 0 < count < SUPPRESS_BELOW:
        return SUPPRESSED
    return f"{count:,}"


def percentage(part: int, whole: int) -> str:
    """`part` of `whole` as a whole-number percentage; suppressed when either is small."""
    if 0 < part < SUPPRESS_BELOW or whole < SUPPRESS_BELOW:
        return "suppressed (small numbers)" if whole else "none"
    return f"{round(100 * part / whole)}%"
