import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def local_site(handler) -> Iterator[ThreadingHTTPServer]:
    """A web site on 127.0.0.1 served by `handler` in a thread; `.base` is its address, `.hits` the paths
    asked for. Captures reach it only with settings.CAPTURE_ALLOW_LOOPBACK."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    httpd.hits = []
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


class SiteHandler(BaseHTTPRequestHandler):
    """A test site's handler: quiet, with `send` for a whole response."""

    def log_message(self, format, *args):
        pass

    def send(self, status: int, body: bytes, content_type: str | None = None, headers=()) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def loopback_site(settings, handler) -> Iterator[ThreadingHTTPServer]:
    """local_site, with captures allowed to reach it."""
    settings.CAPTURE_ALLOW_LOOPBACK = True
    with local_site(handler) as httpd:
        yield httpd
