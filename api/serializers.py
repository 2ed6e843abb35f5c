"""What the API reads and writes.

Output serializers describe rows. Input serializers only validate and shape the arguments of a service:
none of them saves anything, the views call the services (claims.services, claims.speakers.services,
sources.services), which check the permission and the workflow and write in one transaction.
"""

import re

from django.core.validators import RegexValidator, URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, serializers
from rest_framework.fields import empty

from claims.models import Claim, Quote, ReviewEvent, Speaker, Topic, Translation
from claims.permissions import is_editor
from claims.services import quote_span_problem
from claims.workflow import report_target_problem
from sources.languages import language_choices
from sources.models import Outlet, Source

# PositiveIntegerField's range: larger offsets could never be valid, and must not reach the database.
MAX_OFFSET = 2**31 - 1
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]*")
HOST_PATTERN = r"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"
HOST_NAME = re.compile(r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")


# --- values as the schema states them ----------------------------------------------------------------
# The API reads JSON only (api.parsers), so a value of another JSON type than the schema states is refused
# rather than converted: DRF takes 5 for a string, "5" for an integer and "yes" for a boolean.


class StringField(serializers.CharField):
    """A string, whose max_length holds for the string as sent (the schema's maxLength): DRF trims surrounding
    whitespace before its length check, so a name one space too long was taken. A string with a pattern is
    not trimmed at all: the schema's pattern is of the string as sent."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # Django's URLValidator is a RegexValidator too, but the schema states no pattern for an address.
        patterns = [v for v in self.validators if isinstance(v, RegexValidator) and not isinstance(v, URLValidator)]
        if patterns:
            self.trim_whitespace = False

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        if self.max_length is not None and len(data) > self.max_length:
            self.fail("max_length", max_length=self.max_length)
        return super().to_internal_value(data)


class CharField(StringField):
    pass


class SlugField(StringField, serializers.SlugField):
    pass


class URLField(StringField, serializers.URLField):
    pass


class IntegerField(serializers.IntegerField):
    def to_internal_value(self, data):
        if not isinstance(data, int) or isinstance(data, bool):
            self.fail("invalid")
        return super().to_internal_value(data)


class BooleanField(serializers.BooleanField):
    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid")
        return data


class PrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    def run_validation(self, data=empty):
        # DRF takes "" for null on relations; the schema says an integer or null, so "" is refused too.
        if data == "":
            self.fail("incorrect_type", data_type="str")
        return super().run_validation(data)

    def to_internal_value(self, data):
        if not isinstance(data, int) or isinstance(data, bool):
            self.fail("incorrect_type", data_type=type(data).__name__)
        return super().to_internal_value(data)


class ModelSerializer(serializers.ModelSerializer):
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.CharField: CharField,
        models.TextField: CharField,
        models.SlugField: SlugField,
        models.URLField: URLField,
        models.IntegerField: IntegerField,
        models.PositiveIntegerField: IntegerField,
        models.BooleanField: BooleanField,
    }
    serializer_related_field = PrimaryKeyRelatedField


# --- vocabularies -----------------------------------------------------------------------------------------


class TopicSerializer(ModelSerializer):
    class Meta:
        model = Topic
        fields = ["id", "slug", "name_en", "name_uk"]


class OutletSerializer(ModelSerializer):
    domains = serializers.ListField(
        # The pattern (any case: names are lowered when saved) is in the schema, so clients know what a host is.
        child=CharField(max_length=253, validators=[RegexValidator(HOST_PATTERN)]),
        required=False,
        max_length=50,
        help_text=_("Bare host names such as unian.ua, one per entry."),
    )

    class Meta:
        model = Outlet
        fields = ["id", "name", "domains", "country", "kind", "ownership"]
        # Two letters of any case (upper-cased when saved), or blank: in the schema too.
        extra_kwargs = {"country": {"validators": [RegexValidator(r"^[A-Za-z]{2}$")]}}

    def validate_name(self, value: str) -> str:
        return value.strip()

    def validate_domains(self, value: list[str]) -> list[str]:
        domains = []
        for domain in value:
            domain = domain.strip().lower().removeprefix("www.")
            if not HOST_NAME.fullmatch(domain):
                raise serializers.ValidationError(_("“%(domain)s” is not a host name.") % {"domain": domain})
            domains.append(domain)
        return sorted(set(domains))

    def validate_country(self, value: str) -> str:
        value = value.strip().upper()
        if value and not re.fullmatch(r"[A-Z]{2}", value):
            raise serializers.ValidationError(_("A country is an ISO 3166-1 alpha-2 code, such as UA."))
        return value


# --- speakers ---------------------------------------------------------------------------------------------


class SpeakerRoleSerializer(serializers.Serializer):
    title = CharField(max_length=300)
    organization = CharField(max_length=300, required=False, allow_blank=True, default="")
    start_date = serializers.DateField(required=False, allow_null=True, default=None)
    end_date = serializers.DateField(
        required=False, allow_null=True, default=None, help_text=_("The first day no longer in the role.")
    )

    def validate(self, data: dict) -> dict:
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end <= start:
            raise serializers.ValidationError({"end_date": _("A role must end after it starts.")})
        return data


class SpeakerSerializer(ModelSerializer):
    names = serializers.SerializerMethodField(help_text=_("The name in each language, by ISO 639-1 code."))
    aliases = serializers.SerializerMethodField()
    roles = SpeakerRoleSerializer(many=True, read_only=True)
    claim_count = IntegerField(read_only=True, help_text=_("Claims you may see."))

    class Meta:
        model = Speaker
        fields = [
            "id",
            "name",
            "kind",
            "names",
            "aliases",
            "roles",
            "wikidata_id",
            "wikidata_url",
            "description",
            "claim_count",
            "created_at",
            "updated_at",
        ]

    @extend_schema_field(serializers.DictField(child=CharField()))
    def get_names(self, speaker: Speaker) -> dict[str, str]:
        return {entry.language: entry.name for entry in speaker.names.all()}

    @extend_schema_field(serializers.ListField(child=CharField()))
    def get_aliases(self, speaker: Speaker) -> list[str]:
        return [entry.alias for entry in speaker.aliases.all()]


@extend_schema_field(
    {
        "type": "object",
        "properties": {
            code: {"type": "string", "minLength": 1, "maxLength": 300} for code, _name in language_choices()
        },
        "additionalProperties": False,
        "description": "The name in each language, by ISO 639-1 code.",
    }
)
class NamesField(serializers.DictField):
    """A speaker's name per content language: the schema lists the languages, so no other key is valid."""

    child = CharField(max_length=300)


class SpeakerInputSerializer(serializers.Serializer):
    """The arguments of speaker_create and speaker_update. On an update, the names, aliases and roles
    given replace the stored ones; what is left out stays as it is."""

    name = CharField(max_length=300)
    kind = serializers.ChoiceField(choices=Speaker.Kind.choices, default=Speaker.Kind.PERSON)
    names = NamesField(required=False)
    aliases = serializers.ListField(child=CharField(max_length=300), required=False, max_length=200)
    roles = SpeakerRoleSerializer(many=True, required=False)
    wikidata_id = CharField(
        max_length=20,
        required=False,
        allow_blank=True,
        allow_null=True,
        # The pattern is in the schema (blank is allowed apart: DRF runs no validator on ""); validate_wikidata_id
        # then gives the stored form.
        validators=[
            RegexValidator(r"^[Qq][1-9][0-9]*$", message=_("A Wikidata ID is a Q followed by digits, such as Q313520."))
        ],
    )
    description = CharField(required=False, allow_blank=True, default="")

    def validate_names(self, value: dict[str, str]) -> dict[str, str]:
        languages = dict(language_choices())
        unknown = sorted(code for code in value if code not in languages)
        if unknown:
            raise serializers.ValidationError(
                _("Unknown language codes: %(codes)s.") % {"codes": ", ".join(repr(code) for code in unknown)}
            )
        return value

    def validate_wikidata_id(self, value: str | None) -> str | None:
        value = (value or "").strip().upper()
        if not value:
            return None
        if not WIKIDATA_ID.fullmatch(value):
            raise serializers.ValidationError(_("A Wikidata ID is a Q followed by digits, such as Q313520."))
        return value


# --- sources ----------------------------------------------------------------------------------------------


class SourceSerializer(ModelSerializer):
    outlet_name = CharField(source="outlet.name", read_only=True, allow_null=True, default=None)
    cites = PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Source
        fields = [
            "id",
            "url",
            "outlet",
            "outlet_name",
            "title",
            "language",
            "published_on",
            "author",
            "text",
            "text_sha256",
            "captured_at",
            "cites",
        ]
        read_only_fields = fields


class SourceCreateSerializer(serializers.Serializer):
    """The arguments of source_create. The text is stored verbatim: quotes point into it by offset."""

    text = CharField(trim_whitespace=False, max_length=2_000_000)
    language = serializers.ChoiceField(
        choices=language_choices(), required=False, help_text=_("Detected from the text when left out.")
    )
    title = CharField(max_length=500, required=False, allow_blank=True, default="")
    url = URLField(max_length=2000, required=False, allow_null=True, default=None)
    outlet = PrimaryKeyRelatedField(queryset=Outlet.objects.all(), required=False, allow_null=True)
    published_on = serializers.DateField(required=False, allow_null=True, default=None)
    author = CharField(max_length=300, required=False, allow_blank=True, default="")
    cites = PrimaryKeyRelatedField(
        queryset=Source.objects.all(), many=True, required=False, help_text=_("Sources this article re-reports.")
    )

    def validate_text(self, value: str) -> str:
        if not value.strip():
            raise serializers.ValidationError(_("The article text is empty."))
        return value


class SourceUpdateSerializer(serializers.Serializer):
    """A source's details, each optional (sources.services.source_update). The text never changes after
    capture: quotes point into it by offset."""

    language = serializers.ChoiceField(choices=language_choices(), required=False)
    title = CharField(max_length=500, required=False, allow_blank=True)
    url = URLField(max_length=2000, required=False, allow_null=True)
    outlet = PrimaryKeyRelatedField(queryset=Outlet.objects.all(), required=False, allow_null=True)
    published_on = serializers.DateField(required=False, allow_null=True)
    author = CharField(max_length=300, required=False, allow_blank=True)

    def validate(self, data: dict) -> dict:
        if "text" in self.initial_data:
            raise serializers.ValidationError(
                {"text": [_("The text never changes after capture: quotes point into it.")]}
            )
        return data


# --- claims -----------------------------------------------------------------------------------------------


class TranslationSerializer(ModelSerializer):
    class Meta:
        model = Translation
        fields = ["language", "text", "method", "engine"]


class QuoteBriefSerializer(ModelSerializer):
    language = CharField(source="source.language", read_only=True)

    class Meta:
        model = Quote
        fields = ["id", "source", "language", "kind", "text", "start", "end", "report_status"]


class ReviewEventSerializer(ModelSerializer):
    actor = CharField(source="actor.get_username", read_only=True)

    class Meta:
        model = ReviewEvent
        fields = ["from_status", "to_status", "actor", "note", "created_at"]


def _sees_workflow(request, claim: Claim) -> bool:
    """Who wrote a claim and how its review went is for the team (editors and the author), as on the page."""
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and (is_editor(user) or claim.author_id == user.pk))


class ClaimSerializer(ModelSerializer):
    speaker_name = serializers.SerializerMethodField()
    speaker_role = serializers.SerializerMethodField(help_text=_("The speaker's role on the date said."))
    topics = PrimaryKeyRelatedField(many=True, read_only=True)
    quotes = QuoteBriefSerializer(many=True, read_only=True)
    summary_translations = TranslationSerializer(many=True, read_only=True)
    author = serializers.SerializerMethodField(help_text=_("Shown to editors and to the author only."))
    review_events = serializers.SerializerMethodField(help_text=_("Shown to editors and to the author only."))

    class Meta:
        model = Claim
        fields = [
            "id",
            "speaker",
            "speaker_name",
            "speaker_role",
            "said_on",
            "occasion",
            "summary",
            "summary_language",
            "summary_translations",
            "topics",
            "status",
            "version",
            "author",
            "quotes",
            "review_events",
            "created_at",
            "updated_at",
            "published_at",
            "corrected_at",
        ]
        read_only_fields = fields

    def get_speaker_name(self, claim: Claim) -> str:
        return claim.speaker.localized_name()

    @extend_schema_field(CharField(allow_null=True))
    def get_speaker_role(self, claim: Claim) -> str | None:
        role = claim.speaker.role_on(claim.said_on)
        return str(role) if role else None

    @extend_schema_field(CharField(allow_null=True))
    def get_author(self, claim: Claim) -> str | None:
        return claim.author.get_username() if _sees_workflow(self.context.get("request"), claim) else None

    @extend_schema_field(ReviewEventSerializer(many=True, allow_null=True))
    def get_review_events(self, claim: Claim) -> list[dict] | None:
        if not _sees_workflow(self.context.get("request"), claim):
            return None
        return ReviewEventSerializer(claim.review_events.all(), many=True).data


class ClaimCreateSerializer(serializers.Serializer):
    """The arguments of claim_create: a new claim starts as a draft of the caller."""

    speaker = PrimaryKeyRelatedField(queryset=Speaker.objects.all())
    said_on = serializers.DateField()
    summary = CharField()
    summary_language = serializers.ChoiceField(choices=language_choices())
    occasion = CharField(max_length=300, required=False, allow_blank=True, default="")
    topics = PrimaryKeyRelatedField(queryset=Topic.objects.all(), many=True, required=False, default=list)


class ClaimUpdateSerializer(serializers.Serializer):
    """The arguments of claim_update. `version` is the one read: a stale version is refused (409)."""

    version = IntegerField(min_value=1, help_text=_("Required: the version you read; refused if it changed since."))
    speaker = PrimaryKeyRelatedField(queryset=Speaker.objects.all(), required=False)
    said_on = serializers.DateField(required=False)
    summary = CharField(required=False)
    summary_language = serializers.ChoiceField(choices=language_choices(), required=False)
    occasion = CharField(max_length=300, required=False, allow_blank=True)
    topics = PrimaryKeyRelatedField(queryset=Topic.objects.all(), many=True, required=False)


class TransitionSerializer(serializers.Serializer):
    """The arguments of claim_transition."""

    to = serializers.ChoiceField(choices=Claim.Status.choices)
    note = CharField(
        required=False, allow_blank=True, default="", help_text=_("Required to request changes, reject or retract.")
    )
    version = IntegerField(min_value=1, help_text=_("Required: the version you read; refused if it changed since."))


# --- quotes -----------------------------------------------------------------------------------------------


class SegmentSerializer(serializers.Serializer):
    text = CharField()
    hit = BooleanField()


class QuoteSerializer(ModelSerializer):
    language = CharField(source="source.language", read_only=True)
    speaker = IntegerField(source="claim.speaker_id", read_only=True)
    speaker_name = serializers.SerializerMethodField()
    said_on = serializers.DateField(source="claim.said_on", read_only=True)
    claim_status = CharField(source="claim.status", read_only=True)
    outlet_name = CharField(source="source.outlet.name", read_only=True, allow_null=True, default=None)
    translations = TranslationSerializer(many=True, read_only=True)
    snippet = serializers.SerializerMethodField(
        help_text=_("With `q`: the text cut around the first match, matching words marked as hits.")
    )

    class Meta:
        model = Quote
        fields = [
            "id",
            "claim",
            "claim_status",
            "speaker",
            "speaker_name",
            "said_on",
            "source",
            "outlet_name",
            "language",
            "kind",
            "text",
            "start",
            "end",
            "translations",
            "snippet",
            "created_at",
            "report_status",
        ]
        read_only_fields = fields

    def get_speaker_name(self, quote: Quote) -> str:
        return quote.claim.speaker.localized_name()

    @extend_schema_field(SegmentSerializer(many=True, allow_null=True))
    def get_snippet(self, quote: Quote) -> list[dict] | None:
        snippets = self.context.get("snippets") or {}
        segments = snippets.get(quote.pk)
        if segments is None:
            return None
        return [{"text": segment.text, "hit": segment.hit} for segment in segments]


class QuoteCreateSerializer(serializers.Serializer):
    """The arguments of quote_create: an exact span of the source's text. Without `text`, the span is taken
    from the source; with it, it must be exactly what the source says there."""

    claim = PrimaryKeyRelatedField(queryset=Claim.objects.none())
    source = PrimaryKeyRelatedField(queryset=Source.objects.all())
    start = IntegerField(min_value=0, max_value=MAX_OFFSET)
    end = IntegerField(min_value=1, max_value=MAX_OFFSET)
    kind = serializers.ChoiceField(choices=Quote.Kind.choices, default=Quote.Kind.DIRECT)
    text = CharField(required=False, trim_whitespace=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            # A claim the caller may not see is as unknown as one that does not exist.
            self.fields["claim"].queryset = Claim.objects.visible_to(request.user)

    def validate_claim(self, claim: Claim) -> Claim:
        # Readable but not editable is a refusal (403), whatever else the request gets wrong.
        request = self.context.get("request")
        problem = report_target_problem(claim=claim, actor=request.user) if request is not None else None
        if problem:
            raise exceptions.PermissionDenied(problem)
        return claim

    def validate(self, data: dict) -> dict:

        source, start, end = data["source"], data["start"], data["end"]
        span = source.text[start:end]
        problem = quote_span_problem(source=source, start=start, end=end, text=span)
        if problem:
            raise serializers.ValidationError({"end": problem})
        if "text" in data:
            problem = quote_span_problem(source=source, start=start, end=end, text=data["text"])
            if problem:
                raise serializers.ValidationError({"text": problem})
        data["text"] = span
        return data
