"""The import of an uploaded file as a background job (run by `manage.py procrastinate worker`): its Job
row shows the editor the progress, the report and any error. Retried on a lost database connection only;
an import is idempotent by external id."""

import io

from django.contrib.auth import get_user_model
from django.db import OperationalError
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from interchange.importing import import_file
from jobs.services import job_payload, job_progress, tracked

IMPORT = "claims.import_upload"  # the name queued jobs carry: it predates the interchange app


@app.task(
    name=IMPORT,
    pass_context=True,
    retry=RetryStrategy(max_attempts=3, exponential_wait=10, retry_exceptions=[OperationalError]),
)
@tracked
def import_upload(*, job_id: int, format: str, dry_run: bool, actor_id: int) -> dict:
    """Import the job's stored upload in units (each one indexes what it commits); progress is the
    share of the file's bytes read."""
    actor = get_user_model().objects.get(pk=actor_id)
    data = job_payload(job_id=job_id)
    stream = io.BytesIO(data)
    job_progress(job_id=job_id, done=0, total=len(data))

    def progress(report) -> None:
        # The CSV reader closes the stream once it has read it all.
        job_progress(job_id=job_id, done=len(data) if stream.closed else stream.tell())

    report = import_file(stream, format=format, actor=actor, dry_run=dry_run, on_unit=progress)
    return report.as_dict()
