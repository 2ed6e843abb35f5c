"""Related rows read inside the query of the objects they belong to, instead of one prefetch query each.

`prefetch_related` costs a query per relation: on a claim page the speaker's names, roles and aliases and
the claim's topics were four of its eleven queries, and building and compiling each cost more than running
it. Here each relation becomes an `ARRAY(SELECT jsonb_build_object(...) ...)` column of the outer query
(`rows_of`), and `attach` puts the rows in the object's prefetch cache exactly as prefetch_related would,
so `speaker.names.all()` and the like read them without a query.
"""

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import Model, QuerySet
from django.db.models.functions import JSONObject


def rows_of(queryset: QuerySet) -> ArraySubquery:
    """Every row of `queryset` (usually filtered on an OuterRef), in its order, each as a JSON object of
    every concrete field: an array to annotate the outer query with, for `attach`."""
    fields = queryset.model._meta.concrete_fields
    return ArraySubquery(queryset.values(json=JSONObject(**{field.attname: field.attname for field in fields})))


def attach(instance: Model, accessor: str, rows: list[dict] | None) -> None:
    """Put `rows` (read through rows_of) in `instance`'s prefetch cache for the relation `accessor` (a
    reverse foreign key or a many-to-many field), as model instances made as the ORM makes them."""
    model = getattr(instance, accessor).model
    fields = model._meta.concrete_fields
    names = [field.attname for field in fields]
    database = instance._state.db
    objects = [
        model.from_db(database, names, [field.to_python(row[field.attname]) for field in fields]) for row in rows or []
    ]
    attach_objects(instance, accessor, objects)


def attach_objects(instance: Model, accessor: str, objects: list[Model]) -> None:
    """Put `objects` in `instance`'s prefetch cache for the relation `accessor`, as prefetch_related would
    (for objects read together for several instances, split here)."""
    manager = getattr(instance, accessor)
    # Built, not run: the manager's own filter, so that a further .filter() on it still means this instance's.
    queryset = manager.get_queryset()
    queryset._result_cache = objects
    queryset._prefetch_done = True
    many_to_many = hasattr(manager, "prefetch_cache_name")
    cache_name = manager.prefetch_cache_name if many_to_many else manager.field.remote_field.cache_name
    if not many_to_many:  # each object knows the instance it belongs to, as after prefetch_related
        for obj in objects:
            manager.field.set_cached_value(obj, instance)
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[cache_name] = queryset
