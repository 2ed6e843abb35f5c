"""reverse() for the pages of one object (`/claims/<id>/`), worked out once per URL name.

reverse() resolves the URL pattern on every call (about 25 µs); a search page asks it for two URLs a
result, a speaker's timeline for one a claim. Here the pattern is reversed once per URL name, script
prefix and URL configuration, with a marker for the id, and later calls put the id in its place."""

import functools

from django.urls import get_script_prefix, get_urlconf, reverse

_MARKER = 918273645  # an id no pattern text contains


@functools.lru_cache(maxsize=256)
def _around_id(name: str, prefix: str, urlconf: str | None) -> tuple[str, str]:
    url = reverse(name, urlconf=urlconf, args=[_MARKER])
    head, found, tail = url.partition(str(_MARKER))
    if not found or str(_MARKER) in tail:
        raise ValueError(f"{name} does not take the id as its only argument")
    return head, tail


def object_url(name: str, pk: int) -> str:
    """reverse(name, args=[pk]) for a URL whose only argument is an integer id."""
    head, tail = _around_id(name, get_script_prefix(), get_urlconf())
    return f"{head}{int(pk)}{tail}"
