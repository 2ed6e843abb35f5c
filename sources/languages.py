"""The languages content may be written in (ISO 639-1), shared by sources, quotes and translations."""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

LANGUAGE_NAMES = {
    "uk": _("Ukrainian"),
    "en": _("English"),
    "ru": _("Russian"),
    "be": _("Belarusian"),
    "pl": _("Polish"),
    "de": _("German"),
    "fr": _("French"),
    "es": _("Spanish"),
    "zh": _("Chinese"),
    "ar": _("Arabic"),
    "tr": _("Turkish"),
    "my": _("Burmese"),
    "ka": _("Georgian"),
    "kk": _("Kazakh"),
}


def language_choices() -> list[tuple[str, str]]:
    return [(code, LANGUAGE_NAMES.get(code, code)) for code in settings.CONTENT_LANGUAGES]


def language_check(field: str) -> Q:
    """A CheckConstraint condition: the field holds an ISO 639-1 code (two lowercase letters)."""
    return Q(**{f"{field}__regex": r"^[a-z]{2}$"})
