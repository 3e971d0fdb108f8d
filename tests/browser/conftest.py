"""Browser tests: Debian's Chromium driven by Playwright against Django's live server.

Run apart from the rest (``pytest -m browser``): live-server tests are transactional and
flush every table afterwards, so each test loads the reference and demonstration data itself.
"""

import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command

from reform_portal.roles import STAFF, sync_roles

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    # Without these Chromium keeps calling home through the closed network.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STAFF_USERNAME = "browser-staff"
STAFF_PASSWORD = "browser-test-only-1"


@pytest.fixture(scope="session", autouse=True)
def _allow_orm_beside_playwright():
    """Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test
    code would otherwise be refused as "async unsafe". Set only once a browser test runs (not
    at import, so a run that deselects them keeps Django's guard)."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.skip(
            f"Debian's chromium is not installed: {CHROMIUM} is missing, so the browser tests were skipped "
            "(install it with: apt-get install chromium)"
        )
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "headless": True, "args": CHROMIUM_FLAGS}


@pytest.fixture
def portal(live_server, transactional_db):
    """The live server with the report's reference data, the demonstration network and a staff
    account (the tables were flushed by the previous transactional test)."""
    call_command("load_reference_data", verbosity=0)
    call_command("load_demo_data", verbosity=0)
    sync_roles()
    user = get_user_model().objects.create_user(STAFF_USERNAME, "browser@example.org", STAFF_PASSWORD)
    user.groups.add(Group.objects.get(name=STAFF))
    cache.clear()  # the demo banner's cached answer
    yield live_server
    cache.clear()


@pytest.fixture
def signed_in(page, portal):
    """A page signed in as staff through the login form."""
    page.goto(f"{portal.url}/")
    page.fill("#id_username", STAFF_USERNAME)
    page.fill("#id_password", STAFF_PASSWORD)
    page.click("form.stacked-form button[type=submit]")
    page.wait_for_url(f"{portal.url}/")
    return page
