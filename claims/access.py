from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login


def readable(view):
    """Pages readers may see: open to anyone when the site is public, otherwise after login."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not settings.SITE_PUBLIC and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper
