"""Running what a worker process runs, from a test."""

import threading
from collections.abc import Callable

from django.db import connections


def as_worker_process(work: Callable[[], object]) -> None:
    """Run `work` as a worker process would: in a thread of its own (the worker runs its own event loop,
    which cannot start in a thread that has one running, as the browser tests' Playwright leaves), with
    connections closed after each job so that none is left open on the test database. Re-raises its error."""
    settings_dict = connections["default"].settings_dict
    kept, settings_dict["CONN_MAX_AGE"] = settings_dict["CONN_MAX_AGE"], 0
    failures = []

    def run():
        try:
            work()
        except BaseException as error:  # noqa: BLE001 - re-raised in the test's thread
            failures.append(error)
        finally:
            connections.close_all()  # this thread's own, as a worker process's end closes them

    try:
        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
    finally:
        settings_dict["CONN_MAX_AGE"] = kept
    if failures:
        raise failures[0]
