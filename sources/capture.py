"""Turn a captured page into a source: canonical URL, main text and metadata, outlet."""

import datetime
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import lxml.etree
import lxml.html
from tld import get_fld

from sources.dates import in_range
from sources.fetch import DEFAULT_PORTS, requote
from sources.models import Outlet
from text import detect_language

# Query parameters that say how a reader arrived, not which article it is.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "twclid",
        "ttclid",
        "li_fat_id",
        "yclid",
        "ysclid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "igsh",
        "ref",
        "ref_src",
        "ref_url",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wt_mc",
        "s_cid",
        "cmpid",
        "ito",
        "__twitter_impression",
        "at_medium",
        "at_campaign",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")

# Whole paragraphs that are page furniture in the languages we capture ("Also read" boxes, ad labels).
FURNITURE = frozenset(
    {
        "menu",  # a navigation toggle's label, alone on its line
        "меню",
        "also read",
        "read also",
        "read more",
        "see also",
        "related",
        "related articles",
        "related news",
        "related stories",
        "others are reading now",
        "most read",
        "recommended",
        "advertisement",
        "sponsored",
        "share",
        "share this article",
        "читайте також",
        "також читайте",
        "читайте більше",
        "дивіться також",
        "вас може зацікавити",
        "інші зараз читають",
        "відео дня",
        "новини партнерів",
        "популярне",
        "реклама",
        "поділитися",
        "читайте также",
        "также читайте",
        "смотрите также",
        "вас может заинтересовать",
        "видео дня",
        "новости партнеров",
        "популярное",
        "поделиться",
    }
)
# Paragraphs that start like this and are short are link boxes or ad labels ("Читайте також: <headline>").
FURNITURE_PREFIXES = (
    "also read:",
    "read also:",
    "read more:",
    "see also:",
    "ads by ",
    "читайте також:",
    "також читайте:",
    "дивіться також:",
    "читайте также:",
    "также читайте:",
    "смотрите также:",
)
FURNITURE_PREFIX_MAX_LENGTH = 300

PERCENT_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


@dataclass(frozen=True)
class ExtractedArticle:
    text: str  # main text, paragraphs separated by blank lines; "" when none was found
    title: str
    author: str
    date: datetime.date | None  # publication date when the page states it
    language: str  # ISO 639-1 code detected from the text; "" without text


def canonical_url(url: str) -> str:
    """One spelling per article URL, so the same article is recognised however it was linked.

    Lowercases scheme and host (IDNA hosts become punycode), drops user info, default ports, the
    fragment, tracking parameters (utm_*, fbclid, ...) and a trailing slash, normalises percent-escapes
    and sorts the remaining query parameters.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = _ascii_host((parts.hostname or "").rstrip("."))
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = f"[{host}]" if ":" in host else host
    if port and port != DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    path = _normalise_escapes(requote(parts.path)).rstrip("/") or "/"
    pairs = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(key)]
    query = urlencode(sorted(pairs, key=lambda pair: pair[0]))  # stable: repeated keys keep their order
    return urlunsplit((scheme, netloc, path, query, ""))


def extract_article(html: str, *, url: str | None = None) -> ExtractedArticle:
    """The article's main text and metadata, without menus, footers, link boxes and ad labels."""
    import trafilatura
    from trafilatura.settings import set_date_params

    document = trafilatura.bare_extraction(
        html.replace("\x00", ""),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        # No guessing from dates scattered in the page: an unknown date beats a wrong one.
        date_extraction_params=set_date_params(False),
    )
    if document is None:
        return ExtractedArticle(text="", title="", author="", date=None, language="")
    title = _confirmed_title(html, _one_line(document.title or ""))
    paragraphs = [line.strip() for line in (document.text or "").splitlines()]
    paragraphs = [p for p in paragraphs if p and not _is_furniture(p)]
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # the headline is the title, not part of the body quotes point into
    text = "\n\n".join(paragraphs)
    return ExtractedArticle(
        text=text,
        title=title[:500],
        author=_one_line(document.author or "")[:300],
        date=_parse_date(document.date) or date_from_url(url),
        language=detect_language(text) if text else "",
    )


# A date in an article's address: /20260202/, /2026/02/02/, /2026-02-02/ or a slug that starts with one.
URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?=[/\-_.]|$)"),
    re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?=[/\-_.]|$)"),
    re.compile(r"/((?:19|20)\d\d)-(\d\d)-(\d\d)(?=[/\-_.]|$)"),
)
TEXT_DATES = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"),  # 2026-02-02
    re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)"),  # 02.02.2026
)
URL_IN_TEXT = re.compile(r"https?://\S+", re.IGNORECASE)
# Words that may label the parts of a metadata line, in the languages captured.
METADATA_LABELS = re.compile(
    r"\b(?:date|published|source|url|link|дата|опубліковано|джерело|посилання|опубликовано|источник|ссылка)\b",
    re.IGNORECASE,
)
METADATA_LINE_MAX = 500


@dataclass(frozen=True)
class MetadataLine:
    date: datetime.date | None
    url: str | None


def date_from_url(url: str | None) -> datetime.date | None:
    """The publication date an address carries in its path, if it carries a plausible one."""
    if not url:
        return None
    path = urlsplit(url).path
    for pattern in URL_DATES:
        for match in pattern.finditer(path):
            found = _date(int(match[1]), int(match[2]), int(match[3]))
            if found:
                return found
    return None


def split_metadata_line(text: str) -> tuple[MetadataLine | None, str]:
    """A leading line that holds only a date and/or an address ("date 2026-02-02 https://..."), as
    analysts paste it above an article, and the text without it. (None, text) when there is no such line."""
    stripped = text.lstrip()
    first, _newline, rest = stripped.partition("\n")
    if not first.strip() or len(first) > METADATA_LINE_MAX:
        return None, text
    urls = URL_IN_TEXT.findall(first)
    remainder = URL_IN_TEXT.sub(" ", first)
    date = None
    for pattern in TEXT_DATES:
        match = pattern.search(remainder)
        if match and date is None:
            year, month, day = (match[1], match[2], match[3]) if len(match[1]) == 4 else (match[3], match[2], match[1])
            date = _date(int(year), int(month), int(day))
        remainder = pattern.sub(" ", remainder)
    remainder = METADATA_LABELS.sub(" ", remainder)
    if (not urls and date is None) or re.search(r"\w", remainder):
        return None, text
    url = urls[0].rstrip(".,;)»\"'") if urls else None
    return MetadataLine(date=date or date_from_url(url), url=url), rest.strip()


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        found = datetime.date(year, month, day)
    except ValueError:
        return None
    return found if in_range(found) else None


def _confirmed_title(html: str, extracted: str) -> str:
    """The headline: the candidate the page's own <title> confirms (og:title, then the h1s, then what
    trafilatura found), so a sidebar heading is not taken for the article's title."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return extracted
    page_title = _one_line(" ".join(tree.xpath("//head/title//text()") or tree.xpath("//title//text()")))
    metas = [
        _one_line(value)
        for value in tree.xpath(
            "//meta[@property='og:title' or @name='og:title' or @name='twitter:title' or @property='twitter:title']"
            "/@content"
        )
    ]
    headings = [_one_line(heading.text_content()) for heading in tree.xpath("//h1")]
    candidates = [c for c in (*metas, *headings, extracted) if c]
    folded = page_title.casefold()
    for candidate in candidates:
        if folded and candidate.casefold() in folded:
            return candidate
    if metas:
        return metas[0]
    if extracted and folded and extracted.casefold() not in folded and page_title:
        # Nothing the <title> confirms: the <title> without its " - Site name" tail beats a stray heading.
        return re.split(r"\s+[|–—-]\s+", page_title)[0]
    return extracted or page_title


def outlet_lookup(url: str | None) -> Outlet | None:
    """The stored outlet publishing at this URL, matched by host or a parent domain down to the registrable
    one (news.unian.ua, then unian.ua); None when none is known."""
    host = _ascii_host((urlsplit(url.strip()).hostname or "").rstrip(".")) if url else ""
    host = host.removeprefix("www.")
    if not host:
        return None
    registrable = get_fld(host, fix_protocol=True, fail_silently=True) or host
    candidates = [host]
    labels = host.split(".")
    for i in range(1, len(labels)):
        parent = ".".join(labels[i:])
        if len(parent) < len(registrable):
            break
        candidates.append(parent)
    for candidate in candidates:
        for spelling in {candidate, _unicode_host(candidate)}:
            outlet = Outlet.objects.by_domain(spelling).first()
            if outlet:
                return outlet
    return None


def _is_tracking(key: str) -> bool:
    key = key.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _ascii_host(host: str) -> str:
    host = host.lower()
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def _unicode_host(host: str) -> str:
    try:
        return host.encode("ascii").decode("idna")
    except UnicodeError:
        return host


def _normalise_escapes(value: str) -> str:
    """%7e and ~ are the same character: decode escapes of unreserved characters, uppercase the rest."""

    def fix(match: re.Match) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in UNRESERVED else "%" + match.group(1).upper()

    return PERCENT_ESCAPE.sub(fix, value)


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _is_furniture(paragraph: str) -> bool:
    folded = paragraph.casefold()
    if folded.strip(" .:!…»>→-–—") in FURNITURE:
        return True
    return len(folded) <= FURNITURE_PREFIX_MAX_LENGTH and folded.startswith(FURNITURE_PREFIXES)


def _parse_date(value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        found = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return found if in_range(found) else None
