import hashlib

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import CharField, Func, Q, Value
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sources.dates import EARLIEST, validate_plausible_date
from sources.languages import language_check, language_choices
from sources.similarity import shingle_sketch


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Sha256Hex(Func):
    """SQL for the hex SHA-256 of a text column's UTF-8 bytes (matches text_sha256())."""

    template = "encode(sha256(convert_to(%(expressions)s, 'UTF8')), 'hex')"
    output_field = CharField()


class OutletQuerySet(models.QuerySet):
    def by_domain(self, domain: str) -> "OutletQuerySet":
        domain = domain.lower().removeprefix("www.")
        return self.filter(domains__contains=[domain])


class OutletKind(models.TextChoices):
    AGENCY = "agency", _("news agency")
    NEWSPAPER = "newspaper", _("newspaper")
    BROADCASTER = "broadcaster", _("broadcaster")
    AGGREGATOR = "aggregator", _("aggregator")
    GOVERNMENT = "government", _("government")
    THINK_TANK = "think_tank", _("think tank")
    OTHER = "other", _("other")


class OutletOwnership(models.TextChoices):
    STATE = "state", _("state")
    PRIVATE = "private", _("private")
    UNKNOWN = "unknown", _("unknown")


def heading_of(text: str) -> str:
    """What stands for an untitled source's title: the first line of its text, cut to 120 characters."""
    return text.strip().split("\n", 1)[0][:120]


class Outlet(models.Model):
    Kind = OutletKind
    Ownership = OutletOwnership

    name = models.CharField(_("name"), max_length=200, unique=True)
    # db_default: rows written by COPY or raw inserts (the bench, restores) need no value for them.
    name_en = models.CharField(_("name in English"), max_length=200, blank=True, db_default="")
    name_uk = models.CharField(_("name in Ukrainian"), max_length=200, blank=True, db_default="")
    domains = ArrayField(
        models.CharField(max_length=253),
        verbose_name=_("domains"),
        default=list,
        blank=True,
        help_text=_("Bare host names such as unian.ua, one per entry."),
    )
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO 3166-1 alpha-2 code."))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    ownership = models.CharField(_("ownership"), max_length=10, choices=Ownership.choices, default=Ownership.UNKNOWN)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    history = HistoricalRecords()
    objects = OutletQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("outlet")
        verbose_name_plural = _("outlets")
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=OutletKind.values), name="outlet_kind_valid"),
            models.CheckConstraint(condition=Q(ownership__in=OutletOwnership.values), name="outlet_ownership_valid"),
            models.CheckConstraint(
                condition=Q(country="") | Q(country__regex=r"^[A-Z]{2}$"), name="outlet_country_iso"
            ),
        ]
        indexes = [models.Index(fields=["domains"], name="outlet_domains_gin", opclasses=["array_ops"])]

    def __str__(self) -> str:
        return self.localized_name()

    def localized_name(self, language: str | None = None) -> str:
        """The display name in the interface language, else the other curated one, else the stored name."""
        language = (language or get_language() or "en")[:2]
        preferred = self.name_uk if language == "uk" else self.name_en
        return preferred or self.name_en or self.name_uk or self.name


class SourceQuerySet(models.QuerySet):
    def with_outlet(self) -> "SourceQuerySet":
        return self.select_related("outlet")


class Source(models.Model):
    """One captured article. Its text is what quotes point into, so it is never edited once quoted."""

    external_id = models.CharField(_("external ID"), max_length=100, null=True, blank=True, unique=True)
    url = models.URLField(_("canonical URL"), max_length=2000, null=True, blank=True)
    outlet = models.ForeignKey(
        Outlet, verbose_name=_("outlet"), on_delete=models.PROTECT, null=True, blank=True, related_name="sources"
    )
    title = models.CharField(_("title"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=2, choices=language_choices())
    published_on = models.DateField(
        _("published on"),
        null=True,
        blank=True,
        help_text=_("Leave empty when unknown."),
        validators=[validate_plausible_date],
    )
    author = models.CharField(_("author"), max_length=300, blank=True)
    text = models.TextField(_("text"))
    raw_html = models.TextField(_("raw HTML snapshot"), blank=True)
    text_sha256 = models.CharField(_("SHA-256 of the text"), max_length=64, editable=False)
    # A sketch of the text (the smallest hashes of its word shingles) so a near-identical article is found
    # through an index instead of reading every text; derived from the text, never typed.
    shingle_sketch = ArrayField(
        models.BigIntegerField(), default=list, db_default=Value([], output_field=ArrayField(models.BigIntegerField())),
        blank=True, editable=False,
    )  # fmt: skip
    captured_at = models.DateTimeField(_("captured at"), auto_now_add=True)
    captured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("captured by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="captured_sources",
    )
    cites = models.ManyToManyField(
        "self",
        verbose_name=_("cites"),
        symmetrical=False,
        blank=True,
        related_name="cited_by",
        help_text=_("Sources this article re-reports."),
    )

    history = HistoricalRecords(excluded_fields=["raw_html", "shingle_sketch"])
    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-captured_at"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        # Analysts edit the details of what they captured; this lets editors edit everyone's.
        permissions = [("edit_any_source", _("Can edit the details of any source"))]
        constraints = [
            models.UniqueConstraint(
                fields=["url"],
                condition=Q(url__isnull=False),
                name="source_url_unique",
                violation_error_message=_("An article with this URL is already captured."),
            ),
            models.UniqueConstraint(
                fields=["text_sha256"],
                name="source_text_sha256_unique",
                violation_error_message=_("An article with exactly this text is already captured."),
            ),
            models.CheckConstraint(condition=language_check("language"), name="source_language_iso639_1"),
            models.CheckConstraint(condition=Q(text_sha256__regex=r"^[0-9a-f]{64}$"), name="source_sha256_hex"),
            models.CheckConstraint(condition=Q(url__isnull=True) | ~Q(url=""), name="source_url_null_not_empty"),
            models.CheckConstraint(condition=~Q(text=""), name="source_text_not_empty"),
            models.CheckConstraint(
                condition=Q(published_on__isnull=True) | Q(published_on__gte=EARLIEST), name="source_published_on_sane"
            ),
            models.CheckConstraint(condition=Q(text_sha256=Sha256Hex("text")), name="source_sha256_matches_text"),
        ]
        indexes = [
            models.Index(fields=["published_on"], name="source_published_on"),
            GinIndex(fields=["shingle_sketch"], name="source_shingle_sketch_gin"),
        ]

    def __str__(self) -> str:
        label = self.title or (self.text[:60] + "…" if len(self.text) > 60 else self.text)
        return f"{label} ({self.outlet})" if self.outlet_id else label

    def save(self, *args, **kwargs):
        # Derived, never typed: the database checks it too (source_sha256_matches_text).
        self.text_sha256 = text_sha256(self.text)
        self.shingle_sketch = shingle_sketch(self.text)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("claims:source", args=[self.pk])

    def clean(self):
        self.text_sha256 = text_sha256(self.text or "")

    @property
    def display_title(self) -> str:
        return self.title or heading_of(self.text)
