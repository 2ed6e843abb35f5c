"""Shared builders for the API tests: a small world of claims in every workflow state, clients per role,
and a snapshot of every table an API write could touch (to show a refused write left nothing behind)."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import (
    Claim,
    Quote,
    QuoteSearch,
    ReviewEvent,
    Speaker,
    SpeakerAlias,
    SpeakerName,
    SpeakerRole,
    Topic,
    Translation,
)
from claims.permissions import ADMIN, ANALYST, EDITOR
from claims.services import claim_transition
from sources.models import Outlet, Source
from sources.services import outlet_get_or_create
from tests.factories import make_claim, make_quote, make_source, make_speaker, make_user, publish

PUBLIC_TEXT = '"Ми підтримуємо Москву", - заявив Шойгу. Новий фрагмент для цитати.'
DRAFT_TEXT = '"Це чернетка", - заявив Бортников.'
FRESH_TEXT = "Shoigu said: “We will count on Moscow.” The rest of the article."


@dataclass
class World:
    analyst: object
    other_analyst: object
    editor: object
    admin: object
    speaker_public: Speaker
    speaker_draft_only: Speaker
    published: Claim  # by other_analyst
    in_review: Claim  # by other_analyst
    other_draft: Claim  # by other_analyst
    own_draft: Claim  # by analyst
    quote_published: Quote
    quote_other_draft: Quote
    source_public: Source
    source_draft_only: Source
    source_fresh: Source  # not quoted yet
    outlet: Outlet
    topic: Topic


def build_world(*, analyst, other_analyst, editor, other_editor, admin) -> World:
    outlet = outlet_get_or_create(name="UNIAN", domains=["unian.ua"], country="UA", kind=Outlet.Kind.AGENCY)
    topic = Topic.objects.create(slug="myanmar", name_en="Myanmar", name_uk="М'янма")
    speaker_public = make_speaker("Sergei Shoigu", names={"en": "Sergei Shoigu", "uk": "Сергій Шойгу"})
    speaker_draft_only = make_speaker("Alexander Bortnikov")
    source_public = make_source(text=PUBLIC_TEXT, outlet=outlet)
    source_draft_only = make_source(text=DRAFT_TEXT)
    source_fresh = make_source(text=FRESH_TEXT, language="en")

    published = make_claim(author=other_analyst, speaker=speaker_public, summary="Support for the junta")
    quote_published = make_quote(claim=published, source=source_public, fragment="Ми підтримуємо Москву")
    published = publish(published, editor=other_editor)

    in_review = make_claim(author=other_analyst, speaker=speaker_public, summary="Under review")
    in_review = claim_transition(claim=in_review, to=Claim.Status.IN_REVIEW, actor=other_analyst)

    other_draft = make_claim(author=other_analyst, speaker=speaker_draft_only, summary="Someone else's draft")
    quote_other_draft = make_quote(claim=other_draft, source=source_draft_only, fragment="Це чернетка")

    own_draft = make_claim(author=analyst, speaker=speaker_public, summary="My own draft", topics=[topic])
    return World(
        analyst=analyst,
        other_analyst=other_analyst,
        editor=editor,
        admin=admin,
        speaker_public=speaker_public,
        speaker_draft_only=speaker_draft_only,
        published=published,
        in_review=in_review,
        other_draft=other_draft,
        own_draft=own_draft,
        quote_published=quote_published,
        quote_other_draft=quote_other_draft,
        source_public=source_public,
        source_draft_only=source_draft_only,
        source_fresh=source_fresh,
        outlet=outlet,
        topic=topic,
    )


@contextmanager
def shared_world(django_db_blocker) -> Iterator[World]:
    """One world for a whole test module, rolled back at its end. Each test still runs in its own
    savepoint (pytest-django's `db`), so what one test writes is gone before the next."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world(
            analyst=make_user("api_ana", ANALYST),
            other_analyst=make_user("api_oleh", ANALYST),
            editor=make_user("api_eda", EDITOR),
            other_editor=make_user("api_ivan", EDITOR),
            admin=make_user("api_root", ADMIN, is_staff=True, is_superuser=True),
        )
        transaction.set_rollback(True)


def client_for(user=None) -> APIClient:
    """A client authenticated as a script would be: with the user's token (anonymous without a user)."""
    client = APIClient()
    if user is not None:
        token, _created = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


_TRACKED = [
    Claim,
    Claim.topics.through,
    Quote,
    QuoteSearch,
    ReviewEvent,
    Translation,
    Speaker,
    SpeakerName,
    SpeakerAlias,
    SpeakerRole,
    Source,
    Source.cites.through,
    Outlet,
    Topic,
    Token,
]


def snapshot() -> dict[str, list]:
    """Every row (every column) of the tables an API write could touch, and how many history rows each has."""
    rows = {}
    for model in _TRACKED:
        fields = [f.attname for f in model._meta.concrete_fields if f.get_internal_type() != "SearchVectorField"]
        rows[model._meta.label] = list(model.objects.order_by("pk").values_list(*fields))
        history = getattr(model, "history", None)
        if history is not None:
            rows[f"{model._meta.label} history"] = history.count()
    return rows
