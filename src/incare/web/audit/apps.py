from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "incare.web.audit"
    label = "audit"
    verbose_name = "Audit"
