"""Load test: `make loadtest` (LOAD_QUOTES, LOAD_USERS, LOAD_SECONDS override the defaults; LOAD_REUSE=1
measures the database of the previous run again instead of generating it anew).

1. Builds a separate database on the project's cluster (`tracker_load`): the benchmark generator's
   synthetic corpus (100,000 quotes by default) plus the demo data.
2. Starts `make serve` (gunicorn and whitenoise, production settings) on 127.0.0.1 only.
3. Drives LOAD_USERS concurrent users for LOAD_SECONDS seconds, each a loop of search (45%), claim
   pages (25%), speaker pages (15%) and quote creation through the quote form (15%). Bounded in time and
   in requests (LOAD_MAX_REQUESTS).
4. Stops the server and checks that every quote whose creation got a success response is stored.
Prints throughput, p50/p95 per kind and errors, and writes loadtest/results.json.
"""

import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # never anything else: the test drives only this machine's loopback
QUERIES = ["підтримки", "Шойгу", "Shoigu", "support", '"international arena"', "Москви", "війна", "Putin", "угода",
           "security", "переговори", "санкції OR sanctions", "Пєсков", "Moscow -sanctions", "вибори"]  # fmt: skip


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    created_claims: list[int] = field(default_factory=list)
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, error: str | None = None, claim_id: int | None = None) -> None:
        with self.lock:
            self.requests += 1
            self.latencies.setdefault(kind, []).append(seconds * 1000)
            if error:
                self.errors.append(f"{kind}: {error}")
            if claim_id:
                self.created_claims.append(claim_id)


class Browser:
    """A minimal cookie-keeping HTTP client on one keep-alive connection (urllib3)."""

    def __init__(self, port: int):
        import urllib3

        self.pool = urllib3.HTTPConnectionPool(HOST, port, maxsize=1, timeout=urllib3.Timeout(connect=5, read=30))
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, fields: dict | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), "Referer": f"http://{HOST}/"}
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        response = self.pool.urlopen(method, path, body=body, headers=headers, redirect=False, retries=False)
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            for key, morsel in cookie.items():
                self.cookies[key] = morsel.value
        return response

    def log_in(self, username: str, password: str) -> None:
        self.request("GET", "/accounts/login/")
        response = self.request(
            "POST",
            "/accounts/login/",
            {"username": username, "password": password, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")},
        )
        if response.status != 302:
            raise RuntimeError(f"login failed: {response.status}")


def prepare_database(quotes: int) -> tuple[str, dict]:
    """The load database, its URL, and what the users will ask for (ids of claims, speakers, spans)."""
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
    from django.db import connection

    from bench.generate import Scale, load
    from claims.demo import load_demo
    from claims.models import Claim, Speaker
    from claims.permissions import ANALYST, roles_ensure
    from sources.models import Source
    from sources.selectors import sentence_spans

    call_command("migrate", verbosity=0)
    call_command("createcachetable")
    if os.environ.get("LOAD_REUSE") == "1" and Claim.objects.exists():
        print("==> Reusing the quotes already in tracker_load (LOAD_REUSE=1)")
    else:
        print(f"==> Generating {quotes:,} quotes into tracker_load")
        timings = load(connection, Scale.for_quotes(quotes), workers=2, dsn=url, progress=None)
        print(f"    generated in {timings['generate_s']:.0f} s")
        load_demo(credentials_file=None)
    password = f"load-{random.SystemRandom().randrange(10**12)}"
    user, _ = get_user_model().objects.get_or_create(username="loadtester", defaults={"email": "load@example.org"})
    user.set_password(password)
    user.save()
    user.groups.add(roles_ensure()[ANALYST])
    # Write out what the generation left in memory now, not while the users run: a checkpoint in the middle
    # of the minute costs PostgreSQL CPU that the load test would count against the app.
    with connection.cursor() as cursor:
        cursor.execute("CHECKPOINT")
    published = list(Claim.objects.published().values_list("pk", flat=True)[:5000])
    speakers = list(Speaker.objects.values_list("pk", flat=True)[:2000])
    spans = []
    for source in Source.objects.order_by("?")[:300]:
        spans += [(source.pk, start, end) for start, end, _ in sentence_spans(source.text)[:5]]
    from django.db import connections

    connections.close_all()
    return url, {"password": password, "claims": published, "speakers": speakers, "spans": spans}


def user_loop(port: int, plan: dict, stats: Stats, deadline: float, max_requests: int, seed: int) -> None:
    rnd = random.Random(seed)
    browser = Browser(port)
    browser.log_in("loadtester", plan["password"])
    created = 0
    while time.monotonic() < deadline and stats.requests < max_requests:
        roll = rnd.random()
        started = time.perf_counter()
        try:
            if roll < 0.45:
                kind = "search"
                response = browser.request("GET", "/search/?" + urlencode({"q": rnd.choice(QUERIES)}))
                error = None if response.status == 200 else f"HTTP {response.status}"
                stats.record(kind, time.perf_counter() - started, error)
            elif roll < 0.70:
                kind = "claim"
                response = browser.request("GET", f"/claims/{rnd.choice(plan['claims'])}/")
                stats.record(
                    kind, time.perf_counter() - started, None if response.status == 200 else f"HTTP {response.status}"
                )
            elif roll < 0.85:
                kind = "speaker"
                response = browser.request("GET", f"/speakers/{rnd.choice(plan['speakers'])}/")
                stats.record(
                    kind, time.perf_counter() - started, None if response.status == 200 else f"HTTP {response.status}"
                )
            else:
                kind = "quote_create"
                source_id, start, end = rnd.choice(plan["spans"])
                created += 1
                response = browser.request("POST", f"/sources/{source_id}/quote/", {
                    "csrfmiddlewaretoken": browser.cookies.get("csrftoken", ""), "start": start, "end": end,
                    "speaker": rnd.choice(plan["speakers"]), "kind": "direct", "claim": "new",
                    "summary": f"Load test statement {seed}-{created}", "said_on": "2026-02-03",
                    "summary_language": "en", "occasion": "", "translation_language": "", "translation_text": "",
                })  # fmt: skip
                location = response.headers.get("Location", "")
                match = re.search(r"/claims/(\d+)/", location)
                ok = response.status == 302 and match
                stats.record(kind, time.perf_counter() - started, None if ok else f"HTTP {response.status}",
                             int(match.group(1)) if ok else None)  # fmt: skip
        except Exception as failure:  # noqa: BLE001 - any failure of a request is a load-test error to report
            stats.record("failure", time.perf_counter() - started, repr(failure))


def cpu_seconds() -> dict[str, float]:
    """CPU time used so far by the app servers (gunicorn), PostgreSQL and this load generator, from /proc:
    where the two cores went, so a missed target says which side to work on."""
    ticks: dict[str, int] = {"app": 0, "postgres": 0, "load generator": 0}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # the process ended meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        used = int(fields[11]) + int(fields[12])  # utime + stime
        if "gunicorn" in command:
            ticks["app"] += used
        elif command.startswith("postgres"):
            ticks["postgres"] += used
        elif int(pid) == os.getpid():
            ticks["load generator"] += used
    return {name: value / os.sysconf("SC_CLK_TCK") for name, value in ticks.items()}


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> int:
    quotes = int(os.environ.get("LOAD_QUOTES", "100000"))
    users = int(os.environ.get("LOAD_USERS", "16"))
    seconds = float(os.environ.get("LOAD_SECONDS", "60"))
    max_requests = int(os.environ.get("LOAD_MAX_REQUESTS", "200000"))
    port = int(os.environ.get("LOAD_PORT", "8765"))
    url, plan = prepare_database(quotes)
    # Users searching flat out measure the server, not the throttle.
    unthrottled = {
        name: os.environ.get(name, "100000/minute") for name in ("TRACKER_SEARCH_RATE", "TRACKER_API_ANON_RATE")
    }

    print(f"==> Starting make serve on http://{HOST}:{port}/")
    server = subprocess.Popen(
        ["bash", "scripts/serve.sh"], cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT, env={**os.environ, "DATABASE_URL": url, "PORT": str(port),
                                       "WEB_WORKERS": os.environ.get("WEB_WORKERS", "4"), **unthrottled},
    )  # fmt: skip
    try:
        import urllib3

        for _ in range(120):
            try:
                if urllib3.request("GET", f"http://{HOST}:{port}/health/", timeout=2, retries=False).status == 200:
                    break
            except urllib3.exceptions.HTTPError:
                pass
            time.sleep(1)
        else:
            raise RuntimeError("the server did not start")
        stats = Stats()
        print(f"==> {users} users for {seconds:.0f} s")
        deadline = time.monotonic() + seconds
        cpu_before = cpu_seconds()
        began = time.perf_counter()
        threads = [
            threading.Thread(target=user_loop, args=(port, plan, stats, deadline, max_requests, n))
            for n in range(users)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
        cpu_after = cpu_seconds()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    import django
    from django.db import connections

    django.setup()
    connections.close_all()
    from claims.models import Quote

    stored = set(Quote.objects.filter(claim_id__in=stats.created_claims).values_list("claim_id", flat=True))
    lost = sorted(set(stats.created_claims) - stored)
    every = [latency for values in stats.latencies.values() for latency in values]
    report = {
        "quotes": quotes, "users": users, "seconds": round(elapsed, 1), "requests": stats.requests,
        "throughput_rps": round(stats.requests / elapsed, 1),
        "p50_ms": round(percentile(every, 0.5), 1), "p95_ms": round(percentile(every, 0.95), 1),
        "errors": len(stats.errors), "error_samples": stats.errors[:10],
        "quotes_created": len(stats.created_claims), "lost_writes": len(lost),
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
        f"quotes created {report['quotes_created']}, lost {report['lost_writes']}"
    )
    print("CPU per request: " + ", ".join(f"{name} {ms} ms" for name, ms in report["cpu_ms_per_request"].items()))
    (ROOT / "loadtest" / "results.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    return 0 if report["errors"] == 0 and not lost else 1


if __name__ == "__main__":
    sys.exit(main())
