"""Fixtures shared by every test: the report's reference data is in every test database."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from offices.models import Country, OfficeType, Region, Structure
from roadmap.models import KeyActivity, Phase
from tests import factories


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the reference data once per test database; each test rolls back its own writes."""
    with django_db_blocker.unblock():
        call_command("load_reference_data", verbosity=0)


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("reform-admin", "admin@example.org", "not-a-secret-1")


@pytest.fixture
def today() -> datetime.date:
    return datetime.date.today()


@pytest.fixture
def three_tier(db) -> Structure:
    return Structure.objects.get(code="three-tier")


@pytest.fixture
def two_tier(db) -> Structure:
    return Structure.objects.get(code="two-tier")


def office_type(structure: Structure, code: str) -> OfficeType:
    return OfficeType.objects.get(structure=structure, code=code)


@pytest.fixture
def africa(db) -> Region:
    return Region.objects.get(code="AFR")


@pytest.fixture
def kenya(db) -> Country:
    return Country.objects.get(iso3="KEN")


@pytest.fixture
def office(db):
    return factories.OfficeFactory()


@pytest.fixture
def phase_two(db) -> Phase:
    return Phase.objects.get(code="phase-2")


@pytest.fixture
def implementation(db) -> KeyActivity:
    return KeyActivity.objects.get(number=7)


@pytest.fixture
def make_user(db):
    """A user in one of the role groups (or none: an authenticated member-state reader)."""
    from django.contrib.auth.models import Group

    from offices import services as office_services

    def make(role: str | None = None, *, focal_point_of=()):
        user = get_user_model().objects.create_user(f"user-{get_user_model().objects.count() + 1}", password="x")
        if role:
            user.groups.add(Group.objects.get(name=role))
        for office in focal_point_of:
            links = [*office.focal_points.all(), user]
            office_services.office_update(office=office, changes={"focal_points": links}, actor=None, reason="t")
        return user

    return make


@pytest.fixture(scope="module")
def demo_network(django_db_setup, django_db_blocker):
    """The demonstration data, loaded once for a module inside a transaction that is rolled
    back after it (each test still rolls back its own writes, in a savepoint)."""
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_data", verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def _isolated_test_state():
    """Each test starts with an empty cache (public pages, the demo banner's answer) and ends
    back in the default language (a request in another language leaves it active)."""
    from django.core.cache import cache
    from django.utils import translation

    cache.clear()
    yield
    cache.clear()
    translation.deactivate()


@pytest.fixture
def staff_user(db):
    """A member of the staff role, who can also log in through the login page."""
    from django.contrib.auth.models import Group

    from reform_portal.roles import STAFF

    user = get_user_model().objects.create_user("staff-member", "staff@example.org", "not-a-secret-1")
    user.groups.add(Group.objects.get(name=STAFF))
    return user


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.fixture
def outsider_client(client):
    """Signed in, but without any staff role (a member-state reader)."""
    client.force_login(get_user_model().objects.create_user("delegate", "d@example.org", "not-a-secret-1"))
    return client
