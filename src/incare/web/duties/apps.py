from django.apps import AppConfig


class DutiesConfig(AppConfig):
    name = "incare.web.duties"
    label = "duties"
    verbose_name = "Duties"
