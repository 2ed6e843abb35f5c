"""Signing in: Django's ModelBackend, with a signed-in user's permissions read in the same query as the user."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import CharField, OuterRef, Q, Value
from django.db.models.functions import Concat


def permission_names() -> ArraySubquery:
    """The "app_label.codename" of every permission the user (OuterRef pk) holds, directly or through a
    group, as ModelBackend.get_all_permissions names them."""
    user = OuterRef(OuterRef("pk"))
    direct = get_user_model().user_permissions.through.objects.filter(user_id=user).values("permission_id")
    grouped = Group.permissions.through.objects.filter(group__user=user).values("permission_id")
    held = Permission.objects.filter(Q(pk__in=direct) | Q(pk__in=grouped)).annotate(
        qualified=Concat("content_type__app_label", Value("."), "codename", output_field=CharField())
    )
    return ArraySubquery(held.order_by().values("qualified"))


class PermissionsBackend(ModelBackend):
    """Every page a signed-in user asks for checks their role (`claims.permissions`), which ModelBackend
    reads in two queries of its own after the query of the user; here the user arrives with their
    permissions (`permission_names`), read afresh with every request, as ModelBackend's are."""

    def get_user(self, user_id):
        user = (
            get_user_model()._default_manager.annotate(permission_names=permission_names()).filter(pk=user_id).first()
        )
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        names = getattr(user_obj, "permission_names", None)
        # Superusers hold every permission, inactive users and objects none: ModelBackend's rules.
        if names is None or obj is not None or user_obj.is_superuser or not user_obj.is_active:
            return super().get_all_permissions(user_obj, obj=obj)
        return set(names)
