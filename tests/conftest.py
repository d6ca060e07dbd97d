import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from rest_framework.test import APIClient

SAMPLES = Path(__file__).resolve().parent.parent / "claims" / "sample_data"
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"


def pytest_collection_modifyitems(config, items):
    on_postgres = os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))
    has_broker = bool(os.environ.get("CELERY_BROKER_URL"))
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL"))
        if "broker" in item.keywords and not has_broker:
            item.add_marker(
                pytest.mark.skip(reason="needs the Redis broker: set CELERY_BROKER_URL")
            )


@pytest.fixture
def sample_text():
    def read(name: str) -> str:
        return (SAMPLES / name).read_text(encoding="utf-8")

    return read


@pytest.fixture
def anonymous() -> APIClient:
    return APIClient()


@pytest.fixture
def api_user(django_user_model):
    return django_user_model.objects.create_user(
        username="client-app", password="x-unused-password"
    )


@pytest.fixture
def api_client(api_user) -> APIClient:
    """An API client app with a token: reads only."""
    from rest_framework.authtoken.models import Token

    client = APIClient()
    token = Token.objects.create(user=api_user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def fact_checker(django_user_model):
    user = django_user_model.objects.create_user(
        username="checker", password="x-unused-password", is_staff=True
    )
    group, _ = Group.objects.get_or_create(name=settings.CLAIMTRACK["FACT_CHECKER_GROUP"])
    user.groups.add(group)
    return user


@pytest.fixture
def fact_checker_client(fact_checker) -> APIClient:
    client = APIClient()
    client.force_authenticate(fact_checker)
    return client


@pytest.fixture
def admin_client_api(admin_user) -> APIClient:
    client = APIClient()
    client.force_authenticate(admin_user)
    return client


class LocalSite:
    """An HTTP server on 127.0.0.1 serving fixed pages.

    ``pages`` maps a path to (status, content type, body, headers).
    """

    def __init__(self):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.pages: dict[str, tuple[int, str, bytes, dict]] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format, *args):
                pass

            def do_GET(self):
                status, content_type, body, headers = site.pages.get(
                    self.path, (404, "text/plain", b"not found", {})
                )
                if headers.get("X-Delay"):
                    import time

                    time.sleep(float(headers["X-Delay"]))
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def add(
        self,
        path: str,
        body: str | bytes,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        **headers,
    ):
        self.pages[path] = (
            status,
            content_type,
            body.encode() if isinstance(body, str) else body,
            headers,
        )
        return self.url(path)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def local_site(settings):
    """A local site whose address, and only it, the private-address guard lets through."""
    site = LocalSite()
    settings.CLAIMTRACK = {**settings.CLAIMTRACK, "FETCH_ALLOW_HOSTS": frozenset({site.host})}
    yield site
    site.close()


def article_html(text: str, title: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    return (
        f"<html><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a call as if its transaction committed: queued tasks run (in-process) at once.

    Tests run inside a transaction that is never committed, so work queued with
    ``transaction.on_commit`` would otherwise never start.
    """

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run
