"""A form that takes a pasted article needs a larger request than Django's site-wide limit
(DATA_UPLOAD_MAX_MEMORY_SIZE, kept small everywhere else). `large_form_post` raises the limit for one view.

The body is read here rather than by Django's request parser (which applies the site-wide limit), and the
CSRF check then runs on it as the middleware would have. A body beyond the limit is read in pieces and only
its small fields kept, so the form can say what was too large and still show what else was typed."""

import functools

from django.core.exceptions import RequestDataTooBig
from django.http import QueryDict
from django.middleware.csrf import CsrfViewMiddleware
from django.views.decorators.csrf import csrf_exempt

CHUNK = 64 * 1024
SMALL_FIELD = 64 * 1024  # a field longer than this, in a body over the limit, is dropped


def _small_fields(stream, encoding: str) -> QueryDict:
    """The fields of an urlencoded body no longer than SMALL_FIELD; longer ones are dropped unread."""
    kept, current, dropped = [], bytearray(), False
    while chunk := stream.read(CHUNK):
        pieces = chunk.split(b"&")
        for index, piece in enumerate(pieces):
            if index:
                if not dropped:
                    kept.append(bytes(current))
                current, dropped = bytearray(), False
            if not dropped:
                current += piece
                dropped = len(current) > SMALL_FIELD
    if current and not dropped:
        kept.append(bytes(current))
    return QueryDict(b"&".join(kept), encoding=encoding)


def large_form_post(max_bytes: int):
    """Let a view's urlencoded POST be up to `max_bytes`. Over it, `request.post_too_large` is True and
    request.POST holds the small fields only (none, for a multipart body over Django's own limit)."""

    def decorator(view):
        checked = CsrfViewMiddleware(lambda request: None)

        @csrf_exempt  # checked below, once the body has been read under this view's limit
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            request.post_too_large = False
            content_type = request.META.get("CONTENT_TYPE", "")
            if request.method == "POST" and content_type.startswith("application/x-www-form-urlencoded"):
                try:
                    length = int(request.META.get("CONTENT_LENGTH") or 0)
                except ValueError:
                    length = 0
                encoding = request.encoding or "utf-8"
                if length > max_bytes:
                    request.post_too_large = True
                    request.POST = _small_fields(request, encoding)
                else:
                    request.POST = QueryDict(request.read(max_bytes + 1), encoding=encoding)
            elif request.method == "POST":
                # Multipart (not what the form sends): Django's parser and limit; too large, it says so.
                try:
                    request.POST  # noqa: B018 -- parsed now, so that a body over the limit is caught here
                except RequestDataTooBig:
                    request.post_too_large = True
                    request.POST = QueryDict()
            refusal = checked.process_view(request, view, args, kwargs)
            if refusal is not None:
                return refusal
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
