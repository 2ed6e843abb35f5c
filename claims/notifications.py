"""Email on the workflow moves people wait for: submitted (to editors), and returned, rejected,
published or retracted (to the author); a note on a claim (to the other side); a decision on a proposed
report (to whoever proposed it). Queued as a job once the transaction commits and sent by the worker
through Django's email backend (the console in development), so a slow or hung mail server never holds
a web request; EMAIL_TIMEOUT bounds each attempt and the job retries with backoff."""

import contextlib
import contextvars
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from claims.models import Claim, ReviewEvent
from jobs.services import job_enqueue

logger = logging.getLogger(__name__)
Status = Claim.Status
_suppressed = contextvars.ContextVar("notifications_suppressed", default=False)


@contextlib.contextmanager
def notifications_suppressed():
    """For bulk loads (demo data, imports) where nobody waits for an email per row."""
    token = _suppressed.set(True)
    try:
        yield
    finally:
        _suppressed.reset(token)


def _editors(*, excluding) -> list:
    User = get_user_model()
    review = Q(groups__permissions__codename="review_claim") | Q(user_permissions__codename="review_claim")
    return list(
        User.objects.filter(review | Q(is_superuser=True), is_active=True)
        .exclude(pk=excluding.pk)
        .exclude(email="")
        .distinct()
    )


def _subject_part(text: str) -> str:
    # A header is one line: a newline in a summary would make the mail unsendable (BadHeaderError).
    return " ".join(text.split())[:80]


def queue_transition_mail(*, event_id: int) -> None:
    """Queue the emails of one review event (claims.tasks.send_transition_mail); not for bulk loads."""
    if _suppressed.get():
        return
    job_enqueue(task="claims.send_transition_mail", label=f"review event {event_id}", event_id=event_id)


def notify_event(*, event_id: int, fail_silently: bool = True) -> int:
    """Send the emails of one review event, whatever it is (the job's body); returns how many were sent."""
    action = ReviewEvent.objects.filter(pk=event_id).values_list("action", flat=True).first()
    if action == ReviewEvent.Action.NOTE:
        return notify_note(event_id=event_id, fail_silently=fail_silently)
    if action in (ReviewEvent.Action.REPORT_ACCEPTED, ReviewEvent.Action.REPORT_DECLINED):
        return notify_report_decision(event_id=event_id, fail_silently=fail_silently)
    if action == ReviewEvent.Action.TRANSITION:
        return notify_transition(event_id=event_id, fail_silently=fail_silently)
    return 0


def notify_transition(*, event_id: int, fail_silently: bool = True) -> int:
    """Send the emails for one review event; returns how many were sent."""
    event = ReviewEvent.objects.select_related("claim__author", "claim__speaker", "actor").get(pk=event_id)
    claim = event.claim
    if event.to_status == Status.IN_REVIEW:
        recipients = _editors(excluding=claim.author)
        subject = _("Claim waiting for review: %(claim)s") % {"claim": _subject_part(claim.summary)}
        link = reverse("claims:review", args=[claim.pk])
    elif event.to_status in {Status.CHANGES_REQUESTED, Status.REJECTED, Status.PUBLISHED, Status.RETRACTED}:
        recipients = [claim.author] if claim.author.email and claim.author_id != event.actor_id else []
        subject = _("Your claim is now “%(status)s”: %(claim)s") % {
            "status": Status(event.to_status).label,
            "claim": _subject_part(claim.summary),
        }
        link = claim.get_absolute_url()
    else:
        return 0
    body = render_to_string(
        "claims/email/transition.txt",
        {"event": event, "claim": claim, "url": settings.SITE_URL.rstrip("/") + link},
    )
    messages = [(subject, body, None, [user.email]) for user in recipients]
    sent = send_mass_mail(messages, fail_silently=fail_silently) if messages else 0
    logger.info("claim %s %s by %s: %d email(s)", claim.pk, event.to_status, event.actor, sent)
    return sent


def _send(event: ReviewEvent, recipients: list, subject: str, link: str, *, fail_silently: bool) -> int:
    body = render_to_string(
        "claims/email/transition.txt",
        {"event": event, "claim": event.claim, "url": settings.SITE_URL.rstrip("/") + link},
    )
    messages = [(subject, body, None, [user.email]) for user in recipients if user.email]
    return send_mass_mail(messages, fail_silently=fail_silently) if messages else 0


def notify_note(*, event_id: int, fail_silently: bool = True) -> int:
    """A note on a claim goes to the other side: the author's to the editors who took part in its review
    (all editors when none has yet), an editor's to the author."""
    if _suppressed.get():
        return 0
    event = ReviewEvent.objects.select_related("claim__author", "actor").get(pk=event_id)
    claim = event.claim
    subject = _("Note on the claim: %(claim)s") % {"claim": _subject_part(claim.summary)}
    if event.actor_id == claim.author_id:
        User = get_user_model()
        involved = User.objects.filter(review_events__claim=claim).exclude(pk=claim.author_id).distinct()
        recipients = list(involved) or _editors(excluding=claim.author)
        return _send(event, recipients, subject, reverse("claims:review", args=[claim.pk]), fail_silently=fail_silently)
    return _send(event, [claim.author], subject, claim.get_absolute_url(), fail_silently=fail_silently)


def notify_report_decision(*, event_id: int, fail_silently: bool = True) -> int:
    """Tell whoever proposed a report that an editor accepted or declined it, with the note."""
    if _suppressed.get():
        return 0
    event = ReviewEvent.objects.select_related("claim", "quote__created_by", "actor").get(pk=event_id)
    if event.quote is None or event.quote.created_by_id == event.actor_id:
        return 0
    subject = _("Your report was %(decision)s: %(claim)s") % {
        "decision": _("accepted") if event.action == ReviewEvent.Action.REPORT_ACCEPTED else _("declined"),
        "claim": _subject_part(event.claim.summary),
    }
    return _send(event, [event.quote.created_by], subject, event.claim.get_absolute_url(), fail_silently=fail_silently)
