"""Authentication backend: Django's ModelBackend with a user's permissions read in one query.

The navigation asks for a permission on every page; ModelBackend reads the user's own permissions and
their groups' permissions in two queries. Here both come from one, with the same result (the test
compares it with ModelBackend's) and the same per-request cache on the user object."""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef, Q


class ModelBackendOneQuery(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            if user_obj.is_superuser:
                permissions = Permission.objects.all()
            else:
                own = Permission.user_set.through.objects.filter(permission_id=OuterRef("pk"), user_id=user_obj.pk)
                by_group = Permission.group_set.through.objects.filter(
                    permission_id=OuterRef("pk"), group__user=user_obj.pk
                )
                permissions = Permission.objects.filter(Q(Exists(own)) | Q(Exists(by_group)))
            rows = permissions.values_list("content_type__app_label", "codename").order_by()
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in rows}
        return user_obj._perm_cache
