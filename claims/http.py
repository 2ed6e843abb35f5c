"""Conditional requests for the pages anonymous readers see."""

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.translation import get_language
from django.views.decorators.http import condition

from claims.search import generations


def reader_etag(request, *args, **kwargs) -> str | None:
    """The ETag of a page as an anonymous reader sees it: it shows published claims only, so it changes
    when the published search token does (claims.search.generations.published_changed), and otherwise only with the
    address, the interface language and the reader's CSRF cookie (the page's forms carry its token). None
    (no ETag, nothing answered from it) for signed-in users and while a message waits to be shown."""
    if request.user.is_authenticated or CookieStorage.cookie_name in request.COOKIES:
        return None
    token = generations.published_generation()
    if token is None:
        return None
    parts = (token, get_language(), request.get_full_path(), request.COOKIES.get(settings.CSRF_COOKIE_NAME, ""))
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


# Answers 304 Not Modified when the reader's copy is current; sends the ETag otherwise.
reader_conditional = condition(etag_func=reader_etag)
