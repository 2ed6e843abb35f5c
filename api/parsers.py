"""The one request body parser of the API: JSON, refusing what the database or Python cannot hold."""

from django.utils.translation import gettext as _
from rest_framework import exceptions, parsers

from interchange.importing import json_problem


class SafeJSONParser(parsers.JSONParser):
    """JSON bodies nested too deeply, or holding a lone UTF-16 surrogate, are a 400 with the reason (the
    same rule as a row of an import: interchange.importing.json_problem), never a 500."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise exceptions.ParseError(_("The JSON is nested too deeply.")) from None
        problem = json_problem(data)
        if problem:
            raise exceptions.ParseError(problem)
        return data
