"""Every database guard is installed (a SQLite table rebuild would silently drop a trigger)."""

import pytest
from django.db import connection

import offices.guards
import roadmap.guards
import working_groups.guards

GUARDS = [*offices.guards.GUARDS, *roadmap.guards.GUARDS, *working_groups.guards.GUARDS]


@pytest.mark.django_db
@pytest.mark.parametrize("guard", GUARDS, ids=lambda guard: guard.name)
def test_guard_is_installed(guard):
    with connection.cursor() as cursor:
        cursor.execute(guard.installed_sql(connection.vendor))
        assert cursor.fetchone()[0] == guard.trigger_count[connection.vendor]
