"""Reads for claim pages: each returns everything its page shows, in a fixed number of queries."""

import datetime
from dataclasses import dataclass

from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.expressions import ArraySubquery
from django.core.cache import cache
from django.db.models import Count, Max, OuterRef, Prefetch, Q, QuerySet, Subquery, prefetch_related_objects
from django.db.models.functions import Coalesce, TruncMonth
from django.http import Http404
from django.utils.translation import gettext

from claims.filters import ReviewQueueFilter
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
)  # fmt: skip
from claims.permissions import audience, is_editor, sees_claim, sees_workflow
from claims.prefetch import attach, attach_objects, rows_of
from claims.similarity import Features, claim_features, score
from config.prepared import Prepared
from extraction import SpeakerRef
from sources.selectors import quote_context


def _speaker_prefetches(prefix: str = "speaker__") -> list:
    return [
        Prefetch(f"{prefix}names", queryset=SpeakerName.objects.order_by("language")),
        f"{prefix}roles",
        f"{prefix}aliases",
    ]


def attach_report_languages(claims: list[Claim]) -> list[Claim]:
    """Set `languages` (sorted codes) and `quote_count` on each claim, in one query for the lot.

    Done for the page being shown: aggregating over every matching claim before the LIMIT is what makes
    a page slow on a speaker with tens of thousands of claims."""
    languages: dict[int, set[str]] = {}
    counts: dict[int, int] = {}
    rows = (
        Quote.objects.filter(claim_id__in=[c.pk for c in claims])
        .order_by()  # no sort by the default ordering: the rows are only counted
        .values_list("claim_id", "source__language")
    )
    for claim_id, language in rows:
        languages.setdefault(claim_id, set()).add(language)
        counts[claim_id] = counts.get(claim_id, 0) + 1
    for claim in claims:
        claim.languages = sorted(languages.get(claim.pk, ()))
        claim.quote_count = counts.get(claim.pk, 0)
    return claims


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
        .order_by("-said_on", "-pk")[:limit]
    )


def _speaker_rows(speaker_id: str) -> dict:
    """The names, roles and aliases of the speaker whose id is the outer query's `speaker_id`, as columns of
    that query (claims.prefetch), in the order of their models."""
    of = OuterRef(speaker_id)
    return {
        "speaker_names_rows": rows_of(SpeakerName.objects.filter(speaker_id=of).order_by("language", "pk")),
        "speaker_roles_rows": rows_of(SpeakerRole.objects.filter(speaker_id=of).order_by("start_date", "pk")),
        "speaker_aliases_rows": rows_of(SpeakerAlias.objects.filter(speaker_id=of).order_by("alias", "pk")),
    }


def _attach_speaker_rows(speaker: Speaker, holder) -> None:
    attach(speaker, "names", holder.speaker_names_rows)
    attach(speaker, "roles", holder.speaker_roles_rows)
    attach(speaker, "aliases", holder.speaker_aliases_rows)


_SPEAKER = Prepared(lambda pk: Speaker.objects.annotate(**_speaker_rows("pk")).filter(pk=pk), pk=int)


def speaker_with_names(pk: int) -> Speaker | None:
    """The speaker with their names, roles and aliases, from one query compiled once; None when there is
    no such speaker."""
    speaker = _SPEAKER.first(pk=pk) if 0 < pk < 2**63 else None
    if speaker is not None:
        _attach_speaker_rows(speaker, speaker)
    return speaker


def _translations_by(field: str) -> Prepared:
    return Prepared(
        lambda claim_id: (
            Translation.objects.filter(**{field: claim_id}).select_related("translator").order_by("language", "pk")
        ),
        claim_id=int,
    )


# The claim page's queries, compiled once (config.prepared): they cost more to build than to run.
_CLAIM = Prepared(
    lambda pk: (
        Claim.objects.select_related("speaker", "author")
        .annotate(
            **_speaker_rows("speaker_id"),
            topics_rows=rows_of(Topic.objects.filter(claims=OuterRef("pk")).order_by("slug", "pk")),
        )
        .filter(pk=pk)
    ),
    pk=int,
)
_CLAIM_QUOTES = Prepared(
    lambda claim_id: (
        Quote.objects.filter(claim_id=claim_id)
        .select_related("source__outlet")
        .order_by("source__language", "source__published_on", "pk")
    ),
    claim_id=int,
)
_QUOTE_TRANSLATIONS = _translations_by("quote__claim_id")
_SUMMARY_TRANSLATIONS = _translations_by("claim_id")


def claim_get_for_page(*, pk: int, user) -> Claim:
    """One claim the user may see, with quotes, sources and translations; 404 otherwise. Its review events
    too when the page shows them: to editors and the author (the workflow) and for a retracted claim (the
    retraction notice), not to every other reader.

    Four queries, each compiled once per process: the claim with its speaker's names, roles and aliases and
    its topics (claims.prefetch); its quotes with their sources; the quotes' translations; the summary's.
    The review events when shown."""
    claim = _CLAIM.first(pk=pk)
    if claim is None or not sees_claim(user, claim):
        raise Http404("No claim matches the given query.")
    _attach_speaker_rows(claim.speaker, claim)
    attach(claim, "topics", claim.topics_rows)
    quotes = _CLAIM_QUOTES.list(claim_id=claim.pk)
    by_quote: dict[int, list[Translation]] = {}
    for translation in _QUOTE_TRANSLATIONS.list(claim_id=claim.pk):
        by_quote.setdefault(translation.quote_id, []).append(translation)
    for quote in quotes:
        quote.claim = claim
        attach_objects(quote, "translations", by_quote.get(quote.pk, []))
    attach_objects(claim, "quotes", quotes)
    attach_objects(claim, "summary_translations", _SUMMARY_TRANSLATIONS.list(claim_id=claim.pk))
    if sees_workflow(user, claim) or claim.status == Claim.Status.RETRACTED:
        events = ReviewEvent.objects.select_related("actor")
        prefetch_related_objects([claim], Prefetch("review_events", queryset=events))
    return claim


SPEAKER_PAGE_SIZE = 50


def _speaker_page_queries(seen_by: str) -> tuple[Prepared, Prepared]:
    """The speaker (with names, roles, aliases and how many of their claims the audience sees) and the
    first page of those claims (with their report languages and counts), compiled once per audience."""
    kinds = {"pk": int, "user_id": int} if seen_by == "own" else {"pk": int}
    reports = Quote.objects.filter(claim_id=OuterRef("pk")).order_by()

    def speaker(pk, user_id=None):
        claims = Claim.objects.filter(speaker_id=OuterRef("pk")).seen_by(seen_by, user_id).order_by()
        # COUNT(*), not of the ids: for staff, PostgreSQL then counts from the speaker index alone.
        count = claims.values("speaker_id").annotate(n=Count("*")).values("n")
        return (
            Speaker.objects.annotate(**_speaker_rows("pk"), visible_claims=Coalesce(Subquery(count), 0))
            .filter(pk=pk)
            .order_by()
        )

    def first_page(pk, user_id=None):
        return (
            Claim.objects.filter(speaker_id=pk)
            .seen_by(seen_by, user_id)
            .annotate(
                report_languages=ArraySubquery(reports.values("source__language").distinct()),
                quote_count=Coalesce(Subquery(reports.values("claim_id").annotate(n=Count("pk")).values("n")), 0),
            )
            .order_by("-said_on", "-pk")[:SPEAKER_PAGE_SIZE]
        )

    return Prepared(speaker, **kinds), Prepared(first_page, **kinds)


_SPEAKER_PAGE = {seen_by: _speaker_page_queries(seen_by) for seen_by in ("all", "own", "public")}


def _speaker_page(user, pk: int) -> tuple[tuple[Prepared, Prepared], dict]:
    """The speaker page's queries for the user's audience, and the values to run them with."""
    seen_by = audience(user)
    return _SPEAKER_PAGE[seen_by], ({"pk": pk, "user_id": user.pk} if seen_by == "own" else {"pk": pk})


def speaker_get_for_page(*, pk: int, user) -> tuple[Speaker, QuerySet[Claim]]:
    """The speaker with names, aliases and roles and `visible_claims` (how many of theirs the user sees),
    and those claims, newest first. The claims do not fetch their speaker again: `claims_of_speaker_page`
    hands them this one."""
    (speaker_query, _first_page), values = _speaker_page(user, pk)
    speaker = speaker_query.first(**values)
    if speaker is None:
        raise Http404("No speaker matches the given query.")
    _attach_speaker_rows(speaker, speaker)
    claims = Claim.objects.visible_to(user).by_speaker(speaker).order_by("-said_on", "-pk")
    return speaker, claims


def speaker_first_page(*, speaker: Speaker, user) -> list[Claim]:
    """The first SPEAKER_PAGE_SIZE claims of speaker_get_for_page's list, as claims_of_speaker_page makes
    them, from one query compiled once per audience."""
    (_speaker_query, first_page), values = _speaker_page(user, speaker.pk)
    claims = first_page.list(**values)
    for claim in claims:
        claim.speaker = speaker
        claim.languages = sorted(claim.report_languages)
    return claims


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
        month, index = first, 0
        peak = max(per_month.values())
        while month <= last:
            count = per_month.get(month, 0)
            bars.append(MonthBar(month, count, index * 12.0, 100.0 * count / peak))
            month, index = _add_months(month, 1), index + 1
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


# --- review -----------------------------------------------------------------------------------


def review_queue(*, params, user) -> tuple[ReviewQueueFilter, QuerySet[Claim]]:
    """Claims waiting for review, the longest-waiting first, filtered by speaker, author, language, topic."""
    base = (
        Claim.objects.in_review()
        .select_related("speaker", "author")
        .prefetch_related(*_speaker_prefetches(), "topics")
        .annotate(
            submitted_at=Max("review_events__created_at", filter=Q(review_events__to_status=Claim.Status.IN_REVIEW)),
        )
        .order_by("submitted_at", "pk")
    )
    filterset = ReviewQueueFilter(params, queryset=base)
    return filterset, filterset.qs


def review_queue_counts(claims: QuerySet[Claim]) -> dict[str, int]:
    """How many claims wait, by the language of their reports (one query)."""
    rows = (
        Quote.objects.filter(claim__in=claims.values("pk"))
        .values("source__language")
        .annotate(n=Count("claim", distinct=True))
        .order_by("source__language")
    )
    return {row["source__language"]: row["n"] for row in rows}


@dataclass
class QuoteInContext:
    quote: Quote
    before: str
    after: str


def quotes_in_context(claim: Claim) -> list[QuoteInContext]:
    """Each quote with its neighbouring sentences (uses the prefetched quotes and sources)."""
    items = []
    for quote in claim.quotes.all():
        before, _, after = quote_context(quote.source.text, quote.start, quote.end)
        items.append(QuoteInContext(quote=quote, before=before, after=after))
    return items


def _claims_near(*, speaker: Speaker, day: datetime.date | None, days: int) -> QuerySet[Claim]:
    claims = Claim.objects.filter(speaker=speaker).exclude(status=Claim.Status.REJECTED)
    if day is not None:
        window = datetime.timedelta(days=days)
        low = day - window if day - datetime.date.min > window else datetime.date.min  # no OverflowError at the
        high = day + window if datetime.date.max - day > window else datetime.date.max  # ends of the calendar
        claims = claims.filter(said_on__range=(low, high))
    return claims.prefetch_related(
        Prefetch("quotes", queryset=Quote.objects.select_related("source").prefetch_related("translations")),
        "summary_translations",
    ).order_by("-said_on")[:100]


def _ranked(features: Features, candidates, day: datetime.date | None, limit: int) -> list[tuple[Claim, int]]:
    scored = [(other, score(features, claim_features(other))) for other in candidates]
    scored.sort(key=lambda pair: (-pair[1], abs((pair[0].said_on - day).days) if day else 0))
    return scored[:limit]


def similar_claims(*, claim: Claim, days: int = 14, limit: int = 5) -> list[tuple[Claim, int]]:
    """Possible duplicates: the same speaker within `days` of the date, ranked by what they share
    across languages (names through their transliteration skeleton, numbers, lemmas)."""
    candidates = [c for c in _claims_near(speaker=claim.speaker, day=claim.said_on, days=days) if c.pk != claim.pk]
    return _ranked(claim_features(claim), candidates, claim.said_on, limit)


def statement_suggestions(
    *,
    speaker: Speaker,
    day: datetime.date | None,
    text: str,
    language: str,
    translations: list[tuple[str, str]] = (),
    days: int = 14,
    limit: int = 6,
) -> list[tuple[Claim, int]]:
    """Existing claims a new quote may report: the same speaker within `days` of the source's date."""
    features = Features().add(text, language)
    for other_language, other_text in translations:
        features.add(other_text, other_language)
    return _ranked(features, _claims_near(speaker=speaker, day=day, days=days), day, limit)


@dataclass
class HistoryEntry:
    when: datetime.datetime
    who: object
    what: str
    changes: list[tuple[str, str, str]]


def _display(field, value, speakers: dict[int, str]) -> str:
    if value is None or value == "":
        return "—"
    if field == "speaker":
        return speakers.get(value, str(value))
    if field == "topics":
        return ", ".join(sorted(str(t) for t in Topic.objects.filter(pk__in=[row["topic"] for row in value])))
    if field == "status":
        return str(Claim.Status(value).label)
    return str(value)


def claim_history(claim: Claim) -> list[HistoryEntry]:
    """Every recorded change of the claim and its quotes, newest first, as field-level diffs."""
    records = list(claim.history.select_related("history_user").order_by("history_date", "history_id"))
    speaker_ids = {r.speaker_id for r in records}
    speakers = {s.pk: s.name for s in Speaker.objects.filter(pk__in=speaker_ids)}
    labels = {f.name: str(f.verbose_name) for f in Claim._meta.get_fields() if hasattr(f, "verbose_name")}
    # Status, corrections and publication are not form-editable but are exactly what reviewers ask about.
    tracked = [
        (f.name, f.attname) for f in Claim.history.model.tracked_fields if f.name not in {"id", "updated_at", "version"}
    ]
    entries, previous = [], None
    for record in records:
        if previous is None:
            entries.append(HistoryEntry(record.history_date, record.history_user, gettext("created"), []))
        else:
            changes = [
                (labels[name], _display(name, old, speakers), _display(name, new, speakers))
                for name, attname in tracked
                if (old := getattr(previous, attname)) != (new := getattr(record, attname))
            ]
            topics = record.diff_against(previous, included_fields=["topics"]).changes
            changes += [
                (labels["topics"], _display("topics", c.old, {}), _display("topics", c.new, {})) for c in topics
            ]
            if changes:
                entries.append(HistoryEntry(record.history_date, record.history_user, gettext("changed"), changes))
        previous = record
    quote_records = Quote.history.filter(claim_id=claim.pk).select_related("history_user", "source")
    for record in quote_records:
        what = {"+": gettext("quote added"), "~": gettext("quote changed"), "-": gettext("quote removed")}[
            record.history_type
        ]
        entries.append(HistoryEntry(record.history_date, record.history_user, what, [("", "", record.text[:200])]))
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries


def dashboard(*, user) -> dict[str, object]:
    """What a user's day starts with: drafts, claims returned with the editor's note, the queue, recent."""
    mine = Claim.objects.filter(author=user).select_related("speaker").order_by("-updated_at")
    returned = mine.filter(status=Claim.Status.CHANGES_REQUESTED).prefetch_related(
        Prefetch(
            "review_events",
            queryset=ReviewEvent.objects.filter(to_status=Claim.Status.CHANGES_REQUESTED).select_related("actor"),
            to_attr="return_events",
        )
    )
    recent = Claim.objects.published().select_related("speaker").order_by("-published_at")
    if not is_editor(user):
        recent = recent.filter(author=user)
    waiting = Claim.objects.in_review().select_related("speaker", "author")
    waiting = waiting.exclude(author=user) if is_editor(user) else waiting.filter(author=user)
    return {
        "drafts": list(mine.filter(status=Claim.Status.DRAFT)[:20]),
        "returned": list(returned[:20]),
        "waiting": list(waiting.order_by("updated_at")[:20]),
        "waiting_count": waiting.count(),
        "recent": list(recent[:10]),
    }


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
