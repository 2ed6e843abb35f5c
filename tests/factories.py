"""Small builders that go through the services, as users would."""

import datetime
import itertools

from django.contrib.auth import get_user_model

from claims.models import Claim, Quote
from claims.permissions import ANALYST, EDITOR, roles_ensure
from claims.services import claim_create, claim_transition, quote_create
from claims.speakers.services import speaker_create
from sources.services import source_create

_counter = itertools.count(1)

SHOIGU_UK = (
    '"Ви можете повністю розраховувати на всебічну підтримку Москви, в тому числі на міжнародній арені", '
    "- заявив Шойгу."
)

PASSWORD = "correct horse battery"  # every test user's


def make_user(username: str, role: str | None = ANALYST, **extra):
    """A user in the group of `role`; with None, a signed-in user in no group (a reader)."""
    groups = roles_ensure()
    extra.setdefault("email", f"{username}@example.org")
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, **extra)
    if role is not None:
        user.groups.add(groups[role])
    if role == EDITOR:
        user.is_staff = True
        user.save()
    return get_user_model().objects.get(pk=user.pk)  # fresh permission cache


def make_source(*, text: str | None = None, language: str = "uk", **fields):
    n = next(_counter)
    fields.setdefault("captured_by", None)
    return source_create(text=text or f"{SHOIGU_UK} ({n})", language=language, **fields)


def make_speaker(name: str = "Sergei Shoigu", **fields):
    fields.setdefault("names", {"en": name})
    return speaker_create(name=name, **fields)


def make_claim(*, author, speaker=None, said_on=datetime.date(2026, 2, 3), summary="A statement", **fields) -> Claim:
    return claim_create(
        speaker=speaker or make_speaker(),
        said_on=said_on,
        summary=summary,
        summary_language="en",
        author=author,
        **fields,
    )


def make_quote(*, claim: Claim, source, fragment: str, kind: str = Quote.Kind.DIRECT, actor=None) -> Quote:
    start = source.text.index(fragment)
    return quote_create(
        claim=claim,
        source=source,
        start=start,
        end=start + len(fragment),
        text=fragment,
        kind=kind,
        actor=actor or claim.author,
    )


def publish(claim: Claim, *, editor) -> Claim:
    claim = claim_transition(claim=claim, to=Claim.Status.IN_REVIEW, actor=claim.author)
    return claim_transition(claim=claim, to=Claim.Status.PUBLISHED, actor=editor)
