"""Writes to sources. Every create goes through here so hashes, duplicates and languages are checked once."""

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from sources.models import Outlet, Source, text_sha256


class DuplicateSourceError(ValidationError):
    """The article is already captured; `existing` is the stored source."""

    def __init__(self, message: str, *, existing: Source):
        super().__init__(message, code="duplicate")
        self.existing = existing


@transaction.atomic
def outlet_get_or_create(
    *,
    name: str,
    domains: list[str] | None = None,
    country: str = "",
    kind: str = Outlet.Kind.OTHER,
    ownership: str = Outlet.Ownership.UNKNOWN,
) -> Outlet:
    domains = [d.lower().removeprefix("www.") for d in (domains or [])]
    outlet, created = Outlet.objects.get_or_create(
        name=name, defaults={"domains": domains, "country": country.upper(), "kind": kind, "ownership": ownership}
    )
    if not created and any(d not in outlet.domains for d in domains):
        outlet.domains = sorted(set(outlet.domains) | set(domains))
        outlet.save(update_fields=["domains"])
    return outlet


def source_find_duplicate(*, url: str | None, text: str) -> Source | None:
    if url:
        existing = Source.objects.filter(url=url).first()
        if existing:
            return existing
    return Source.objects.filter(text_sha256=text_sha256(text)).first()


@transaction.atomic
def source_create(
    *,
    text: str,
    language: str,
    captured_by: AbstractBaseUser | None,
    title: str = "",
    url: str | None = None,
    outlet: Outlet | None = None,
    published_on: datetime.date | None = None,
    author: str = "",
    raw_html: str = "",
    external_id: str | None = None,
    cites: list[Source] | None = None,
) -> Source:
    """Store a captured article. Its text is kept verbatim: quotes point into it by offset."""
    if not text.strip():
        raise ValidationError({"text": _("The article text is empty.")})
    duplicate = source_find_duplicate(url=url or None, text=text)
    if duplicate:
        raise DuplicateSourceError(_("This article is already captured."), existing=duplicate)
    source = Source(
        text=text,
        language=language,
        title=title,
        url=url or None,
        outlet=outlet,
        published_on=published_on,
        author=author,
        raw_html=raw_html,
        captured_by=captured_by,
        external_id=external_id,
    )
    source.full_clean()
    source.save()
    if cites:
        source.cites.set(cites)
    return source
