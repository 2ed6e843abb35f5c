from django import template

from sources.languages import LANGUAGE_NAMES
from sources.models import heading_of

register = template.Library()


@register.filter
def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


@register.filter
def localized_name(speaker, language: str | None = None) -> str:
    return speaker.localized_name(language)


@register.filter
def month_start(day):
    """The first day of the date's month: claims regrouped by it fall under one heading per month."""
    return day.replace(day=1)


@register.filter
def heading(text: str) -> str:
    """An untitled source's heading from the opening of its text (Source.display_title)."""
    return heading_of(text or "")


@register.filter
def choices(field) -> list:
    """A choice field's (value, label) options as a list: a form field's choices from a function are an
    iterator without a length, which a template `for` asks for. Read through iter(): list() would ask a
    model choice field's iterator for its length, a COUNT query of its own."""
    return list(iter(field.field.choices))
