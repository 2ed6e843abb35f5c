"""Reads for claim pages: each returns everything its page shows, in a fixed number of queries."""

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from claims.models import Claim, Quote, ReviewEvent, Speaker, SpeakerName, Translation


def _speaker_prefetches(prefix: str = "speaker__") -> list:
    return [Prefetch(f"{prefix}names", queryset=SpeakerName.objects.order_by("language")), f"{prefix}roles"]


def claims_recent_published(*, limit: int = 50) -> QuerySet[Claim]:
    """Published claims, newest statement first, with the languages they were reported in."""
    return (
        Claim.objects.published()
        .select_related("speaker")
        .prefetch_related(
            *_speaker_prefetches(),
            "topics",
            Prefetch(
                "quotes", queryset=Quote.objects.select_related("source__outlet").order_by("source__language", "pk")
            ),
        )
        .annotate(languages=ArrayAgg("quotes__source__language", distinct=True, default=[]))
        .order_by("-said_on", "-pk")[:limit]
    )


def claim_get_for_page(*, pk: int, user) -> Claim:
    """One claim the user may see, with quotes, sources, translations and review events; 404 otherwise."""
    quotes = (
        Quote.objects.select_related("source__outlet")
        .prefetch_related(Prefetch("translations", queryset=Translation.objects.select_related("translator")))
        .order_by("source__language", "source__published_on", "pk")
    )
    return get_object_or_404(
        Claim.objects.visible_to(user)
        .select_related("speaker", "author")
        .prefetch_related(
            *_speaker_prefetches(),
            "topics",
            Prefetch("quotes", queryset=quotes),
            Prefetch("summary_translations", queryset=Translation.objects.select_related("translator")),
            Prefetch("review_events", queryset=ReviewEvent.objects.select_related("actor")),
        ),
        pk=pk,
    )


def speaker_get_for_page(*, pk: int, user) -> tuple[Speaker, QuerySet[Claim]]:
    speaker = get_object_or_404(Speaker.objects.prefetch_related("names", "aliases", "roles"), pk=pk)
    claims = (
        Claim.objects.visible_to(user)
        .by_speaker(speaker)
        .annotate(languages=ArrayAgg("quotes__source__language", distinct=True, default=[]))
        .order_by("-said_on", "-pk")
    )
    return speaker, claims
