"""URL routes of care events and the rest of the record (issue 5 §1, §5)."""

from django.urls import URLPattern, path

from incare.web.care import views_events as views

urlpatterns: list[URLPattern] = [
    path("children/<int:child_id>/enter-care/", views.enter_care, name="care-enter"),
    path("children/<int:child_id>/move/", views.change_placement, name="care-move"),
    path(
        "children/<int:child_id>/legal-status/",
        views.change_legal_status,
        name="care-legal-status",
    ),
    path("children/<int:child_id>/leave-care/", views.cease_care, name="care-cease"),
    path("children/<int:child_id>/review/", views.review, name="care-review"),
    path("children/<int:child_id>/visit/", views.visit, name="care-visit"),
    path("children/<int:child_id>/care-plan/", views.care_plan, name="care-plan"),
    path("children/<int:child_id>/sdq/", views.sdq, name="care-sdq"),
    path("children/<int:child_id>/dental-check/", views.dental_check, name="care-dental"),
    path(
        "children/<int:child_id>/immunisations/",
        views.immunisations,
        name="care-immunisations",
    ),
    path(
        "children/<int:child_id>/health-summary/",
        views.health_summary,
        name="care-health-summary",
    ),
]
