from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "incare.web.pages"
    label = "pages"
