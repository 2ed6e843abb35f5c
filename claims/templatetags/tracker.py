import datetime
import functools

from django import template
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.formats import date_format
from django.utils.html import escape, format_html, format_html_join
from django.utils.http import quote
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext

from sources.languages import LANGUAGE_NAMES

register = template.Library()


# Stand-ins for the values of one request in the header kept per audience (private-use characters: no
# username, which is rendered into the header too, can hold them).
_CSRF, _PATH, _NEXT = "\ue000csrf\ue001", "\ue000path\ue001", "\ue000next\ue001"


@functools.lru_cache(maxsize=2048)
def _site_header(language: str, prefix: str, signed_in: bool, reviews: bool, staff: bool, username: str) -> str:
    """The header's markup for one audience and language, with stand-ins for the CSRF token and the path."""
    return render_to_string(
        "_site_header.html",
        {"LANGUAGE_CODE": language, "signed_in": signed_in, "reviews": reviews, "staff": staff, "username": username,
         "csrf_marker": _CSRF, "path_marker": _PATH, "next_marker": _NEXT},
    ).rstrip("\n")  # fmt: skip


@register.simple_tag(takes_context=True)
def site_header(context) -> str:
    """The site header (templates/_site_header.html): rendered once per process for each language and
    audience (signed in or not, reviewer, staff, username), then given this request's CSRF token and path,
    both escaped. Its forty-odd template nodes were a millisecond of every page."""
    request = context["request"]
    user = request.user
    signed_in = user.is_authenticated
    markup = _site_header(
        get_language(), get_script_prefix(), signed_in, signed_in and user.has_perm("claims.review_claim"),
        signed_in and user.is_staff, user.get_username() if signed_in else "",
    )  # fmt: skip
    path = request.get_full_path()
    return mark_safe(  # noqa: S308 - rendered by a template (escaped), and the values put in are escaped here
        markup.replace(_CSRF, escape(get_token(request)))
        .replace(_PATH, escape(path))
        .replace(_NEXT, escape(quote(path, safe="/")))
    )


@functools.lru_cache(maxsize=8192)
def _date_in(day: datetime.date, language: str, format_name: str) -> str:
    return date_format(day, format_name)


def local_date(day: datetime.date) -> str:
    """The date as `localize` writes it in the interface language (DATE_FORMAT), kept per process: a
    speaker's timeline writes a hundred dates, and Django's formatter costs more than the rest of a row."""
    return _date_in(day, get_language(), "DATE_FORMAT")


@register.filter
def month_heading(day: datetime.date) -> str:
    """The month and year of a date in the interface language (`date:"F Y"`), kept per process."""
    return _date_in(day, get_language(), "F Y")


@register.filter
def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


@register.filter
def localized_name(speaker, language: str | None = None) -> str:
    return speaker.localized_name(language)


def _status_badge(claim) -> str:
    """The status of a claim not (or no longer) published, as a badge; nothing for a published one."""
    if claim.status == claim.Status.PUBLISHED:
        return ""
    return format_html('<span class="status status-{}">{}</span>', claim.status, claim.get_status_display())


@register.filter
def search_result(result) -> str:
    """One result of the search page as HTML: the markup it carries (search.search(rendered=...), which
    may have kept it in the cache), else search_result_html."""
    return result.html or search_result_html(result)


def search_result_html(result) -> str:
    """One result of the search page as HTML, every value escaped by format_html. Rendered here rather than
    by a template loop: twenty of these were a third of the page's rendering time. The quote carries the
    speaker_on_the_day annotations (claims.search)."""
    quote = result.quote
    claim, source = quote.claim, quote.source
    role = format_html(", {}", quote.speaker_role_title) if quote.speaker_role_title else ""
    return format_html(
        '<li class="result">\n'
        '<p class="result-quote"><span class="lang-badge" title="{}">{}</span>\n'
        '<a href="{}" lang="{}">{}</a></p>\n'
        '<p class="meta"><a href="{}">{}</a>{}\n'
        '· <time datetime="{}">{}</time>\n'
        "· {} · {}\n{}</p>\n</li>",
        LANGUAGE_NAMES.get(source.language, source.language), source.language,
        claim.get_absolute_url(), source.language, result.snippet_html,
        claim.speaker.get_absolute_url(), quote.speaker_local_name or claim.speaker.name, role,
        claim.said_on.isoformat(), local_date(claim.said_on),
        source.outlet or gettext("unknown outlet"), quote.get_kind_display(), _status_badge(claim),
    )  # fmt: skip


def _speaker_link(speaker) -> tuple[str, str]:
    """The speaker's URL and name in the interface language, worked out once per speaker object and language
    (the rows of a speaker's timeline share one object)."""
    language = get_language()
    cached = speaker.__dict__.get("_link")
    if cached is None or cached[0] != language:
        cached = speaker._link = (language, (speaker.get_absolute_url(), speaker.localized_name()))
    return cached[1]


@register.filter
def claim_row(claim, show_quotes: bool = False) -> str:
    """One claim of a list (home page, speaker timeline) as HTML, every value escaped by format_html:
    fifty rows through a template include each were most of the speaker page's rendering time. The claim
    carries `languages` (selectors.attach_report_languages); with `show_quotes`, its prefetched quotes."""
    quotes = ""
    if show_quotes:
        quotes = format_html(
            '<ul class="quote-snippets">{}</ul>',
            format_html_join(
                "\n",
                '<li><span class="lang-badge" title="{}">{}</span>\n<q lang="{}">{}</q>\n'
                '<span class="muted">— {}</span></li>',
                (
                    (
                        LANGUAGE_NAMES.get(q.source.language, q.source.language), q.source.language,
                        q.source.language, Truncator(q.text).chars(160), q.source.outlet or gettext("unknown outlet"),
                    )
                    for q in claim.quotes.all()
                ),
            ),
        )  # fmt: skip
    languages = format_html_join(
        "", '<span class="lang-badge" title="{}">{}</span>', ((LANGUAGE_NAMES.get(c, c), c) for c in claim.languages)
    ) or format_html('<span class="muted">{}</span>', gettext("no reports yet"))
    return format_html(
        '<li class="claim-row">\n<p class="claim-summary"><a href="{}">{}</a></p>\n{}\n'
        '<p class="meta">\n<a href="{}" class="speaker">{}</a>\n· <time datetime="{}">{}</time>\n'
        '· <span class="visually-hidden">{}</span>\n{}\n{}\n</p>\n</li>',
        claim.get_absolute_url(), claim.summary, quotes,
        *_speaker_link(claim.speaker), claim.said_on.isoformat(),
        local_date(claim.said_on), gettext("Reported in"), languages, _status_badge(claim),
    )  # fmt: skip


@register.filter
def chart_bars(monthly) -> str:
    """The bars of a speaker's claims-per-month chart (selectors.MonthBar) as SVG rects, each titled with
    its month and count: three years of bars through the template were a quarter of the page's time."""
    return format_html_join(
        "",
        '<rect class="bar" x="{}" y="{}" width="10" height="{}"><title>{}: {}</title></rect>',
        (
            (f"{bar.x:.1f}", f"{bar.y:.1f}", f"{bar.height:.1f}", bar.month.strftime("%Y-%m"), bar.count)
            for bar in monthly
        ),
    )
