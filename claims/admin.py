from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

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
from claims.search import indexing, queries
from claims.services import (
    EDITABLE_FIELDS,
    claim_create,
    claim_transition,
    claim_update,
    report_transition,
    said_on_problem,
    translation_create,
    translation_delete,
    translation_update,
)
from claims.speakers.search import speaker_refresh_search_keys
from claims.topics import topic_create, topic_update

admin.site.site_header = _("Claim tracker administration")
admin.site.site_title = _("Claim tracker")
admin.site.index_title = _("Records and vocabularies")


class SpeakerNameInline(admin.TabularInline):
    model = SpeakerName
    extra = 1


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1


class SpeakerRoleInline(admin.TabularInline):
    model = SpeakerRole
    extra = 1


@admin.register(Speaker)
class SpeakerAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "wikidata_id", "claim_count", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["name", "names__name", "aliases__alias", "wikidata_id", "external_id"]
    inlines = [SpeakerNameInline, SpeakerAliasInline, SpeakerRoleInline]

    @admin.display(description=_("claims"))
    def claim_count(self, speaker: Speaker) -> int:
        return speaker.claims.count()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Names and aliases edited inline change what the speaker can be found by.
        speaker_refresh_search_keys(form.instance)
        indexing.index_speaker(form.instance)


@admin.register(Topic)
class TopicAdmin(SimpleHistoryAdmin):
    list_display = ["slug", "name_en", "name_uk"]
    search_fields = ["slug", "name_en", "name_uk"]
    prepopulated_fields = {"slug": ["name_en"]}

    def save_model(self, request, obj, form, change):
        # Through the services: the permission, the history's author and re-indexing on a rename.
        values = {name: form.cleaned_data[name] for name in ("slug", "name_en", "name_uk")}
        saved = topic_update(topic=obj, actor=request.user, **values) if change else None
        obj.pk = (saved or topic_create(actor=request.user, **values)).pk


# Reports are recorded, corrected, moved, accepted and declined on the site, through the services that keep
# the proposal rule, the audit events and the search current; the admin shows them and decides on proposals.
QUOTE_FIELDS = ["claim", "source", "start", "end", "text", "kind", "report_status", "created_by", "external_id"]


class QuoteInline(admin.StackedInline):
    model = Quote
    fields = QUOTE_FIELDS[1:]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


class SummaryTranslationInline(admin.TabularInline):
    """Saved through translation_create/update/delete by ClaimAdmin.save_formset."""

    model = Translation
    fk_name = "claim"
    fields = ["language", "text", "method", "engine", "translator"]
    readonly_fields = ["translator"]
    extra = 0
    verbose_name = _("translation of the summary")
    verbose_name_plural = _("translations of the summary")


class ReviewEventInline(admin.TabularInline):
    model = ReviewEvent
    fk_name = "claim"
    fields = ["created_at", "action", "from_status", "to_status", "actor", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


def _bulk_action(*, name: str, label, permission: str, move, done):
    """An admin action that moves each selected row through its service (`move(row, actor)`), one at a
    time, reporting each refusal by name and `done(count)` for the rest."""

    def action(modeladmin, request, queryset):
        count = 0
        for row in queryset:
            try:
                move(row, request.user)
                count += 1
            except PermissionDenied as refusal:
                modeladmin.message_user(request, f"{row}: {refusal}", messages.ERROR)
        if count:
            modeladmin.message_user(request, done(count))

    action.__name__ = name
    action.short_description = label
    action.allowed_permissions = [permission]
    return action


def _transition_action(to: str, label):
    """Claims through claim_transition (the four-eyes rule and every other workflow rule apply)."""
    return _bulk_action(
        name=f"transition_to_{to}",
        label=label,
        permission="change",
        move=lambda claim, actor: claim_transition(claim=claim, to=to, actor=actor),
        done=lambda n: ngettext("%(count)d claim moved.", "%(count)d claims moved.", n) % {"count": n},
    )


class ClaimAdminForm(forms.ModelForm):
    """The claim's version as it was read travels with the form: saving a form opened before someone
    else's change is refused, as on the pages and in the API, instead of overwriting that change."""

    read_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = ["speaker", "said_on", "occasion", "summary", "summary_language", "topics", "external_id"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["read_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            stored = Claim.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if cleaned.get("read_version") != stored:
                raise forms.ValidationError(
                    _("Someone changed this claim since you opened it. Reload the page to see their change."),
                    code="stale",
                )
            if cleaned.get("said_on") != self.instance.said_on:
                problem = said_on_problem(claim=self.instance, said_on=cleaned.get("said_on"))
                if problem:
                    raise problem
        return cleaned


class TrackerSearchAdmin(SimpleHistoryAdmin):
    """The admin's search box through the tracker's own search (the full-text index, its parser, every
    spelling and inflection) instead of icontains over joins, which took seconds at a million quotes; an id
    or external id typed in finds its row too. Big tables show no full count (one more count of a million)."""

    show_full_result_count = False
    search_fields = ["external_id"]  # shows the search box; get_search_results decides what it finds
    found_through = ""  # the path from this model to QuoteSearch's quote_id or claim_id

    def get_search_results(self, request, queryset, search_term):
        term = search_term.replace("\x00", "").strip()  # PostgreSQL text holds no NUL
        if not term:
            return queryset, False
        found = Q(external_id=term[:200])
        if term.isascii() and term.isdigit() and len(term) < 10:
            found |= Q(pk=int(term))
        if queries.parse_query(term).tsquery:  # words to look for (not only exclusions or punctuation)
            key, column = self.found_through.split(":")
            found |= Q(**{f"{key}__in": queries.matching_entries(QuoteSearch.objects.all(), term).values(column)})
        return queryset.filter(found), False


@admin.register(Claim)
class ClaimAdmin(TrackerSearchAdmin):
    form = ClaimAdminForm
    list_display = ["short_summary", "speaker", "said_on", "status", "author", "quote_count", "updated_at"]
    list_filter = ["status", "topics", "said_on", "speaker__kind", "summary_language"]
    found_through = "pk:claim_id"  # a claim is found by any of its reports' words, summary, speaker, topics
    list_select_related = ["speaker", "author"]
    date_hierarchy = "said_on"
    autocomplete_fields = ["speaker"]
    filter_horizontal = ["topics"]
    readonly_fields = ["status", "version", "author", "created_at", "updated_at", "merged_into"]
    fields = [
        "speaker",
        "said_on",
        "occasion",
        "summary",
        "summary_language",
        "topics",
        "external_id",
        "status",
        "merged_into",
        "version",
        "author",
        "created_at",
        "updated_at",
        "read_version",
    ]
    inlines = [QuoteInline, SummaryTranslationInline, ReviewEventInline]
    actions = [
        _transition_action(Claim.Status.IN_REVIEW, _("Submit for review")),
        _transition_action(Claim.Status.PUBLISHED, _("Publish (four-eyes rule applies)")),
    ]

    @admin.display(description=_("summary"))
    def short_summary(self, claim: Claim) -> str:
        return claim.summary[:90]

    @admin.display(description=_("quotes"))
    def quote_count(self, claim: Claim) -> int:
        return claim.quotes.count()

    def get_readonly_fields(self, request, obj=None):
        # The external id links a claim to the system it was imported from: set once, at creation.
        return [*self.readonly_fields, "external_id"] if obj is not None else self.readonly_fields

    def save_model(self, request, obj, form, change):
        # Through the services: the permission, the version check (the version the form was read at), and
        # corrected_at on a published claim.
        data = form.cleaned_data
        fields = {name: data[name] for name in EDITABLE_FIELDS if name in data}
        if change:
            saved = claim_update(
                claim=obj, actor=request.user, expected_version=data.get("read_version"),
                topics=list(data["topics"]), **fields,
            )  # fmt: skip
        else:
            saved = claim_create(
                author=request.user, topics=list(data["topics"]), external_id=data.get("external_id") or None, **fields
            )
        obj.pk, obj.version, obj.author_id = saved.pk, saved.version, saved.author_id
        obj.corrected_at, obj.updated_at = saved.corrected_at, saved.updated_at

    def save_related(self, request, form, formsets, change):
        # The topics were saved by the service; only the inlines are left.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for instance in instances:
            if not isinstance(instance, Translation):
                continue
            try:
                if instance.pk is None:
                    translation_create(
                        claim=form.instance, language=instance.language, text=instance.text,
                        translator=request.user, method=instance.method, engine=instance.engine,
                    )  # fmt: skip
                else:
                    translation_update(
                        translation=instance, actor=request.user, text=instance.text, method=instance.method,
                        engine=instance.engine,
                    )  # fmt: skip
            except (PermissionDenied, ValidationError) as refusal:
                self.message_user(request, "; ".join(_messages_of(refusal)), messages.ERROR)
        for instance in formset.deleted_objects:
            if isinstance(instance, Translation):
                translation_delete(translation=instance, actor=request.user)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


def _messages_of(refusal) -> list[str]:
    return refusal.messages if isinstance(refusal, ValidationError) else [str(refusal)]


def _report_action(to: str, label):
    """Proposed reports through report_transition (nobody accepts their own)."""
    return _bulk_action(
        name=f"report_to_{to}",
        label=label,
        permission="view",
        move=lambda quote, actor: report_transition(quote=quote, to=to, actor=actor),
        done=lambda n: ngettext("%(count)d report accepted.", "%(count)d reports accepted.", n) % {"count": n},
    )


@admin.register(Quote)
class QuoteAdmin(TrackerSearchAdmin):
    """Read-only but for accepting proposed reports: corrections, moves and declines (which need a note)
    are made on the site."""

    list_display = ["__str__", "kind", "report_status", "claim", "source", "created_by", "created_at"]
    list_filter = ["report_status", "kind", "source__language", "claim__status"]
    found_through = "pk:quote_id"
    list_select_related = ["claim__speaker", "source__outlet", "created_by"]
    fields = QUOTE_FIELDS
    readonly_fields = QUOTE_FIELDS
    actions = [_report_action(Quote.ReportStatus.ACCEPTED, _("Accept the proposed reports"))]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Translation)
class TranslationAdmin(SimpleHistoryAdmin):
    """Read-only: translations are added, edited and removed on the claim's page (translation_create,
    translation_update, translation_delete) or, for a summary, in the claim's inline."""

    list_display = ["__str__", "language", "method", "quote", "claim", "translator", "created_at"]
    list_filter = ["language", "method"]
    search_fields = ["text"]
    readonly_fields = ["quote", "claim", "language", "text", "method", "engine", "translator"]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ReviewEvent)
class ReviewEventAdmin(admin.ModelAdmin):
    """Read-only: events are written by claim_transition alone."""

    list_display = ["claim", "from_status", "to_status", "actor", "created_at"]
    list_filter = ["to_status", "from_status", "created_at"]
    search_fields = ["note", "claim__summary", "actor__username"]
    list_select_related = ["claim__speaker", "actor"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
