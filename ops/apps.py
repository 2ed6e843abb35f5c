from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Operations: backup, restore and the demo data. No models of its own."""

    name = "ops"
    verbose_name = _("Operations")
