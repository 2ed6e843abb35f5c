"""The REST API (/api/v1/) and the page where users manage their API token (/accounts/token/).

Views stay thin: they validate input with a serializer, read through the same querysets the pages use
(Claim.objects.visible_to, claims.search.queries.visible_entries, the SearchFilter facets) and write through the
services, which check permissions and the workflow. Every write runs in one transaction, so a refused or
failing request leaves nothing behind.
"""

import datetime
import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError, IntegrityError, transaction
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Prefetch, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, serializers, status, viewsets
from rest_framework.authtoken.models import Token
from rest_framework.decorators import action, api_view, throttle_classes
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.pagination import CursorPagination, PageNumberPagination
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.utils.urls import remove_query_param, replace_query_param
from rest_framework.views import exception_handler as drf_exception_handler

from api import serializers as api
from claims.filters import SearchFilter
from claims.models import Claim, Quote, QuoteSearch, ReviewEvent, Speaker, SpeakerName, Topic, Translation
from claims.permissions import can_edit_claim, sees_every_status
from claims.search import queries
from claims.services import StaleClaimError, claim_create, claim_transition, claim_update, quote_create
from claims.speakers.search import speaker_search, speakers_all
from claims.speakers.services import speaker_create, speaker_update
from claims.throttles import AnonThrottle, SearchThrottle
from claims.topics import topic_create, topic_update
from claims.workflow import TRANSITIONS, transition_problem
from core.access import is_team
from interchange.exports import export_selection
from interchange.views import export_response
from sources.capture import canonical_url
from sources.models import Outlet, Source
from sources.services import (
    DuplicateSourceError,
    outlet_create,
    outlet_update,
    source_create,
    source_set_language,
    source_update,
)
from text import detect_language

# --- errors -----------------------------------------------------------------------------------------------


def exception_handler(exc, context):
    """DRF's handler, plus the services' exceptions: a stale version is a conflict (409), an article captured
    before is a conflict naming it, a uniqueness race lost is a conflict too, a value the database cannot
    hold a 400, and any other Django ValidationError is a 400 with field errors."""
    if isinstance(exc, StaleClaimError):
        return Response({"detail": exc.messages[0], "code": "stale"}, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, DuplicateSourceError):
        return Response(
            {"detail": exc.messages[0], "code": "duplicate", "existing": exc.existing.pk},
            status=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, IntegrityError):
        # A uniqueness rule met by a parallel request between our check and our write: nothing was written.
        message = _("Someone saved the same thing at the same moment, so nothing was saved. Try again.")
        return Response({"detail": message, "code": "conflict"}, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, DataError):
        message = _("A value is out of the range the database can store.")
        return Response({"detail": message, "code": "invalid"}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, DjangoValidationError):
        detail = serializers.as_serializer_error(exc)
        if NON_FIELD_ERRORS in detail:
            detail[api_settings.NON_FIELD_ERRORS_KEY] = detail.pop(NON_FIELD_ERRORS)
        exc = exceptions.ValidationError(detail)
    response = drf_exception_handler(exc, context)
    if isinstance(exc, exceptions.ValidationError) and _codes(exc.get_codes()) == {"unique"}:
        response.status_code = status.HTTP_409_CONFLICT  # well-formed, but the name (or id) is taken
    return response


def _codes(codes) -> set[str]:
    if isinstance(codes, dict):
        return set().union(*(_codes(value) for value in codes.values())) if codes else set()
    if isinstance(codes, list):
        return set().union(*(_codes(value) for value in codes)) if codes else set()
    return {codes}


CONFLICT = OpenApiResponse(description="The claim changed since it was read (stale version), or the article is known.")


# --- pagination -------------------------------------------------------------------------------------------


class StrictPageSize:
    """A page size the schema does not allow (0, 101, "x", empty) is refused, not quietly replaced."""

    page_size_query_param = "page_size"

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not (raw.isascii() and raw.isdigit() and 1 <= int(raw) <= self.max_page_size):
            message = _("Give a whole number from 1 to %(max)d.") % {"max": self.max_page_size}
            raise exceptions.ValidationError({self.page_size_query_param: [message]})
        return int(raw)


class StablePagination(StrictPageSize, PageNumberPagination):
    """Numbered pages; every list orders by a unique key last, so no row shows twice or goes missing."""

    page_size = 20
    max_page_size = 100

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_query_param:
                parameter["schema"]["minimum"] = 1
            elif parameter["name"] == self.page_size_query_param:
                parameter["schema"].update(minimum=1, maximum=self.max_page_size)
        return parameters


class SyncPagination(StrictPageSize, CursorPagination):
    """For incremental sync (`updated_after`, or following `next`): the least recently updated first, by
    an opaque cursor, so rows updated while a client pages through are neither skipped nor repeated."""

    ordering = ("updated_at", "id")
    page_size = 100
    max_page_size = 500

    def paginate_queryset(self, queryset, request, view=None):
        # `page` means nothing here, but one the schema does not allow (0, -3, "x") is refused all the same.
        raw = request.query_params.get("page")
        if raw is not None and not (raw.isascii() and raw.isdigit() and int(raw) >= 1):
            raise exceptions.ValidationError({"page": [_("Give a whole number from 1.")]})
        return super().paginate_queryset(queryset, request, view)


class ClaimPagination(StablePagination):
    """The claims list: numbered pages, or cursor pages (SyncPagination) when syncing, which carry no
    `count`; the schema says so, so that both answers match it."""

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["required"] = [name for name in response.get("required", []) if name != "count"]
        response["properties"]["count"]["description"] = "Absent from the pages of `updated_after` / `cursor`."
        return response


SYNC_PARAMETERS = [
    OpenApiParameter(
        "updated_after",
        OpenApiTypes.DATETIME,
        description="Only claims created or changed (fields or status) after this time (ISO 8601). The list "
        "then pages by `cursor`, least recently updated first: keep the newest `updated_at` seen and ask "
        "again with it for the next sync.",
    ),
    OpenApiParameter("cursor", str, description="The cursor of a page, as given in `next` or `previous`."),
]


class SearchPagination(StablePagination):
    """Pages of a claims.search result: the count stops at queries.COUNT_CAP (with `count_capped`), as on
    the search page, because an exact count of a common word is slow."""

    max_page = 10_000  # deeper pages are never read by people, and would make PostgreSQL skip millions of rows

    def page_number(self, request) -> int:
        raw = request.query_params.get(self.page_query_param) or "1"
        try:
            number = int(raw)
        except ValueError:
            number = 0
        if not 1 <= number <= self.max_page:
            raise exceptions.NotFound(self.invalid_page_message)
        return number

    def search(
        self, request, *, entries: QuerySet[QuoteSearch] | queries.VisibleEntries, query: str, order: str
    ) -> queries.SearchPage:
        self.request = request
        number = self.page_number(request)
        self.result = queries.search(
            entries=entries, query=query, order=order, page=number, per_page=self.get_page_size(request)
        )
        if number > 1 and not self.result.results:
            raise exceptions.NotFound(self.invalid_page_message)
        return self.result

    def get_paginated_response(self, data):
        result, url = self.result, self.request.build_absolute_uri()
        previous = None
        if result.page > 1:
            previous = (
                replace_query_param(url, self.page_query_param, result.page - 1)
                if result.page > 2
                else remove_query_param(url, self.page_query_param)
            )
        return Response(
            {
                "count": result.count,
                "count_capped": result.count_capped,
                "next": replace_query_param(url, self.page_query_param, result.page + 1) if result.has_next else None,
                "previous": previous,
                "suggestion": result.suggestion,
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        paginated = super().get_paginated_response_schema(schema)
        paginated["properties"]["count_capped"] = {
            "type": "boolean",
            "description": f"True when there are more than {queries.COUNT_CAP} matches; `count` then stops there.",
        }
        paginated["properties"]["suggestion"] = {
            "type": "string",
            "description": "When nothing matched: the query with misspelt names corrected, else empty.",
        }
        return paginated


# --- reads shared by the endpoints ------------------------------------------------------------------------


def listed_claims(user) -> QuerySet[Claim]:
    """The claims a caller may list: what they may see, and for anonymous readers published claims only
    (a retracted claim is still readable by its address, which says that it was retracted)."""
    claims = Claim.objects.visible_to(user)
    return claims if user.is_authenticated else claims.published()


STATUS_FILTER_NOTE = "Editors and staff only; others see published claims (and analysts their own) anyway."
SEARCH_PARAMETERS = [
    OpenApiParameter("q", str, description='Search words, as on the search page: words, "phrases", OR, -word.'),
    OpenApiParameter("speaker", str, description="A speaker's id, or any spelling of a name."),
    OpenApiParameter("role", str, description="The speaker's role on the date said (part of its title)."),
    OpenApiParameter("outlet", int, description="The outlet's id."),
    OpenApiParameter("language", str, enum=list(settings.CONTENT_LANGUAGES)),
    OpenApiParameter("said_after", OpenApiTypes.DATE),
    OpenApiParameter("said_before", OpenApiTypes.DATE),
    OpenApiParameter("published_after", OpenApiTypes.DATE, description="The source's publication date."),
    OpenApiParameter("published_before", OpenApiTypes.DATE, description="The source's publication date."),
    OpenApiParameter("status", str, enum=Claim.Status.values, description=STATUS_FILTER_NOTE),
    OpenApiParameter("topic", int, description="The topic's id."),
    OpenApiParameter("kind", str, enum=Quote.Kind.values, description="The quote's kind."),
]
INTEGER = re.compile(r"[+-]?[0-9]+")
TYPED_PARAMETERS = {
    "outlet", "language", "said_after", "said_before", "published_after", "published_before", "status", "topic",
    "kind", "order", "page", "page_size", "updated_after",
}  # fmt: skip
ORDER_PARAMETER = OpenApiParameter(
    "order", str, enum=["date", "relevance"], description="Newest statement first (default), or most relevant."
)


def search_order(request) -> str:
    """The `order` parameter of a search or an export: "date" (the default) or "relevance"; else 400."""
    order = request.query_params.get("order") or "date"
    if order not in {"date", "relevance"}:
        raise exceptions.ValidationError({"order": [_("Order by “date” or “relevance”.")]})
    return order


def check_query(request) -> None:
    """Query parameters no read could use: refused with 400 before any query runs."""
    # PostgreSQL text cannot hold NUL: refuse it here rather than fail in a query.
    if any("\x00" in key or any("\x00" in value for value in values) for key, values in request.GET.lists()):
        raise exceptions.ParseError(_("Query parameters may not contain NUL characters."))
    # A choice, number or date given empty is no value the schema allows: say so rather than ignore it.
    empty = sorted(name for name in TYPED_PARAMETERS if name in request.GET and not request.GET[name].strip())
    if empty:
        raise exceptions.ValidationError({name: [_("This value may not be empty.")] for name in empty})


class ApiViewSet(viewsets.GenericViewSet):
    lookup_value_converter = "int"
    write_permissions: dict[str, str | None] = {}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method.lower() not in self.action_map:
            return  # a method this address does not have (QUERY too): the 405 comes next, whatever the query
        check_query(request)

    def get_throttles(self):
        throttles = super().get_throttles()
        if self.action == "list" and self.searched():
            throttles.append(SearchThrottle())  # the same count as the search page's
        return throttles

    def validated(self, serializer_class, *, partial: bool = False) -> dict:
        serializer = serializer_class(data=self.request.data, partial=partial, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    def output(self, instance, *, status_code: int = status.HTTP_200_OK) -> Response:
        fresh = self.get_queryset().get(pk=instance.pk)  # with the prefetches and annotations of a read
        return Response(self.get_serializer(fresh).data, status=status_code)

    def search_filter(self) -> SearchFilter:
        """The search page's facets over the visible search entries (400 on a bad facet value). An outlet or
        topic id of no record matches nothing (as a word found nowhere does) rather than being an error:
        `nothing_matches` says so once the other values are checked."""
        user = self.request.user
        params = self.request.query_params.copy()
        self.nothing_matches = False
        for name, model in (("outlet", Outlet), ("topic", Topic)):
            raw = params.get(name, "").strip()
            if INTEGER.fullmatch(raw) and not model.objects.filter(pk=int(raw)).exists():
                params.pop(name)
                self.nothing_matches = True
        filterset = SearchFilter(params, queryset=queries.visible_entries(user), staff=sees_every_status(user))
        if not filterset.is_valid():
            raise exceptions.ValidationError(filterset.errors)
        return filterset

    def search_entries(self) -> QuerySet[QuoteSearch]:
        return self.search_filter().qs

    def search_parts(self) -> queries.VisibleEntries:
        """search_entries in the two parts queries.search caches and merges (visible_parts)."""
        return self.search_filter().parts(self.request.user)

    def searched(self) -> bool:
        names = {"q", *SearchFilter.base_filters}
        return any(value.strip() for key, value in self.request.query_params.items() if key in names)

    def query(self) -> str:
        return self.request.query_params.get("q", "").strip()


# --- claims -----------------------------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(
        summary="List claims",
        description="Newest statement first, in numbered pages. With `q` or a facet, the claims with a "
        "matching report, found as on the search page. With `updated_after` (incremental sync), the least "
        "recently updated first, in pages followed by `cursor`.",
        parameters=[*SEARCH_PARAMETERS, *SYNC_PARAMETERS],
    ),
    retrieve=extend_schema(summary="A claim with its reports"),
)
class ClaimViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Claims. A new claim is a draft of its author; its status changes only through `transition/`."""

    queryset = Claim.objects.none()  # for the schema (integer ids); reads go through get_queryset
    serializer_class = api.ClaimSerializer
    pagination_class = ClaimPagination
    write_permissions = {"create": "claims.add_claim", "partial_update": "claims.change_claim", "transition": None}

    def get_queryset(self) -> QuerySet[Claim]:
        return (
            Claim.objects.visible_to(self.request.user)
            .select_related("speaker", "author")
            .prefetch_related(
                Prefetch("speaker__names", queryset=SpeakerName.objects.order_by("language")),
                "speaker__roles",
                "topics",
                Prefetch(
                    "quotes",
                    # A source's text and HTML snapshot can be long: a quote needs only its language here.
                    queryset=Quote.objects.shown_to(self.request.user)
                    .select_related("source")
                    .defer("source__text", "source__raw_html")
                    .order_by("source__language", "pk"),
                ),
                Prefetch("summary_translations", queryset=Translation.objects.order_by("language")),
                Prefetch("review_events", queryset=ReviewEvent.objects.select_related("actor")),
            )
            .order_by("-said_on", "-pk")
        )

    def syncing(self) -> bool:
        params = self.request.query_params if self.request is not None else {}
        return bool(params.get("updated_after") or params.get("cursor"))

    @cached_property
    def paginator(self):
        return SyncPagination() if self.syncing() else ClaimPagination()

    def updated_after(self):
        raw = self.request.query_params.get("updated_after", "").strip()
        if not raw:
            return None
        try:
            moment = parse_datetime(raw)
        except ValueError:
            moment = None
        if moment is None:
            raise exceptions.ValidationError(
                {"updated_after": [_("Expected a date and time such as 2026-02-03T10:00:00Z.")]}
            )
        moment = moment if timezone.is_aware(moment) else timezone.make_aware(moment)
        # In UTC: ISO 8601 allows offsets (up to ±23:59) that PostgreSQL does not (±15:59).
        return moment.astimezone(datetime.UTC)

    def filter_queryset(self, queryset: QuerySet[Claim]) -> QuerySet[Claim]:
        if self.action != "list":
            return queryset
        if not self.request.user.is_authenticated:
            queryset = queryset.filter(status=Claim.Status.PUBLISHED)
        updated_after = self.updated_after()
        if updated_after is not None:
            queryset = queryset.filter(updated_at__gt=updated_after)
        if self.searched():
            matching = queries.matching_entries(self.search_entries(), self.query())
            if self.nothing_matches:
                return queryset.none()
            queryset = queryset.filter(pk__in=matching.values("claim_id"))
        return queryset

    @extend_schema(
        summary="Create a draft claim", request=api.ClaimCreateSerializer, responses={201: api.ClaimSerializer}
    )
    def create(self, request):
        data = self.validated(api.ClaimCreateSerializer)
        with transaction.atomic():
            claim = claim_create(author=request.user, **data)
        return self.output(claim, status_code=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Edit a claim",
        description="Send the `version` you read: if someone saved the claim since, nothing changes and the "
        "answer is 409. Editing a published claim is a correction.",
        request=api.ClaimUpdateSerializer,
        responses={200: api.ClaimSerializer, 409: CONFLICT},
    )
    def partial_update(self, request, pk=None):
        claim = self.get_object()
        if not can_edit_claim(request.user, claim):
            raise PermissionDenied(_("You may not edit this claim."))
        data = dict(self.validated(api.ClaimUpdateSerializer))
        version, topics = data.pop("version"), data.pop("topics", None)
        with transaction.atomic():
            claim = claim_update(claim=claim, actor=request.user, expected_version=version, topics=topics, **data)
        return self.output(claim)

    @extend_schema(
        summary="Move a claim through the review workflow",
        description="draft → in_review → published, with changes_requested and rejected from review, and "
        "published → retracted. Editors alone publish, request changes, reject and retract, never on their "
        "own claims; a note is required for all but publishing and submitting.",
        request=api.TransitionSerializer,
        responses={200: api.ClaimSerializer, 409: CONFLICT},
    )
    @action(detail=True, methods=["post"])
    def transition(self, request, pk=None):
        claim = self.get_object()
        data = self.validated(api.TransitionSerializer)
        to, note, version = data["to"], data["note"], data["version"]
        if version == claim.version:
            # A move the workflow has no place for, or a missing note, is bad input (400); a move this caller
            # may not make is a refusal (403, from the service). A stale version goes to the service: 409.
            if (claim.status, to) not in TRANSITIONS:
                raise exceptions.ValidationError({"to": [transition_problem(claim=claim, to=to, actor=request.user)]})
            if transition_problem(claim=claim, to=to, actor=request.user, note="-") is None:
                problem = transition_problem(claim=claim, to=to, actor=request.user, note=note)
                if problem:
                    raise exceptions.ValidationError({"note": [problem]})
        with transaction.atomic():
            claim = claim_transition(claim=claim, to=to, actor=request.user, note=note, expected_version=version)
        return self.output(claim)


# --- quotes -----------------------------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(
        summary="Search quotes",
        description="The search page as data: newest statement first (or most relevant), the same words and "
        "facets. `count` stops at 1000 (`count_capped`).",
        parameters=[*SEARCH_PARAMETERS, ORDER_PARAMETER],
    ),
    retrieve=extend_schema(summary="A quote"),
)
class QuoteViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Quotes: how each source reports a claim, as an exact span of the source's text."""

    queryset = Quote.objects.none()  # for the schema (integer ids); reads go through get_queryset
    serializer_class = api.QuoteSerializer
    pagination_class = SearchPagination
    write_permissions = {"create": "claims.add_quote"}

    def get_queryset(self) -> QuerySet[Quote]:
        return (
            Quote.objects.filter(claim__in=Claim.objects.visible_to(self.request.user))
            .shown_to(self.request.user)
            .select_related("claim__speaker", "source__outlet")
            .defer("source__text", "source__raw_html")
            .prefetch_related(
                Prefetch("claim__speaker__names", queryset=SpeakerName.objects.order_by("language")),
                Prefetch("translations", queryset=Translation.objects.order_by("language")),
            )
            .order_by("-claim__said_on", "-pk")
        )

    def list(self, request):
        order = search_order(request)
        query = self.query()
        paginator = self.paginator
        entries = self.search_parts()
        if self.nothing_matches:
            entries = QuoteSearch.objects.none()
        result = paginator.search(request, entries=entries, query=query, order=order)
        ids = [item.quote.pk for item in result.results]
        # Read again with everything the serializer shows (translations), in the order found.
        quotes = (
            Quote.objects.select_related("claim__speaker", "source__outlet")
            .defer("source__text", "source__raw_html")
            .prefetch_related(
                Prefetch("claim__speaker__names", queryset=SpeakerName.objects.order_by("language")),
                Prefetch("translations", queryset=Translation.objects.order_by("language")),
            )
            .in_bulk(ids)
        )
        snippets = {item.quote.pk: item.snippet for item in result.results} if query else {}
        context = {**self.get_serializer_context(), "snippets": snippets}
        data = api.QuoteSerializer([quotes[pk] for pk in ids if pk in quotes], many=True, context=context).data
        return paginator.get_paginated_response(data)

    @extend_schema(
        summary="Quote a span of a source for a claim",
        description="`start` and `end` are offsets into the source's `text`. Without `text`, the span is taken "
        "from the source; with it, it must be exactly what the source says there.",
        request=api.QuoteCreateSerializer,
        responses={201: api.QuoteSerializer},
    )
    def create(self, request):
        data = self.validated(api.QuoteCreateSerializer)
        with transaction.atomic():
            quote = quote_create(actor=request.user, **data)
        return self.output(quote, status_code=status.HTTP_201_CREATED)


# --- speakers ---------------------------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(
        summary="List speakers",
        description="By name; with `q`, those matching any name, alias or spelling, closest first. "
        "Anonymous readers see speakers with a published claim only.",
        parameters=[OpenApiParameter("q", str, description="Any name, alias or spelling, in any script.")],
    ),
    retrieve=extend_schema(summary="A speaker with names, aliases and roles"),
)
class SpeakerViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Speakers: people and organisations whose statements are tracked."""

    queryset = Speaker.objects.none()  # for the schema (integer ids); reads go through get_queryset
    serializer_class = api.SpeakerSerializer
    pagination_class = StablePagination
    write_permissions = {"create": "claims.add_speaker", "partial_update": "claims.change_speaker"}
    search_limit = 100

    def get_queryset(self):
        user = self.request.user
        visible = listed_claims(user).order_by()
        count = visible.filter(speaker=OuterRef("pk")).values("speaker").annotate(n=Count("pk")).values("n")
        speakers = speakers_all().annotate(claim_count=Coalesce(Subquery(count), 0))
        if not is_team(user):
            # The list of everyone tracked, drafts included, is for the team (as the speakers page).
            speakers = speakers.filter(Exists(visible.filter(speaker=OuterRef("pk"))))
        return speakers

    def filter_queryset(self, queryset):
        query = self.query()[:200]  # a name is never longer; as the speakers page
        if self.action != "list" or not query:
            return queryset
        ids = [speaker.pk for speaker in speaker_search(query, limit=self.search_limit)]
        closest_first = Case(
            *[When(pk=pk, then=Value(rank)) for rank, pk in enumerate(ids)], output_field=IntegerField()
        )
        return queryset.filter(pk__in=ids).order_by(closest_first, "pk") if ids else queryset.none()

    @extend_schema(summary="Add a speaker", request=api.SpeakerInputSerializer, responses={201: api.SpeakerSerializer})
    def create(self, request):
        data = self.validated(api.SpeakerInputSerializer)
        with transaction.atomic():
            speaker = speaker_create(actor=request.user, **data)
        return self.output(speaker, status_code=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Edit a speaker",
        description="Names, aliases and roles given replace the stored ones; fields left out stay as they are.",
        request=api.SpeakerInputSerializer,
        responses={200: api.SpeakerSerializer},
    )
    def partial_update(self, request, pk=None):
        speaker = self.get_object()
        data = self.validated(api.SpeakerInputSerializer, partial=True)
        current = {
            "name": speaker.name,
            "kind": speaker.kind,
            "wikidata_id": speaker.wikidata_id,
            "description": speaker.description,
            "names": {entry.language: entry.name for entry in speaker.names.all()},
            "aliases": [entry.alias for entry in speaker.aliases.all()],
            "roles": [
                {"title": r.title, "organization": r.organization, "start_date": r.start_date, "end_date": r.end_date}
                for r in speaker.roles.all()
            ],
        }
        with transaction.atomic():
            speaker = speaker_update(speaker=speaker, actor=request.user, **{**current, **data})
        return self.output(speaker)


# --- sources ----------------------------------------------------------------------------------------------


@extend_schema_view(
    list=extend_schema(
        summary="List sources",
        description="Newest capture first. Anonymous readers see the sources of published claims only.",
    ),
    retrieve=extend_schema(summary="A source with its text"),
)
class SourceViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    """Captured articles. The text never changes once captured: quotes point into it by offset."""

    queryset = Source.objects.none()  # for the schema (integer ids); reads go through get_queryset
    serializer_class = api.SourceSerializer
    pagination_class = StablePagination
    write_permissions = {"create": "sources.add_source", "partial_update": "sources.change_source"}

    def visible_sources(self) -> QuerySet[Source]:
        user = self.request.user
        sources = Source.objects.all()
        if not is_team(user):
            quoted = Quote.objects.filter(source=OuterRef("pk"), claim__in=listed_claims(user))
            sources = sources.filter(Exists(quoted))
        return sources

    def get_queryset(self):
        return (
            self.visible_sources()
            .select_related("outlet")
            .defer("raw_html")  # the HTML snapshot is not part of the API (it is the page as fetched)
            .prefetch_related(Prefetch("cites", queryset=self.visible_sources().only("pk").order_by("pk")))
            .order_by("-captured_at", "-pk")
        )

    @extend_schema(
        summary="Capture an article from its text",
        description="The text is stored verbatim. An article already captured (same URL or text) is refused "
        "with 409 and the `existing` source's id.",
        request=api.SourceCreateSerializer,
        responses={201: api.SourceSerializer, 409: CONFLICT},
    )
    def create(self, request):
        data = dict(self.validated(api.SourceCreateSerializer))
        data["language"] = data.get("language") or detect_language(data["text"])
        data["url"] = canonical_url(data["url"]) if data.get("url") else None
        with transaction.atomic():
            source = source_create(captured_by=request.user, **data)
        return self.output(source, status_code=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Correct a source's details",
        description="Any analyst may correct the language (as on the source page); the title, address, "
        "outlet, publication date and author only the analyst who captured it, or an editor (403). What is "
        "left out stays as it is; the text never changes.",
        request=api.SourceUpdateSerializer,
        responses={200: api.SourceSerializer},
    )
    def partial_update(self, request, pk=None):
        source = self.get_object()
        data = dict(self.validated(api.SourceUpdateSerializer))
        language = data.pop("language", None)
        with transaction.atomic():
            if data:
                source = source_update(source=source, actor=request.user, **data)
            if language:
                source = source_set_language(source=source, language=language, actor=request.user)
        return self.output(source)


# --- vocabularies: outlets and topics ---------------------------------------------------------------------


class VocabularyViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, ApiViewSet):
    pagination_class = StablePagination
    creator = staticmethod(outlet_create)
    updater = staticmethod(outlet_update)
    instance_argument = "outlet"

    def create(self, request):
        data = self.validated(self.get_serializer_class())
        instance = self.creator(actor=request.user, **data)
        return self.output(instance, status_code=status.HTTP_201_CREATED)

    def partial_update(self, request, pk=None):
        instance = self.get_object()
        serializer = self.get_serializer(instance, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        instance = self.updater(actor=request.user, **{self.instance_argument: instance}, **serializer.validated_data)
        return self.output(instance)


@extend_schema_view(
    list=extend_schema(summary="List outlets"),
    retrieve=extend_schema(summary="An outlet"),
    create=extend_schema(summary="Add an outlet", responses={201: api.OutletSerializer}),
    partial_update=extend_schema(summary="Edit an outlet"),
)
class OutletViewSet(VocabularyViewSet):
    """Publishers, with neutral attributes only."""

    serializer_class = api.OutletSerializer
    queryset = Outlet.objects.none()  # for the schema (integer ids); reads go through get_queryset
    write_permissions = {"create": "sources.add_outlet", "partial_update": "sources.change_outlet"}

    def get_queryset(self) -> QuerySet[Outlet]:
        # Readers learn of an outlet through a source they may see: one met only in an unpublished capture
        # is the team's working material.
        outlets = Outlet.objects.order_by("name", "pk")
        if not is_team(self.request.user):
            quoted = Quote.objects.filter(source__outlet=OuterRef("pk"), claim__in=listed_claims(self.request.user))
            outlets = outlets.filter(Exists(quoted))
        return outlets


@extend_schema_view(
    list=extend_schema(summary="List topics"),
    retrieve=extend_schema(summary="A topic"),
    create=extend_schema(summary="Add a topic", responses={201: api.TopicSerializer}),
    partial_update=extend_schema(summary="Edit a topic"),
)
class TopicViewSet(VocabularyViewSet):
    serializer_class = api.TopicSerializer
    queryset = Topic.objects.order_by("slug", "pk")
    write_permissions = {"create": "claims.add_topic", "partial_update": "claims.change_topic"}
    creator = staticmethod(topic_create)
    updater = staticmethod(topic_update)
    instance_argument = "topic"


# --- the API token page -----------------------------------------------------------------------------------


@transaction.atomic
def token_create(*, user: AbstractBaseUser) -> Token:
    """A new token for the user; the one they had stops working."""
    Token.objects.filter(user=user).delete()
    return Token.objects.create(user=user)


@transaction.atomic
def token_revoke(*, user: AbstractBaseUser) -> bool:
    deleted, _rows = Token.objects.filter(user=user).delete()
    return bool(deleted)


@never_cache  # the page shows a new token once: no cache may keep it
@login_required
def token_page(request):
    """/accounts/token/: create a token (shown once, never again), or revoke it."""
    new_key = None
    if request.method == "POST":
        choice = request.POST.get("action")
        if choice == "create":
            new_key = token_create(user=request.user).key
        elif choice == "revoke":
            if token_revoke(user=request.user):
                messages.success(request, _("Your API token was revoked: it no longer works."))
            return redirect("api_token")
        else:
            return HttpResponseBadRequest()
    token = Token.objects.filter(user=request.user).first()
    return render(request, "api/token.html", {"token": token, "new_key": new_key})


# --- exports ----------------------------------------------------------------------------------------------


class AnyAccept(BaseContentNegotiation):
    """The export answers in the file type asked for by `file_type`, whatever the Accept header says: a
    client that sends Accept: text/csv (as the schema lists) must not get 406 from JSON-only negotiation."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


EXPORT_FILES = {  # file_type: (format, delimiter, media type)
    "csv": ("csv", ",", "text/csv"),
    "csv-semicolon": ("csv", ";", "text/csv"),
    "jsonl": ("jsonl", ",", "application/x-ndjson"),
    "xlsx": ("xlsx", ",", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


@extend_schema(
    summary="Export quotes as a file",
    description="The search page's export for scripts: the quotes matching `q` and the facets (as on the "
    "search page and in /quotes/), each with its claim, speaker, source and translations, streamed as CSV, CSV "
    "with semicolons (spreadsheets set to Ukrainian or Russian), JSON Lines or XLSX. Editors' files also "
    "carry authors and review notes. The same columns as the pages' exports, which `import_data` reads back.",
    parameters=[
        OpenApiParameter("file_type", str, enum=list(EXPORT_FILES), required=True, description="The file's format."),
        OpenApiParameter("q", str, description='Search words, as on the search page: words, "phrases", OR, -word.'),
        *SEARCH_PARAMETERS[1:],
        ORDER_PARAMETER,
    ],
    responses={
        **{(200, media): OpenApiResponse(OpenApiTypes.BINARY) for _f, _d, media in EXPORT_FILES.values()},
    },
    tags=["quotes"],
)
@api_view(["GET"])
@throttle_classes([AnonThrottle, SearchThrottle])  # a whole result set: counted as a search, by anyone
def export(request):
    file_type = request.query_params.get("file_type", "")
    if file_type not in EXPORT_FILES:
        raise exceptions.ValidationError(
            {"file_type": [_("Choose one of: %(types)s.") % {"types": ", ".join(EXPORT_FILES)}]}
        )
    check_query(request)
    search_order(request)
    selection = export_selection(user=request.user, params=request.query_params)
    if not selection.valid:
        raise exceptions.ValidationError({name: list(errors) for name, errors in selection.filterset.errors.items()})
    format, delimiter, _media = EXPORT_FILES[file_type]
    return export_response(selection, format, delimiter=delimiter)


export.cls.content_negotiation_class = AnyAccept
