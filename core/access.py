"""Who may read what, before any app's rules: the site's openness to readers, and the team."""

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


def is_team(user) -> bool:
    """Analysts, editors and staff: who may see the team's working material (every source with its
    snapshot, every speaker). A signed-in user in no group is a reader, and sees what readers see."""
    return user.is_authenticated and (user.is_staff or user.has_perm("sources.view_source"))
