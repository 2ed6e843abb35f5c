"""The pages that real articles make heavy: a claim with twenty reports whose sources are 5 MB each (text and
raw HTML snapshot), and the quote form's same-statement suggestions for the speaker with the most claims.

Both go through the test client as a signed-in editor, the way a browser asks for them; the heavy claim is
made once per bench database through the services (as a capture and the quote form would make it).
"""

import datetime
import statistics
import time

MARK = "bench: twenty reports of 5 MB"
REPORTS = 20
SOURCE_BYTES = 5 * 1024 * 1024
PARAGRAPH = (
    "Міністр оборони заявив журналістам, що переговори тривали кілька годин, а сторони обговорили поставки, "
    "навчання і спільні проєкти. Він додав, що наступна зустріч відбудеться навесні. "
)


def _big_text(n: int) -> str:
    """About SOURCE_BYTES of UTF-8, with one statement of its own in the middle."""
    filler = PARAGRAPH * (SOURCE_BYTES // len(PARAGRAPH.encode()) // 2)
    return f"{filler}\nШойгу заявив: «Звіт номер {n} про співпрацю підписано». {filler}"


def heavy_claim(*, analyst, editor, speaker):
    """The published claim with REPORTS reports whose sources are 5 MB each; made once per database."""
    from claims.models import Claim
    from claims.services import claim_create, claim_transition, quote_create
    from sources.services import source_create

    existing = Claim.objects.filter(summary=MARK).first()
    if existing is not None:
        return existing
    claim = claim_create(
        speaker=speaker,
        said_on=datetime.date(2026, 1, 15),
        summary=MARK,
        summary_language="en",
        author=analyst,
        topics=[],
    )
    for n in range(REPORTS):
        text = _big_text(n)
        html = f"<html><body><article><p>{text}</p></article></body></html>"
        source = source_create(text=text, language="uk", captured_by=analyst, raw_html=html, title=f"{MARK} {n}")
        fragment = f"Звіт номер {n} про співпрацю підписано"
        start = text.index(fragment)
        quote_create(
            claim=claim, source=source, start=start, end=start + len(fragment), text=fragment,
            kind="direct", actor=analyst,
        )  # fmt: skip
    claim = claim_transition(claim=claim, to=Claim.Status.IN_REVIEW, actor=analyst)
    return claim_transition(claim=claim, to=Claim.Status.PUBLISHED, actor=editor)


def _timed_get(client, url: str, repeat: int) -> list[float]:
    first = client.get(url)
    if first.status_code != 200:
        raise RuntimeError(f"{url} answered {first.status_code}")
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _summary(times: list[float]) -> dict:
    ordered = sorted(times)
    return {
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1),
        "runs": len(ordered),
    }


def suggestion_urls(speaker_id: int, *, limit: int = 20) -> list[str]:
    """Quote forms opened on quotes of the speaker's sources, with the speaker chosen: each shows the
    claims of that speaker within 14 days of the source's date, ranked."""
    from django.urls import reverse

    from claims.models import Quote

    quotes = (
        Quote.objects.filter(claim__speaker_id=speaker_id, source__published_on__isnull=False)
        .order_by("-pk")
        .values_list("source_id", "start", "end")[:limit]
    )
    return [
        f"{reverse('claims:quote_new', args=[source_id])}?start={start}&end={end}&speaker={speaker_id}"
        for source_id, start, end in quotes
    ]


def measure_heavy(*, analyst, editor, speaker_id: int, repeat: int = 20, progress=print) -> dict:
    from django.db.models import Count
    from django.test import Client

    from claims.models import Speaker

    reader_client, editor_client = Client(), Client()
    editor_client.force_login(editor, backend="core.auth.PermissionsBackend")
    if progress:
        progress(f"heavy claim: {REPORTS} reports of {SOURCE_BYTES / 1024 / 1024:g} MB (made once per database)")
    claim = heavy_claim(analyst=analyst, editor=editor, speaker=Speaker.objects.get(pk=speaker_id))
    results = {
        "claim_page_reader": _summary(_timed_get(reader_client, claim.get_absolute_url(), repeat)),
        "claim_page_editor": _summary(_timed_get(editor_client, claim.get_absolute_url(), repeat)),
    }
    busiest = Speaker.objects.annotate(n=Count("claims")).order_by("-n").values_list("pk", "n").first()
    times = []
    for url in suggestion_urls(busiest[0]):
        times += _timed_get(editor_client, url, max(1, repeat // 4))  # 5 of each of 20 forms: 100 samples
    results["quote_form_suggestions"] = {**_summary(times), "speaker_claims": busiest[1]}
    return results
