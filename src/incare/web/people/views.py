"""Signing in (password, then a TOTP code), choosing a role, signing out."""

from __future__ import annotations

import base64

import segno
from django.contrib.auth import login, logout
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from incare.services import audit
from incare.web.pages.requests import address, now
from incare.web.people.middleware import SESSION_KEY, two_factor_done
from incare.web.people.models import Membership


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or "/"
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else "/"


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    form = AuthenticationForm(request, data=request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            user = form.get_user()
            login(request, user)
            role, organisation = _filed_under(user.get_username())
            audit.record(
                now=now(), actor=user, role=role, organisation=organisation, action="sign_in",
                what="signed in with a password", address=address(request),
            )  # fmt: skip
            return redirect(_next(request) if two_factor_done(request) else "two-factor")
        username = request.POST.get("username", "")[:150]
        role, organisation = _filed_under(username)
        audit.record(
            now=now(), actor=None, role=role, organisation=organisation,
            action="sign_in_failed", what="sign-in refused", detail={"username": username},
            address=address(request),
        )  # fmt: skip
    return render(request, "people/sign_in.html", {"form": form, "next": _next(request)})


def _filed_under(username: str) -> tuple[str, str]:
    """(role, organisation) a sign-in event is filed under, so that the user's organisation
    sees it in its audit trail: the user's first membership; "-" for an unknown username."""
    membership = (
        Membership.objects.filter(user__username=username)
        .select_related("council", "icb", "provider", "gp_practice")
        .order_by("pk")
        .first()
    )
    if membership is None:
        return "-", "-"
    return membership.role, membership.organisation_code


def _device(request: HttpRequest) -> TOTPDevice:
    user = request.user
    device = TOTPDevice.objects.filter(user=user).order_by("-confirmed", "pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator app", confirmed=False)
    return device


@require_http_methods(["GET", "POST"])
def two_factor(request: HttpRequest) -> HttpResponse:
    """Verify a TOTP code; a user without a confirmed device sets one up here first."""
    if two_factor_done(request):
        return redirect("/")
    device = _device(request)
    error = ""
    if request.method == "POST":
        token = request.POST.get("code", "").replace(" ", "")
        if token.isdigit() and device.verify_token(token):
            if not device.confirmed:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(_next(request))
        error = "Enter the 6-digit code your authenticator app shows now"
    context: dict[str, object] = {"error": error, "setting_up": not device.confirmed}
    if not device.confirmed:
        qr = segno.make(device.config_url, error="m")
        context["qr_svg"] = qr.svg_inline(scale=4, title="QR code to add incare to an app")
        context["secret"] = base64.b32encode(device.bin_key).decode()
    return render(request, "people/two_factor.html", context)


@require_http_methods(["GET", "POST"])
def choose_role(request: HttpRequest) -> HttpResponse:
    memberships = request.memberships  # type: ignore[attr-defined]
    error = ""
    if request.method == "POST":
        chosen = request.POST.get("membership", "")
        match = next((m for m in memberships if str(m.pk) == chosen), None)
        if match is not None:
            request.session[SESSION_KEY] = match.pk
            return redirect("/")
        error = "Choose the role you are working in"
    return render(request, "people/choose_role.html", {"memberships": memberships, "error": error})


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("sign-in")
