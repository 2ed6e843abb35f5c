"""What people see of a background job: its progress, its result, and its error when it failed.

Procrastinate keeps the queue itself (its own tables in the same database); a Job row is the tracker's
account of one piece of work, written by jobs.services as the task runs."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Job(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        RETRYING = "retrying", _("Failed, will be retried")
        SUCCEEDED = "succeeded", _("Done")
        FAILED = "failed", _("Failed")

    task = models.CharField(_("task"), max_length=128)
    label = models.CharField(_("label"), max_length=255, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.QUEUED)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("started by"), null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    # Progress in whatever unit the task counts (bytes of an upload, quotes indexed).
    done = models.PositiveBigIntegerField(_("done"), default=0)
    total = models.PositiveBigIntegerField(_("total"), default=0)
    result = models.JSONField(_("result"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    # An uploaded file waits here, in the one database every app server and worker shares, until the job
    # has read it; it is emptied when the job ends.
    payload = models.BinaryField(_("payload"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("job")
        verbose_name_plural = _("jobs")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "-created_at"], name="jobs_job_status_created")]

    def __str__(self) -> str:
        return f"{self.task} #{self.pk} ({self.status})"

    @property
    def finished(self) -> bool:
        return self.status in {self.Status.SUCCEEDED, self.Status.FAILED}

    @property
    def percent(self) -> int:
        if self.finished:
            return 100
        return min(99, int(100 * self.done / self.total)) if self.total else 0
