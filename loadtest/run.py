"""Load test: `make loadtest` (LOAD_QUOTES, LOAD_USERS, LOAD_SECONDS, LOAD_PORT override the defaults;
LOAD_REUSE=1 measures the database of the previous run again instead of generating it anew).

1. Refuses to start when LOAD_PORT is taken: it would measure whatever already listens there.
2. Builds a separate database on the project's cluster (`tracker_load`): the benchmark generator's corpus
   (100,000 quotes by default) with a real-size raw HTML snapshot for every source, plus the demo data.
3. Starts `make serve` (gunicorn and whitenoise, production settings, the site public) on 127.0.0.1 only.
4. Drives LOAD_USERS concurrent users (loadtest.users) for LOAD_SECONDS seconds, bounded in requests too
   (LOAD_MAX_REQUESTS), with no warm-up: what a freshly started worker does first is measured as well:
   - about 30 % anonymous readers: home, claim pages, speaker pages, search; they keep cookies and send
     If-None-Match with the ETag they got for a page, as browsers do;
   - two editors: the review queue, a claim's review page, publishing it (so the published-search token
     renews during the run), and reading like anyone else;
   - the others analysts: search, claim and speaker pages, a source's page and a quote of it recorded
     through the quote form (a new claim), and submitting their new claims for review.
   Searches are drawn with a Zipf skew from a pool of realistic queries (loadtest.queries); claim and
   speaker pages with a Zipf skew too, recent claims and much-quoted speakers first.
5. Stops the server and checks every write that got a success response: each new claim has its quote,
   each submitted claim left draft, each published claim is published.
Prints throughput, p50/p95 per kind, errors, lost writes and CPU per request; writes loadtest/results.json.
"""

import errno
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import urllib3

from loadtest.client import HOST, Stats
from loadtest.queries import query_pool
from loadtest.users import Plan, roles, user

ROOT = Path(__file__).resolve().parent.parent
PORT_TAKEN = (
    "loadtest: port {port} on {host} is already in use, so the figures would be another server's; "
    "stop what listens there or choose another port with LOAD_PORT=..."
)


def port_is_free(host: str, port: int) -> bool:
    """Whether a server could listen on host:port now (as gunicorn does, with SO_REUSEADDR)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as failure:
            if failure.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True


def prepare_database(quotes: int, analysts: int, editors: int) -> tuple[str, Plan]:
    """The load database and its URL, its users, and what they will ask for."""
    url = subprocess.run(
        [sys.executable, "scripts/localpg.py", "up", ".local/pg", "tracker_load"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection, connections

    from bench.generate import Scale, load
    from claims.permissions import ANALYST, EDITOR, roles_ensure
    from ops.demo import load_demo
    from sources.selectors import sentence_spans

    call_command("migrate", verbosity=0)
    call_command("createcachetable")
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM claims_claim)")
        reuse = os.environ.get("LOAD_REUSE") == "1" and cursor.fetchone()[0]
    if reuse:
        print("==> Reusing the quotes already in tracker_load (LOAD_REUSE=1)")
    else:
        print(f"==> Generating {quotes:,} quotes (sources with raw HTML) into tracker_load")
        timings = load(connection, Scale.for_quotes(quotes), workers=2, dsn=url, progress=None, raw_html=True)
        print(f"    generated in {timings['generate_s']:.0f} s")
        load_demo(credentials_file=None)
    password = f"load-{random.SystemRandom().randrange(10**12)}"
    groups = roles_ensure()
    names = {"analyst": [f"load-analyst-{n}" for n in range(1, analysts + 1)]}
    names["editor"] = [f"load-editor-{n}" for n in range(1, editors + 1)]
    for role, usernames in names.items():
        for username in usernames:
            user, _ = get_user_model().objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.org"}
            )
            user.set_password(password)
            user.save()
            user.groups.add(groups[ANALYST if role == "analyst" else EDITOR])
    # Write out what the generation left in memory now, not while the users run: a checkpoint in the middle
    # of the minute costs PostgreSQL CPU that the load test would count against the app.
    with connection.cursor() as cursor:
        cursor.execute("CHECKPOINT")
        # Recent claims and much-quoted speakers are asked for most (the Zipf draw favours the front).
        cursor.execute(
            "SELECT id FROM claims_claim WHERE status = 'published' ORDER BY said_on DESC, id DESC LIMIT 5000"
        )
        claims = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            "SELECT speaker_id FROM claims_claim WHERE status = 'published' GROUP BY speaker_id"
            " ORDER BY count(*) DESC, speaker_id LIMIT 2000"
        )
        speakers = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            "SELECT DISTINCT s.id, s.text FROM sources_source s JOIN claims_quote q ON q.source_id = s.id"
            " JOIN claims_claim c ON c.id = q.claim_id WHERE c.status = 'published' ORDER BY s.id DESC LIMIT 300"
        )
        spans = [(pk, start, end) for pk, text in cursor.fetchall() for start, end, _ in sentence_spans(text)[:5]]
        cursor.execute("SELECT count(*), coalesce(avg(octet_length(raw_html)), 0) FROM sources_source")
        sources, html_bytes = cursor.fetchone()
    print(f"    {sources:,} sources, raw HTML {html_bytes / 1024:.0f} kB on average")
    connections.close_all()
    plan = Plan(password, claims, speakers, spans, query_pool(), names["analyst"], names["editor"])
    return url, plan


def _stat(pid: str) -> list[str]:
    """The fields of /proc/PID/stat after the command name: state, ppid, pgrp, session, ..."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat[stat.rindex(")") + 2 :].split()


def cpu_seconds(server_session: int | None = None, postmaster: int | None = None) -> dict[str, float]:
    """CPU time used so far by the app server (the processes of its session), PostgreSQL (the postmaster
    and its children) and this load generator, from /proc: where the two cores went, so a missed target
    says which side to work on. Other processes on the machine (other clusters, other servers) are not
    counted; without a session or postmaster, nothing is counted for that side."""
    ticks: dict[str, int] = {"app": 0, "postgres": 0, "load generator": 0}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fields = _stat(pid)
        except OSError:  # the process ended meanwhile
            continue
        used = int(fields[11]) + int(fields[12])  # utime + stime
        if server_session is not None and int(fields[3]) == server_session:
            ticks["app"] += used
        elif postmaster is not None and postmaster in (int(pid), int(fields[1])):
            ticks["postgres"] += used
        elif int(pid) == os.getpid():
            ticks["load generator"] += used
    return {name: value / os.sysconf("SC_CLK_TCK") for name, value in ticks.items()}


def postmaster_pid(cursor) -> int | None:
    """The pid of the cluster's postmaster: the parent of this connection's backend (None if remote)."""
    cursor.execute("SELECT pg_backend_pid()")
    try:
        return int(_stat(str(cursor.fetchone()[0]))[1])
    except OSError:
        return None


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def search_token(cursor) -> str:
    cursor.execute("SELECT token::text FROM claims_searchgeneration WHERE id = 1")
    row = cursor.fetchone()
    return row[0] if row else ""


def lost_writes(cursor, stats: Stats) -> dict[str, list[int]]:
    """The writes that got a success response but are not in the database."""
    lost = {}
    cursor.execute("SELECT DISTINCT claim_id FROM claims_quote WHERE claim_id = ANY(%s)", [stats.created_claims])
    lost["quote_create"] = sorted(set(stats.created_claims) - {row[0] for row in cursor.fetchall()})
    cursor.execute(
        "SELECT id FROM claims_claim WHERE id = ANY(%s) AND status IN ('in_review', 'published')",
        [stats.submitted_claims],
    )
    lost["submit"] = sorted(set(stats.submitted_claims) - {row[0] for row in cursor.fetchall()})
    cursor.execute("SELECT id FROM claims_claim WHERE id = ANY(%s) AND status = 'published'", [stats.published_claims])
    lost["publish"] = sorted(set(stats.published_claims) - {row[0] for row in cursor.fetchall()})
    return lost


def wait_for(port: int, server: subprocess.Popen) -> None:
    for _ in range(120):
        if server.poll() is not None:
            raise RuntimeError(f"the server exited ({server.returncode}) before answering")
        try:
            if urllib3.request("GET", f"http://{HOST}:{port}/health/", timeout=2, retries=False).status == 200:
                return
        except urllib3.exceptions.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError("the server did not start")


def main() -> int:
    quotes = int(os.environ.get("LOAD_QUOTES", "100000"))
    users = int(os.environ.get("LOAD_USERS", "16"))
    seconds = float(os.environ.get("LOAD_SECONDS", "60"))
    max_requests = int(os.environ.get("LOAD_MAX_REQUESTS", "200000"))
    port = int(os.environ.get("LOAD_PORT", "8765"))
    if not port_is_free(HOST, port):
        print(PORT_TAKEN.format(host=HOST, port=port), file=sys.stderr)
        return 2
    team = roles(users)
    url, plan = prepare_database(quotes, team["analyst"], team["editor"])
    print(f"    {len(plan.queries)} queries in the pool, {len(plan.claims)} claims, {len(plan.speakers)} speakers")
    if not port_is_free(HOST, port):  # taken while the database was built: the health check would ask another
        print(PORT_TAKEN.format(host=HOST, port=port), file=sys.stderr)
        return 2
    # Users searching flat out measure the server, not the throttle.
    unthrottled = {
        name: os.environ.get(name, "100000/minute") for name in ("TRACKER_SEARCH_RATE", "TRACKER_API_ANON_RATE")
    }

    print(f"==> Starting make serve on http://{HOST}:{port}/")
    server = subprocess.Popen(
        ["bash", "scripts/serve.sh"], cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT, env={**os.environ, "DATABASE_URL": url, "PORT": str(port),
                                       "WEB_WORKERS": os.environ.get("WEB_WORKERS", "4"),
                                       "TRACKER_SITE_PUBLIC": "1",
                                       "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
                                       **unthrottled},
    )  # fmt: skip
    import django
    from django.db import connection, connections

    try:
        wait_for(port, server)
        with connection.cursor() as cursor:
            token_before = search_token(cursor)
            postmaster = postmaster_pid(cursor)
        connections.close_all()
        stats = Stats()
        print(f"==> {users} users for {seconds:.0f} s: " + ", ".join(f"{n} {role}s" for role, n in team.items()))
        deadline = time.monotonic() + seconds

        def keep_going() -> bool:
            return time.monotonic() < deadline and stats.requests < max_requests

        cpu_before = cpu_seconds(server.pid, postmaster)
        began = time.perf_counter()
        threads = [
            threading.Thread(target=user, args=(role, n, port, plan, stats, keep_going))
            for role, count in team.items()
            for n in range(count)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
        cpu_after = cpu_seconds(server.pid, postmaster)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    django.setup()
    with connection.cursor() as cursor:
        lost = lost_writes(cursor, stats)
        token_after = search_token(cursor)
    connections.close_all()
    every = [latency for values in stats.latencies.values() for latency in values]
    report = {
        "quotes": quotes, "users": users, "roles": team, "seconds": round(elapsed, 1), "requests": stats.requests,
        "throughput_rps": round(stats.requests / elapsed, 1), "query_pool": len(plan.queries),
        "p50_ms": round(percentile(every, 0.5), 1), "p95_ms": round(percentile(every, 0.95), 1),
        "errors": len(stats.errors), "error_samples": stats.errors[:10], "not_modified": stats.not_modified,
        "quotes_created": len(stats.created_claims), "claims_submitted": len(stats.submitted_claims),
        "claims_published": len(stats.published_claims), "search_token_renewed": token_before != token_after,
        "lost_writes": sum(len(ids) for ids in lost.values()), "lost_samples": {k: v[:10] for k, v in lost.items()},
        "cpu_ms_per_request": {name: round(1000 * (cpu_after[name] - cpu_before[name]) / max(1, stats.requests), 1)
                               for name in cpu_after},
        "by_kind": {kind: {"requests": len(values), "p50_ms": round(percentile(values, 0.5), 1),
                           "p95_ms": round(percentile(values, 0.95), 1), "mean_ms": round(statistics.fmean(values), 1)}
                    for kind, values in sorted(stats.latencies.items())},
    }  # fmt: skip
    print(f"{'kind':<14}{'requests':>10}{'p50 ms':>10}{'p95 ms':>10}")
    for kind, figures in report["by_kind"].items():
        print(f"{kind:<14}{figures['requests']:>10}{figures['p50_ms']:>10}{figures['p95_ms']:>10}")
    print(
        f"total {report['requests']} requests in {report['seconds']} s = {report['throughput_rps']} req/s; "
        f"p50 {report['p50_ms']} ms, p95 {report['p95_ms']} ms; errors {report['errors']}; "
        f"304 Not Modified {report['not_modified']}"
    )
    print(
        f"writes: {report['quotes_created']} quotes recorded, {report['claims_submitted']} claims submitted, "
        f"{report['claims_published']} published (search token renewed: {report['search_token_renewed']}); "
        f"lost {report['lost_writes']}"
    )
    print("CPU per request: " + ", ".join(f"{name} {ms} ms" for name, ms in report["cpu_ms_per_request"].items()))
    for sample in report["error_samples"]:
        print(f"  error: {sample}")
    (ROOT / "loadtest" / "results.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["errors"] == 0 and not report["lost_writes"] else 1


if __name__ == "__main__":
    sys.exit(main())
