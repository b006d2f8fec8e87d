"""URL routes of notifications to the NHS (issue 5 §2): a child's notifications, their letters,
and the receiving organisation's inbox."""

from django.urls import URLPattern, path

from incare.web.care import views_notifications as views

LETTER = "children/<int:child_id>/notifications/letter/<str:trigger>/<str:day>/<str:recipient>"

urlpatterns: list[URLPattern] = [
    path(
        "children/<int:child_id>/notifications/",
        views.child_notifications,
        name="notifications-child",
    ),
    path(
        "children/<int:child_id>/notifications/record/",
        views.record_sent,
        name="notifications-record",
    ),
    path(f"{LETTER}.txt", views.letter_as_text, name="notifications-letter-text"),
    path(f"{LETTER}.pdf", views.letter_as_pdf, name="notifications-letter-pdf"),
    path("inbox/", views.inbox, name="inbox"),
    path(
        "inbox/<int:notification_id>/acknowledge/",
        views.acknowledge,
        name="inbox-acknowledge",
    ),
]
