"""Every page but signing in needs a signed-in user, verified by a second factor (except in
demo mode), acting in one of their memberships: `request.membership`."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from incare.web.people.models import Membership

OPEN_PATHS = ("/sign-in/", "/static/", "/health/")
SESSION_KEY = "incare_membership"


def two_factor_done(request: HttpRequest) -> bool:
    """Whether the second factor is done (django_otp's middleware gives `is_verified`; a user
    signed in during this very request has not been through it yet, so is not verified)."""
    verified = getattr(request.user, "is_verified", None)
    return not settings.TWO_FACTOR_REQUIRED or (verified is not None and bool(verified()))


class SignedInMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.membership = None  # type: ignore[attr-defined]
        path = request.path
        if path.startswith(OPEN_PATHS):
            return self.get_response(request)
        if not request.user.is_authenticated:
            return redirect(f"{reverse('sign-in')}?next={path}")
        if not two_factor_done(request):
            if not path.startswith("/two-factor/"):
                return redirect("two-factor")
            return self.get_response(request)
        memberships = list(
            Membership.objects.filter(user=request.user)
            .select_related("council", "icb", "provider", "gp_practice", "team")
            .order_by("pk")
        )
        chosen = request.session.get(SESSION_KEY)
        current = next((m for m in memberships if m.pk == chosen), None)
        if current is None and len(memberships) == 1:
            current = memberships[0]
            request.session[SESSION_KEY] = current.pk
        request.membership = current  # type: ignore[attr-defined]
        request.memberships = memberships  # type: ignore[attr-defined]
        if current is None and not path.startswith(("/choose-role/", "/sign-out/")):
            return redirect("choose-role")
        return self.get_response(request)
