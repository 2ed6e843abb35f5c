import contextlib
import gzip
import socket
import threading
import time
from http.server import ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from sources.fetch import FetchError, address_is_allowed, fetch_url
from tests.sources import SiteHandler

ARTICLE = """<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><title>Шойгу в Мʼянмі</title></head>
<body><article><h1>Шойгу в Мʼянмі</h1>
<p>"Ви можете повністю розраховувати на всебічну підтримку Москви", - заявив Шойгу.</p>
</article></body></html>"""
CP1251_ARTICLE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
    "<body><p>Москва підтримає м’янманську хунту.</p></body></html>"  # U+2019: windows-1251 has it
).encode("cp1251")
MB = 1024 * 1024
ENDLESS_SAFETY_CAP = 64 * MB


class Handler(SiteHandler):
    protocol_version = "HTTP/1.0"  # bodies end when the connection closes: no Content-Length needed

    def do_GET(self):
        self.server.hits.append(self.path)
        parts = urlsplit(self.path)
        route = getattr(self, "route_" + parts.path.strip("/").split("/")[0].replace("-", "_"), None)
        if route is None:
            self.send(404, b"<h1>Not found</h1>", "text/html")
            return
        route(parts)

    def route_article(self, parts):
        self.send(200, ARTICLE.encode(), "text/html; charset=utf-8")

    def route_cp1251(self, parts):
        self.send(200, CP1251_ARTICLE, "text/html")

    def route_plain(self, parts):
        self.send(200, "Просто текст.".encode(), "text/plain; charset=utf-8")

    def route_host(self, parts):
        self.send(200, self.headers["Host"].encode(), "text/plain")

    def route_redirect(self, parts):
        # /redirect/3 -> /redirect/2 -> /redirect/1 -> /redirect/0 -> /article
        remaining = int(parts.path.rsplit("/", 1)[1])
        location = "/article" if remaining == 0 else f"/redirect/{remaining - 1}"
        self.send(302, b"", headers=[("Location", location)])

    def route_redirect_to(self, parts):
        self.send(302, b"", headers=[("Location", parse_qs(parts.query)["url"][0])])

    def route_huge(self, parts):
        # Endless unless the client hangs up: only a client that stops while streaming gets an answer.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        chunk = b"<p>" + b"x" * (64 * 1024) + b"</p>"
        try:
            while self.server.sent < ENDLESS_SAFETY_CAP:
                self.wfile.write(chunk)
                self.server.sent += len(chunk)
        except OSError:
            pass

    def route_huge_declared(self, parts):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(6 * MB))
        self.end_headers()
        self.wfile.write(b"<p>only the beginning</p>")

    def route_gzip_bomb(self, parts):
        self.send(200, gzip.compress(b" " * (6 * MB)), "text/html", headers=[("Content-Encoding", "gzip")])

    def route_image(self, parts):
        self.send(200, b"\x89PNG\r\n\x1a\n", "image/png")

    def route_pdf(self, parts):
        self.send(200, b"%PDF-1.7", "application/pdf")

    def route_untyped(self, parts):
        self.send(200, b"<p>no type</p>")

    def route_slow(self, parts):
        time.sleep(2)
        with contextlib.suppress(OSError):  # the client has given up by now
            self.send(200, ARTICLE.encode(), "text/html")

    def route_trickle_headers(self, parts):
        self.send_response(200)
        try:
            for n in range(40):
                self.send_header(f"X-Slow-{n}", "x")
                self.flush_headers()
                time.sleep(0.1)
            self.end_headers()
        except OSError:
            pass

    def route_trickle(self, parts):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(30):
                self.wfile.write(b"<p>.</p>")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # clients hanging up mid-body is what several tests do


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.hits = []
    httpd.sent = 0
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def fetch_error(url, **kwargs) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch_url(url, **kwargs)
    return caught.value


def test_fetch_url_returns_the_decoded_page(server):
    result = fetch_url(server.base + "/article", allow_loopback=True)
    assert result.status == 200
    assert result.content_type == "text/html"
    assert result.charset == "utf-8"
    assert "всебічну підтримку Москви" in result.body
    assert result.raw_length == len(ARTICLE.encode())
    assert result.final_url == server.base + "/article"


def test_fetch_url_decodes_with_the_html_meta_charset_when_the_header_has_none(server):
    result = fetch_url(server.base + "/cp1251", allow_loopback=True)
    assert "Москва підтримає м’янманську хунту." in result.body
    assert result.charset == "windows-1251"


def test_fetch_url_accepts_plain_text(server):
    result = fetch_url(server.base + "/plain", allow_loopback=True)
    assert result.content_type == "text/plain"
    assert result.body == "Просто текст."


def test_fetch_url_allows_loopback_through_the_setting(server, settings):
    settings.CAPTURE_ALLOW_LOOPBACK = True
    assert fetch_url(server.base + "/article").status == 200


def test_fetch_url_follows_up_to_five_redirects(server):
    result = fetch_url(server.base + "/redirect/4", allow_loopback=True)  # five hops to /article
    assert result.final_url == server.base + "/article"
    assert "Шойгу" in result.body


def test_fetch_url_refuses_a_sixth_redirect(server):
    error = fetch_error(server.base + "/redirect/5", allow_loopback=True)
    assert error.code == "too_many_redirects"
    assert "5" in error.message


def test_fetch_url_stops_reading_a_body_over_the_size_cap(server):
    started = time.monotonic()
    error = fetch_error(server.base + "/huge", allow_loopback=True)
    assert error.code == "too_large"
    assert "5.0" in error.message
    # The server would send 64 MB; the client hung up long before.
    assert server.sent < ENDLESS_SAFETY_CAP
    assert time.monotonic() - started < 10


def test_fetch_url_refuses_a_declared_length_over_the_cap(server):
    assert fetch_error(server.base + "/huge-declared", allow_loopback=True).code == "too_large"


def test_fetch_url_counts_the_cap_after_decompression(server):
    assert fetch_error(server.base + "/gzip-bomb", allow_loopback=True).code == "too_large"


def test_fetch_url_respects_a_smaller_size_cap_setting(server, settings):
    settings.CAPTURE_MAX_BYTES = 100
    assert fetch_error(server.base + "/article", allow_loopback=True).code == "too_large"


@pytest.mark.parametrize("path", ["/image", "/pdf", "/untyped"])
def test_fetch_url_refuses_what_is_not_html_or_text(server, path):
    error = fetch_error(server.base + path, allow_loopback=True)
    assert error.code == "content_type"


def test_fetch_url_names_the_refused_content_type(server):
    assert "image/png" in fetch_error(server.base + "/image", allow_loopback=True).message


def test_fetch_url_gives_up_on_a_slow_server(server, settings):
    settings.CAPTURE_READ_TIMEOUT = 0.5
    started = time.monotonic()
    error = fetch_error(server.base + "/slow", allow_loopback=True)
    assert error.code == "timeout"
    assert time.monotonic() - started < 1.5


def test_fetch_url_gives_up_on_a_server_trickling_bytes(server, settings):
    settings.CAPTURE_READ_TIMEOUT = 0.5
    started = time.monotonic()
    assert fetch_error(server.base + "/trickle", allow_loopback=True).code == "timeout"
    assert time.monotonic() - started < 1.5


def test_fetch_url_gives_up_on_headers_trickling_within_the_read_timeout(server, settings):
    # Each header line arrives well within the read timeout; the overall deadline still ends the fetch.
    settings.CAPTURE_READ_TIMEOUT = 2
    settings.CAPTURE_TOTAL_TIMEOUT = 0.8
    started = time.monotonic()
    assert fetch_error(server.base + "/trickle-headers", allow_loopback=True).code == "timeout"
    assert time.monotonic() - started < 1.5


def test_fetch_url_reports_the_http_status(server):
    error = fetch_error(server.base + "/missing", allow_loopback=True)
    assert error.code == "http_status"
    assert "404" in error.message


def test_fetch_url_reports_a_failed_connection(server):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert fetch_error(f"http://127.0.0.1:{port}/", allow_loopback=True).code == "connection"


def test_fetch_url_reports_a_failed_tls_handshake(server):
    https = server.base.replace("http://", "https://") + "/article"
    assert fetch_error(https, allow_loopback=True).code == "connection"


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.1/",
        "http://192.168.1.1/admin",
        "http://172.16.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[::]/",
        "http://[ff02::1]/",
        "http://[::ffff:10.0.0.1]/",  # IPv4-mapped IPv6
        "http://[2002:a00:1::1]/",  # 6to4 of 10.0.0.1
        "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of 169.254.169.254
    ],
)
def test_fetch_url_refuses_private_and_local_addresses_even_with_loopback_allowed(url):
    assert fetch_error(url, allow_loopback=True).code == "refused_address"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.1.2.3:8080/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost/",
        "http://2130706433/",  # 127.0.0.1 as one decimal number
    ],
)
def test_fetch_url_refuses_loopback_without_the_allowance(url, settings):
    settings.CAPTURE_ALLOW_LOOPBACK = False
    error = fetch_error(url)
    assert error.code == "refused_address"
    assert "private or local network" in error.message


def test_fetch_url_refuses_the_test_server_without_the_allowance(server):
    assert fetch_error(server.base + "/article", allow_loopback=False).code == "refused_address"
    assert fetch_error(server.base + "/article").code == "refused_address"  # the setting defaults to off


def test_fetch_url_checks_every_redirect_hop(server):
    hits = len(server.hits)
    url = server.base + "/redirect-to?url=http://169.254.169.254/latest/meta-data/"
    assert fetch_error(url, allow_loopback=True).code == "refused_address"
    assert len(server.hits) == hits + 1


def test_fetch_url_refuses_a_redirect_to_another_scheme(server):
    url = server.base + "/redirect-to?url=file:///etc/passwd"
    assert fetch_error(url, allow_loopback=True).code == "scheme"


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/file.html", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi", "example.org"],
)
def test_fetch_url_refuses_other_schemes(url):
    error = fetch_error(url)
    assert error.code == "scheme"
    assert "http://" in error.message


def test_fetch_url_refuses_an_address_without_a_host():
    assert fetch_error("http:///article").code == "scheme"


@pytest.fixture
def fake_dns(monkeypatch):
    """Answers for made-up names; everything else goes to the real resolver (only IP literals in tests)."""
    real = socket.getaddrinfo
    answers: dict[str, list[list[str]]] = {}
    asked: list[str] = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host in answers:
            asked.append(host)
            addresses = answers[host].pop(0) if len(answers[host]) > 1 else answers[host][0]
            if not addresses:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            return [
                (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in addresses
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    fake = type("FakeDNS", (), {"answers": answers, "asked": asked})
    return fake


def test_fetch_url_reports_an_unknown_host(fake_dns):
    fake_dns.answers["no-such-host.test"] = [[]]
    error = fetch_error("https://no-such-host.test/")
    assert error.code == "dns"
    assert "no-such-host.test" in error.message


def test_fetch_url_refuses_a_name_with_any_private_answer(fake_dns):
    fake_dns.answers["mixed.test"] = [["93.184.215.14", "10.0.0.1"]]
    assert fetch_error("http://mixed.test/").code == "refused_address"


def test_fetch_url_connects_to_the_address_it_checked(server, fake_dns):
    # A rebinding name: public-looking first, private on the next lookup. Only one lookup may happen.
    port = server.server_address[1]
    fake_dns.answers["news.test"] = [["127.0.0.1"], ["10.0.0.1"]]
    result = fetch_url(f"http://News.Test:{port}/host", allow_loopback=True)
    assert result.body == f"news.test:{port}"  # the Host header names the site, not the address
    assert fake_dns.asked == ["news.test"]


def test_address_is_allowed_for_public_addresses_only():
    import ipaddress

    assert address_is_allowed(ipaddress.ip_address("93.184.215.14"))
    assert address_is_allowed(ipaddress.ip_address("2606:4700::1111"))
    assert not address_is_allowed(ipaddress.ip_address("127.0.0.1"))
    assert address_is_allowed(ipaddress.ip_address("127.0.0.1"), allow_loopback=True)
    assert address_is_allowed(ipaddress.ip_address("::1"), allow_loopback=True)
    assert not address_is_allowed(ipaddress.ip_address("10.0.0.1"), allow_loopback=True)
    assert not address_is_allowed(ipaddress.ip_address("fec0::1"))  # deprecated IPv6 site-local
    assert not address_is_allowed(ipaddress.ip_address("feff:ffff::1"))


def test_fetch_url_tries_the_next_checked_address_when_one_refuses(server, fake_dns):
    port = server.server_address[1]
    fake_dns.answers["dual.test"] = [["127.0.0.2", "127.0.0.1"]]  # nothing listens on 127.0.0.2
    result = fetch_url(f"http://dual.test:{port}/host", allow_loopback=True)
    assert result.body == f"dual.test:{port}"
