from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Outlet, Source
from sources.services import (
    EDITABLE_FIELDS,
    address_taken_by,
    outlet_create,
    outlet_update,
    publication_date_problem,
    source_update,
)

OUTLET_FIELDS = ["name", "name_en", "name_uk", "domains", "country", "kind", "ownership"]


@admin.register(Outlet)
class OutletAdmin(SimpleHistoryAdmin):
    list_display = ["name", "name_en", "name_uk", "kind", "ownership", "country", "domain_list", "source_count"]
    list_filter = ["kind", "ownership", "country"]
    search_fields = ["name", "name_en", "name_uk"]
    fields = OUTLET_FIELDS

    def save_model(self, request, obj, form, change):
        # Through the services, like every other write: they check the permission and keep the history.
        values = {name: form.cleaned_data[name] for name in OUTLET_FIELDS if name in form.cleaned_data}
        if change:
            saved = outlet_update(outlet=obj, actor=request.user, **values)
        else:
            saved = outlet_create(actor=request.user, **values)
        obj.pk = saved.pk

    @admin.display(description=_("domains"))
    def domain_list(self, outlet: Outlet) -> str:
        return ", ".join(outlet.domains)

    @admin.display(description=_("sources"))
    def source_count(self, outlet: Outlet) -> int:
        return outlet.sources.count()


class SourceAdminForm(forms.ModelForm):
    """What source_update would refuse, said on the form instead: a publication date before a statement the
    article reports, an address another captured article has."""

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and cleaned.get("published_on") != self.instance.published_on:
            problem = publication_date_problem(source=self.instance, published_on=cleaned.get("published_on"))
            if problem:
                raise problem
        if self.instance.pk:
            # The address another captured article has: said on its field, as the source page says it.
            other = address_taken_by(source=self.instance, url=cleaned.get("url"))
            if other is not None:
                self.add_error("url", _("Another captured article has this address: %(other)s") % {"other": other})
        return cleaned


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    form = SourceAdminForm
    list_display = ["__str__", "language", "outlet", "published_on", "captured_at", "captured_by"]
    list_filter = ["language", "outlet", "published_on", "captured_at"]
    search_fields = ["title", "url", "text", "author", "external_id"]
    list_select_related = ["outlet", "captured_by"]
    date_hierarchy = "captured_at"
    autocomplete_fields = ["outlet", "cites"]
    readonly_fields = ["text_sha256", "captured_at", "captured_by"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["title", "url", "outlet", "language", "published_on", "author", "text"]}),
        (_("Provenance"), {"fields": ["cites", "external_id", "text_sha256", "captured_at", "captured_by"]}),
        (_("Raw HTML snapshot"), {"classes": ["collapse"], "fields": ["raw_html"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        # Quotes point into the text by offset: a stored text changes only by trimming, on the source's page.
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            fields += ["text", "raw_html", "external_id"]
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.captured_by = request.user
            super().save_model(request, obj, form, change)
            return
        # The details go through source_update (its permission check, history and re-indexing).
        details = {name: form.cleaned_data[name] for name in EDITABLE_FIELDS if name in form.cleaned_data}
        source_update(source=obj, actor=request.user, **details)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser
