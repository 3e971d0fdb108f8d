"""Staff pages of the working groups: the groups and their recommendations, one group."""

import datetime

import pytest
from django.test import Client

from roadmap.models import GuidingPrinciple, StrategicElement
from tests.factories import MilestoneFactory, OfficeFactory, PersonFactory, RecommendationFactory
from tests.offices.test_views import queries
from working_groups import services
from working_groups.models import Person, WorkingGroup

pytestmark = pytest.mark.django_db
R = "Test fixture"


def populate(count: int, *, first: int = 0) -> WorkingGroup:
    """Group (a) with a field lead, ``count`` members, meetings and recommendations."""
    group = WorkingGroup.objects.get(letter="a")
    office = OfficeFactory(code=f"WG{first:03d}", name=f"Lead office {first}")
    lead = PersonFactory(name=f"Lead {first}", affiliation=Person.Affiliation.FIELD_OFFICE, office=office)
    services.membership_add(working_group=group, person=lead, role="lead", actor=None, reason=R)
    principle, element = GuidingPrinciple.objects.get(letter="b"), StrategicElement.objects.get(letter="c")
    for index in range(first, first + count):
        member = PersonFactory(name=f"Member {index}")
        services.membership_add(working_group=group, person=member, role="member", actor=None, reason=R)
        services.meeting_create(
            working_group=group, date=datetime.date(2023, 5, 1) + datetime.timedelta(days=index),
            title=f"Meeting {index}", actor=None, reason=R,
        )  # fmt: skip
        RecommendationFactory(
            code=f"R-{index:03d}",
            working_group=group,
            principles=[principle],
            strategic_elements=[element],
            milestones=[MilestoneFactory(code=f"M-{index:03d}")],
            offices=[office],
        )
    return group


class TestPermissions:
    @pytest.mark.parametrize("url", ["/working-groups/", "/working-groups/A/"])
    def test_anonymous_to_login_outsiders_refused_staff_served(self, django_user_model, staff_client, url):
        anonymous = Client()
        assert anonymous.get(url)["Location"].startswith("/accounts/login/")
        outsider = Client()
        outsider.force_login(django_user_model.objects.create_user("delegate", "d@example.org", "x-not-secret-1"))
        assert outsider.get(url).status_code == 403
        assert staff_client.get(url).status_code == 200


class TestList:
    def test_shows_the_four_groups_with_their_leads_and_counts(self, staff_client):
        populate(2)
        page = staff_client.get("/working-groups/").content.decode()
        for letter in "abcd":
            assert f'href="/working-groups/{letter.upper()}/">({letter})' in page
        assert "Lead 0" in page
        assert '<td class="num">3</td>' in page  # the lead and two members

    @pytest.mark.parametrize(
        ("query", "shown", "hidden"),
        [
            ("working_group=a", "R-000", None),
            ("working_group=b", None, "R-000"),
            ("status=draft", "R-000", None),
            ("status=accepted", None, "R-000"),
            ("principle=b", "R-001", None),
            ("strategic_element=a", None, "R-001"),
            ("q=R-001", "R-001", "R-000"),
        ],
    )
    def test_filters_recommendations_with_the_api_filterset(self, staff_client, query, shown, hidden):
        populate(2)
        page = staff_client.get(f"/working-groups/?{query}").content.decode()
        if shown:
            assert f'id="recommendation-{shown}"' in page
        if hidden:
            assert f'id="recommendation-{hidden}"' not in page

    def test_htmx_gets_only_the_recommendations(self, staff_client):
        populate(1)
        page = staff_client.get("/working-groups/?status=draft", headers={"HX-Request": "true"}).content.decode()
        assert "<html" not in page
        assert "1 recommendation found." in page


class TestDetail:
    def test_shows_topic_people_meetings_and_recommendations(self, staff_client):
        populate(2)
        page = staff_client.get("/working-groups/A/").content.decode()
        group = WorkingGroup.objects.get(letter="a")
        assert group.topic in page
        assert page.index("Lead 0") < page.index("Member 0")
        assert 'href="/offices/WG000/">Lead office 0</a>' in page
        assert "Directorate of Technical Cooperation" in page
        assert "Meeting 1" in page

    def test_recommendations_trace_to_principles_elements_milestones_and_offices(self, staff_client):
        populate(1)
        page = staff_client.get("/working-groups/a/").content.decode()
        row = page[page.index('id="recommendation-R-000"') :]
        row = row[: row.index("</tr>")]
        assert "(b)</abbr>" in row
        assert "(c)</abbr>" in row
        assert ">M-000</a>" in row
        assert ">WG000</a>" in row
        assert "Draft" in row

    def test_unknown_group_is_not_found(self, staff_client):
        assert staff_client.get("/working-groups/Z/").status_code == 404


class TestQueryBudgets:
    @pytest.mark.parametrize("url", ["/working-groups/", "/working-groups/?status=draft", "/working-groups/A/"])
    def test_fixed_number_of_queries(self, staff_client, url):
        populate(3)
        staff_client.get(url)
        small = queries(staff_client, url)
        populate(27, first=3)
        assert queries(staff_client, url) == small
