"""Background jobs: a web import runs as a job with progress and its report; mail is queued, retried on a
failed delivery and shown as failed once it gives up; the worker runs queued jobs from PostgreSQL."""

import json
import smtplib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from procrastinate.contrib.django import app
from procrastinate.contrib.django.models import ProcrastinateJob

from claims import tasks
from claims.models import ClaimStatus, Quote
from claims.services import claim_transition
from interchange import importing
from interchange import tasks as import_tasks
from jobs.models import Job
from jobs.services import job_enqueue
from tests.factories import make_claim
from tests.workers import as_worker_process


def _rows(count: int) -> list[dict]:
    sentences = [f"Міністр заявив про підтримку номер {n}." for n in range(count)]
    text = " ".join(sentences)
    rows = [
        {"type": "source", "external_id": "s1", "text": text, "language": "uk"},
        {"type": "speaker", "external_id": "p1", "name": "A Minister"},
    ]
    for n, sentence in enumerate(sentences):
        start = text.index(sentence)
        rows.append(
            {
                "type": "claim",
                "external_id": f"c{n}",
                "speaker": "p1",
                "said_on": "2026-02-03",
                "summary": f"S {n}",
                "summary_language": "en",
            }
        )
        rows.append(
            {
                "type": "quote",
                "external_id": f"q{n}",
                "source": "s1",
                "claim": f"c{n}",
                "text": sentence,
                "start": start,
                "end": start + len(sentence),
            }
        )
    return rows


def _jsonl(rows: list[dict]) -> bytes:
    return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows).encode("utf-8")


def _upload(client, content: bytes, name: str = "rows.jsonl"):
    data = {"file": SimpleUploadedFile(name, content), "format": ""}
    return client.post(reverse("interchange:data_import"), data)


def test_web_import_runs_as_a_job_in_units_with_progress_and_leaves_every_quote_searchable(client, editor, monkeypatch):
    monkeypatch.setattr(importing, "UNIT_ROWS", 10)
    seen: list[tuple[int, int | None]] = []
    real_progress = import_tasks.job_progress
    monkeypatch.setattr(
        import_tasks, "job_progress", lambda **kw: (seen.append((kw["done"], kw.get("total"))), real_progress(**kw))
    )
    client.force_login(editor)
    content = _jsonl(_rows(30))

    response = _upload(client, content)

    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("interchange:data_import_job", args=[job.pk])
    assert job.status == Job.Status.SUCCEEDED and job.payload is None  # the upload is not kept once read
    done = [value for value, _ in seen]
    assert len(done) >= 6 and done == sorted(done) and done[-1] == len(content) == job.total
    assert Quote.objects.count() == 30, job.result["rejected"][:2]
    assert not Quote.objects.filter(search_entry__isnull=True).exists()
    page = client.get(response["Location"])
    assert page.context["report"].outcomes["created"] == 62 and "Refresh" not in page
    assert "Import report" in page.content.decode()


def test_import_page_shows_a_running_import_with_its_progress_and_lists_it_to_come_back_to(client, editor):
    job = Job.objects.create(
        task=import_tasks.IMPORT, label="big.jsonl", created_by=editor, status="running", total=200
    )
    Job.objects.filter(pk=job.pk).update(done=50)
    client.force_login(editor)

    page = client.get(reverse("interchange:data_import_job", args=[job.pk]))

    html = page.content.decode()
    assert page["Refresh"] == "2" and 'value="25"' in html and "Running" in html
    listing = client.get(reverse("interchange:data_import")).content.decode()
    assert reverse("interchange:data_import_job", args=[job.pk]) in listing and "big.jsonl" in listing


def test_an_import_job_that_fails_shows_its_error_to_editors(client, editor, analyst):
    job = job_enqueue(
        task=import_tasks.IMPORT, label="x.jsonl", payload=b"{}", format="jsonl", dry_run=False, actor_id=0
    )

    assert job.status == Job.Status.FAILED and "DoesNotExist" in job.error
    assert Job.objects.filter(pk=job.pk, payload__isnull=True).exists()  # the upload is not kept
    client.force_login(editor)
    html = client.get(reverse("interchange:jobs")).content.decode()
    assert "x.jsonl" in html and "DoesNotExist" in html
    assert "DoesNotExist" in client.get(reverse("interchange:data_import_job", args=[job.pk])).content.decode()
    client.force_login(analyst)
    assert client.get(reverse("interchange:jobs")).status_code == 403


class _RefusingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def _run_worker():
    """What `manage.py procrastinate worker --one-shot` does: the jobs queued now, then stop."""

    def work():
        with app.replace_connector(app.connector.get_worker_connector()) as worker_app:
            worker_app.run_worker(wait=False, install_signal_handlers=False, listen_notify=False)

    as_worker_process(work)


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_queued_mail_from_postgresql(analyst, editor, settings, mailoutbox):
    settings.JOBS_RUN_INLINE = False
    claim = make_claim(author=analyst)
    claim_transition(claim=claim, to=ClaimStatus.IN_REVIEW, actor=analyst)
    job = Job.objects.get(task=tasks.MAIL)
    assert mailoutbox == [] and ProcrastinateJob.objects.filter(args__job_id=job.pk, status="todo").exists()

    _run_worker()

    assert [message.to for message in mailoutbox] == [[editor.email]]
    job.refresh_from_db()
    assert job.status == Job.Status.SUCCEEDED and job.result == {"sent": 1} and job.attempts == 1


@pytest.mark.django_db(transaction=True)
def test_a_failed_delivery_is_retried_later_and_shown_as_failed_once_attempts_run_out(
    analyst, editor, settings, client
):
    settings.JOBS_RUN_INLINE = False
    settings.EMAIL_BACKEND = f"{__name__}._RefusingBackend"
    claim = make_claim(author=analyst)
    claim_transition(claim=claim, to=ClaimStatus.IN_REVIEW, actor=analyst)

    _run_worker()

    job = Job.objects.get(task=tasks.MAIL)
    queued = ProcrastinateJob.objects.get(task_name=tasks.MAIL, args__job_id=job.pk)
    assert job.status == Job.Status.RETRYING and "SMTPServerDisconnected" in job.error
    assert queued.status == "todo" and queued.attempts == 1 and queued.scheduled_at is not None  # with a wait

    # The last allowed attempt fails too: the job is failed, with its error, on the editors' page.
    last = tasks.send_transition_mail.retry_strategy.max_attempts
    ProcrastinateJob.objects.filter(pk=queued.pk).update(scheduled_at=None, attempts=last)
    _run_worker()
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and job.attempts == 2
    client.force_login(editor)
    assert "SMTPServerDisconnected" in client.get(reverse("interchange:jobs")).content.decode()


def test_housekeeping_clears_expired_sessions_and_login_attempts(db):
    from axes.models import AccessAttempt
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    Session.objects.create(session_key="x" * 32, session_data="", expire_date=timezone.now() - timezone.timedelta(1))
    AccessAttempt.objects.create(username="u", ip_address="127.0.0.1", failures_since_start=5)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timezone.timedelta(days=1))

    call_command_jobs = [app.tasks["jobs.clear_sessions"], app.tasks["jobs.clear_expired_login_attempts"]]
    for task in call_command_jobs:
        task(timestamp=0)

    assert not Session.objects.exists() and not AccessAttempt.objects.exists()
    assert set(Job.objects.values_list("status", flat=True)) == {"succeeded"}
