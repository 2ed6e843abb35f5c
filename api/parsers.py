"""The one request body parser of the API: JSON, refusing what the database or Python cannot hold."""

from django.utils.translation import gettext as _
from rest_framework import exceptions, parsers

MAX_DEPTH = 32  # far deeper than any request body of this API


def problem_in(data) -> str | None:
    """Why parsed JSON cannot be taken (nested too deep, or text with a lone surrogate, which is no
    character and cannot be stored as UTF-8), or None. Iterative, so depth itself cannot crash it."""
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            return _("The JSON is nested too deeply.")
        if isinstance(value, str):
            if has_surrogate(value):
                return _("The text contains an invalid character (a lone UTF-16 surrogate).")
        elif isinstance(value, dict):
            pending.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)
    return None


def has_surrogate(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


class SafeJSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise exceptions.ParseError(_("The JSON is nested too deeply.")) from None
        problem = problem_in(data)
        if problem:
            raise exceptions.ParseError(problem)
        return data
