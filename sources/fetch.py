"""Fetch one web page for capture, safely.

The URL comes from a user, so the server must not become a proxy into its own network (SSRF): every
hop of a redirect chain is resolved once, each resolved address is checked, and the connection goes to
that checked address with the original host name in the Host header and TLS SNI/certificate check.
Resolving again at connect time would let a DNS answer change in between (DNS rebinding).
"""

import codecs
import contextlib
import ipaddress
import re
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

import certifi
import urllib3
import urllib3.connection
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from urllib3.exceptions import (
    ConnectTimeoutError,
    HTTPError,
    NewConnectionError,
    ReadTimeoutError,
    SSLError,
)

MAX_REDIRECTS = 5
MAX_ADDRESSES = 3  # of one host name, tried in turn when a connection is refused
ALLOWED_CONTENT_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
DEFAULT_PORTS = {"http": 80, "https": 443}
CHUNK_SIZE = 64 * 1024
USER_AGENT = "ClaimTracker/0.1 (article capture for analysts)"

# IPv6 ranges that carry an IPv4 address the packets end up at: check that address instead.
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")

META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)


class FetchError(ValidationError):
    """The page could not be fetched; `message` is for the user, `code` says why (see fetch_url).
    `transient`: the same request may well succeed later (no answer in time, no connection, a server error
    or 429), so capture tries again in the background (sources.tasks)."""

    def __init__(self, message: str, code: str, *, transient: bool | None = None):
        super().__init__(message, code=code)
        self.transient = code in {"timeout", "connection"} if transient is None else transient


@dataclass(frozen=True)
class FetchResult:
    final_url: str  # after redirects, as requested (not canonicalised)
    status: int
    content_type: str  # the media type only, lowercased: "text/html"
    charset: str  # the charset the text was decoded with
    body: str  # decoded text of the page
    raw_length: int  # bytes received, after content decoding (gzip)


class _DeadlineConnection(urllib3.connection.HTTPConnection):
    """A connection that is cut at an overall deadline. The socket timeouts bound each wait for data only,
    so a server sending one header line a second would otherwise hold the worker as long as it likes."""

    def __init__(self, *args, deadline: float, **kwargs):
        super().__init__(*args, **kwargs)
        self.deadline = deadline
        self.watchdog: threading.Timer | None = None

    def connect(self) -> None:
        super().connect()
        sock = self.sock
        self.watchdog = threading.Timer(max(0.0, self.deadline - time.monotonic()), _cut, args=(sock,))
        self.watchdog.daemon = True
        self.watchdog.start()

    def close(self) -> None:
        if self.watchdog is not None:
            self.watchdog.cancel()
        super().close()


class _DeadlineHTTPSConnection(_DeadlineConnection, urllib3.connection.HTTPSConnection):
    pass


def _cut(sock: socket.socket) -> None:
    # shutdown (unlike close) wakes a thread blocked in recv on this socket.
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


class _Pool(urllib3.HTTPConnectionPool):
    ConnectionCls = _DeadlineConnection


class _HTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _DeadlineHTTPSConnection


@dataclass(frozen=True)
class _Target:
    scheme: str
    host: str  # ASCII (punycode) host name or IP literal without brackets
    display_host: str  # as the user wrote it, for messages
    port: int
    request_target: str  # path and query

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"


def fetch_url(url: str, *, allow_loopback: bool | None = None) -> FetchResult:
    """Fetch an http(s) page of HTML or plain text, following at most MAX_REDIRECTS redirects.

    The whole fetch, redirects included, ends at CAPTURE_TOTAL_TIMEOUT seconds, whatever the server sends.
    Raises FetchError with code "scheme", "refused_address", "timeout", "http_status", "too_large",
    "content_type", "too_many_redirects", "connection" or "dns". Loopback addresses (127.0.0.0/8, ::1)
    are allowed only when `allow_loopback` (default: settings.CAPTURE_ALLOW_LOOPBACK) is true, for tests.
    """
    if allow_loopback is None:
        allow_loopback = bool(getattr(settings, "CAPTURE_ALLOW_LOOPBACK", False))
    connect_timeout = float(getattr(settings, "CAPTURE_CONNECT_TIMEOUT", 5))
    read_timeout = float(getattr(settings, "CAPTURE_READ_TIMEOUT", 15))
    deadline = time.monotonic() + float(getattr(settings, "CAPTURE_TOTAL_TIMEOUT", 30))
    max_bytes = int(getattr(settings, "CAPTURE_MAX_BYTES", 5 * 1024 * 1024))

    current = url.strip()
    redirects = 0
    while True:
        target = _parse_target(current)
        addresses = _resolve_checked(target, allow_loopback=allow_loopback)
        pool, response = _open(
            target, addresses, connect_timeout=connect_timeout, read_timeout=read_timeout, deadline=deadline
        )
        try:
            if response.status in REDIRECT_STATUSES:
                location = response.headers.get("Location", "").strip()
                if not location:
                    raise _status_error(response.status, response.reason)
                if redirects >= MAX_REDIRECTS:
                    raise FetchError(
                        _("The address redirected more than %(count)d times.") % {"count": MAX_REDIRECTS},
                        "too_many_redirects",
                    )
                redirects += 1
                current = urljoin(current, location)
                continue
            if not 200 <= response.status < 300:
                raise _status_error(response.status, response.reason)
            media_type, declared_charset = _content_type(response.headers.get("Content-Type", ""))
            if media_type not in ALLOWED_CONTENT_TYPES:
                if media_type:
                    message = _("Only web pages and plain text can be captured; this address returned %(type)s.")
                    raise FetchError(message % {"type": media_type}, "content_type")
                message = _("The server did not say what kind of document this is; only web pages can be captured.")
                raise FetchError(message, "content_type")
            raw = _read_capped(response, target, max_bytes=max_bytes, read_timeout=read_timeout, deadline=deadline)
        finally:
            response.close()
            pool.close()
        text, charset = _decode(raw, declared_charset, html=media_type != "text/plain")
        return FetchResult(
            final_url=current,
            status=response.status,
            content_type=media_type,
            charset=charset,
            body=text,
            raw_length=len(raw),
        )


def address_is_allowed(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, *, allow_loopback: bool = False) -> bool:
    """True for a globally routable unicast address; loopback too when allowed (tests only)."""
    if ip.version == 6:
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return address_is_allowed(embedded, allow_loopback=allow_loopback)
    if ip.is_loopback:
        return allow_loopback
    return ip.is_global and not (
        ip.is_private
        or ip.is_reserved
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_unspecified
        or (ip.version == 6 and (ip.teredo is not None or ip.is_site_local))  # fec0::/10: deprecated, still private
    )


def _parse_target(url: str) -> _Target:
    invalid = FetchError(_("This is not a valid http:// or https:// address."), "scheme")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise invalid from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise FetchError(_("Only http:// and https:// addresses can be captured."), "scheme")
    display_host = (parts.hostname or "").rstrip(".")
    if not display_host:
        raise invalid
    try:
        host = display_host if display_host.isascii() else display_host.encode("idna").decode("ascii")
    except UnicodeError:
        raise invalid from None
    request_target = requote(parts.path or "/")
    if parts.query:
        request_target += "?" + requote(parts.query, safe="=&")
    return _Target(
        scheme=scheme,
        host=host.split("%", 1)[0],  # no IPv6 zone ids: only global addresses pass anyway
        display_host=display_host,
        port=port or DEFAULT_PORTS[scheme],
        request_target=request_target,
    )


def requote(value: str, safe: str = "") -> str:
    """Percent-encode what may not appear in a URL, keeping escapes and reserved characters as they are."""
    return quote(value, safe="/%:@!$&'()*+,;=~" + safe)


def _resolve_checked(target: _Target, *, allow_loopback: bool) -> list[str]:
    """Resolve the host once and return the addresses to connect to; refuse if any answer is not public."""
    try:
        infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise FetchError(
            _("The host name %(host)s could not be found.") % {"host": target.display_host}, "dns"
        ) from None
    addresses = []
    for _family, _type, _proto, _canonname, sockaddr in infos:
        address = str(sockaddr[0]).split("%", 1)[0]
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(_("The host name %(host)s could not be found.") % {"host": target.display_host}, "dns")
    # All answers are checked, not only the one used: a name with one public and one private address is
    # refused, so the outcome never depends on which answer comes first.
    for address in addresses:
        if not address_is_allowed(ipaddress.ip_address(address), allow_loopback=allow_loopback):
            message = _("The address %(host)s points to a private or local network and cannot be captured.")
            raise FetchError(message % {"host": target.display_host}, "refused_address")
    return addresses


def _open(target: _Target, addresses: list[str], *, connect_timeout: float, read_timeout: float, deadline: float):
    """Send the request to the first checked address that accepts a connection."""
    timeout = urllib3.Timeout(connect=connect_timeout, read=read_timeout)
    headers = {
        "Host": target.host_header,
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    refused: NewConnectionError | None = None
    for address in addresses[:MAX_ADDRESSES]:
        if target.scheme == "https":
            pool = _HTTPSPool(
                address,
                target.port,
                timeout=timeout,
                retries=False,
                maxsize=1,
                cert_reqs="CERT_REQUIRED",
                ca_certs=certifi.where(),
                server_hostname=target.host,  # SNI for the name, not the address
                assert_hostname=target.host,  # the certificate must be for the name
                deadline=deadline,
            )
        else:
            pool = _Pool(address, target.port, timeout=timeout, retries=False, maxsize=1, deadline=deadline)
        try:
            response = pool.urlopen(
                "GET",
                target.request_target,
                headers=headers,
                redirect=False,
                retries=False,
                preload_content=False,
                assert_same_host=False,
            )
        except NewConnectionError as exc:
            # Refused or unreachable fails fast (an IPv6 answer on a host without IPv6): try the next one.
            # A connect timeout does not fall through, so the wait stays bounded by one timeout.
            pool.close()
            refused = exc
            continue
        except (HTTPError, OSError) as exc:
            pool.close()
            if time.monotonic() >= deadline:
                raise _timeout_error(target) from exc
            raise _network_error(exc, target) from exc
        except BaseException:
            pool.close()
            raise
        if time.monotonic() >= deadline:  # cut mid-headers: what arrived may look like a whole response
            response.close()
            pool.close()
            raise _timeout_error(target)
        return pool, response
    raise _network_error(refused, target) from refused


def _read_capped(response, target: _Target, *, max_bytes: int, read_timeout: float, deadline: float) -> bytes:
    too_large = FetchError(
        _("The page is larger than %(limit)s and was not captured.") % {"limit": filesizeformat(max_bytes)},
        "too_large",
    )
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    # The read timeout bounds each wait for data and also the whole body, so a server trickling a
    # byte at a time cannot hold a worker for long.
    deadline = min(deadline, time.monotonic() + read_timeout)
    chunks: list[bytes] = []
    received = 0
    try:
        # read1 returns what has arrived rather than waiting for a full chunk, so the deadline is checked
        # while a slow body trickles in.
        while chunk := response.read1(CHUNK_SIZE, decode_content=True):
            received += len(chunk)
            if received > max_bytes:
                raise too_large
            if time.monotonic() > deadline:
                raise _timeout_error(target)
            chunks.append(chunk)
    except (HTTPError, OSError) as exc:
        if time.monotonic() >= deadline:
            raise _timeout_error(target) from exc
        raise _network_error(exc, target) from exc
    return b"".join(chunks)


def _network_error(exc: HTTPError | OSError, target: _Target) -> FetchError:
    host = {"host": target.display_host}
    if isinstance(exc, NewConnectionError):  # before ConnectTimeoutError, its base class
        return FetchError(_("Could not connect to %(host)s.") % host, "connection")
    if isinstance(exc, ConnectTimeoutError | ReadTimeoutError | TimeoutError):
        return _timeout_error(target)
    if isinstance(exc, SSLError):
        return FetchError(_("Could not establish a secure connection to %(host)s.") % host, "connection")
    return FetchError(_("Could not read the page from %(host)s.") % host, "connection")


def _timeout_error(target: _Target) -> FetchError:
    return FetchError(_("%(host)s did not answer in time.") % {"host": target.display_host}, "timeout")


def _status_error(status: int, reason: str | None) -> FetchError:
    label = f"{status} {reason}".strip() if reason else str(status)
    return FetchError(
        _("The page could not be fetched: the server answered %(status)s.") % {"status": label},
        "http_status",
        transient=status >= 500 or status == 429,
    )


def _content_type(header: str) -> tuple[str, str | None]:
    media_type = header.split(";", 1)[0].strip().lower()
    match = CONTENT_TYPE_CHARSET.search(header)
    return media_type, (match.group(1) if match else None)


def _decode(raw: bytes, declared: str | None, *, html: bool) -> tuple[str, str]:
    """Decode with the byte order mark, else the declared charset, else the HTML meta charset, else UTF-8."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(name, errors="replace").lstrip("\ufeff"), name
    candidates = [declared]
    if html:
        match = META_CHARSET.search(raw[:16384])
        candidates.append(match.group(1).decode("ascii") if match else None)
    for label in candidates:
        codec = _codec_for(label)
        if codec:
            return raw.decode(codec, errors="replace"), label.lower()
    return raw.decode("utf-8", errors="replace"), "utf-8"


def _codec_for(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    if name == "utf-7":  # never honoured by browsers: a known way to smuggle markup
        return None
    # Browsers read a declared ISO-8859-1 as windows-1252 (the WHATWG encoding standard); so do we.
    return "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name
