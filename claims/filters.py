import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, Quote, QuoteSearch, SpeakerRole, Topic
from claims.search import generations, queries
from claims.speakers.search import speaker_search
from sources.languages import language_choices
from sources.models import Outlet


def _filter_by_speaker(queryset, name, value):
    """A speaker typed by any name or spelling (or an id): no list of thousands of speakers to scroll."""
    if value.isascii() and value.isdigit():  # "³" is a digit to str.isdigit, not to int()
        return queryset.filter(speaker_id=int(value))
    return queryset.filter(speaker_id__in=[s.pk for s in speaker_search(value, limit=20)])


class ReviewQueueFilter(django_filters.FilterSet):
    speaker = django_filters.CharFilter(method=_filter_by_speaker, label=_("Speaker"))
    author = django_filters.ModelChoiceFilter(
        queryset=get_user_model().objects.filter(claims__status=Claim.Status.IN_REVIEW).distinct().order_by("username"),
        label=_("Author"),
    )
    language = django_filters.ChoiceFilter(
        field_name="quotes__source__language",
        choices=language_choices,
        distinct=True,
        label=_("Report language"),
    )
    topic = django_filters.ModelChoiceFilter(field_name="topics", queryset=Topic.objects.all(), label=_("Topic"))

    class Meta:
        model = Claim
        fields = ["speaker", "author", "language", "topic"]


def _outlets_of_published_claims(request) -> "QuerySet[Outlet]":
    published = QuoteSearch.objects.filter(outlet_id=OuterRef("pk"), status=Claim.Status.PUBLISHED)
    return Outlet.objects.filter(Exists(published)).order_by("name")


class SearchFilter(django_filters.FilterSet):
    """Facets of the search page, over the search entries (one per quote). Every value lives in the URL."""

    speaker = django_filters.CharFilter(method=_filter_by_speaker, label=_("Speaker"))
    role = django_filters.CharFilter(method="filter_role", label=_("Speaker's role on the date"))
    # Querysets given as functions: every search page copies the filters (copy.deepcopy), and copying a
    # queryset costs more than building one.
    outlet = django_filters.ModelChoiceFilter(
        queryset=lambda request: Outlet.objects.order_by("name"), label=_("Outlet")
    )
    language = django_filters.ChoiceFilter(choices=language_choices, label=_("Source language"))
    said_after = django_filters.DateFilter(
        field_name="said_on", lookup_expr="gte", label=_("Said from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    said_before = django_filters.DateFilter(
        field_name="said_on", lookup_expr="lte", label=_("Said until"), widget=forms.DateInput(attrs={"type": "date"})
    )
    published_after = django_filters.DateFilter(
        field_name="published_on",
        lookup_expr="gte",
        label=_("Published from"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    published_before = django_filters.DateFilter(
        field_name="published_on",
        lookup_expr="lte",
        label=_("Published until"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    status = django_filters.ChoiceFilter(choices=Claim.Status.choices, label=_("Status"))
    topic = django_filters.ModelChoiceFilter(
        queryset=lambda request: Topic.objects.all(), method="filter_topic", label=_("Topic")
    )
    kind = django_filters.ChoiceFilter(choices=Quote.Kind.choices, label=_("Quote kind"))

    class Meta:
        model = QuoteSearch
        fields = ["speaker", "role", "outlet", "language", "status", "topic", "kind"]

    def __init__(self, *args, staff: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.staff = staff
        if not staff:
            del self.filters["status"]  # others see published claims only: nothing to choose
            # Offer only outlets that published claims were reported by: a facet must not reveal drafts.
            self.filters["outlet"].queryset = _outlets_of_published_claims

    def parts(self, user) -> "queries.VisibleEntries":
        """What the user sees through these facets (valid ones), in the two parts that queries.search takes."""
        status = self.form.cleaned_data.get("status")
        return queries.visible_parts(user, status=status).narrowed(self.filter_queryset)

    def filter_role(self, queryset, name, value):
        held = SpeakerRole.objects.filter(speaker_id=OuterRef("speaker_id"), title__icontains=value.strip()).filter(
            Q(start_date__isnull=True) | Q(start_date__lte=OuterRef("said_on")),
            Q(end_date__isnull=True) | Q(end_date__gt=OuterRef("said_on")),
        )
        return queryset.filter(Exists(held))

    def filter_topic(self, queryset, name, value):
        return queryset.filter(topic_ids__contains=[value.pk])


def facets_fragment_key(filterset: SearchFilter, params) -> str | None:
    """The key the search page keeps its facet fields' markup under (docs/caching.md): the versions the
    options are read from (the outlets' and topics' history, and for readers the published token, since they
    are offered only the outlets of published claims; the three in one query), the audience and the facet
    values in the address. The team's options are every outlet and topic, so publishing does not change them.
    None (markup not kept) for a form with errors, or inside a transaction."""
    if filterset.is_bound and filterset.form.errors:
        return None
    latest = lambda history: Subquery(history.order_by("-history_id").values("history_id")[:1])  # noqa: E731
    versions = generations.page_generation_with(outlets=latest(Outlet.history), topics=latest(Topic.history))
    if versions is None:
        return None
    generation, last = versions
    chosen = sorted((name, params.getlist(name)) for name in filterset.filters if name in params)
    audience = "team" if filterset.staff else f"readers:{generation}"
    return f"{audience}:{last['outlets']}:{last['topics']}:{chosen!r}"
