"""Housekeeping on procrastinate's schedule: expired sessions, expired login-throttle records, old jobs."""

import datetime

from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from procrastinate.contrib.django import app

from jobs.models import Job
from jobs.services import tracked

# Finished jobs are kept this long for editors to look back on, then deleted.
KEEP_FINISHED_JOBS = datetime.timedelta(days=30)


@app.periodic(cron="17 3 * * *", periodic_id="clear-sessions")
@app.task(name="jobs.clear_sessions", pass_context=True, queueing_lock="jobs.clear_sessions")
@tracked
def clear_sessions(*, job_id: int, timestamp: int | None = None) -> dict:
    call_command("clearsessions")
    return {}


@app.periodic(cron="*/30 * * * *", periodic_id="clear-expired-login-attempts")
@app.task(name="jobs.clear_expired_login_attempts", pass_context=True, queueing_lock="jobs.clear_axes")
@tracked
def clear_expired_login_attempts(*, job_id: int, timestamp: int | None = None) -> dict:
    # Attempts older than the lockout lock nothing any more (axes only drops them on the next login try).
    deleted, _ = AccessAttempt.objects.filter(attempt_time__lte=timezone.now() - settings.AXES_COOLOFF_TIME).delete()
    return {"deleted": deleted}


@app.periodic(cron="41 3 * * *", periodic_id="clear-finished-jobs")
@app.task(name="jobs.clear_finished_jobs", pass_context=True, queueing_lock="jobs.clear_finished_jobs")
@tracked
def clear_finished_jobs(*, job_id: int, timestamp: int | None = None) -> dict:
    cutoff = timezone.now() - KEEP_FINISHED_JOBS
    deleted, _ = Job.objects.filter(finished_at__lt=cutoff).delete()
    return {"deleted": deleted}
