from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "incare.web.people"
    label = "people"
