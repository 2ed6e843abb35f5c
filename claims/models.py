import datetime

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from claims.permissions import audience, is_editor
from sources.dates import validate_plausible_date
from sources.languages import language_check, language_choices
from sources.models import Source


class SpeakerKind(models.TextChoices):
    PERSON = "person", _("person")
    ORGANIZATION = "organization", _("organization")


class Speaker(models.Model):
    """A person or organisation whose statements are tracked."""

    Kind = SpeakerKind

    external_id = models.CharField(_("external ID"), max_length=100, null=True, blank=True, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PERSON)
    name = models.CharField(
        _("canonical name"), max_length=300, help_text=_("The name used when none is given in the reader's language.")
    )
    wikidata_id = models.CharField(
        _("Wikidata ID"), max_length=20, null=True, blank=True, unique=True, help_text=_("Such as Q313520.")
    )
    description = models.TextField(_("description"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Every name and alias, normalised and as a Latin skeleton, joined by " | ": one substring or trigram
    # match finds a speaker by any spelling. Derived (claims.speakers.search.speaker_refresh_search_keys keeps it),
    # so it stays out of the history.
    search_keys = models.TextField(_("search keys"), editable=False, blank=True, default="")
    # Bumped whenever a claim or quote of the speaker is written (claims.search.indexing.speakers_touch): the
    # speaker page keys its cached chart and reporting aggregates on it. Derived, so out of the history.
    profile_version = models.PositiveBigIntegerField(_("profile version"), editable=False, default=0, db_default=0)

    history = HistoricalRecords(excluded_fields=["search_keys", "profile_version"])

    class Meta:
        ordering = ["name"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        indexes = [GinIndex(fields=["search_keys"], name="speaker_search_keys_trgm", opclasses=["gin_trgm_ops"])]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=SpeakerKind.values), name="speaker_kind_valid"),
            models.CheckConstraint(
                condition=Q(wikidata_id__isnull=True) | Q(wikidata_id__regex=r"^Q[1-9][0-9]*$"),
                name="speaker_wikidata_id_format",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("claims:speaker", args=[self.pk])

    @property
    def wikidata_url(self) -> str:
        return f"https://www.wikidata.org/wiki/{self.wikidata_id}" if self.wikidata_id else ""

    def localized_name(self, language: str | None = None) -> str:
        """The name in the given (or active) language; uses prefetched names when there are any."""
        language = (language or get_language() or "en")[:2]
        for entry in self.names.all():
            if entry.language == language:
                return entry.name
        return self.name

    def role_on(self, day: datetime.date | None) -> "SpeakerRole | None":
        """The role held on that day; uses prefetched roles when there are any."""
        if day is None:
            return None
        held = [role for role in self.roles.all() if role.covers(day)]
        return max(held, key=lambda role: role.start_date or datetime.date.min, default=None)


class SpeakerName(models.Model):
    speaker = models.ForeignKey(Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="names")
    language = models.CharField(_("language"), max_length=2, choices=language_choices())
    name = models.CharField(_("name"), max_length=300)

    history = HistoricalRecords()

    class Meta:
        ordering = ["language"]
        verbose_name = _("name in a language")
        verbose_name_plural = _("names in languages")
        constraints = [
            models.UniqueConstraint(fields=["speaker", "language"], name="speaker_name_one_per_language"),
            models.CheckConstraint(condition=language_check("language"), name="speaker_name_language_iso639_1"),
        ]

    def __str__(self) -> str:
        return f"{self.name} [{self.language}]"


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("alias"), max_length=300, help_text=_("Another spelling, transliteration or form."))

    history = HistoricalRecords()

    class Meta:
        ordering = ["alias"]
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        constraints = [models.UniqueConstraint(fields=["speaker", "alias"], name="speaker_alias_unique")]

    def __str__(self) -> str:
        return self.alias


class SpeakerRole(models.Model):
    """A position held over a period: the role on the day of a statement is what readers need."""

    speaker = models.ForeignKey(Speaker, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(_("title"), max_length=300)
    organization = models.CharField(_("organization"), max_length=300, blank=True)
    start_date = models.DateField(_("from"), null=True, blank=True, help_text=_("Empty when unknown."))
    end_date = models.DateField(
        _("until"), null=True, blank=True, help_text=_("The first day no longer in the role; empty while held.")
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["start_date"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True) | Q(end_date__isnull=True) | Q(end_date__gt=F("start_date")),
                name="speaker_role_dates_ordered",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title}, {self.organization}" if self.organization else self.title

    def covers(self, day: datetime.date) -> bool:
        return (self.start_date is None or self.start_date <= day) and (self.end_date is None or day < self.end_date)


class Topic(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_en = models.CharField(_("name in English"), max_length=200)
    name_uk = models.CharField(_("name in Ukrainian"), max_length=200)

    history = HistoricalRecords()

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name_uk if (get_language() or "")[:2] == "uk" else self.name_en


class ClaimQuerySet(models.QuerySet):
    def published(self) -> "ClaimQuerySet":
        return self.filter(status=Claim.Status.PUBLISHED)

    def public(self) -> "ClaimQuerySet":
        """What readers may open: published claims, and retracted ones so their pages can say so."""
        return self.filter(status__in=[Claim.Status.PUBLISHED, Claim.Status.RETRACTED])

    def visible_to(self, user) -> "ClaimQuerySet":
        """Public claims for everyone; staff and editors see all; analysts also see their own."""
        return self.seen_by(audience(user), user.pk)

    def seen_by(self, audience: str, user_id) -> "ClaimQuerySet":
        """The claims an audience (claims.permissions.audience) sees; `user_id` is the user's for "own".
        Split from visible_to for callers that know the audience already."""
        if audience == "all":
            return self
        if audience == "own":
            return self.filter(Q(status__in=[Claim.Status.PUBLISHED, Claim.Status.RETRACTED]) | Q(author_id=user_id))
        return self.public()

    def in_review(self) -> "ClaimQuerySet":
        return self.filter(status=Claim.Status.IN_REVIEW)

    def by_speaker(self, speaker: Speaker) -> "ClaimQuerySet":
        return self.filter(speaker=speaker)


class ClaimStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    IN_REVIEW = "in_review", _("in review")
    CHANGES_REQUESTED = "changes_requested", _("changes requested")
    PUBLISHED = "published", _("published")
    REJECTED = "rejected", _("rejected")
    RETRACTED = "retracted", _("retracted")
    WITHDRAWN = "withdrawn", _("withdrawn")
    DELETED = "deleted", _("deleted")
    MERGED = "merged", _("merged")


class Claim(models.Model):
    """One statement by one speaker at one time, however many outlets reported it."""

    Status = ClaimStatus

    external_id = models.CharField(_("external ID"), max_length=100, null=True, blank=True, unique=True)
    speaker = models.ForeignKey(Speaker, verbose_name=_("speaker"), on_delete=models.PROTECT, related_name="claims")
    said_on = models.DateField(_("date said"), validators=[validate_plausible_date])
    occasion = models.CharField(_("occasion"), max_length=300, blank=True, help_text=_("Meeting, interview, report…"))
    summary = models.TextField(_("summary"))
    summary_language = models.CharField(_("language of the summary"), max_length=2, choices=language_choices())
    topics = models.ManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="claims")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.PROTECT, related_name="claims"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    corrected_at = models.DateTimeField(
        _("corrected at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When an editor last corrected it after publication."),
    )
    # Set by claims.services.claim_merge alone: the claim this duplicate was merged into; its page redirects there.
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="merged_claims",
    )

    history = HistoricalRecords(m2m_fields=[topics])
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-said_on", "-pk"]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        permissions = [("review_claim", _("Can review claims (publish, return, reject, retract)"))]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ClaimStatus.values), name="claim_status_valid"),
            models.CheckConstraint(
                condition=language_check("summary_language"), name="claim_summary_language_iso639_1"
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="claim_version_positive"),
        ]
        indexes = [
            models.Index(fields=["status", "-said_on"], name="claim_status_said_on"),
            models.Index(fields=["speaker", "-said_on"], name="claim_speaker_said_on"),
        ]

    def __str__(self) -> str:
        return f"{self.speaker}, {self.said_on:%Y-%m-%d}: {self.summary[:80]}"

    def get_absolute_url(self) -> str:
        return reverse("claims:detail", args=[self.pk])

    @property
    def speaker_role(self) -> "SpeakerRole | None":
        return self.speaker.role_on(self.said_on)


class ReportStatus(models.TextChoices):
    """Whether a report of a claim is part of it. A report added where its author may not simply add
    (someone else's claim, or one in review or published) waits as proposed until an editor decides."""

    PROPOSED = "proposed", _("proposed")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")


class QuoteQuerySet(models.QuerySet):
    def accepted(self) -> "QuoteQuerySet":
        return self.filter(report_status=ReportStatus.ACCEPTED)

    def shown_to(self, user) -> "QuoteQuerySet":
        """The reports `user` sees of the claims they see (claims.permissions.sees_report, as a filter):
        accepted ones; proposed and declined ones too for editors, the claim's author and the proposer."""
        if is_editor(user):
            return self
        if not user.is_authenticated:
            return self.accepted()
        return self.filter(
            Q(report_status=ReportStatus.ACCEPTED) | Q(claim__author_id=user.pk) | Q(created_by_id=user.pk)
        )


class QuoteKind(models.TextChoices):
    DIRECT = "direct", _("direct")
    PARTIAL = "partial", _("partial")
    INDIRECT = "indirect", _("indirect (paraphrase)")


class Quote(models.Model):
    """How one source reports a claim: an exact span of the source's text."""

    Kind = QuoteKind
    ReportStatus = ReportStatus

    external_id = models.CharField(_("external ID"), max_length=100, null=True, blank=True, unique=True)
    claim = models.ForeignKey(Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="quotes")
    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="quotes")
    text = models.TextField(_("verbatim text"))
    start = models.PositiveIntegerField(_("start offset"))
    end = models.PositiveIntegerField(_("end offset"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.DIRECT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="quotes"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    report_status = models.CharField(
        _("report status"),
        max_length=10,
        choices=ReportStatus.choices,
        default=ReportStatus.ACCEPTED,
        db_default=ReportStatus.ACCEPTED,
        editable=False,
    )

    history = HistoricalRecords()
    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["source__published_on", "pk"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        constraints = [
            models.UniqueConstraint(fields=["source", "start", "end", "claim"], name="quote_one_per_source_span_claim"),
            models.CheckConstraint(condition=Q(kind__in=QuoteKind.values), name="quote_kind_valid"),
            models.CheckConstraint(
                condition=Q(report_status__in=ReportStatus.values), name="quote_report_status_valid"
            ),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="quote_span_not_empty"),
            # The span in the source is checked by the trigger quote_text_is_source_span (see migrations).
            models.CheckConstraint(condition=Q(end=F("start") + Length("text")), name="quote_length_matches_span"),
        ]

    def __str__(self) -> str:
        return f"“{self.text[:80]}” ({self.source.language})"

    @property
    def language(self) -> str:
        return self.source.language


class TranslationMethod(models.TextChoices):
    HUMAN = "human", _("human")
    MACHINE = "machine", _("machine")


class Translation(models.Model):
    """A quote or a claim summary in another language. The original stays authoritative."""

    Method = TranslationMethod

    quote = models.ForeignKey(
        Quote, verbose_name=_("quote"), on_delete=models.CASCADE, null=True, blank=True, related_name="translations"
    )
    claim = models.ForeignKey(
        Claim,
        verbose_name=_("claim summary"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="summary_translations",
    )
    language = models.CharField(_("language"), max_length=2, choices=language_choices())
    text = models.TextField(_("text"))
    method = models.CharField(_("method"), max_length=10, choices=Method.choices, default=Method.HUMAN)
    engine = models.CharField(_("machine engine"), max_length=100, blank=True)
    translator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("translated by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="translations",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["language"]
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        constraints = [
            models.CheckConstraint(
                condition=(Q(quote__isnull=False) & Q(claim__isnull=True))
                | (Q(quote__isnull=True) & Q(claim__isnull=False)),
                name="translation_of_exactly_one",
            ),
            models.CheckConstraint(condition=language_check("language"), name="translation_language_iso639_1"),
            models.CheckConstraint(condition=Q(method__in=TranslationMethod.values), name="translation_method_valid"),
            models.CheckConstraint(condition=~Q(text=""), name="translation_text_not_empty"),
            models.UniqueConstraint(
                fields=["quote", "language"], condition=Q(quote__isnull=False), name="translation_quote_language_unique"
            ),
            models.UniqueConstraint(
                fields=["claim", "language"], condition=Q(claim__isnull=False), name="translation_claim_language_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"[{self.language}, {self.get_method_display()}] {self.text[:80]}"


class ReviewAction(models.TextChoices):
    TRANSITION = "transition", _("status change")
    NOTE = "note", _("note")
    MERGED_INTO = "merged_into", _("merged into another claim")
    MERGED_FROM = "merged_from", _("another claim merged into this one")
    REPORT_PROPOSED = "report_proposed", _("report proposed")
    REPORT_ACCEPTED = "report_accepted", _("report accepted")
    REPORT_DECLINED = "report_declined", _("report declined")
    REPORT_MOVED_OUT = "report_moved_out", _("report moved to another claim")
    REPORT_MOVED_IN = "report_moved_in", _("report moved here")


class ReviewEvent(models.Model):
    """One event of a claim's workflow: a transition, a note, a merge, a decision on a report. Written by
    the services in claims.services only."""

    Action = ReviewAction

    claim = models.ForeignKey(Claim, verbose_name=_("claim"), on_delete=models.CASCADE, related_name="review_events")
    from_status = models.CharField(_("from"), max_length=20, choices=Claim.Status.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=Claim.Status.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.PROTECT, related_name="review_events"
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("at"), auto_now_add=True)
    action = models.CharField(
        _("action"), max_length=20, choices=ReviewAction.choices, default=ReviewAction.TRANSITION,
        db_default=ReviewAction.TRANSITION,
    )  # fmt: skip
    quote = models.ForeignKey(
        Quote, verbose_name=_("report"), on_delete=models.SET_NULL, null=True, blank=True, related_name="review_events"
    )
    other_claim = models.ForeignKey(
        Claim, verbose_name=_("other claim"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("review event")
        verbose_name_plural = _("review events")
        constraints = [
            models.CheckConstraint(condition=Q(from_status__in=Claim.Status.values), name="review_event_from_valid"),
            models.CheckConstraint(condition=Q(to_status__in=Claim.Status.values), name="review_event_to_valid"),
            models.CheckConstraint(condition=Q(action__in=ReviewAction.values), name="review_event_action_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.from_status} → {self.to_status} ({self.actor})"


class QuoteSearch(models.Model):
    """The search document of one quote and the facets it is filtered by, copied here so that a search
    reads one table. Written only by claims.search, which the services call whenever one of these
    values changes (never by signals)."""

    quote = models.OneToOneField(Quote, primary_key=True, on_delete=models.CASCADE, related_name="search_entry")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+", db_index=False)
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="+", db_index=False)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False)
    outlet = models.ForeignKey("sources.Outlet", on_delete=models.SET_NULL, null=True, related_name="+", db_index=False)
    status = models.CharField(max_length=20)
    said_on = models.DateField()
    published_on = models.DateField(null=True)
    language = models.CharField(max_length=2)
    kind = models.CharField(max_length=10)
    topic_ids = ArrayField(models.IntegerField(), default=list)
    document = SearchVectorField()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            GinIndex(fields=["document"], name="quotesearch_document"),
            models.Index(fields=["-said_on", "-quote"], name="quotesearch_said_on"),
            models.Index(fields=["status", "-said_on", "-quote"], name="quotesearch_status_said_on"),
            models.Index(fields=["speaker", "-said_on"], name="quotesearch_speaker"),
            models.Index(fields=["claim"], name="quotesearch_claim"),
            models.Index(fields=["outlet", "-said_on"], name="quotesearch_outlet"),
            GinIndex(fields=["topic_ids"], name="quotesearch_topics"),
            # The unpublished entries, searched apart from the published ones (claims.search.queries.visible_parts):
            # an analyst's own, newest first; every one, newest first, for editors.
            models.Index(
                fields=["author", "-said_on", "-quote"],
                condition=~Q(status="published"),
                name="quotesearch_unpublished",
            ),
            models.Index(
                fields=["-said_on", "-quote"], condition=~Q(status="published"), name="quotesearch_unpublished_new"
            ),
        ]

    def __str__(self) -> str:
        return f"search entry of quote {self.quote_id}"


class SearchGeneration(models.Model):
    """One row whose token the indexing path renews after a transaction that changed a published entry or
    what published results show commits (claims.search.generations.published_changed). Searches key the matches they
    keep of the published entries on it (claims.search.generations.published_generation). A random token, not a
    counter: a restored or flushed database can never bring back a token some cache still holds matches
    under."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    token = models.UUIDField()

    class Meta:
        verbose_name = _("search generation")
        verbose_name_plural = _("search generations")

    def __str__(self) -> str:
        return str(self.token)
