#!/usr/bin/env python3
"""The two commands of the README, for a machine that has only Python 3.11+ and git.

    python3 scripts/dev.py serve   # venv, install, migrate, samples, admin login, serve :8000
    python3 scripts/dev.py test    # venv, install with test tools, run the whole test suite

With no DATABASE_URL and no CELERY_BROKER_URL the service runs on a SQLite file and
runs tasks in-process. Set them (see .env.example) to use PostgreSQL and Redis.
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("CLAIMTRACK_VENV", ROOT / ".venv"))
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*args: str, env: dict | None = None) -> None:
    result = subprocess.run(args, cwd=ROOT, env=env, check=False)  # noqa: S603
    if result.returncode:
        sys.exit(result.returncode)


def install(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be started by an older Python
        sys.exit("Claimtrack needs Python 3.11 or newer")
    if not PYTHON.exists():
        print(f"creating a virtual environment in {VENV}")
        venv.create(VENV, with_pip=True)
    spec = f".[{extras}]" if extras else "."
    stamp = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    marker = VENV / ".claimtrack-installed"
    if marker.exists() and stamp in marker.read_text().split():
        return
    print(f"installing {spec} into {VENV}")
    run(str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", spec)
    previous = marker.read_text() if marker.exists() else ""
    marker.write_text(previous + stamp + "\n")


def serve() -> None:
    install("")
    env = {**os.environ, "DEBUG": os.environ.get("DEBUG", "1")}
    manage = [str(PYTHON), "manage.py"]
    run(*manage, "migrate", "--noinput", env=env)
    run(*manage, "quickstart", env=env)
    print(
        "serving the API on http://127.0.0.1:8000/api/v1/ and the admin on http://127.0.0.1:8000/admin/"
    )
    os.chdir(ROOT)
    os.execve(str(PYTHON), [*manage, "runserver", "127.0.0.1:8000"], env)  # noqa: S606


def test(pytest_args: list[str]) -> None:
    install("dev")
    os.chdir(ROOT)
    os.execv(str(PYTHON), [str(PYTHON), "-m", "pytest", *pytest_args])  # noqa: S606


def main() -> None:
    command, *rest = sys.argv[1:] or ["help"]
    if command == "serve":
        serve()
    elif command == "test":
        test(rest)
    else:
        print(__doc__)
        sys.exit(0 if command == "help" else 2)


if __name__ == "__main__":
    main()
