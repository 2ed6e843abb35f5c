"""Request rates, counted in the shared "throttle" cache (the database), so every worker and app server
counts the same requests. The API uses them through REST framework; the search page asks SearchThrottle
directly."""

from django.core.cache import caches
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle


class AnonThrottle(AnonRateThrottle):
    """Anonymous API callers, per address."""

    cache = caches["throttle"]


class SearchThrottle(SimpleRateThrottle):
    """Searches, per user or (anonymous) per address: the page and the API share one count."""

    scope = "search"
    cache = caches["throttle"]

    def get_cache_key(self, request, view=None) -> str:
        user = request.user
        ident = f"user-{user.pk}" if user.is_authenticated else self.get_ident(request)
        return self.cache_format % {"scope": self.scope, "ident": ident}


def search_allowed(request) -> tuple[bool, int]:
    """Whether this search may run now, and else how many seconds to wait."""
    throttle = SearchThrottle()
    if throttle.allow_request(request, None):
        return True, 0
    return False, max(1, int(throttle.wait() or 1))
