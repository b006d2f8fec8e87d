"""URL routes of assessments (issue 5)."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
