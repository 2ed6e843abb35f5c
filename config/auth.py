"""Authentication backend: Django's ModelBackend with the session's user and the user's permissions read
with one plain, parameterised statement.

The navigation asks for a permission on every page; ModelBackend reads the user's own permissions and
their groups' permissions in two ORM queries, after the ORM query of the user. Here the user and their
permissions come from one fixed, parameterised SQL statement (table names from the models, the user's id
as a parameter), with the same result (the tests compare it with ModelBackend's) and the same per-request
cache on the user object. Building the equivalent ORM queries cost more than running them (about 1.5 ms
of each page, measured in `make loadtest`)."""

import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connections, router


def _permissions_sql() -> str:
    user_model = get_user_model()
    user_permissions = user_model.user_permissions.through._meta.db_table
    user_groups = user_model.groups.through._meta.db_table
    group_permissions = Group.permissions.through._meta.db_table
    return (
        f"SELECT ct.app_label, p.codename FROM {Permission._meta.db_table} p "  # noqa: S608 - table names of models, no input
        f"JOIN {ContentType._meta.db_table} ct ON ct.id = p.content_type_id "
        f"WHERE p.id IN (SELECT permission_id FROM {user_permissions} WHERE user_id = %s "
        f"UNION SELECT gp.permission_id FROM {group_permissions} gp "
        f"JOIN {user_groups} ug ON ug.group_id = gp.group_id WHERE ug.user_id = %s)"
    )


@functools.cache
def _user_sql(database: str) -> tuple[str, list[str]]:
    """The statement that reads one user with their permissions (as _permissions_sql, "app.codename"),
    and the attribute names of its columns (built once)."""
    model = get_user_model()
    quote = connections[database].ops.quote_name
    fields = model._meta.concrete_fields
    columns = ", ".join(f"u.{quote(field.column)}" for field in fields)
    pk = f"u.{quote(model._meta.pk.column)}"
    permissions = (
        _permissions_sql()
        .replace("SELECT ct.app_label, p.codename", "SELECT ct.app_label || '.' || p.codename")
        .replace("%s", pk)
    )
    sql = f"SELECT {columns}, ARRAY({permissions}) FROM {quote(model._meta.db_table)} u WHERE {pk} = %s"  # noqa: S608 - the model's table and columns
    return sql, [field.attname for field in fields]


class ModelBackendOneQuery(ModelBackend):
    def get_user(self, user_id):
        """The user of a session, on every request: one fixed parameterised statement instead of an ORM
        query (0.35 → 0.14 ms), the row made into a user as the ORM makes it (Model.from_db), with their
        permissions read in the same statement (the page asks for one anyway)."""
        model = get_user_model()
        database = router.db_for_read(model)
        sql, names = _user_sql(database)
        with connections[database].cursor() as cursor:
            cursor.execute(sql, [model._meta.pk.to_python(user_id)])
            row = cursor.fetchone()
        if row is None:
            return None
        user = model.from_db(database, names, row[:-1])
        if not user.is_superuser:  # a superuser's are every permission, read when asked for
            user._perm_cache = set(row[-1])
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            if user_obj.is_superuser:
                rows = Permission.objects.values_list("content_type__app_label", "codename").order_by()
            else:
                with connections[router.db_for_read(Permission)].cursor() as cursor:
                    cursor.execute(_permissions_sql(), [user_obj.pk, user_obj.pk])
                    rows = cursor.fetchall()
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in rows}
        return user_obj._perm_cache
