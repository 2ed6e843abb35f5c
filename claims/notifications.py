"""Email on the workflow moves people wait for: submitted (to editors), and returned, rejected,
published or retracted (to the author). Queued as a job once the transaction commits and sent by the
worker through Django's email backend (the console in development), so a slow or hung mail server
never holds a web request; EMAIL_TIMEOUT bounds each attempt and the job retries with backoff."""

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


def queue_transition_mail(*, event_id: int) -> None:
    """Queue the emails of one review event (claims.tasks.send_transition_mail); not for bulk loads."""
    if _suppressed.get():
        return
    job_enqueue(task="claims.send_transition_mail", label=f"review event {event_id}", event_id=event_id)


def notify_transition(*, event_id: int, fail_silently: bool = True) -> int:
    """Send the emails for one review event; returns how many were sent."""
    event = ReviewEvent.objects.select_related("claim__author", "claim__speaker", "actor").get(pk=event_id)
    claim = event.claim
    if event.to_status == Status.IN_REVIEW:
        recipients = _editors(excluding=claim.author)
        subject = _("Claim waiting for review: %(claim)s") % {"claim": claim.summary[:80]}
        link = reverse("claims:review", args=[claim.pk])
    elif event.to_status in {Status.CHANGES_REQUESTED, Status.REJECTED, Status.PUBLISHED, Status.RETRACTED}:
        recipients = [claim.author] if claim.author.email and claim.author_id != event.actor_id else []
        subject = _("Your claim is now “%(status)s”: %(claim)s") % {
            "status": Status(event.to_status).label,
            "claim": claim.summary[:80],
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
