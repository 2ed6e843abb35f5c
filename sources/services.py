"""Writes to sources. Every create goes through here so hashes, duplicates and languages are checked once."""

import datetime
from urllib.parse import urlsplit

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max, Q
from django.utils.translation import gettext as _
from tld import get_fld

from sources import capture
from sources.batch import Batch, atomic_unless_batched
from sources.capture import canonical_url, extract_article, split_metadata_line
from sources.dates import said_after_published, validate_plausible_date
from sources.fetch import fetch_url
from sources.models import Outlet, Source, text_sha256
from sources.outlets import curated_for_domain
from sources.signals import outlet_renamed, source_changed
from sources.similarity import NEAR_DUPLICATE, resemblance, shingle_sketch, shingles
from text import detect_language

# How many sources sharing a sketch hash are compared in full: near-identical texts share most of theirs.
SIMILAR_CANDIDATES = 20
QUERY_HASHES = 8


class DuplicateSourceError(ValidationError):
    """The article is already captured; `existing` is the stored source."""

    def __init__(self, message: str, *, existing: Source, similar: bool = False):
        super().__init__(message, code="similar" if similar else "duplicate")
        self.existing = existing
        self.similar = similar


# --- outlets ----------------------------------------------------------------------------------------------


def _can_edit_outlets(actor: AbstractBaseUser | None) -> bool:
    return actor is not None and actor.has_perm("sources.change_outlet")


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


def outlet_for_url(url: str | None) -> Outlet | None:
    """The outlet publishing at this URL: matched by host or its registrable domain (the curated outlets
    carry their display names), else a new one named by the domain."""
    outlet = capture.outlet_lookup(url)
    if outlet is not None or not url:
        return outlet
    host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower().removeprefix("www.")
    if not host:
        return None
    registrable = get_fld(host, fix_protocol=True, fail_silently=True) or host
    curated = curated_for_domain(registrable)
    if curated is not None:
        outlet, _created = Outlet.objects.get_or_create(name=curated.pop("name"), defaults=curated)
        return outlet
    return outlet_get_or_create(name=registrable, domains=[registrable])


@transaction.atomic
def outlet_create(*, actor: AbstractBaseUser, **fields) -> Outlet:
    if not actor.has_perm("sources.add_outlet"):
        raise PermissionDenied(_("You may not add outlets."))
    outlet = Outlet(**fields)
    outlet.full_clean()
    outlet._history_user = actor
    outlet.save()
    return outlet


@transaction.atomic
def outlet_update(*, outlet: Outlet, actor: AbstractBaseUser, **fields) -> Outlet:
    """Rename or re-describe an outlet (editors only: its names show on every source it published)."""
    if not _can_edit_outlets(actor):
        raise PermissionDenied(_("Only editors may rename or edit outlets."))
    outlet = Outlet.objects.select_for_update().get(pk=outlet.pk)
    names = ("name", "name_en", "name_uk", "domains")  # the domains too: a claim page's open data names them
    renamed = any(name in fields and fields[name] != getattr(outlet, name) for name in names)
    for name, value in fields.items():
        setattr(outlet, name, value)
    outlet.full_clean()
    outlet._history_user = actor
    outlet.save()
    if renamed:
        outlet_renamed.send(sender=Outlet, outlet=outlet)
    return outlet


# --- duplicates -------------------------------------------------------------------------------------------


def source_find_duplicate(*, url: str | None, text: str) -> Source | None:
    """The stored source with this URL, else the one with exactly this text."""
    same_text = Q(text_sha256=text_sha256(text))
    found = list(Source.objects.filter(same_text | Q(url=url) if url else same_text)[:2])  # one per unique key
    return next((source for source in found if url and source.url == url), found[0] if found else None)


def source_find_similar(*, text: str, exclude: Source | None = None) -> Source | None:
    """A stored source whose text is near-identical to this one (the same article with a line more or less,
    or re-pasted with its metadata line), else None.

    The GIN index on the sketches finds the sources sharing one of the text's smallest shingle hashes; only
    those few are compared in full."""
    sketch = shingle_sketch(text)
    if not sketch:
        return None
    # A few of the smallest hashes find every candidate (a copy with a line more or less keeps nearly all
    # of them among its own smallest), and keep the planner's estimate low enough to use the index.
    candidates = Source.objects.filter(shingle_sketch__overlap=sketch[:QUERY_HASHES])
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude.pk)
    wanted = set(sketch)
    # No LIMIT in the query: with one, the planner expects to meet enough matches early in a sequential scan.
    ranked = sorted(candidates.values_list("pk", "shingle_sketch"), key=lambda row: -len(wanted & set(row[1])))[
        :SIMILAR_CANDIDATES
    ]
    if not ranked:
        return None
    mine = shingles(text)
    texts = dict(Source.objects.filter(pk__in=[pk for pk, _sketch in ranked]).values_list("pk", "text"))
    for pk, _sketch in ranked:
        if resemblance(mine, shingles(texts[pk])) >= NEAR_DUPLICATE:
            return Source.objects.get(pk=pk)
    return None


def _refuse_duplicate(*, url: str | None, text: str, allow_similar: bool = False) -> None:
    duplicate = source_find_duplicate(url=url, text=text)
    if duplicate:
        raise DuplicateSourceError(_("This article is already captured."), existing=duplicate)
    if not allow_similar:
        similar = source_find_similar(text=text)
        if similar:
            raise DuplicateSourceError(
                _(
                    "An almost identical article is already captured. Open it, or confirm that this is a "
                    "different article to capture it anyway."
                ),
                existing=similar,
                similar=True,
            )


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
        shingle_sketch=shingle_sketch(text),  # a batch saves with bulk_create, which skips save()
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


def source_capture_url(
    *,
    url: str,
    captured_by: AbstractBaseUser | None,
    language: str | None = None,
    allow_similar: bool = False,
) -> Source:
    """Fetch a page and capture it. Nothing is stored when the fetch fails (FetchError)."""
    # Known before fetching: no request for an article already captured under this address.
    requested = canonical_url(url)
    duplicate = Source.objects.filter(url=requested).first()
    if duplicate:
        raise DuplicateSourceError(_("This article is already captured."), existing=duplicate)
    # Fetched outside any transaction: a slow site must not hold a database transaction open.
    result = fetch_url(url)
    if result.content_type == "text/plain":
        return source_capture_text(
            text=result.body,
            captured_by=captured_by,
            language=language,
            url=result.final_url,
            allow_similar=allow_similar,
        )
    return source_capture_html(
        html=result.body, captured_by=captured_by, url=result.final_url, language=language, allow_similar=allow_similar
    )


@transaction.atomic
def source_capture_html(
    *,
    html: str,
    captured_by: AbstractBaseUser | None,
    url: str | None = None,
    language: str | None = None,
    allow_similar: bool = False,
) -> Source:
    """Capture pasted or fetched HTML: the extracted main text is stored, the HTML kept as the snapshot.
    The date comes from the page's metadata, else from its address; the outlet from its domain."""
    html = html.replace("\x00", "")  # PostgreSQL text cannot hold NUL
    url = canonical_url(url) if url else None
    article = extract_article(html, url=url)
    if not article.text:
        raise ValidationError({"text": _("No article text was found on this page.")})
    _refuse_duplicate(url=url, text=article.text, allow_similar=allow_similar)
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
    allow_similar: bool = False,
) -> Source:
    """Capture pasted plain text as it is (only the surrounding blank space trimmed).

    A leading metadata line ("date 2026-02-02 https://...") is not part of the article: it is taken off, and
    its date and address fill what was not given. A date in the address fills the date last."""
    text = text.replace("\x00", "").strip()
    metadata, text = split_metadata_line(text)
    if metadata is not None:
        url = url or metadata.url
        published_on = published_on or metadata.date
    url = canonical_url(url) if url else None
    published_on = published_on or capture.date_from_url(url)
    if not text:
        raise ValidationError({"text": _("The article text is empty.")})
    validate_plausible_date(published_on)
    _refuse_duplicate(url=url, text=text, allow_similar=allow_similar)
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


# --- corrections after capture ----------------------------------------------------------------------------


def can_edit_source(actor: AbstractBaseUser | None, source: Source) -> bool:
    """The analyst who captured a source corrects its details; editors correct any source's."""
    if actor is None or not actor.is_authenticated:
        return False
    if actor.has_perm("sources.edit_any_source"):
        return True
    return source.captured_by_id == actor.pk and actor.has_perm("sources.change_source")


def can_trim_source(actor: AbstractBaseUser | None, source: Source) -> bool:
    """Trimming changes the text, so only until a quote points into it."""
    return can_edit_source(actor, source) and not source.quotes.exists()


@transaction.atomic
def source_set_language(*, source: Source, language: str, actor: AbstractBaseUser) -> Source:
    """Confirm or correct the detected language (metadata: the text itself never changes)."""
    source = Source.objects.select_for_update().get(pk=source.pk)
    source.language = language
    source.full_clean(validate_unique=False)
    source._history_user = actor
    source.save(update_fields=["language"])
    source_changed.send(sender=Source, source=source)
    return source


EDITABLE_FIELDS = ("title", "outlet", "published_on", "author", "language", "url")


@transaction.atomic
def source_update(*, source: Source, actor: AbstractBaseUser, **fields) -> Source:
    """Correct a source's details: title, outlet, publication date, author, language and original address.
    The text is not among them: quotes point into it (see source_trim)."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"source_update cannot change {sorted(unknown)}")
    source = Source.objects.select_for_update().get(pk=source.pk)
    if not can_edit_source(actor, source):
        raise PermissionDenied(_("Only the analyst who captured this article, or an editor, may edit it."))
    if "url" in fields:
        fields["url"] = canonical_url(fields["url"]) if fields["url"] else None
    if "published_on" in fields and fields["published_on"] != source.published_on:
        problem = publication_date_problem(source=source, published_on=fields["published_on"])
        if problem:
            raise problem
    for name, value in fields.items():
        setattr(source, name, value)
    other = address_taken_by(source=source, url=source.url)
    if other is not None:
        raise DuplicateSourceError(_("Another captured article has this address."), existing=other)
    source.full_clean(exclude=["captured_by"])
    source._history_user = actor
    source.save()
    source_changed.send(sender=Source, source=source)
    return source


def address_taken_by(*, source: Source, url: str | None) -> Source | None:
    """Another captured article at this address (made canonical), or None."""
    if not url:
        return None
    return Source.objects.filter(url=canonical_url(url)).exclude(pk=source.pk).first()


def publication_date_problem(*, source: Source, published_on: datetime.date | None) -> ValidationError | None:
    """Why the source cannot be dated `published_on`: it reports a claim (declined reports aside) said after
    that day, as quote_create refuses the other way round. None when it can."""
    if source.pk is None or published_on is None:
        return None
    latest = source.quotes.exclude(report_status="declined").aggregate(latest=Max("claim__said_on"))["latest"]
    return said_after_published(said_on=latest, published_on=published_on, field="published_on")


@transaction.atomic
def source_trim(*, source: Source, actor: AbstractBaseUser, leading: int = 0, trailing: int = 0) -> Source:
    """Drop `leading` lines from the start and `trailing` lines from the end of a source's text (page
    furniture pasted with the article). A new snapshot of the text: the hash is recomputed and the history
    keeps the text before. Refused once a quote points into the text."""
    source = Source.objects.select_for_update().get(pk=source.pk)
    if not can_edit_source(actor, source):
        raise PermissionDenied(_("Only the analyst who captured this article, or an editor, may trim it."))
    if source.quotes.exists():
        raise ValidationError(_("This article is already quoted: its text can no longer change."), code="quoted")
    if leading < 0 or trailing < 0:
        raise ValidationError(_("Enter a number of lines of zero or more."), code="invalid")
    lines = source.text.split("\n")
    kept = lines[leading : len(lines) - trailing] if trailing else lines[leading:]
    text = "\n".join(kept).strip()
    if not text:
        raise ValidationError(_("Trimming that many lines would leave no text."), code="empty")
    if text == source.text:
        return source
    if Source.objects.filter(text_sha256=text_sha256(text)).exclude(pk=source.pk).exists():
        raise ValidationError(_("Another captured article has exactly this text."), code="duplicate")
    source.text = text
    source._history_user = actor
    source._change_reason = "trimmed"
    source.save()
    source_changed.send(sender=Source, source=source)
    return source
