"""Querysets compiled to SQL once per process, then run again and again with other values.

Building a queryset and compiling it to SQL cost the ORM more CPU than PostgreSQL spends running a
simple query: on a claim page it was about a third of the request. A page's hot queries have one fixed
shape and differ only in a value or two (the claim's id), so `Prepared` builds the queryset once with a
stand-in for each value, compiles it once per database, and from then on only sends the same SQL with the
request's values as parameters, making the rows into model instances as the ORM does (ModelIterable),
select_related objects and annotations included, then running the queryset's prefetch_related lookups.

A stand-in must reach the SQL as one parameter, unchanged: `pk=value`, `author_id=value`. A value that the
ORM transforms (`name__icontains`, a list for `__in`) cannot be one; the compilation refuses it. A slice is
part of the SQL text: it is fixed when the queryset is built. Only querysets of model instances (not
.values()) are supported.

The compiled SQL is kept per database alias and shared by the threads of a process; each run takes its own
cursor. The compiler kept with it holds the connection wrapper of the thread that compiled it, and lends it
only to the value converters, which read the backend's operations, never its cursor or transaction.
"""

import dataclasses
import threading
from collections.abc import Callable

from django.db import connections
from django.db.models import QuerySet, prefetch_related_objects
from django.db.models.query import ModelIterable, get_related_populators

_INT_BASE = -(10**15)  # no id, count or position is this negative


def _stand_in(kind: type, index: int):
    if kind is int:
        return _INT_BASE - index
    if kind is str:
        return f"\ue000prepared-{index}\ue001"
    raise TypeError(f"Prepared values are int or str, not {kind!r}")


@dataclasses.dataclass(frozen=True)
class _Compiled:
    queryset: QuerySet
    compiler: object
    sql: str
    slots: tuple  # per SQL parameter: the name of a value, or (constant,)


class Prepared:
    """`Prepared(lambda pk: Claim.objects.select_related("speaker").filter(pk=pk), pk=int)`, then
    `.list(pk=5)` or `.first(pk=5)`: the queryset's instances for these values."""

    def __init__(self, build: Callable[..., QuerySet], **kinds: type):
        self._build = build
        self._kinds = kinds
        self._compiled: dict[str, _Compiled] = {}
        self._lock = threading.Lock()

    def _compile(self, using: str | None) -> _Compiled:
        stand_ins = {name: _stand_in(kind, index) for index, (name, kind) in enumerate(self._kinds.items())}
        queryset = self._build(**stand_ins)
        if queryset._iterable_class is not ModelIterable:
            raise ValueError("Prepared runs querysets of model instances.")
        compiler = queryset.query.get_compiler(using=using or queryset.db)
        sql, params = compiler.as_sql()
        names = {value: name for name, value in stand_ins.items()}
        slots = tuple(names[p] if type(p) in (int, str) and p in names else (p,) for p in params)
        constants = repr([slot for slot in slots if isinstance(slot, tuple)])
        refused = {name for name in stand_ins if name not in slots or str(stand_ins[name]) in constants}
        if refused:
            raise ValueError(f"Values that do not reach the SQL as parameters as they are: {sorted(refused)}")
        return _Compiled(queryset, compiler, sql, slots)

    def list(self, *, using: str | None = None, **values) -> list:
        """The instances for these values (prefetches done), read from `using` or where the router reads
        the queryset's model from."""
        for name, kind in self._kinds.items():
            if type(values[name]) is not kind:
                raise TypeError(f"{name} must be {kind.__name__}, not {type(values[name]).__name__}")
        compiled = self._compiled.get(using)
        if compiled is None:
            compiled = self._compile(using)
            with self._lock:
                self._compiled[using] = compiled
        database = compiled.compiler.using
        params = [values[slot] if isinstance(slot, str) else slot[0] for slot in compiled.slots]
        with connections[database].cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows = cursor.fetchall()
        objects = list(_instances(compiled, rows, database))
        if objects and compiled.queryset._prefetch_related_lookups:
            prefetch_related_objects(objects, *compiled.queryset._prefetch_related_lookups)
        return objects

    def first(self, **values):
        """The first instance for these values, or None."""
        found = self.list(**values)
        return found[0] if found else None


def _instances(compiled: _Compiled, rows: list, using: str):
    """The rows as model instances, as django.db.models.query.ModelIterable makes them (the compiler's
    select, klass_info and annotations were filled when it compiled the SQL)."""
    compiler = compiled.compiler
    if compiler.has_extra_select:
        rows = [row[: compiler.col_count] for row in rows]
    select, klass_info, annotation_col_map = compiler.select, compiler.klass_info, compiler.annotation_col_map
    model_cls = klass_info["model"]
    select_fields = klass_info["select_fields"]
    start, end = select_fields[0], select_fields[-1] + 1
    init_list = [f[0].target.attname for f in select[start:end]]
    related_populators = get_related_populators(klass_info, select, using)
    for row in compiler.results_iter([rows]):
        obj = model_cls.from_db(using, init_list, row[start:end])
        for populator in related_populators:
            populator.populate(row, obj)
        for attr_name, col_pos in (annotation_col_map or {}).items():
            setattr(obj, attr_name, row[col_pos])
        yield obj
