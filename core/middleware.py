"""Middleware every app relies on."""

from django.utils.cache import patch_cache_control, patch_vary_headers


class PrivateCacheMiddleware:
    """Pages for a signed-in user are theirs alone: `Cache-Control: private`, so that no shared cache (a
    proxy, a CDN) keeps one and shows it to someone else. Anonymous pages are left to their views (ETag)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ["Cookie"])
        return response
