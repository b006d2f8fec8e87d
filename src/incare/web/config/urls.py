"""URL routes (pages arrive with the children's record and worklists)."""

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
