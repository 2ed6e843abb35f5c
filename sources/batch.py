"""Saving many new records together, each with the history row that saving it alone would write.

A create service given a `batch` checks everything it checks when it saves at once, then hands the new
record to the batch instead of saving it. The batch gives the record its primary key straight away (drawn
from the table's sequence), so later records may refer to it and callers may use its id, and `save()`
inserts what it holds with one INSERT per table and one per history table: for bulk loads, where a
record at a time costs several round trips to the database each (the INSERT, its history row, a savepoint).

Until `save()` the database does not hold these records: whoever owns the batch knows what it added, must
not look for it in the database, and saves the batch in the same transaction. Signals other than the
history's are not sent for the inserts, as with any bulk_create.

It lives in sources, the app the others build on, so that the services of every app can take one.
"""

import functools
from collections.abc import Callable

from django.db import connection, models, transaction
from simple_history.utils import get_history_manager_for_model


class Batch:
    def __init__(self) -> None:
        self._records: dict[type[models.Model], list[models.Model]] = {}
        self._held: set[tuple[type[models.Model], object]] = set()
        self._then: list[Callable[[], object]] = []
        self._free_ids: dict[type[models.Model], list[int]] = {}
        self._reserve: dict[type[models.Model], int] = {}

    def __len__(self) -> int:
        return sum(len(records) for records in self._records.values())

    def add(self, record: models.Model, *, then: Callable[[], object] | None = None) -> models.Model:
        """Hold a new record (validated by the caller) for saving; `then` runs once it is saved."""
        model = type(record)
        record.pk = self._next_id(model)
        self._records.setdefault(model, []).append(record)
        self._held.add((model, record.pk))
        if then is not None:
            self._then.append(then)
        return record

    def holds(self, record: models.Model | None) -> bool:
        """Whether the record waits in this batch (so the database has nothing that refers to it yet)."""
        return record is not None and (type(record), record.pk) in self._held

    def clear(self) -> None:
        """Forget the records held (after a rollback): nothing of them is saved."""
        self._records, self._held, self._then = {}, set(), []

    def save(self) -> None:
        """Insert the records held, each table after the tables it refers to, and their history rows."""
        records, then = self._records, self._then
        self.clear()
        for model in _dependency_order(list(records)):
            rows = records[model]
            model._default_manager.bulk_create(rows)
            if _has_history(model):
                # As post_save would write them: "+" rows by each record's _history_user, without a reason.
                get_history_manager_for_model(model).bulk_history_create(rows, default_change_reason=None)
        for step in then:
            step()

    def _next_id(self, model: type[models.Model]) -> int:
        free = self._free_ids.setdefault(model, [])
        if not free:
            # Twice as many each time: one query per few hundred records, few unused ids for a small load.
            count = self._reserve[model] = min(2 * self._reserve.get(model, 8), 512)
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                    [connection.ops.quote_name(model._meta.db_table), model._meta.pk.column, count],
                )
                free.extend(row[0] for row in reversed(cursor.fetchall()))
        return free.pop()


def _has_history(model: type[models.Model]) -> bool:
    return hasattr(model._meta, "simple_history_manager_attribute")


def _dependency_order(held: list[type[models.Model]]) -> list[type[models.Model]]:
    """The models held, each after the held models its foreign keys point to."""
    ordered: list[type[models.Model]] = []
    visiting: set[type[models.Model]] = set()

    def visit(model: type[models.Model]) -> None:
        if model in ordered or model in visiting:  # a cycle: PostgreSQL checks foreign keys at commit anyway
            return
        visiting.add(model)
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model in held:
                visit(field.related_model)
        ordered.append(model)

    for model in held:
        visit(model)
    return ordered


def atomic_unless_batched(service: Callable) -> Callable:
    """transaction.atomic for a create service that takes `batch`: given one, the service writes nothing
    (the batch saves later, inside its owner's transaction), so it needs no savepoint of its own."""
    atomic = transaction.atomic(service)

    @functools.wraps(service)
    def run(*args, **kwargs):
        if kwargs.get("batch") is not None:
            return service(*args, **kwargs)
        return atomic(*args, **kwargs)

    return run
