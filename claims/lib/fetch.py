"""Fetch one web page safely (no server-side request forgery) with httpx.

Every hop (the URL and each redirect, followed by hand) is resolved first, and the
fetch is refused if ANY address the host resolves to is not a public unicast address.
The connection then goes to an address that was checked, so a DNS answer that
changes between the check and the connection (DNS rebinding) cannot redirect it:
the request URL carries the IP, the Host header the name, and for https the TLS
server name (SNI) and certificate check use the name through httpcore's
``sni_hostname`` extension.

Residual risks, accepted for simplicity:
- ``socket.getaddrinfo`` is blocking and not bounded by ``timeout``; a slow resolver
  can make a fetch take longer than asked (the system resolver gives up by itself).
- A compressed body is limited after decompression, chunk by chunk: one network
  chunk can expand to a few MB before the ``max_bytes`` check sees it.
- Proxies from the environment are ignored (``trust_env=False``) on purpose: a proxy
  would make the address check meaningless. Deployments that need an egress proxy
  must filter addresses there.
"""

import datetime
import functools
import ipaddress
import re
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from claims.errors import (
    BlockedAddress,
    FetchFailed,
    InvalidInput,
    TooLarge,
    TransientError,
    UnsupportedMediaType,
)

MAX_REDIRECTS = 5
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Client errors that mean "try again later" rather than "this will never work".
_TRANSIENT_STATUSES = frozenset({408, 425, 429})
_DEFAULT_PORTS = {"http": 80, "https": 443}

# Pages (HTML, plain text) and feeds; anything else (PDF, images, JSON...) is refused.
ALLOWED_CONTENT_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "text/plain",
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
    }
)

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Why an address is refused, first match wins; the label goes into the error message.
_ADDRESS_KINDS: tuple[tuple[Callable[[IpAddress], bool], str], ...] = (
    (lambda ip: ip.is_unspecified, "an unspecified address"),
    (lambda ip: ip.is_loopback, "a loopback address"),
    (lambda ip: ip.is_link_local, "a link-local address"),
    (lambda ip: ip.is_multicast, "a multicast address"),
    (lambda ip: ip in ipaddress.ip_network("100.64.0.0/10"), "a carrier-grade NAT address"),
    (lambda ip: ip.is_private, "a private address"),
    (lambda ip: ip.is_reserved, "a reserved address"),
    (lambda ip: not ip.is_global, "an address that is not publicly routable"),
)

_NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


@dataclass(frozen=True)
class FetchedPage:
    """A fetched page: ``url`` is the final URL after redirects, ``body`` the raw bytes."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    fetched_at: datetime.datetime

    @property
    def text(self) -> str:
        """The body decoded with the declared charset (header, then ``<meta charset>``),
        UTF-8 otherwise; undecodable bytes become U+FFFD."""
        for encoding in filter(None, (self.charset, _meta_charset(self.body))):
            try:
                return self.body.decode(encoding, errors="replace")
            except LookupError:  # an unknown charset name
                continue
        return self.body.decode("utf-8", errors="replace")


def fetch_url(
    url: str,
    *,
    timeout: float = 10,
    max_bytes: int,
    allow_hosts: frozenset[str] = frozenset(),
    user_agent: str,
) -> FetchedPage:
    """GET ``url`` (http or https only), following at most MAX_REDIRECTS redirects.

    ``timeout`` bounds the whole fetch, redirects included (name resolution aside).
    ``allow_hosts`` lists "host:port" pairs (e.g. "127.0.0.1:8123") whose addresses are
    not checked; empty by default, so only public addresses are ever fetched.

    Raises InvalidInput (not an http(s) URL), BlockedAddress (resolves to a non-public
    address), TooLarge (body over ``max_bytes``), UnsupportedMediaType (not HTML, text
    or a feed), FetchFailed (4xx, too many redirects, unknown host) and TransientError
    (time-out, connection error, 5xx, 429).
    """
    deadline = time.monotonic() + timeout
    current = _parse_url(url)
    headers = {
        "User-Agent": user_agent,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
    }
    with httpx.Client(
        follow_redirects=False,
        trust_env=False,
        verify=_tls_context(),
        headers=headers,
        timeout=timeout,
    ) as client:
        for _ in range(MAX_REDIRECTS + 1):
            addresses = resolve_public_addresses(current, allow_hosts=allow_hosts)
            page_or_next = _fetch_once(client, current, addresses, deadline, max_bytes)
            if isinstance(page_or_next, FetchedPage):
                return page_or_next
            current = page_or_next
    raise FetchFailed(f"{url} redirects more than {MAX_REDIRECTS} times; giving up")


def resolve_public_addresses(
    url: httpx.URL | str, *, allow_hosts: frozenset[str] = frozenset()
) -> list[IpAddress]:
    """Resolve the URL's host and return its addresses, all of them checked to be public.

    Makes no connection (name resolution only; IP literals and ``localhost`` are answered
    locally). Raises BlockedAddress if any address is not public, unless the URL's
    "host:port" is in ``allow_hosts``.
    """
    url = _parse_url(str(url)) if isinstance(url, str) else url
    host = url.raw_host.decode("ascii")
    port = url.port or _DEFAULT_PORTS[url.scheme]
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:
            raise TransientError(f"the name {host} could not be resolved right now") from exc
        raise FetchFailed(f"the host {host} does not exist (DNS: {exc.strerror})") from exc

    addresses: list[IpAddress] = []
    for info in infos:
        # Drop an IPv6 zone ("fe80::1%eth0"); link-local is refused anyway.
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchFailed(f"the host {host} has no address")

    if _host_port(url) in {entry.lower() for entry in allow_hosts}:
        return addresses
    for address in addresses:
        reason = blocked_reason(address)
        if reason:
            shown = host if host == str(address) else f"{host}, which resolves to {address}"
            raise BlockedAddress(
                f"the URL {url} points to {shown}, {reason}; only public addresses are fetched"
            )
    return addresses


def blocked_reason(address: IpAddress) -> str | None:
    """Why ``address`` must not be fetched (e.g. "a private address"), None if public.

    IPv6 forms that embed an IPv4 address (IPv4-mapped, NAT64, 6to4, Teredo) are
    judged by the embedded address too.
    """
    # The embedded address first: it is the one a gateway would actually connect to.
    for candidate in (*_embedded_ipv4(address), address):
        for matches, label in _ADDRESS_KINDS:
            if matches(candidate):
                if candidate is address:
                    return label
                return f"an IPv6 address embedding {candidate}, {label}"
    return None


def _embedded_ipv4(address: IpAddress) -> list[ipaddress.IPv4Address]:
    if not isinstance(address, ipaddress.IPv6Address):
        return []
    embedded = [address.ipv4_mapped, address.sixtofour]
    if address.teredo:
        embedded.extend(address.teredo)
    if address in _NAT64_PREFIX:
        embedded.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return [ip for ip in embedded if ip is not None]


def _fetch_once(
    client: httpx.Client,
    url: httpx.URL,
    addresses: list[IpAddress],
    deadline: float,
    max_bytes: int,
) -> FetchedPage | httpx.URL:
    """One request, to the first checked address that accepts a connection.

    Returns the page, or the URL a redirect points to.
    """
    host_header = _bracketed_host(url) + (f":{url.port}" if url.port else "")
    extensions: dict[str, object] = {}
    if url.scheme == "https" and _ip_literal(url) is None:
        extensions["sni_hostname"] = url.raw_host.decode("ascii")

    last_error: Exception | None = None
    for address in addresses:
        remaining = _remaining(deadline, url)
        request = client.build_request(
            "GET",
            url.copy_with(host=str(address), fragment=None),
            headers={"Host": host_header},
            extensions=extensions,
            timeout=remaining,
        )
        try:
            response = client.send(request, stream=True)
        except httpx.ConnectError as exc:
            if _caused_by_tls(exc):
                # A certificate that does not match will not match later either.
                raise FetchFailed(f"the secure connection to {url} failed: {exc}") from exc
            last_error = exc  # e.g. an IPv6 address without an IPv6 route: try the next
            continue
        except httpx.TimeoutException as exc:
            raise TransientError(f"{url} did not answer within the time limit") from exc
        except httpx.HTTPError as exc:
            raise TransientError(f"fetching {url} failed: {exc}") from exc
        try:
            return _read_response(response, url, deadline, max_bytes)
        finally:
            response.close()
    raise TransientError(f"could not connect to {url}: {last_error}")


def _read_response(
    response: httpx.Response, url: httpx.URL, deadline: float, max_bytes: int
) -> FetchedPage | httpx.URL:
    status = response.status_code
    if status in _REDIRECT_STATUSES:
        location = response.headers.get("Location")
        if not location:
            raise FetchFailed(f"{url} answered {status} (a redirect) without a Location")
        try:
            return _parse_url(str(url.join(location)))
        except InvalidInput as exc:
            raise FetchFailed(f"{url} redirects to an unusable URL: {exc.message}") from exc
    if status >= 500 or status in _TRANSIENT_STATUSES:
        raise TransientError(f"{url} answered {status} {response.reason_phrase}; try later")
    if status >= 400:
        raise FetchFailed(f"{url} answered {status} {response.reason_phrase}")
    if not 200 <= status < 300:
        raise FetchFailed(f"{url} answered an unexpected status {status}")

    content_type, charset = _parse_content_type(response.headers.get("Content-Type", ""))
    if content_type and content_type not in ALLOWED_CONTENT_TYPES:
        raise UnsupportedMediaType(
            f"{url} is {content_type}, not a web page; only HTML, plain text and feeds are fetched"
        )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(f"{url} is {int(declared):,} bytes; the limit is {max_bytes:,}")

    body = bytearray()
    try:
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > max_bytes:
                raise TooLarge(f"{url} is larger than the limit of {max_bytes:,} bytes")
            _remaining(deadline, url)  # a server dripping bytes slowly is stopped here
    except httpx.TimeoutException as exc:
        raise TransientError(f"{url} did not send the page within the time limit") from exc
    except httpx.HTTPError as exc:
        raise TransientError(f"reading {url} failed: {exc}") from exc

    if not content_type and b"\x00" in body[:4096]:
        raise UnsupportedMediaType(f"{url} sent binary data without a content type")
    return FetchedPage(
        url=str(url),
        status=status,
        content_type=content_type or "application/octet-stream",
        charset=charset,
        body=bytes(body),
        fetched_at=datetime.datetime.now(tz=datetime.UTC),
    )


def _caused_by_tls(exc: BaseException | None) -> bool:
    while exc is not None:
        if isinstance(exc, ssl.SSLError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


@functools.cache
def _tls_context() -> ssl.SSLContext:
    # Loading the CA bundle takes ~0.1 s; one context serves every fetch.
    return httpx.create_ssl_context()


def _parse_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidInput(f"{url!r} is not a valid URL: {exc}", field="url") from exc
    if parsed.scheme not in _DEFAULT_PORTS:
        shown = f"'{parsed.scheme}'" if parsed.scheme else "none"
        raise InvalidInput(
            f"only http and https URLs are fetched; the scheme of {url!r} is {shown}",
            field="url",
        )
    if not parsed.raw_host:
        raise InvalidInput(f"the URL {url!r} has no host name", field="url")
    return parsed


def _ip_literal(url: httpx.URL) -> IpAddress | None:
    try:
        return ipaddress.ip_address(url.raw_host.decode("ascii"))
    except ValueError:
        return None


def _bracketed_host(url: httpx.URL) -> str:
    host = url.raw_host.decode("ascii").lower()
    return f"[{host}]" if ":" in host else host


def _host_port(url: httpx.URL) -> str:
    return f"{_bracketed_host(url)}:{url.port or _DEFAULT_PORTS[url.scheme]}"


def _remaining(deadline: float, url: httpx.URL) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TransientError(f"fetching {url} took longer than the time limit")
    return remaining


def _parse_content_type(value: str) -> tuple[str, str | None]:
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, param_value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = param_value.strip().strip("\"'") or None
    return media_type.strip().lower(), charset


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None
