"""What a view needs to know about its request: today, now, the caller's address."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone


def now() -> dt.datetime:
    return timezone.now()


def today() -> dt.date:
    """Today in England, or the day `INCARE_TODAY` fixes (tests, and demos of a given day)."""
    fixed: dt.date | None = getattr(settings, "INCARE_TODAY", None)
    return fixed if fixed is not None else timezone.localdate()


def address(request: HttpRequest) -> str | None:
    """The client's address as the server saw it (a proxy's own address when behind one)."""
    return request.META.get("REMOTE_ADDR") or None
