"""What every page's frame needs: demo mode, the membership, the menu it may use."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from incare.services.policy import Permission, has

MENU = (
    ("my-work", "My work", Permission.VIEW_WORKLIST),
    ("panel", "Panel report", Permission.VIEW_PANEL),
    ("audit", "Audit trail", Permission.SEARCH_AUDIT),
)


def service(request: HttpRequest) -> dict[str, Any]:
    membership = getattr(request, "membership", None)
    navigation = []
    if membership is not None:
        for name, label, permission in MENU:
            if has(membership, permission):
                url = reverse(name)
                navigation.append(
                    {
                        "url": url,
                        "label": label,
                        "current": request.path == url
                        or (url != "/" and request.path.startswith(url)),
                    }
                )
    return {
        "demo_mode": settings.DEMO,
        "membership": membership,
        "other_memberships": len(getattr(request, "memberships", ())) > 1,
        "navigation": navigation,
    }
