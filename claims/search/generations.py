"""The published search token (SearchGeneration): renewed after every transaction that changes what published
results show, and the version under which searches and pages keep what they read of published entries in
Django's cache (docs/caching.md)."""

import hashlib
import re
import uuid

from django.core.exceptions import EmptyResultSet
from django.db import connection, connections, router, transaction
from django.db.models import (
    QuerySet,
)  # fmt: skip

from claims.models import Quote, QuoteSearch, SearchGeneration


def renew_published_token() -> None:
    """Give the published search entries a new token: what was kept under the old one is never read again."""
    SearchGeneration.objects.update_or_create(id=1, defaults={"token": uuid.uuid4()})


def published_changed() -> None:
    """The published search entries (or what their results show) change in the current transaction: renew
    the published token once it commits. Renewed after the commit, never before, so that nothing read
    before the commit can be kept under the new token; and outside the writing transaction, so that the
    token's row is never held locked while that transaction goes on to lock speakers or claims."""
    transaction.on_commit(renew_published_token)


PUBLISHED_MATCHES_SECONDS = 600  # how long a process keeps the matches of a published part (memory bound only)


def published_generation(using: str = "default") -> str | None:
    """The published search token: renewed (published_changed) after every transaction that added, changed
    or removed a published entry, moved one into or out of the published status, or changed what published
    results show; None when there is none yet, and then nothing is cached. Read on the database the entries
    are read from (`using`: a read replica, config/routers.py), where the token arrives after the entries."""
    token = SearchGeneration.objects.using(using).filter(id=1).values_list("token", flat=True).first()
    return str(token) if token else None


_TABLES = re.compile(r'(?:FROM|JOIN) "([^"]+)"')


def matches_cache_key(entries: QuerySet[QuoteSearch], tsquery: str, wanted: int, generation: str | None) -> str | None:
    """The key of a published part's matches: the part's own SQL and parameters (so every facet is in it),
    the query and how many matches; None (not cached) when the SQL reads another table than the search
    entries (the role facet reads the speakers' roles, which the generation does not follow)."""
    if generation is None:
        return None
    try:
        sql, params = entries.query.sql_with_params()
    except EmptyResultSet:
        return None
    if set(_TABLES.findall(sql)) != {QuoteSearch._meta.db_table}:
        return None
    digest = hashlib.blake2b(repr((sql, params, tsquery, wanted)).encode(), digest_size=20).hexdigest()
    return f"search:published:{generation}:{digest}"


def page_generation() -> str | None:
    """The published token to keep a fragment of a page that shows published claims only (the home page's
    list) under; None (keep nothing) inside a transaction, which may yet change them and roll back."""
    if connection.in_atomic_block:
        return None
    return published_generation()


def page_generation_with(**versions) -> tuple[str, dict] | None:
    """page_generation, with other versions a fragment is kept under (expressions by name, such as the
    latest history row of a table) read in the same query: the token and {name: value}; None as there."""
    if connection.in_atomic_block:
        return None
    row = SearchGeneration.objects.filter(id=1).annotate(**versions).values("token", *versions).first()
    if row is None or row["token"] is None:
        return None
    return str(row.pop("token")), row


def generation_to_keep(entries: QuerySet[QuoteSearch]) -> str | None:
    """The published token to keep what is read from `entries` (and the results' quotes) under; None (keep
    nothing) inside a transaction: the token changes when a writing transaction commits, so what is read
    inside one that wrote (and might yet roll back) must not be kept under the token before it. The quotes,
    speakers and outlets may be read from another database than the entries (a replica): its own is
    asked too."""
    if connections[entries.db].in_atomic_block or connections[router.db_for_read(Quote)].in_atomic_block:
        return None
    return published_generation(entries.db)
