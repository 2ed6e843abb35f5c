"""schema.org JSON-LD for published claim pages: the claim, its speaker, each report as an appearance.

    {"@context": "https://schema.org", "@type": "Claim", "@id": <page>, "url": <page>,
     "text": <summary>, "inLanguage": "en", "datePublished": <date said>, "dateModified": <corrected>,
     "keywords": [<topics>],
     "author": {"@type": "Person" | "Organization", "name": ..., "alternateName": [...],
                "sameAs": "https://www.wikidata.org/wiki/Q7747", "url": <speaker page>, "jobTitle": <role then>},
     "appearance": [{"@type": "Quotation", "text": <verbatim>, "inLanguage": "uk",
                     "url": <the article, else its page here>, "datePublished": <when known>, "headline": ...,
                     "publisher": {"@type": "Organization", "name": "UNIAN", "url": "https://unian.ua"}}]}

`datePublished` is the date the statement was made, as in schema.org's and Google's use of Claim. Only
published claims get markup: a draft is not public, and a retracted claim must not go on being offered to
search engines and fact-checking tools as a record of what was said (its page says it was retracted).

The markup is rendered by `claim_jsonld_script`, with <, > and & escaped inside the JSON (as Django's
json_script does), so no text (a speaker named "</script><script>…") can end the script element.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from claims.models import Claim, Quote, Speaker

# What django.utils.html.json_script escapes: nothing inside the element can close it or open another.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _author(speaker: Speaker, *, role, absolute) -> dict:
    person = speaker.kind == Speaker.Kind.PERSON
    author = {"@type": "Person" if person else "Organization", "name": speaker.name}
    spellings = [entry.name for entry in speaker.names.all()] + [entry.alias for entry in speaker.aliases.all()]
    alternates = [name for name in dict.fromkeys(spellings) if name != speaker.name]
    if alternates:
        author["alternateName"] = alternates
    if speaker.wikidata_id:
        author["sameAs"] = speaker.wikidata_url
    author["url"] = absolute(speaker.get_absolute_url())
    if role is not None and person:
        author["jobTitle"] = role.title
    return author


def _publisher(outlet) -> dict:
    publisher = {"@type": "Organization", "name": outlet.name}
    if outlet.domains:
        publisher["url"] = f"https://{outlet.domains[0]}"
    return publisher


def _appearance(quote: Quote, *, absolute) -> dict:
    source = quote.source
    appearance = {
        "@type": "Quotation",
        "text": quote.text,
        "inLanguage": source.language,
        # The article itself when its address is known; otherwise its capture here, at the quote.
        "url": source.url or absolute(f"{source.get_absolute_url()}#q{quote.pk}"),
    }
    if source.title:
        appearance["headline"] = source.title
    if source.published_on:
        appearance["datePublished"] = source.published_on.isoformat()
    if source.outlet_id:
        appearance["publisher"] = _publisher(source.outlet)
    if source.author:
        appearance["creator"] = {"@type": "Person", "name": source.author}
    return appearance


def claim_jsonld(*, claim: Claim, quotes: list[Quote], request) -> dict | None:
    """The JSON-LD object of a claim page, or None when the claim is not published."""
    if claim.status != Claim.Status.PUBLISHED:
        return None
    absolute = request.build_absolute_uri
    page = absolute(claim.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "@id": page,
        "url": page,
        "text": claim.summary,
        "inLanguage": claim.summary_language,
        "datePublished": claim.said_on.isoformat(),
        "author": _author(claim.speaker, role=claim.speaker.role_on(claim.said_on), absolute=absolute),
        "appearance": [_appearance(quote, absolute=absolute) for quote in quotes],
    }
    if claim.corrected_at:
        data["dateModified"] = claim.corrected_at.isoformat()
    topics = [topic.name_en for topic in claim.topics.all()]
    if topics:
        data["keywords"] = topics
    return data


def jsonld_script(data: dict | None) -> SafeString:
    """<script type="application/ld+json"> with the data, inert whatever the texts hold ("" for None)."""
    if data is None:
        return mark_safe("")  # noqa: S308 - an empty string
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


def claim_jsonld_script(*, claim: Claim, quotes: list[Quote], request) -> SafeString:
    return jsonld_script(claim_jsonld(claim=claim, quotes=quotes, request=request))
