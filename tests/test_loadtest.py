"""The load test's own parts: the query pool and its Zipf draw, who the users are, the port check, the
browser's cache, the sources' HTML snapshots, percentiles and where the CPU went."""

import os
import random
import re
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench import generate
from loadtest import run
from loadtest.client import Browser, Stats
from loadtest.queries import ZipfPicker, query_pool
from loadtest.run import cpu_seconds, percentile, port_is_free
from loadtest.users import move, roles


@pytest.fixture(scope="module")
def pool():
    return query_pool()


def test_the_query_pool_holds_hundreds_of_different_queries_and_is_the_same_for_a_seed(pool):
    assert len(pool) >= 500
    assert len(set(pool)) == len(pool)
    assert query_pool(seed=14) == pool
    assert query_pool(seed=15) != pool


def test_the_query_pool_is_in_three_languages_and_scripts(pool):
    texts = [dict(query).get("q", "") + " " + dict(query).get("speaker", "") for query in pool]
    ukrainian = [t for t in texts if re.search(r"[іїєґІЇЄҐ]", t)]
    russian = [t for t in texts if re.search(r"[а-яё]", t, re.I) and not re.search(r"[іїєґ]", t, re.I)]
    russian_letters = [t for t in texts if re.search(r"[ыэъё]", t, re.I)]  # letters Ukrainian has not
    latin = [t for t in texts if re.search(r"[A-Za-z]", t)]
    assert len(ukrainian) >= 100 and len(russian) >= 60 and len(russian_letters) >= 15 and len(latin) >= 100


def test_the_query_pool_uses_the_search_syntax_and_every_facet(pool):
    queries = [dict(query) for query in pool]
    texts = [query.get("q", "") for query in queries]
    assert sum(t.startswith('"') and t.endswith('"') for t in texts) >= 10  # phrases
    assert sum(" OR " in t for t in texts) >= 10
    assert sum(bool(re.search(r"\s-\w", t)) for t in texts) >= 10  # exclusions
    for facet in ("speaker", "outlet", "language", "said_after", "said_before", "kind"):
        assert sum(facet in query for query in queries) >= 5, facet
    assert sum(query.get("order") == "relevance" for query in queries) >= 30
    assert sum(int(query.get("page", "1")) >= 2 for query in queries) >= 30
    assert any(not query["q"] and query.get("speaker") for query in queries)  # a speaker's claims, no words


def test_the_query_pool_has_names_in_several_spellings_and_cases(pool):
    texts = {dict(query)["q"] for query in pool}
    assert {"Зеленського", "Зеленський"} <= texts or {"Путіна", "Путін"} <= texts  # uk nominative and genitive
    spellings = {"Zelensky", "Zelenskyy", "Зеленский", "Зеленський", "Volodymyr Zelensky", "Владимир Зеленский"}
    assert len(spellings & texts) >= 3


def test_popular_simple_queries_come_first_and_faceted_ones_later(pool):
    head, tail = pool[:50], pool[-200:]
    assert sum(len(query) == 1 for query in head) >= 40
    assert sum(len(query) > 1 for query in tail) >= 100


def test_the_zipf_draw_favours_the_front_of_the_pool():
    picker = ZipfPicker(600)
    rnd = random.Random(3)
    counts = Counter(picker.pick(rnd) for _ in range(30_000))
    assert set(counts) <= set(range(600))
    assert counts[0] > counts[9] > counts[100]
    # weight of rank r is 1 / (r + 2.7): rank 0 comes (9 + 2.7) / 2.7 ≈ 4.3 times as often as rank 9
    assert 3.0 < counts[0] / counts[9] < 6.0
    assert len(counts) > 300  # and the long tail is asked for too


def test_a_zipf_draw_from_nothing_is_refused():
    with pytest.raises(ValueError):
        ZipfPicker(0)


def test_about_a_third_of_the_users_are_readers_two_are_editors_and_the_rest_analysts():
    assert roles(16) == {"reader": 5, "editor": 2, "analyst": 9}
    assert roles(4) == {"reader": 1, "editor": 2, "analyst": 1}
    assert roles(1) == {"reader": 0, "editor": 0, "analyst": 1}
    for users in range(1, 40):
        assert sum(roles(users).values()) == users
        assert roles(users)["analyst"] >= 1


def test_a_port_something_listens_on_is_not_free():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert not port_is_free("127.0.0.1", port)
    assert port_is_free("127.0.0.1", port)


def test_the_load_test_refuses_to_start_on_a_taken_port(monkeypatch, capsys):
    def no_database(*args, **kwargs):
        raise AssertionError("the load test went on to build its database")

    monkeypatch.setattr(run, "prepare_database", no_database)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        monkeypatch.setenv("LOAD_PORT", str(port))
        assert run.main() == 2
    error = capsys.readouterr().err
    assert f"port {port}" in error and "already in use" in error


class _Pages(BaseHTTPRequestHandler):
    """/etag and /dated answer 304 to a matching If-None-Match or If-Modified-Since; /secret is no-store;
    every page sets a cookie."""

    seen: list[tuple[str, dict]] = []
    DATE = "Wed, 02 Dec 2026 10:00:00 GMT"

    def do_GET(self):  # noqa: N802 - the name http.server calls
        type(self).seen.append((self.path, dict(self.headers)))
        if self.headers.get("If-None-Match") == '"v1"' or self.headers.get("If-Modified-Since") == self.DATE:
            self.send_response(304)
            self.end_headers()
            return
        body = f"<p>{self.path}</p>".encode()
        self.send_response(200)
        if self.path in ("/etag", "/secret"):
            self.send_header("ETag", '"v1"')
        if self.path == "/dated":
            self.send_header("Last-Modified", self.DATE)
        if self.path == "/secret":
            self.send_header("Cache-Control", "no-store")
        self.send_header("Set-Cookie", "sessionid=abc; Path=/")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_reader_keeps_cookies_and_revalidates_the_pages_it_has_seen():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Pages.seen.clear()
    try:
        stats = Stats()
        browser = Browser(server.server_address[1], stats)
        for path in ("/etag", "/dated", "/secret"):
            assert browser.page("home", path) == f"<p>{path}</p>"
            assert browser.page("home", path) == f"<p>{path}</p>"  # after /etag and /dated: the kept copy
    finally:
        server.shutdown()
        server.server_close()
    (_, first), (_, etag), (_, _), (_, dated), (_, _), (_, secret) = _Pages.seen
    assert "If-None-Match" not in first and "sessionid=abc" not in first.get("Cookie", "")
    assert etag["If-None-Match"] == '"v1"' and "sessionid=abc" in etag["Cookie"]
    assert dated["If-Modified-Since"] == _Pages.DATE
    assert "If-None-Match" not in secret  # a no-store page is not kept, so not revalidated
    assert stats.requests == 6 and stats.not_modified == 2 and stats.errors == []


def test_generated_sources_get_real_size_html_snapshots_holding_their_text():
    world = generate.World(generate.Scale.for_quotes(1000), raw_html=True)
    body = "Перший абзац & «цитата».\n\nДругий абзац."
    sizes = []
    for number in range(1, 41):
        source = generate.Source(language="uk", quotes=[], outlet=world.outlets[0], id=number)
        page = generate.raw_html(world, source, "Заголовок", body)
        assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>")
        assert "<p>Перший абзац &amp; «цитата».</p>" in page and "<p>Другий абзац.</p>" in page
        assert page == generate.raw_html(world, source, "Заголовок", body)
        sizes.append(len(page.encode()))
    assert min(sizes) >= 20 * 1024 and max(sizes) <= 700 * 1024
    assert 40 * 1024 < sorted(sizes)[len(sizes) // 2] < 150 * 1024  # a median of tens of kB


def test_percentiles_of_latencies():
    latencies = [float(n) for n in range(1, 101)]
    assert percentile(latencies, 0.5) == 51.0  # the nearest rank of 99 × 0.5
    assert percentile(latencies, 0.95) == 95.0
    assert percentile([7.0], 0.95) == 7.0
    assert percentile([], 0.5) == 0.0


def _cpu_of(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_cpu_time_of_the_server_counts_only_the_processes_of_its_session():
    busy = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\ntime.sleep(60)"
    before = cpu_seconds(None, None)
    server = subprocess.Popen([sys.executable, "-c", busy], start_new_session=True)
    other = subprocess.Popen([sys.executable, "-c", busy])  # another program on the machine, not the app
    try:
        waited = time.monotonic() + 30
        while time.monotonic() < waited and min(_cpu_of(server.pid), _cpu_of(other.pid)) < 0.29:
            time.sleep(0.1)  # until both have burnt their 0.3 s, however busy the machine is
        after = cpu_seconds(server.pid, None)
    finally:
        server.kill()
        other.kill()
        server.wait()
        other.wait()
    assert 0.25 <= after["app"] - before["app"] < 0.5  # the server's 0.3 s, not the other's as well
    assert after["postgres"] == before["postgres"] == 0.0  # no postmaster given


def test_cpu_time_of_the_load_generator_is_counted_apart():
    before = cpu_seconds()
    sum(n * n for n in range(3_000_000))  # about a tenth of a second of this process's CPU
    after = cpu_seconds()
    assert after["load generator"] - before["load generator"] >= 0.05
    assert set(after) == {"app", "postgres", "load generator"}


class _ScriptedBrowser:
    """Answers the load test's page reads from a dict and records its posts."""

    def __init__(self, pages: dict[str, str]):
        self.pages, self.posts = pages, []
        self.stats = Stats()

    def page(self, kind: str, path: str) -> str | None:
        return self.pages.get(path)

    def post(self, kind: str, path: str, fields: dict) -> bool:
        self.posts.append((kind, path, fields))
        return True


def test_a_workflow_move_reads_the_version_from_the_page_and_records_the_claim():
    browser = _ScriptedBrowser({"/review/7/": '<input name="version" value="3">', "/claims/8/": "<p>no form</p>"})

    move(browser, "publish", 7, to="published", origin="review", written=browser.stats.published_claims)
    move(browser, "submit", 8, to="in_review", origin="claim", written=browser.stats.submitted_claims)

    assert browser.posts == [
        ("publish", "/claims/7/transition/", {"to": "published", "version": "3", "origin": "review", "note": ""})
    ]
    assert browser.stats.published_claims == [7] and browser.stats.submitted_claims == []
    assert browser.stats.errors == ["submit: claim 8: no decision form on its claim page"]
