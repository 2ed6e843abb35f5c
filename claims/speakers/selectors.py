"""Reads for speaker pages and for quote extraction: a speaker with names, aliases and roles, their claims
a page at a time, their profile (claims per month, outlets, languages) and every speaker as extraction needs it."""

import datetime
from dataclasses import dataclass

from django.contrib.postgres.aggregates import ArrayAgg
from django.core.cache import cache
from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth
from django.http import Http404

from claims.models import Claim, QuoteSearch, Speaker
from claims.permissions import audience
from claims.selectors import attach_report_languages
from claims.speakers.search import speaker_prefetches
from extraction import SpeakerRef


def speaker_with_names(pk: int) -> Speaker | None:
    """The speaker with their names, roles and aliases; None when there is no such speaker."""
    if not 0 < pk < 2**63:
        return None
    return Speaker.objects.prefetch_related(*speaker_prefetches()).filter(pk=pk).first()


SPEAKER_PAGE_SIZE = 50


def speaker_get_for_page(*, pk: int, user) -> tuple[Speaker, QuerySet[Claim]]:
    """The speaker with names, aliases and roles and `visible_claims` (how many of theirs the user sees),
    and those claims, newest first; 404 when there is no such speaker."""
    speaker = speaker_with_names(pk)
    if speaker is None:
        raise Http404("No speaker matches the given query.")
    claims = Claim.objects.visible_to(user).by_speaker(speaker).order_by("-said_on", "-pk")
    speaker.visible_claims = claims.count()
    return speaker, claims


def claims_of_speaker_page(claims: list[Claim], speaker: Speaker) -> list[Claim]:
    """The claims of one page of a speaker's list, each with that speaker object and its report languages."""
    for claim in claims:
        claim.speaker = speaker
    return attach_report_languages(claims)


@dataclass
class MonthBar:
    month: datetime.date
    count: int
    x: float  # SVG user units: bars 10 wide on a 12 pitch, 100 high at the busiest month
    height: float

    @property
    def y(self) -> float:
        return 100.0 - self.height


@dataclass
class SpeakerProfile:
    monthly: list[MonthBar]
    max_count: int
    outlets: list[tuple[str, int]]
    languages: list[tuple[str, int]]
    total: int
    cache_key: str = ""  # set by speaker_profile_cached

    @property
    def chart_width(self) -> int:
        return max(12, 12 * len(self.monthly))


def speaker_profile(*, speaker: Speaker, claims: QuerySet[Claim], months: int = 36) -> SpeakerProfile:
    """Claims per month (the last `months` months that have any), and who reported them in which language.
    Three aggregate queries, whatever the number of claims."""
    per_month = dict(
        claims.order_by()
        .annotate(month=TruncMonth("said_on"))
        .values_list("month")
        .annotate(n=Count("pk", distinct=True))
        .values_list("month", "n")
    )
    bars: list[MonthBar] = []
    if per_month:
        last = max(per_month)
        first = max(min(per_month), _add_months(last, -(months - 1)))
        peak = max(per_month.values())
        # Counted in months, not by stepping a date: _add_months stops at the calendar's last month.
        span = (last.year * 12 + last.month) - (first.year * 12 + first.month)
        for index in range(span + 1):
            month = _add_months(first, index)
            count = per_month.get(month, 0)
            bars.append(MonthBar(month, count, index * 12.0, 100.0 * count / peak))
    # From the search entries: one row per quote with the speaker, outlet and language already on it.
    entries = QuoteSearch.objects.filter(claim__in=claims.order_by().values("pk"), speaker_id=speaker.pk)
    outlets = list(
        entries.values_list("outlet__name")
        .annotate(n=Count("claim_id", distinct=True))
        .order_by("-n", "outlet__name")
        .values_list("outlet__name", "n")[:10]
    )
    languages = list(
        entries.values_list("language")
        .annotate(n=Count("claim_id", distinct=True))
        .order_by("-n")
        .values_list("language", "n")
    )
    return SpeakerProfile(
        monthly=bars,
        max_count=max((bar.count for bar in bars), default=0),
        outlets=outlets,
        languages=languages,
        total=sum(per_month.values()),
    )


PROFILE_CACHE_SECONDS = 3600


def speaker_profile_cached(*, speaker: Speaker, claims: QuerySet[Claim], user) -> SpeakerProfile:
    """speaker_profile, kept in the cache under the speaker's `profile_version` (which every write of one
    of its claims or quotes bumps) and what the user may see: the aggregates over a speaker with tens of
    thousands of claims are computed once per change instead of once per page view."""
    seen_by = audience(user)
    if seen_by == "own":
        seen_by = f"author-{user.pk}"  # published claims and the user's own
    key = f"speaker-profile:{speaker.pk}:{speaker.profile_version}:{seen_by}"
    profile = cache.get(key)
    if profile is None:
        profile = speaker_profile(speaker=speaker, claims=claims)
        profile.cache_key = key  # the page caches the rendered chart and lists under it too
        cache.set(key, profile, PROFILE_CACHE_SECONDS)
    return profile


def _add_months(day: datetime.date, months: int) -> datetime.date:
    # Clamped to the dates Python has: a stored 9999-12-31 must not crash the page a month later.
    index = min(max(day.year * 12 + day.month - 1 + months, 12), 9999 * 12 + 11)
    return datetime.date(index // 12, index % 12 + 1, 1)


def speaker_refs() -> list[SpeakerRef]:
    """Every speaker with its names and aliases, as quote extraction needs them, in one query."""
    rows = Speaker.objects.annotate(
        name_list=ArrayAgg("names__name", distinct=True), alias_list=ArrayAgg("aliases__alias", distinct=True)
    ).values_list("pk", "kind", "name", "name_list", "alias_list")
    refs = []
    for pk, kind, name, name_list, alias_list in rows:
        names = [name, *(n for n in name_list or [] if n), *(a for a in alias_list or [] if a)]
        refs.append(SpeakerRef(id=pk, names=list(dict.fromkeys(names)), kind=kind))
    return refs
