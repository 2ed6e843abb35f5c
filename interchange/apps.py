from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterchangeConfig(AppConfig):
    """Import, export and JSON-LD: the claims' data in and out. No models of its own."""

    name = "interchange"
    verbose_name = _("Import and export")
