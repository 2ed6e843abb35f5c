"""Email on the workflow moves people wait for: submitted (to editors), and returned, rejected,
published or retracted (to the author). Sent after the transaction commits, through Django's email
backend (the console in development)."""

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


def notify_transition(*, event_id: int) -> int:
    """Send the emails for one review event; returns how many were sent."""
    if _suppressed.get():
        return 0
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
    sent = send_mass_mail(messages, fail_silently=True) if messages else 0
    logger.info("claim %s %s by %s: %d email(s)", claim.pk, event.to_status, event.actor, sent)
    return sent
