from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from claims import search
from claims.models import (
    Claim,
    Quote,
    ReviewEvent,
    Speaker,
    SpeakerAlias,
    SpeakerName,
    SpeakerRole,
    Topic,
    Translation,
)
from claims.services import EDITABLE_FIELDS, claim_transition, claim_update, quote_span_problem

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
        from claims.speakers import speaker_refresh_search_keys

        speaker_refresh_search_keys(form.instance)
        search.index_speaker(form.instance)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["slug", "name_en", "name_uk"]
    search_fields = ["slug", "name_en", "name_uk"]
    prepopulated_fields = {"slug": ["name_en"]}


class QuoteInlineForm(forms.ModelForm):
    class Meta:
        model = Quote
        fields = ["source", "start", "end", "text", "kind"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2, "cols": 60})}

    def clean(self):
        cleaned = super().clean()
        source, start, end, text = (cleaned.get(k) for k in ("source", "start", "end", "text"))
        if source is not None and None not in (start, end) and text is not None:
            problem = quote_span_problem(source=source, start=start, end=end, text=text)
            if problem:
                raise forms.ValidationError(problem)
        return cleaned


class QuoteInline(admin.StackedInline):
    model = Quote
    form = QuoteInlineForm
    extra = 0
    autocomplete_fields = ["source"]
    show_change_link = True


class SummaryTranslationInline(admin.TabularInline):
    model = Translation
    fk_name = "claim"
    fields = ["language", "text", "method", "engine", "translator"]
    readonly_fields = ["translator"]
    extra = 0
    verbose_name = _("translation of the summary")
    verbose_name_plural = _("translations of the summary")


class ReviewEventInline(admin.TabularInline):
    model = ReviewEvent
    fields = ["created_at", "from_status", "to_status", "actor", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


def _transition_action(to: str, label):
    """An admin action that moves claims through claim_transition, one at a time, reporting refusals."""

    def action(modeladmin, request, queryset):
        moved = 0
        for claim in queryset:
            try:
                claim_transition(claim=claim, to=to, actor=request.user)
                moved += 1
            except PermissionDenied as refusal:
                modeladmin.message_user(request, f"{claim}: {refusal}", messages.ERROR)
        if moved:
            modeladmin.message_user(
                request, ngettext("%(count)d claim moved.", "%(count)d claims moved.", moved) % {"count": moved}
            )

    action.__name__ = f"transition_to_{to}"
    action.short_description = label
    action.allowed_permissions = ["change"]
    return action


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
        return cleaned


@admin.register(Claim)
class ClaimAdmin(SimpleHistoryAdmin):
    form = ClaimAdminForm
    list_display = ["short_summary", "speaker", "said_on", "status", "author", "quote_count", "updated_at"]
    list_filter = ["status", "topics", "said_on", "speaker__kind", "summary_language"]
    search_fields = ["summary", "occasion", "speaker__name", "speaker__aliases__alias", "quotes__text", "external_id"]
    list_select_related = ["speaker", "author"]
    date_hierarchy = "said_on"
    autocomplete_fields = ["speaker"]
    filter_horizontal = ["topics"]
    readonly_fields = ["status", "version", "author", "created_at", "updated_at"]
    fields = [
        "speaker",
        "said_on",
        "occasion",
        "summary",
        "summary_language",
        "topics",
        "external_id",
        "status",
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
        # claim_update edits what the pages edit; the external id is set when a claim is added.
        return [*self.readonly_fields, "external_id"] if obj else self.readonly_fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
            super().save_model(request, obj, form, change)
            return
        # Through the service: the permission, the version check, corrected_at on a published claim.
        edited = {name: form.cleaned_data[name] for name in EDITABLE_FIELDS if name in form.cleaned_data}
        saved = claim_update(
            claim=obj, actor=request.user, expected_version=form.cleaned_data.get("read_version"), **edited
        )
        obj.version, obj.corrected_at, obj.updated_at = saved.version, saved.corrected_at, saved.updated_at

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for instance in instances:
            if isinstance(instance, Quote) and not instance.created_by_id:
                instance.created_by = request.user
            if isinstance(instance, Translation) and not instance.translator_id:
                instance.translator = request.user
            instance.save()
        for instance in formset.deleted_objects:
            instance.delete()
        formset.save_m2m()
        search.index_claim(form.instance)  # the admin bypasses the services: keep the search current

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(Quote)
class QuoteAdmin(SimpleHistoryAdmin):
    form = QuoteInlineForm
    list_display = ["__str__", "kind", "claim", "source", "created_by", "created_at"]
    list_filter = ["kind", "source__language", "claim__status"]
    search_fields = ["text", "claim__summary", "claim__speaker__name", "source__title"]
    list_select_related = ["claim__speaker", "source__outlet", "created_by"]
    autocomplete_fields = ["source"]
    raw_id_fields = ["claim"]

    def get_fields(self, request, obj=None):
        return ["claim", *QuoteInlineForm.Meta.fields, "external_id"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        search.index_claim(obj.claim)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(Translation)
class TranslationAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "language", "method", "quote", "claim", "translator", "created_at"]
    list_filter = ["language", "method"]
    search_fields = ["text"]
    raw_id_fields = ["quote", "claim"]
    readonly_fields = ["translator"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.translator = request.user
        super().save_model(request, obj, form, change)
        search.index_claim(obj.quote.claim if obj.quote_id else obj.claim)


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
