"""Collection years of the SSDA903: 1 April to 31 March, named by the year they end in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

FIRST_SUPPORTED = 2023  # 2022/23
LAST_SUPPORTED = 2027  # 2026/27


class UnsupportedYear(ValueError):
    """A collection year incare has no tables or rules for."""


@dataclass(frozen=True, slots=True, order=True)
class CollectionYear:
    """`CollectionYear(2026)` is 2025/26: 1 April 2025 to 31 March 2026.

    Any year can be named (the year before the first supported one has dates too); what a user
    asks for goes through `supported()`.
    """

    end_year: int

    @classmethod
    def supported(cls, end_year: int) -> CollectionYear:
        """The year a user asked for, if incare has tables and rules for it."""
        if not FIRST_SUPPORTED <= end_year <= LAST_SUPPORTED:
            raise UnsupportedYear(
                f"collection year {end_year} is not supported "
                f"({FIRST_SUPPORTED - 1}/{FIRST_SUPPORTED % 100} to "
                f"{LAST_SUPPORTED - 1}/{LAST_SUPPORTED % 100}: give the year it ends in)"
            )
        return cls(end_year)

    @classmethod
    def last_ended(cls, day: dt.date) -> CollectionYear:
        """The collection year most recently ended on `day` (a year ends on 31 March)."""
        return cls(day.year if day >= dt.date(day.year, 3, 31) else day.year - 1)

    @property
    def start(self) -> dt.date:
        return dt.date(self.end_year - 1, 4, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.end_year, 3, 31)

    @property
    def label(self) -> str:
        """'2025/26'."""
        return f"{self.end_year - 1}/{self.end_year % 100:02d}"

    @property
    def key(self) -> str:
        """'2025_26', as rule lists name years."""
        return f"{self.end_year - 1}_{self.end_year % 100:02d}"

    @property
    def previous(self) -> CollectionYear:
        return CollectionYear(self.end_year - 1)
