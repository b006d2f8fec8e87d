from django.apps import AppConfig


class ChildrenConfig(AppConfig):
    name = "incare.web.children"
    label = "children"
    verbose_name = "Children"
