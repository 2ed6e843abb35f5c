from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from sources.models import Outlet, Source


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "ownership", "country", "domain_list", "source_count"]
    list_filter = ["kind", "ownership", "country"]
    search_fields = ["name"]

    @admin.display(description=_("domains"))
    def domain_list(self, outlet: Outlet) -> str:
        return ", ".join(outlet.domains)

    @admin.display(description=_("sources"))
    def source_count(self, outlet: Outlet) -> int:
        return outlet.sources.count()


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
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
        # Quotes point into the text by offset: once quoted it is frozen (the database enforces it too).
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.quotes.exists():
            fields += ["text"]
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.captured_by = request.user
        super().save_model(request, obj, form, change)
        if change:
            from claims.search import index_source

            index_source(obj)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser
