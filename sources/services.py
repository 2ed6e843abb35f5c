"""Writes to sources. Every create goes through here so hashes, duplicates and languages are checked once."""

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from sources.batch import Batch, atomic_unless_batched
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
    """The stored source with this URL, else the one with exactly this text."""
    same_text = Q(text_sha256=text_sha256(text))
    found = list(Source.objects.filter(same_text | Q(url=url) if url else same_text)[:2])  # one per unique key
    return next((source for source in found if url and source.url == url), found[0] if found else None)


@atomic_unless_batched
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
    batch: Batch | None = None,
) -> Source:
    """Store a captured article. Its text is kept verbatim: quotes point into it by offset.

    With `batch`, the source is saved (with its history) when the batch is (see sources.batch); that the
    batch does not hold the same URL or text twice is then the caller's to know, as the database refuses it."""
    # Browsers send CR LF from text areas, and HTML shows every line break as LF: one form, so offsets
    # taken from the page (a selection) are offsets into the stored text.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
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
    # Duplicates were looked up above and the database holds the constraints: no query per check here.
    source.full_clean(exclude=["outlet", "captured_by"], validate_constraints=False, validate_unique=False)
    source._history_user = captured_by
    if batch is not None:
        return batch.add(source, then=(lambda: source.cites.set(cites)) if cites else None)
    source.save()
    if cites:
        source.cites.set(cites)
    return source


def _refuse_duplicate(*, url: str | None, text: str) -> None:
    duplicate = source_find_duplicate(url=url, text=text)
    if duplicate:
        raise DuplicateSourceError(_("This article is already captured."), existing=duplicate)


def source_capture_url(*, url: str, captured_by: AbstractBaseUser | None, language: str | None = None) -> Source:
    """Fetch a page and capture it. Nothing is stored when the fetch fails (FetchError)."""
    from sources.capture import canonical_url
    from sources.fetch import fetch_url

    # Known before fetching: no request for an article already captured under this address.
    requested = canonical_url(url)
    duplicate = Source.objects.filter(url=requested).first()
    if duplicate:
        raise DuplicateSourceError(_("This article is already captured."), existing=duplicate)
    # Fetched outside any transaction: a slow site must not hold a database transaction open.
    result = fetch_url(url)
    if result.content_type == "text/plain":
        return source_capture_text(text=result.body, captured_by=captured_by, language=language, url=result.final_url)
    return source_capture_html(html=result.body, captured_by=captured_by, url=result.final_url, language=language)


@transaction.atomic
def source_capture_html(
    *, html: str, captured_by: AbstractBaseUser | None, url: str | None = None, language: str | None = None
) -> Source:
    """Capture pasted or fetched HTML: the extracted main text is stored, the HTML kept as the snapshot."""
    from sources.capture import canonical_url, extract_article, outlet_for_url

    html = html.replace("\x00", "")  # PostgreSQL text cannot hold NUL
    url = canonical_url(url) if url else None
    article = extract_article(html, url=url)
    if not article.text:
        raise ValidationError({"text": _("No article text was found on this page.")})
    _refuse_duplicate(url=url, text=article.text)
    return source_create(
        text=article.text,
        language=language or article.language,
        captured_by=captured_by,
        title=article.title,
        url=url,
        outlet=outlet_for_url(url) if url else None,
        published_on=article.date,
        author=article.author,
        raw_html=html,
    )


@transaction.atomic
def source_capture_text(
    *,
    text: str,
    captured_by: AbstractBaseUser | None,
    title: str = "",
    language: str | None = None,
    url: str | None = None,
    outlet: Outlet | None = None,
    published_on: datetime.date | None = None,
) -> Source:
    """Capture pasted plain text as it is (only the surrounding blank space trimmed)."""
    from sources.capture import canonical_url, outlet_for_url
    from text import detect_language

    text = text.replace("\x00", "").strip()
    url = canonical_url(url) if url else None
    if not text:
        raise ValidationError({"text": _("The article text is empty.")})
    _refuse_duplicate(url=url, text=text)
    if outlet is None and url:
        outlet = outlet_for_url(url)
    return source_create(
        text=text,
        language=language or detect_language(text),
        captured_by=captured_by,
        title=title.strip(),
        url=url,
        outlet=outlet,
        published_on=published_on,
    )


@transaction.atomic
def source_set_language(*, source: Source, language: str, actor: AbstractBaseUser) -> Source:
    """Confirm or correct the detected language (metadata: the text itself never changes)."""
    source = Source.objects.select_for_update().get(pk=source.pk)
    source.language = language
    source.full_clean(validate_unique=False)
    source._history_user = actor
    source.save(update_fields=["language"])
    from claims.search import index_source  # claims builds on sources, not the other way round

    index_source(source)
    return source
