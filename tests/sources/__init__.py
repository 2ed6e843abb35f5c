import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import ThreadingHTTPServer


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
