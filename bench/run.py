"""`make bench`: generate the corpus into the bench database, then measure the search, its two baselines,
the speaker page and the review queue, print a table and write bench/results.json.

    DATABASE_URL=... python -m bench.run [--quotes N] [--reuse] [--repeat 5] [--baseline-repeat 2]

`--baseline-repeat 0` measures the tracker alone (no SQLite export, no Django admin or FTS5 runs): the
10,000,000-quote run by hand, where the admin's `icontains` takes minutes a query and the target is the
tracker's own (search p95 <= 50 ms).

DATABASE_URL must point at a database of its own (scripts/bench.sh uses `tracker_bench` in the project's
cluster, or BENCH_DATABASE_URL): the generator empties it first.
"""

import argparse
import dataclasses
import json
import os
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from bench.heavy import measure_heavy

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
WORK = ROOT / ".local" / "bench"  # per database: state-NAME.json (what was generated), fts5-NAME.sqlite
MODEL_BACKEND = "core.auth.PermissionsBackend"
TARGET_P95_MS = 20
TARGET_P95_MS_AT_10M = 50  # the run by hand at 10,000,000 quotes
TARGET_ICONTAINS_FACTOR = 200
TARGET_FTS5_FACTOR = 10
TARGET_HEAVY_PAGE_P95_MS = 50
TARGET_GENERATE_S = 600


@dataclasses.dataclass(frozen=True)
class BenchQuery:
    """One query of the mix: what is typed, the facets (as the search page's URL has them), the order, and
    the same words for the admin's search box and for FTS5 (derived from `q` unless given)."""

    name: str
    q: str = ""
    facets: tuple[tuple[str, str], ...] = ()
    order: str = "date"
    admin: str | None = None
    fts: str | None = None


def query_mix(*, rare_uk: str, rare_ru: str) -> list[BenchQuery]:
    """The fixed mix. Facet values starting with "@" name a speaker, outlet or topic (resolved to ids)."""
    zelensky, lavrov = ("speaker", "@Volodymyr Zelensky"), ("speaker", "@Sergey Lavrov")
    return [
        BenchQuery("uk word, inflected (accusative)", "підтримку"),
        BenchQuery("uk word, inflected (genitive plural)", "переговорів"),
        BenchQuery("ru word, inflected", "санкций"),
        BenchQuery("en phrase", '"security guarantees"'),
        BenchQuery("en phrase, another", '"peace talks"'),
        BenchQuery("name, Latin for Cyrillic texts", "Shoigu"),
        BenchQuery("name, Russian spelling", "Зеленский"),
        BenchQuery("name + language facet", "Lavrov", (("language", "uk"),)),
        BenchQuery("facets only: speaker", "", (zelensky,)),
        BenchQuery(
            "facets only: language, status, year",
            "",
            (("language", "ru"), ("status", "published"), ("said_after", "2023-01-01"), ("said_before", "2023-12-31")),
        ),
        BenchQuery("facets only: topic + outlet", "", (("topic", "@sanctions"), ("outlet", "@УНІАН"))),
        BenchQuery("text + speaker", "ракети", (lavrov,)),
        BenchQuery(
            "text + language + dates",
            "sanctions",
            (("language", "en"), ("said_after", "2025-01-01"), ("said_before", "2025-12-31")),
        ),
        BenchQuery("very common: uk country name", "Україна"),
        BenchQuery("very common: uk verb form", "заявив"),
        BenchQuery("very common: en", "Russia"),
        BenchQuery("rare: uk", rare_uk),
        BenchQuery("rare: ru", rare_ru),
        BenchQuery("two words", "Росія обстріл"),
        BenchQuery("OR", "ракети OR дрони"),
        BenchQuery("exclusion", "санкції -Росія"),
        BenchQuery("phrase of common words", '"у тому числі"'),
        BenchQuery("misspelt name (did you mean)", "Shoigy"),
        BenchQuery("relevance order", "протиповітряна оборона", order="relevance"),
        BenchQuery("everything, newest first", "", (("status", "published"),)),
    ]


_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


def fts_match(query: str) -> str:
    """The same words in FTS5 syntax: terms quoted, phrases kept, OR as is, -word as NOT."""
    parts = []
    for match in _TOKEN.finditer(query):
        negated, phrase, word = match.groups()
        if word == "OR":
            parts.append("OR")
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            negated, word = "-", word[1:]
        term = '"' + (phrase if phrase is not None else word).replace('"', '""') + '"'
        parts.append(f"NOT {term}" if negated else term)
    return " ".join(parts)


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return 0.0
    rank = share * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(_percentile(samples, 0.50), 2),
        "p95_ms": round(_percentile(samples, 0.95), 2),
        "max_ms": round(max(samples, default=0.0), 2),
        "samples": len(samples),
    }


def _timed(function, repeat: int, *, before=None) -> tuple[list[float], object]:
    """One warm-up call, then `repeat` timed calls (ms), each after an untimed `before()`; returns the
    times and the last result."""
    result = function()
    times = []
    for _ in range(repeat):
        if before:
            before()
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


# --- the measurements ----------------------------------------------------------------------------------


def _resolve(facets: tuple[tuple[str, str], ...]) -> dict[str, str]:
    from claims.models import Speaker, Topic
    from sources.models import Outlet

    resolved = {}
    for key, value in facets:
        if value.startswith("@"):
            name = value[1:]
            if key == "speaker":
                value = str(Speaker.objects.filter(name=name).order_by("pk").values_list("pk", flat=True).first())
            elif key == "outlet":
                value = str(Outlet.objects.get(name=name).pk)
            elif key == "topic":
                value = str(Topic.objects.get(slug=name).pk)
        resolved[key] = value
    return resolved


def tracker_search(user, query: str, facets: dict[str, str], order: str):
    """The search page's code path (SearchFilter, then claims.search.queries.search over the published and the
    unpublished parts of what the user sees). Timed after renew_published_token, as after an editor's
    publication: the published matches kept between searches are of no use, so this is the cost of a search
    not run since the last change to a published entry. What no such change touches (the planner's word
    statistics, kept until the next ANALYZE) stays cached, as it does on a running site."""
    from claims.filters import SearchFilter
    from claims.search import queries

    params = {"q": query, **facets}  # the page's query string (bound, as on a search with words or facets)
    filterset = SearchFilter(params, queryset=queries.visible_entries(user), staff=True)
    if not filterset.is_valid():
        raise ValueError(f"invalid facets {facets}: {filterset.errors}")
    return queries.search(entries=filterset.parts(user), query=query, order=order)


def _published_changed() -> None:
    from claims.search.generations import renew_published_token

    renew_published_token()


def measure_search(
    user, queries: list[BenchQuery], *, sqlite_path: Path, repeat: int, baseline_repeat: int, progress=print
) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.baselines import admin_search, fts5_search

    baselines = baseline_repeat > 0
    lite = sqlite3.connect(sqlite_path) if baselines else None
    samples = {"tracker": [], "icontains": [], "sqlite_fts5": []}
    rows = []
    for bench_query in queries:
        facets = _resolve(bench_query.facets)
        tracker_times, page = _timed(
            lambda q=bench_query, f=facets: tracker_search(user, q.q, f, q.order), repeat, before=_published_changed
        )
        with CaptureQueriesContext(connection) as captured:
            tracker_search(user, bench_query.q, facets, bench_query.order)
        admin_times, admin_count, fts_times, fts_count = [], None, [], None
        admin_words = bench_query.q if bench_query.admin is None else bench_query.admin
        match = fts_match(bench_query.q) if bench_query.fts is None else bench_query.fts
        if baselines:
            admin_times, (_, admin_count) = _timed(lambda w=admin_words, f=facets: admin_search(w, f), baseline_repeat)
            fts_times, (_, fts_count) = _timed(lambda m=match, f=facets: fts5_search(lite, m, f), baseline_repeat)
        samples["tracker"] += tracker_times
        samples["icontains"] += admin_times
        samples["sqlite_fts5"] += fts_times
        row = {
            "name": bench_query.name,
            "query": bench_query.q,
            "facets": facets,
            "order": bench_query.order,
            "tracker_ms": round(statistics.median(tracker_times), 2),
            "tracker_max_ms": round(max(tracker_times), 2),
            "tracker_count": f"{page.count}+" if page.count_capped else page.count,
            "tracker_results": len(page.results),
            "tracker_sql_queries": len(captured.captured_queries),
            "suggestion": page.suggestion,
            "icontains_ms": _median(admin_times),
            "icontains_count": admin_count,
            "fts5_match": match,
            "fts5_ms": _median(fts_times),
            "fts5_count": fts_count,
        }
        rows.append(row)
        if progress:
            progress(
                f"    {bench_query.name:<40} tracker {row['tracker_ms']:>8.1f} ms   "
                f"icontains {_ms(row['icontains_ms'], 9)} ms   fts5 {_ms(row['fts5_ms'], 8)} ms"
            )
    if lite:
        lite.close()
    return {
        "summary": {engine: summary(times) for engine, times in samples.items() if times},
        "queries": rows,
    }


def _median(times: list[float]) -> float | None:
    return round(statistics.median(times), 2) if times else None


def _ms(value: float | None, width: int) -> str:
    """A time in the table, or a dash where the baseline was not measured (--baseline-repeat 0)."""
    return f"{value:>{width}.1f}" if value is not None else f"{'-':>{width}}"


def _speakers_for_pages() -> dict[str, int]:
    """Speakers with the most and with about five claims; with the most and the fewest claims in review."""
    from django.db.models import Count, Q

    from claims.models import Claim, Speaker

    counted = list(Speaker.objects.annotate(n=Count("claims")).filter(n__gt=0).values_list("pk", "n"))
    queued = (
        list(
            Speaker.objects.annotate(n=Count("claims", filter=Q(claims__status=Claim.Status.IN_REVIEW)))
            .filter(n__gt=0)
            .values_list("pk", "n")
        )
        or counted
    )
    return {
        "many": max(counted, key=lambda pair: (pair[1], -pair[0]))[0],
        "few": min(counted, key=lambda pair: (abs(pair[1] - 5), pair[0]))[0],
        "review_many": max(queued, key=lambda pair: (pair[1], -pair[0]))[0],
        "review_few": min(queued, key=lambda pair: (pair[1], pair[0]))[0],
    }


def measure_pages(user, *, repeat: int, slow_s: float = 10.0) -> dict:
    """The speaker page (a speaker with many claims and one with few) and the review queue (all, and
    filtered to the speaker with the most and the one with the fewest claims waiting), through the test
    client: time, SQL queries and size per page."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from claims.models import Claim

    speakers = _speakers_for_pages()
    client = Client()
    client.force_login(user, backend=MODEL_BACKEND)
    in_review = Claim.objects.in_review()
    queue = reverse("claims:review_queue")
    pages = {
        "speaker_many_claims": (
            reverse("claims:speaker", args=[speakers["many"]]),
            Claim.objects.filter(speaker_id=speakers["many"]).count(),
        ),
        "speaker_few_claims": (
            reverse("claims:speaker", args=[speakers["few"]]),
            Claim.objects.filter(speaker_id=speakers["few"]).count(),
        ),
        "review_queue_all": (queue, in_review.count()),
        "review_queue_speaker_many": (
            f"{queue}?speaker={speakers['review_many']}",
            in_review.filter(speaker_id=speakers["review_many"]).count(),
        ),
        "review_queue_speaker_few": (
            f"{queue}?speaker={speakers['review_few']}",
            in_review.filter(speaker_id=speakers["review_few"]).count(),
        ),
    }
    results = {}
    for name, (url, claims) in pages.items():
        # A request empties the connection's query log when it starts: begin with an empty one, so that
        # CaptureQueriesContext counts from zero.
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            first_s = time.perf_counter() - started
        queries = len(captured.captured_queries)  # now: the next request empties the log it reads from
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
        times = []
        for _ in range(1 if first_s > slow_s else repeat):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        results[name] = {
            "url": url,
            "claims": claims,
            "ms": round(statistics.median(times), 1),
            "sql_queries": queries,
            "html_kb": round(len(response.content) / 1024, 1),
        }
    results["queries_independent_of_results"] = (
        results["speaker_many_claims"]["sql_queries"] == results["speaker_few_claims"]["sql_queries"]
        and results["review_queue_speaker_many"]["sql_queries"] == results["review_queue_speaker_few"]["sql_queries"]
    )
    return results


def rare_words() -> tuple[str, str]:
    """A word from deep in the Ukrainian and the Russian tail (tens of matches in a million quotes)."""
    from bench import words

    chosen = []
    for code in ("uk", "ru"):
        vocabulary = words.vocabulary(code)
        rank = min(len(vocabulary.content) - 1, vocabulary.concepts + 4000)
        chosen.append(vocabulary.content[rank].lemma)
    return chosen[0], chosen[1]


def analyst_user():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username__startswith="bench_analyst_").order_by("pk").first()


def editor_user():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username__startswith="bench_editor_").order_by("pk").first()


def measure(*, quotes: int, sqlite_path: Path, repeat: int, baseline_repeat: int, progress=print) -> dict:
    """Every measurement on the loaded corpus; the dict results.json holds (without generate_s)."""
    user = editor_user()
    rare_uk, rare_ru = rare_words()
    queries = query_mix(rare_uk=rare_uk, rare_ru=rare_ru)
    searched = measure_search(
        user, queries, sqlite_path=sqlite_path, repeat=repeat, baseline_repeat=baseline_repeat, progress=progress
    )
    pages = measure_pages(user, repeat=max(1, min(repeat, 3)))
    speakers = _speakers_for_pages()
    heavy = measure_heavy(analyst=analyst_user(), editor=user, speaker_id=speakers["few"], progress=progress)
    return {
        "quotes": quotes, "search": searched["summary"], "queries": searched["queries"], "pages": pages,
        "heavy": heavy,
    }  # fmt: skip


def targets(results: dict) -> dict[str, bool]:
    search = results["search"]
    tracker = search["tracker"]["p95_ms"]
    if results["quotes"] >= 10_000_000:
        checks = {"search_p95_le_50ms_at_10m": tracker <= TARGET_P95_MS_AT_10M}
    else:
        checks = {"search_p95_le_20ms": tracker <= TARGET_P95_MS}
    if "icontains" in search:
        checks["icontains_200x_slower_at_p95"] = search["icontains"]["p95_ms"] >= TARGET_ICONTAINS_FACTOR * tracker
    if "sqlite_fts5" in search:
        checks["fts5_10x_slower_at_p95"] = search["sqlite_fts5"]["p95_ms"] >= TARGET_FTS5_FACTOR * tracker
    checks["queries_per_page_independent_of_results"] = bool(results["pages"].get("queries_independent_of_results"))
    for name, figures in results.get("heavy", {}).items():
        checks[f"{name}_p95_le_50ms"] = figures["p95_ms"] <= TARGET_HEAVY_PAGE_P95_MS
    if results.get("generate_s") is not None and results["quotes"] < 10_000_000:
        checks["generation_le_10_min"] = results["generate_s"] <= TARGET_GENERATE_S
    return checks


def print_report(results: dict, out=print) -> None:
    out("")
    out(f"Search over {results['quotes']:,} quotes (median of the timed runs per query, server time in ms)")
    out(f"{'query':<42}{'tracker':>10}{'icontains':>12}{'fts5':>10}   {'tracker count':>13}{'fts5 count':>11}")
    for row in results["queries"]:
        out(
            f"{row['name'][:41]:<42}{row['tracker_ms']:>10.1f}{_ms(row['icontains_ms'], 12)}{_ms(row['fts5_ms'], 10)}"
            f"   {row['tracker_count']!s:>13}{row['fts5_count'] if row['fts5_count'] is not None else '-':>11}"
        )
    for label, key in (("p50", "p50_ms"), ("p95", "p95_ms")):
        s = results["search"]
        baseline = {engine: s[engine][key] if engine in s else None for engine in ("icontains", "sqlite_fts5")}
        out(
            f"{label + ' (all runs)':<42}{s['tracker'][key]:>10.1f}{_ms(baseline['icontains'], 12)}"
            f"{_ms(baseline['sqlite_fts5'], 10)}"
        )
    out("")
    out(f"{'page':<28}{'claims':>9}{'ms':>11}{'SQL queries':>13}{'HTML kB':>10}")
    for name, page in results["pages"].items():
        if isinstance(page, dict):
            out(f"{name:<28}{page['claims']:>9,}{page['ms']:>11.1f}{page['sql_queries']:>13,}{page['html_kb']:>10.1f}")
    if results.get("heavy"):
        out("")
        out(f"{'heavy page':<28}{'p50 ms':>9}{'p95 ms':>11}")
        for name, figures in results["heavy"].items():
            out(f"{name:<28}{figures['p50_ms']:>9.1f}{figures['p95_ms']:>11.1f}")
    if results.get("generate_s") is not None:
        out("")
        out(f"generation: {results['generate_s']:.1f} s" + (" (reused)" if results.get("reused") else ""))
    out("")
    for name, met in results["targets"].items():
        out(f"  {'met ' if met else 'MISSED'}  {name}")


# --- the command ---------------------------------------------------------------------------------------


def _dsn() -> str:
    from django.db import connection
    from psycopg.conninfo import make_conninfo

    settings = connection.settings_dict
    params = {
        "dbname": settings["NAME"],
        "user": settings.get("USER") or None,
        "password": settings.get("PASSWORD") or None,
        "host": settings.get("HOST") or None,
        "port": str(settings["PORT"]) if settings.get("PORT") else None,
    }
    return make_conninfo(**{key: value for key, value in params.items() if value})


def _refuse_foreign_database(force: bool) -> None:
    """The generator empties the database: never the app's own (`make run` uses "tracker")."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    name = connection.settings_dict["NAME"]
    if force:
        return
    if name == "tracker":
        sys.exit("refusing to empty the database 'tracker' (make run's); point DATABASE_URL at tracker_bench")
    others = get_user_model().objects.exclude(username__startswith="bench_").count()
    if others:
        sys.exit(f"refusing to empty {name!r}: it has {others} users the benchmark did not make (--force to do it)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotes", type=int, default=int(os.environ.get("QUOTES", "1000000")))
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--reuse", action="store_true", help="keep the corpus when it has this many quotes")
    parser.add_argument("--workers", type=int, default=None, help="generator processes (at most 2)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query for the tracker")
    parser.add_argument(
        "--baseline-repeat", type=int, default=2, help="timed runs per query for the baselines (0: the tracker alone)"
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--force", action="store_true", help="empty the database even if it has other users")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DJANGO_DEBUG"] = "false"  # as in production: no SQL logging on every query
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    from bench import generate
    from bench.baselines import export_sqlite

    setup_test_environment(debug=False)  # the test client's host name, locmem e-mail
    seed = generate.SEED if args.seed is None else args.seed
    scale = generate.Scale.for_quotes(args.quotes)
    workers = min(2, args.workers or generate.default_workers())
    load_start = os.getloadavg()
    name = connection.settings_dict["NAME"]
    state_path, sqlite_path = WORK / f"state-{name}.json", WORK / f"fts5-{name}.sqlite"
    state = json.loads(state_path.read_text()) if state_path.exists() else {}
    database = f"{connection.settings_dict.get('HOST')}/{connection.settings_dict['NAME']}"
    reuse = (
        args.reuse
        and state.get("database") == database
        and state.get("quotes") == scale.quotes
        and state.get("seed") == seed
        and _quote_count() == scale.quotes
    )
    print(
        f"==> Benchmark database {connection.settings_dict['NAME']}: {scale.quotes:,} quotes, {scale.claims:,} claims, "
        f"{scale.speakers:,} speakers, {scale.sources:,} sources"
    )
    if reuse:
        print("==> Reusing the generated corpus (--reuse): VACUUM (ANALYZE) first, as autovacuum keeps a running site")
        generation = state["generation"]
        # Other databases on the machine (a larger corpus, the load test) push this one's pages out of memory
        # and earlier runs leave their writes unvacuumed: without this, the same build measured 2-3x slower.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")
    else:
        _refuse_foreign_database(args.force)
        print(f"==> Generating ({workers} worker processes)")
        generation = generate.load(connection, scale, seed=seed, workers=workers, dsn=_dsn())
        state = {"database": database, "quotes": scale.quotes, "seed": seed, "generation": generation}
        WORK.mkdir(parents=True, exist_ok=True)
        state_path.write_text(json.dumps(state, indent=2))
        print(f"    generated in {generation['generate_s']:.1f} s")
    if args.baseline_repeat and (not reuse or state.get("sqlite") != str(sqlite_path) or not sqlite_path.exists()):
        import psycopg

        print(f"==> Exporting the texts to SQLite FTS5 ({sqlite_path.relative_to(ROOT)})")
        with psycopg.connect(_dsn()) as pg:
            state["export"] = export_sqlite(pg, sqlite_path)
        state["sqlite"] = str(sqlite_path)
        state_path.write_text(json.dumps(state, indent=2))
        print(f"    exported in {state['export']['export_s']:.1f} s")
    print("==> Measuring the search (tracker, Django admin icontains, SQLite FTS5)")
    load_measuring = os.getloadavg()  # other processes on the machine slow the timings: say how busy it was
    results = measure(
        quotes=scale.quotes, sqlite_path=sqlite_path, repeat=args.repeat, baseline_repeat=args.baseline_repeat
    )
    results["generate_s"] = round(generation["generate_s"], 1)
    results["generation"] = {key: round(value, 1) for key, value in generation.items()}
    results["reused"] = reuse
    results["export"] = state.get("export")
    results["scale"] = dataclasses.asdict(scale)
    results["seed"] = seed
    results["machine"] = {
        "cpus": os.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in load_start],
        "load_average_when_measuring": [round(x, 2) for x in load_measuring],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "postgresql": connection.pg_version,
    }
    results["targets"] = targets(results)
    print_report(results)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"\nwrote {args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output}")
    return 0


def _quote_count() -> int:
    """The generated quotes: the heavy claim's reports (bench.heavy, added by the first measurement) aside."""
    from bench.heavy import MARK
    from claims.models import Quote

    return Quote.objects.exclude(claim__summary=MARK).count()


if __name__ == "__main__":
    sys.exit(main())
