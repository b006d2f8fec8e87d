from django.apps import AppConfig


class CareConfig(AppConfig):
    name = "incare.web.care"
    label = "care"
    verbose_name = "Care recorded"
