"""Send search reads to a PostgreSQL read replica when DATABASE_REPLICA_URL configures one.

Only the search table (claims.QuoteSearch) is read there: it is the heaviest read and a few seconds of
replication lag in search results is harmless. Everything else, and every write, stays on "default",
so a page never shows a claim older than the one just saved. Subqueries run on their outer query's
database, so filters built from QuoteSearch inside other queries stay on "default" too.
"""

from django.conf import settings

REPLICA = "replica"
REPLICA_MODELS = frozenset({"claims.quotesearch"})


class SearchReplicaRouter:
    def db_for_read(self, model, **hints):
        if REPLICA in settings.DATABASES and model._meta.label_lower in REPLICA_MODELS:
            return REPLICA
        return None

    def db_for_write(self, model, **hints):
        return None

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the same rows as "default": objects read from either may be related.
        if {obj1._state.db, obj2._state.db} <= {"default", REPLICA}:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica follows the primary's schema through replication; never migrate it directly.
        return False if db == REPLICA else None
