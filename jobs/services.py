"""Starting jobs and keeping their Job rows: the one path that writes them.

`job_enqueue` records a Job and queues the procrastinate task in the same transaction (the Django
connector defers through Django's own connection), so a job exists exactly when the work that asked
for it commits. Tasks wrapped in `tracked` report their start, progress, result and failure on that row.
With settings.JOBS_RUN_INLINE (the tests) the task runs at once in the calling process instead."""

import functools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from procrastinate import JobContext
from procrastinate.contrib.django import app

from jobs.models import Job

logger = logging.getLogger(__name__)
Status = Job.Status


@transaction.atomic
def job_enqueue(
    *, task: str, label: str = "", created_by: AbstractBaseUser | None = None, payload: bytes | None = None, **kwargs
) -> Job:
    """Record a job and queue `task` (a procrastinate task name) with `kwargs` and the job's id."""
    job = Job.objects.create(task=task, label=label[:255], created_by=created_by, payload=payload)
    if settings.JOBS_RUN_INLINE:
        app.tasks[task](job_id=job.pk, **kwargs)
    else:
        app.configure_task(name=task).defer(job_id=job.pk, **kwargs)
    # Everything a run may have changed, but not the payload: an upload can be 20 MB.
    job.refresh_from_db(fields=["status", "attempts", "started_at", "finished_at", "done", "total", "result", "error"])
    return job


def job_progress(*, job_id: int, done: int, total: int | None = None) -> None:
    """Outside the work's own transactions, so the page sees the progress while the job runs."""
    changes: dict[str, Any] = {"done": done}
    if total is not None:
        changes["total"] = total
    Job.objects.filter(pk=job_id).update(**changes)


def job_payload(*, job_id: int) -> bytes:
    payload = Job.objects.filter(pk=job_id).values_list("payload", flat=True).get()
    return bytes(payload or b"")


def _start(*, job_id: int | None, task: str) -> int:
    if job_id is None:  # a periodic task: its row is made when it runs
        job_id = Job.objects.create(task=task, label=task).pk
    Job.objects.filter(pk=job_id).update(
        status=Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1, error=""
    )
    return job_id


def tracked(function: Callable) -> Callable:
    """Wrap a task body taking `job_id`: the Job row follows its run; an exception is written on the row
    (as retrying when procrastinate will run it again) and raised on for procrastinate's retry."""

    @functools.wraps(function)
    def run(context: JobContext | None = None, /, *, job_id: int | None = None, **kwargs):
        task = context.task.name if context and context.task else function.__name__
        job_id = _start(job_id=job_id, task=task)
        try:
            result = function(job_id=job_id, **kwargs)
        except Exception as failure:
            retry = _will_retry(context, failure)
            error = "".join(traceback.format_exception_only(failure)).strip()
            Job.objects.filter(pk=job_id).update(
                status=Status.RETRYING if retry else Status.FAILED,
                error=error[:10_000],
                finished_at=None if retry else timezone.now(),
                payload=F("payload") if retry else None,
            )
            logger.warning("job %s (%s) failed: %s", job_id, task, error)
            if settings.JOBS_RUN_INLINE:
                return None
            raise
        Job.objects.filter(pk=job_id).update(
            status=Status.SUCCEEDED, result=result, finished_at=timezone.now(), payload=None
        )
        return None

    return run


def _will_retry(context: JobContext | None, failure: Exception) -> bool:
    if context is None or context.task is None or context.job is None or context.task.retry_strategy is None:
        return False
    return context.task.retry_strategy.get_retry_decision(exception=failure, job=context.job) is not None
