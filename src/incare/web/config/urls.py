"""URL routes: signing in, the worklist, a child's record, exports, the audit trail, the panel."""

from django.urls import include, path

from incare.web.pages import views as pages
from incare.web.people import views as people

urlpatterns = [
    path("sign-in/", people.sign_in, name="sign-in"),
    path("sign-out/", people.sign_out, name="sign-out"),
    path("two-factor/", people.two_factor, name="two-factor"),
    path("choose-role/", people.choose_role, name="choose-role"),
    path("health/", pages.health, name="health"),
    path("", pages.my_work, name="my-work"),
    path("worklist.<str:fmt>", pages.export, name="export"),
    path("children/<int:child_id>/", pages.child_record, name="child-record"),
    path("children/<int:child_id>/summary/", pages.child_summary, name="child-summary"),
    path("audit/", pages.audit_trail, name="audit"),
    path("panel/", pages.panel_report, name="panel"),
    # Recording the work (issue 5).
    path("", include("incare.web.care.urls_events")),
    path("", include("incare.web.care.urls_notifications")),
    path("", include("incare.web.care.urls_assessments")),
]
