"""URL routes of events (issue 5)."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
