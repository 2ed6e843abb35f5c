from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = _("Claims")

    def ready(self):
        # Search documents hold a source's title, language and outlet name: sources announce changes to
        # them (it cannot import claims), and the quotes' entries are rewritten here.
        from claims.models import Quote
        from claims.search import indexing
        from sources.signals import outlet_renamed, source_changed

        def reindex_source(sender, source, **kwargs):
            indexing.index_source(source)

        def reindex_outlet(sender, outlet, **kwargs):
            indexing.index_quotes(Quote.objects.filter(source__outlet=outlet))

        source_changed.connect(reindex_source, dispatch_uid="claims.reindex_source", weak=False)
        outlet_renamed.connect(reindex_outlet, dispatch_uid="claims.reindex_outlet", weak=False)
