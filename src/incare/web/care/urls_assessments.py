"""URL routes of the health assessment journey and the escalation ladder (issue 5 §3, §4)."""

from django.urls import URLPattern, path

from incare.web.care import views_assessments as views

urlpatterns: list[URLPattern] = [
    path("assessments/", views.provider_requests, name="assessments-provider"),
    path("children/<int:child_id>/assessments/", views.child_assessments, name="assessments-child"),
    path(
        "children/<int:child_id>/assessments/request/",
        views.request_assessment,
        name="assessment-request",
    ),
    path("assessments/<int:request_id>/", views.request_detail, name="assessment-detail"),
    path("assessments/<int:request_id>/book/", views.book, name="assessment-book"),
    path(
        "assessments/<int:request_id>/appointments/<int:appointment_id>/outcome/",
        views.outcome,
        name="assessment-outcome",
    ),
    path("assessments/<int:request_id>/complete/", views.complete, name="assessment-complete"),
    path("assessments/<int:request_id>/report/", views.report, name="assessment-report"),
    path(
        "assessments/<int:request_id>/escalations/<str:addressed_to>/close/",
        views.close_escalation,
        name="escalation-close",
    ),
]
