"""The load test's HTTP side: a browser-like client and what it counts."""

import threading
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import urllib3

HOST = "127.0.0.1"  # never anything else: the test drives only this machine's loopback


@dataclass
class Stats:
    """What the users' requests took and wrote, shared by their threads."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    created_claims: list[int] = field(default_factory=list)
    submitted_claims: list[int] = field(default_factory=list)
    published_claims: list[int] = field(default_factory=list)
    not_modified: int = 0
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, error: str | None = None, status: int = 200) -> None:
        with self.lock:
            self.requests += 1
            self.latencies.setdefault(kind, []).append(seconds * 1000)
            if status == 304:
                self.not_modified += 1
            if error:
                self.errors.append(f"{kind}: {error}")

    def error(self, kind: str, error: str) -> None:
        """A failure found after the request was counted (an unexpected page or redirect)."""
        with self.lock:
            self.errors.append(f"{kind}: {error}")

    def wrote(self, into: list[int], claim_id: int) -> None:
        with self.lock:
            into.append(claim_id)


class Browser:
    """A cookie-keeping HTTP client on one keep-alive connection, with a browser's cache: a page it got with
    an ETag or Last-Modified (and no `Cache-Control: no-store`) is asked for again with If-None-Match or
    If-Modified-Since, and a 304 answer shows the copy it kept."""

    def __init__(self, port: int, stats: Stats):
        self.pool = urllib3.HTTPConnectionPool(HOST, port, maxsize=1, timeout=urllib3.Timeout(connect=5, read=30))
        self.cookies: dict[str, str] = {}
        self.cached: dict[str, tuple[dict[str, str], str]] = {}  # path -> (conditional headers, text)
        self.stats = stats

    def request(self, method: str, path: str, fields: dict | None = None) -> urllib3.BaseHTTPResponse:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), "Referer": f"http://{HOST}/"}
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif path in self.cached:
            headers.update(self.cached[path][0])
        response = self.pool.urlopen(method, path, body=body, headers=headers, redirect=False, retries=False)
        for header in response.headers.get_all("Set-Cookie") or []:
            for key, morsel in SimpleCookie(header).items():
                self.cookies[key] = morsel.value
        if method == "GET" and response.status == 200:
            self.keep(path, response)
        return response

    def keep(self, path: str, response: urllib3.BaseHTTPResponse) -> None:
        conditions = {}
        if response.headers.get("ETag"):
            conditions["If-None-Match"] = response.headers["ETag"]
        if response.headers.get("Last-Modified"):
            conditions["If-Modified-Since"] = response.headers["Last-Modified"]
        if conditions and "no-store" not in response.headers.get("Cache-Control", ""):
            self.cached[path] = (conditions, response.data.decode("utf-8", errors="replace"))

    def page(self, kind: str, path: str) -> str | None:
        """GET a page and record it; its text (the kept copy after a 304), None after an error."""
        started = time.perf_counter()
        try:
            response = self.request("GET", path)
        except urllib3.exceptions.HTTPError as failure:
            self.stats.record(kind, time.perf_counter() - started, f"{path}: {failure!r}")
            return None
        ok = response.status in (200, 304)
        self.stats.record(
            kind, time.perf_counter() - started, None if ok else f"{path}: HTTP {response.status}", response.status
        )
        if response.status == 304 and path in self.cached:
            return self.cached[path][1]
        return response.data.decode("utf-8", errors="replace") if response.status == 200 else None

    def post(self, kind: str, path: str, fields: dict) -> str | None:
        """POST a form (with the CSRF token) and record it; the redirect's target on success."""
        started = time.perf_counter()
        try:
            response = self.request("POST", path, {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **fields})
        except urllib3.exceptions.HTTPError as failure:
            self.stats.record(kind, time.perf_counter() - started, f"{path}: {failure!r}")
            return None
        location = response.headers.get("Location", "")
        ok = response.status == 302 and bool(location) and "/accounts/login/" not in location
        self.stats.record(kind, time.perf_counter() - started, None if ok else f"{path}: HTTP {response.status}")
        return location if ok else None

    def log_in(self, username: str, password: str) -> None:
        self.request("GET", "/accounts/login/")
        response = self.request(
            "POST",
            "/accounts/login/",
            {"username": username, "password": password, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")},
        )
        if response.status != 302:
            raise RuntimeError(f"login of {username} failed: HTTP {response.status}")
