"""fetch_url against a real HTTP server on 127.0.0.1; no traffic ever leaves loopback.

Every test runs with a guard on socket connections: a connection to anything other
than the test server fails the test, so the address checks are proven to happen
before connecting.
"""

import ipaddress
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claims.errors import (
    BlockedAddress,
    FetchFailed,
    InvalidInput,
    TooLarge,
    TransientError,
    UnsupportedMediaType,
)
from claims.lib import fetch
from claims.lib.fetch import blocked_reason, fetch_url, resolve_public_addresses

USER_AGENT = "claimtrack-tests/1.0"
ARTICLE_HTML = (
    "<html><head><title>Test</title></head><body><article>"
    "<p>“We will build it,” the mayor said on Monday.</p></article></body></html>"
).encode()


# Loopback ports the connection guard lets through: servers that tests may reach.
REACHABLE_PORTS: set[int] = set()


class _Server:
    def __init__(self, *, reachable: bool = True) -> None:
        self.reachable = reachable
        self.release = threading.Event()
        self.hits: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.hits.append(self.path)
                route = server.routes.get(self.path)
                if route is None:
                    self._send(404, "text/html", b"<p>not here</p>")
                else:
                    route(self)

            def _send(
                self,
                status: int,
                content_type: str | None,
                body: bytes,
                headers: dict[str, str] | None = None,
                length: bool = True,
            ) -> None:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                if length:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.routes: dict = {}
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def redirect(self, location: str, status: int = 302):
        return lambda h: h._send(status, "text/html", b"", {"Location": location})

    def page(self, content_type: str | None, body: bytes, length: bool = True):
        return lambda h: h._send(200, content_type, body, length=length)

    def start(self) -> None:
        if self.reachable:
            REACHABLE_PORTS.add(self.port)
        self.thread.start()

    def stop(self) -> None:
        REACHABLE_PORTS.discard(self.port)
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def other_server() -> Iterator[_Server]:
    """A second server on another port, NOT in allow_hosts: it must never be reached."""
    server = _Server(reachable=False)
    server.routes = {"/": server.page("text/html", ARTICLE_HTML)}
    server.start()
    yield server
    server.stop()


@pytest.fixture
def server(other_server: _Server) -> Iterator[_Server]:
    server = _Server()

    def slow(handler: BaseHTTPRequestHandler) -> None:
        server.release.wait(5)
        handler._send(200, "text/html", ARTICLE_HTML)

    def echo_host(handler: BaseHTTPRequestHandler) -> None:
        handler._send(200, "text/plain", handler.headers["Host"].encode())

    server.routes = {
        "/article": server.page("text/html; charset=utf-8", ARTICLE_HTML),
        "/latin1": server.page(
            "text/html",
            '<html><head><meta charset="iso-8859-1"></head><body>café</body></html>'.encode(
                "latin-1"
            ),
        ),
        "/feed": server.page("application/rss+xml", b"<rss version='2.0'></rss>"),
        "/redirect": server.redirect("/article"),
        "/redirect-absolute": server.redirect(f"{server.base}/article", status=301),
        "/redirect-other-port": server.redirect(f"{other_server.base}/"),
        "/redirect-private": server.redirect("http://10.0.0.1/"),
        "/redirect-metadata": server.redirect("http://169.254.169.254/latest/meta-data/"),
        "/redirect-ftp": server.redirect("ftp://127.0.0.1/file"),
        "/loop": server.redirect("/loop"),
        "/slow": slow,
        "/echo-host": echo_host,
        "/pdf": server.page("application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        "/image": server.page("image/png", b"\x89PNG\r\n\x1a\n"),
        "/no-type-binary": server.page(None, b"\x00\x01\x02\x03binary"),
        "/error": lambda h: h._send(503, "text/html", b"<p>down</p>"),
        "/rate-limited": lambda h: h._send(429, "text/html", b"<p>slow down</p>"),
        "/forbidden": lambda h: h._send(403, "text/html", b"<p>no</p>"),
        "/large-declared": server.page("text/html", b"x" * 50_000),
        "/large-streamed": server.page("text/html", b"x" * 50_000, length=False),
    }
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def connections(monkeypatch: pytest.MonkeyPatch) -> list:
    """Record every outgoing connection; fail on any except to a reachable test server."""
    made: list = []
    real_connect = socket.socket.connect

    def guarded_connect(sock: socket.socket, address) -> None:
        made.append(address)
        host, port = address[0], address[1]
        if port not in REACHABLE_PORTS or not ipaddress.ip_address(host).is_loopback:
            raise AssertionError(f"unexpected connection to {address}")
        real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    return made


def _fetch(server: _Server, path: str, **kwargs):
    kwargs.setdefault("max_bytes", 10_000)
    kwargs.setdefault("timeout", 5)
    return fetch_url(
        server.base + path,
        allow_hosts=frozenset({f"127.0.0.1:{server.port}"}),
        user_agent=USER_AGENT,
        **kwargs,
    )


def test_fetches_an_html_page_from_an_allowed_host(server: _Server) -> None:
    page = _fetch(server, "/article")

    assert page.status == 200
    assert page.url == f"{server.base}/article"
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert page.body == ARTICLE_HTML
    assert "“We will build it,”" in page.text
    assert page.fetched_at.tzinfo is not None


def test_sends_the_user_agent_and_the_original_host_header(server: _Server) -> None:
    page = _fetch(server, "/echo-host")

    assert page.text == f"127.0.0.1:{server.port}"


def test_connects_to_the_checked_address_and_keeps_the_name_in_the_host_header(
    server: _Server, connections: list
) -> None:
    page = fetch_url(
        f"http://localhost:{server.port}/echo-host",
        max_bytes=1000,
        allow_hosts=frozenset({f"localhost:{server.port}"}),
        user_agent=USER_AGENT,
    )

    assert page.text == f"localhost:{server.port}"
    assert page.url == f"http://localhost:{server.port}/echo-host"
    assert all(ipaddress.ip_address(address[0]).is_loopback for address in connections)


def test_decodes_with_the_meta_charset_when_the_header_has_none(server: _Server) -> None:
    page = _fetch(server, "/latin1")

    assert page.charset is None
    assert "café" in page.text


def test_accepts_feeds(server: _Server) -> None:
    assert _fetch(server, "/feed").content_type == "application/rss+xml"


def test_follows_relative_and_absolute_redirects_to_the_final_url(server: _Server) -> None:
    assert _fetch(server, "/redirect").url == f"{server.base}/article"
    assert _fetch(server, "/redirect-absolute").url == f"{server.base}/article"


def test_a_redirect_to_another_port_on_loopback_is_blocked(
    server: _Server, other_server: _Server
) -> None:
    with pytest.raises(BlockedAddress, match="loopback"):
        _fetch(server, "/redirect-other-port")

    assert other_server.hits == []


def test_a_redirect_to_a_private_address_is_blocked_before_connecting(server: _Server) -> None:
    with pytest.raises(BlockedAddress, match=r"10\.0\.0\.1, a private address"):
        _fetch(server, "/redirect-private")


def test_a_redirect_to_the_cloud_metadata_address_is_blocked(server: _Server) -> None:
    with pytest.raises(BlockedAddress, match="link-local"):
        _fetch(server, "/redirect-metadata")


def test_a_redirect_to_another_scheme_fails(server: _Server) -> None:
    with pytest.raises(FetchFailed, match="only http and https"):
        _fetch(server, "/redirect-ftp")


def test_a_redirect_loop_stops_after_five_redirects(server: _Server) -> None:
    with pytest.raises(FetchFailed, match="more than 5 times"):
        _fetch(server, "/loop")

    assert server.hits.count("/loop") == 6


def test_a_slow_server_times_out_as_a_transient_error(server: _Server) -> None:
    with pytest.raises(TransientError, match="time limit"):
        _fetch(server, "/slow", timeout=0.5)


@pytest.mark.parametrize(
    ("path", "named_type"),
    [("/pdf", "application/pdf"), ("/image", "image/png")],
)
def test_non_html_content_types_are_refused_by_name(
    server: _Server, path: str, named_type: str
) -> None:
    with pytest.raises(UnsupportedMediaType, match=named_type):
        _fetch(server, path)


def test_binary_data_without_a_content_type_is_refused(server: _Server) -> None:
    with pytest.raises(UnsupportedMediaType):
        _fetch(server, "/no-type-binary")


def test_a_404_fails_naming_the_status(server: _Server) -> None:
    with pytest.raises(FetchFailed, match="404"):
        _fetch(server, "/nowhere")


def test_a_403_fails_naming_the_status(server: _Server) -> None:
    with pytest.raises(FetchFailed, match="403"):
        _fetch(server, "/forbidden")


@pytest.mark.parametrize("path", ["/error", "/rate-limited"])
def test_server_errors_and_rate_limits_are_transient(server: _Server, path: str) -> None:
    with pytest.raises(TransientError):
        _fetch(server, path)


@pytest.mark.parametrize("path", ["/large-declared", "/large-streamed"])
def test_a_body_over_max_bytes_is_too_large(server: _Server, path: str) -> None:
    with pytest.raises(TooLarge, match="10,000"):
        _fetch(server, path, max_bytes=10_000)


def test_a_connection_refused_is_transient() -> None:
    # The port is allowed but nothing listens there once the probe socket is closed.
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    REACHABLE_PORTS.add(port)
    try:
        with pytest.raises(TransientError, match="could not connect"):
            fetch_url(
                f"http://127.0.0.1:{port}/",
                max_bytes=1000,
                allow_hosts=frozenset({f"127.0.0.1:{port}"}),
                user_agent=USER_AGENT,
            )
    finally:
        REACHABLE_PORTS.discard(port)


def test_allow_hosts_for_one_port_does_not_allow_the_same_host_by_name(server: _Server) -> None:
    with pytest.raises(BlockedAddress, match="loopback"):
        fetch_url(
            f"http://localhost:{server.port}/article",
            max_bytes=1000,
            allow_hosts=frozenset({f"127.0.0.1:{server.port}"}),
            user_agent=USER_AGENT,
        )
    assert server.hits == []


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://127.8.9.10:8080/", "loopback"),
        ("http://localhost/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://10.0.0.5/", "10.0.0.5, a private address"),
        ("http://172.16.0.1/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[fc00::1]/", "private"),
        ("http://100.64.0.1/", "carrier-grade NAT"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://[::]/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://239.1.2.3/", "multicast"),
        ("http://240.0.0.1/", "private"),
        ("http://[::ffff:127.0.0.1]/", "embedding 127.0.0.1, a loopback"),
        ("http://[::ffff:10.0.0.1]/", "embedding 10.0.0.1, a private"),
        ("http://[64:ff9b::a9fe:a9fe]/", "embedding 169.254.169.254"),
        ("http://[2002:a00:1::]/", "embedding 10.0.0.1"),
        ("http://2130706433/", "127.0.0.1, a loopback"),
        ("http://0x7f.1/", "127.0.0.1, a loopback"),
        ("https://127.0.0.1:8443/", "loopback"),
    ],
)
def test_non_public_addresses_are_refused_without_connecting(
    url: str, reason: str, connections: list
) -> None:
    with pytest.raises(BlockedAddress, match=reason) as raised:
        fetch_url(url, max_bytes=1000, user_agent=USER_AGENT)

    assert "only public addresses are fetched" in raised.value.message
    assert connections == []


def test_the_guard_is_not_relaxed_by_default(connections: list) -> None:
    with pytest.raises(BlockedAddress):
        resolve_public_addresses("http://127.0.0.1:8123/")
    assert connections == []


def test_public_addresses_pass_the_check() -> None:
    assert blocked_reason(ipaddress.ip_address("93.184.215.14")) is None
    assert blocked_reason(ipaddress.ip_address("2606:2800:21f:cb07:6820:80da:af6b:8b2c")) is None
    assert resolve_public_addresses("http://93.184.215.14/") == [
        ipaddress.ip_address("93.184.215.14")
    ]


@pytest.mark.parametrize(
    "url", ["ftp://example.com/file", "file:///etc/passwd", "javascript:alert(1)", "example.com"]
)
def test_only_http_and_https_urls_are_accepted(url: str, connections: list) -> None:
    with pytest.raises(InvalidInput, match="only http and https"):
        fetch_url(url, max_bytes=1000, user_agent=USER_AGENT)
    assert connections == []


@pytest.fixture
def tls_server(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[int, list[str]]]:
    """An https server on 127.0.0.1 whose self-signed certificate names only 'localhost'.

    The fetcher is made to trust that certificate (and nothing else) for the test.
    """
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    server_names: list[str] = []
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    server_context.sni_callback = lambda _sock, name, _ctx: server_names.append(name)

    server = _Server()

    def echo_host(handler: BaseHTTPRequestHandler) -> None:
        handler._send(200, "text/plain", handler.headers["Host"].encode())

    server.routes = {"/": echo_host}
    server.httpd.socket = server_context.wrap_socket(server.httpd.socket, server_side=True)
    monkeypatch.setattr(fetch, "_tls_context", lambda: ssl.create_default_context(cafile=str(cert)))
    server.start()
    yield server.port, server_names
    server.stop()


def test_https_connects_to_the_checked_address_with_the_name_for_sni_and_certificate(
    tls_server: tuple[int, list[str]],
) -> None:
    port, server_names = tls_server

    page = fetch_url(
        f"https://localhost:{port}/",
        max_bytes=1000,
        allow_hosts=frozenset({f"localhost:{port}"}),
        user_agent=USER_AGENT,
    )

    assert page.text == f"localhost:{port}"
    assert server_names == ["localhost"]


def test_a_certificate_for_another_name_fails_permanently(
    tls_server: tuple[int, list[str]],
) -> None:
    port, _ = tls_server

    with pytest.raises(FetchFailed, match="secure connection"):
        fetch_url(
            f"https://127.0.0.1:{port}/",
            max_bytes=1000,
            allow_hosts=frozenset({f"127.0.0.1:{port}"}),
            user_agent=USER_AGENT,
        )
