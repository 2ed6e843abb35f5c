"""Who may call what. Coarse checks only: the finer rules (whose claim, which workflow move) are the services'
to enforce, so the API cannot be more permissive than the pages."""

from django.conf import settings
from rest_framework.permissions import SAFE_METHODS, BasePermission


def site_readable(user) -> bool:
    """Anyone reads when the site is public; otherwise only signed-in users (as core.access.readable)."""
    return bool(user and user.is_authenticated) or settings.SITE_PUBLIC


class RoleAccess(BasePermission):
    """Reads follow the site's public setting. Writes need a signed-in user holding the model permission the
    view names for the action in `write_permissions` (None: the service decides alone, as for transitions).
    An action a view does not offer is let through, so the caller gets 405, not a misleading 403."""

    def has_permission(self, request, view) -> bool:
        user = request.user
        if request.method in SAFE_METHODS:
            return site_readable(user)
        if not (user and user.is_authenticated):
            return False
        required = getattr(view, "write_permissions", {}).get(getattr(view, "action", None))
        return required is None or user.has_perm(required)
