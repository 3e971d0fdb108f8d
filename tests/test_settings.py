"""Production start-up fails fast without its secrets; development runs on defaults."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def start(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['ENGINE'])",
        ],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "reform_portal.settings", **env},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({"ALLOWED_HOSTS": "portal.example.org", "DATABASE_URL": "postgres://db/portal"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50, "DATABASE_URL": "postgres://db/portal"}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "portal.example.org"}, "DATABASE_URL"),
    ],
)
def test_production_refuses_to_start_without_a_setting(env, missing):
    result = start(**env)
    assert result.returncode != 0
    assert f"ImproperlyConfigured: {missing} must be set in the environment when DEBUG is off." in result.stderr


def test_production_starts_with_everything_set():
    result = start(SECRET_KEY="x" * 50, ALLOWED_HOSTS="portal.example.org", DATABASE_URL="postgres://db/portal")
    assert (result.returncode, result.stdout.strip()) == (0, "django.db.backends.postgresql")


def test_development_defaults_to_the_embedded_sqlite():
    result = start(DEBUG="1")
    assert (result.returncode, result.stdout.strip()) == (0, "django.db.backends.sqlite3")


def test_manage_py_defaults_to_development_but_production_can_say_so():
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}}
    development = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=clean, capture_output=True, text=True, check=False
    )
    assert development.returncode == 0, development.stderr
    production = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**clean, "DEBUG": "0"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert "SECRET_KEY must be set in the environment when DEBUG is off." in production.stderr
