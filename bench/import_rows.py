"""Rows for timing the bulk import (manage.py bench_import)."""

import json
import random


def benchmark_rows(count: int, *, per_source: int = 5, per_claim: int = 2, speakers: int = 200) -> str:
    """Export-shaped rows: a source per 5 quotes (its text once), a claim per 2, half with a translation."""
    rng = random.Random(7)
    words = (
        "Москва підтримка армія співпраця угода міністр президент безпека уряд вибори країна "
        "support army cooperation agreement minister president security government elections country"
    ).split()

    def sentence(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

    people = [
        {"external_id": f"bench:speaker:{n}", "name": f"Speaker Number{n}", "names": {"uk": f"Промовець {n}"}}
        for n in range(speakers)
    ]
    lines, source, spans, claim = [], None, [], None
    for n in range(count):
        if n % per_source == 0:
            sentences = [sentence(rng.randint(12, 25)) for _ in range(per_source)]
            text = f"Article {n}. " + " ".join(sentences)
            position, spans = len(f"Article {n}. "), []
            for item in sentences:
                spans.append((position, position + len(item)))
                position += len(item) + 1
            source = {
                "external_id": f"bench:source:{n}",
                "url": f"https://example.org/bench/{n}",
                "language": "uk",
                "published_on": f"2026-02-{n % 28 + 1:02d}",  # after every date said: reports follow statements
                "outlet": {"name": "Bench outlet", "domains": ["example.org"]},
                "text": text,
            }
        if n % per_claim == 0:
            claim = {
                "external_id": f"bench:claim:{n}",
                "summary": sentence(12),
                "summary_language": "en",
                "said_on": f"2026-01-{n % 28 + 1:02d}",
            }
        start, end = spans[n % per_source]
        row = {
            "type": "quote",
            "external_id": f"bench:quote:{n}",
            "text": source["text"][start:end],
            "start": start,
            "end": end,
            "source": source if n % per_source == 0 else {"external_id": source["external_id"]},
            "claim": claim,
            "speaker": people[n % speakers],
            "translations": [{"language": "en", "text": sentence(10)}] if n % 2 == 0 else [],
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"
