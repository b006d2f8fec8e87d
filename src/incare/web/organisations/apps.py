from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "incare.web.organisations"
    label = "organisations"
    verbose_name = "Organisations"
