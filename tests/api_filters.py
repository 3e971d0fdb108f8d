"""Table-driven filter tests on the demonstration data, loaded once per test class."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase
from rest_framework.test import APIClient

from reform_portal import roles


class DemoAPITestCase(TestCase):
    """The demonstration network is loaded once; each case reads the API as an administrator."""

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_data", verbosity=0)
        cls.admin = get_user_model().objects.create_user("filters-admin")
        cls.admin.groups.add(Group.objects.get(name=roles.ADMINISTRATORS))

    def setUp(self):
        self.api = APIClient()
        self.api.force_authenticate(self.admin)

    def rows(self, resource: str, query: str) -> list[dict]:
        response = self.api.get(f"/api/v1/{resource}/?{query}&page_size=500")
        assert response.status_code == 200, response.content[:300]
        return response.json()["results"]

    def assert_filters(self, resource: str, table: dict, key) -> None:
        for query, expected in table.items():
            with self.subTest(query=query):
                found = [key(row) for row in self.rows(resource, query)]
                assert (sorted(found) if isinstance(expected, set) else found) == (
                    sorted(expected) if isinstance(expected, set) else expected
                )
