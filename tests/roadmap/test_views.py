"""Staff pages of the roadmap: timeline and table, milestone page, filters, htmx, query budgets."""

import datetime

import pytest

from roadmap import services
from roadmap.models import Milestone
from tests.factories import MilestoneFactory, RecommendationFactory
from tests.offices.test_views import queries

pytestmark = pytest.mark.django_db
D = datetime.date
DAY = datetime.timedelta(days=1)


def chain(count: int, *, first: int = 0) -> list[Milestone]:
    """``count`` milestones ahead of today, each depending on the one before."""
    start = datetime.date.today() + 30 * DAY
    milestones = Milestone.objects.filter(code=f"M-{first - 1:03d}")
    previous = milestones.first()
    made = []
    for index in range(first, first + count):
        begin = start + datetime.timedelta(days=7 * index)
        previous = MilestoneFactory(
            code=f"M-{index:03d}",
            planned_start=begin,
            planned_end=begin + 5 * DAY,
            depends_on=[previous] if previous else [],
        )
        made.append(previous)
    return made


def overdue(today) -> Milestone:
    return MilestoneFactory(
        code="LATE", title="Late deliverable", planned_start=today - 40 * DAY, planned_end=today - 10 * DAY,
        status="in_progress", progress=40,
    )  # fmt: skip


class TestPermissions:
    @pytest.mark.parametrize("url", ["/roadmap/", "/roadmap/?view=table", "/roadmap/milestones/{pk}/"])
    def test_anonymous_to_login_outsiders_refused_staff_served(self, client, django_user_model, staff_client, url):
        url = url.format(pk=MilestoneFactory().pk)
        from django.test import Client

        anonymous = Client()
        assert anonymous.get(url).status_code == 302
        assert anonymous.get(url)["Location"].startswith("/accounts/login/")
        outsider = Client()
        outsider.force_login(django_user_model.objects.create_user("delegate", "d@example.org", "x-not-secret-1"))
        assert outsider.get(url).status_code == 403
        assert staff_client.get(url).status_code == 200


class TestTimeline:
    def test_draws_a_bar_per_milestone_grouped_by_phase(self, staff_client):
        chain(3)
        page = staff_client.get("/roadmap/").content.decode()
        assert page.count('class="bar') >= 3
        assert all(f'data-milestone="M-00{i}"' in page for i in range(3))
        assert "Phase 2" in page

    def test_draws_today_and_highlights_the_overdue(self, staff_client, today):
        overdue(today)
        chain(1)
        page = staff_client.get("/roadmap/").content.decode()
        assert 'class="today-line"' in page
        assert f'data-today="{today.isoformat()}"' in page
        assert 'data-milestone="LATE" data-overdue="true"' in page
        assert 'data-milestone="M-000" data-overdue="false"' in page
        assert "bar--overdue" in page
        assert '<text class="overdue-label"' in page

    def test_draws_the_dependencies(self, staff_client):
        chain(3)
        page = staff_client.get("/roadmap/").content.decode()
        assert 'data-from="M-000" data-to="M-001"' in page
        assert 'data-from="M-001" data-to="M-002"' in page

    def test_table_view_is_the_text_alternative(self, staff_client, today):
        chain(2)
        overdue(today)
        page = staff_client.get("/roadmap/?view=table").content.decode()
        assert "<svg" not in page
        assert '<caption id="milestones-caption">' in page
        assert "M-001" in page
        assert '<span class="status status--overdue">Overdue</span>' in page

    @pytest.mark.parametrize(
        ("query", "shown", "hidden"),
        [
            ("overdue=true", "LATE", "M-000"),
            ("overdue=false", "M-000", "LATE"),
            ("status=in_progress", "LATE", "M-000"),
            ("q=Late", "LATE", "M-000"),
            ("phase=phase-2", "LATE", None),
            ("planned_end_after={soon}&planned_end_before={later}", "M-000", "LATE"),
        ],
    )
    def test_filters_are_the_api_filterset(self, staff_client, today, query, shown, hidden):
        chain(1)
        overdue(today)
        query = query.format(soon=today + 30 * DAY, later=today + 40 * DAY)
        page = staff_client.get(f"/roadmap/?view=table&{query}").content.decode()
        assert f">{shown} " in page
        if hidden:
            assert f">{hidden} " not in page

    def test_htmx_gets_only_the_view_and_keeps_the_view_choice(self, staff_client):
        chain(1)
        response = staff_client.get("/roadmap/?view=table", headers={"HX-Request": "true"})
        page = response.content.decode()
        assert "<html" not in page
        assert '<caption id="milestones-caption">' in page
        assert 'id="view-input" value="table" hx-swap-oob="true"' in page

    def test_no_milestone_says_so(self, staff_client):
        page = staff_client.get("/roadmap/?q=nothing-like-this").content.decode()
        assert "No milestone matches these filters." in page


class TestMilestonePage:
    def test_shows_details_dependencies_and_history(self, staff_client):
        _first, second, _third = chain(3)
        page = staff_client.get(f"/roadmap/milestones/{second.pk}/").content.decode()
        assert "M-001" in page
        waits_for = page[page.index('id="predecessors"') : page.index('id="successors"')]
        assert "M-000" in waits_for
        followed_by = page[page.index('id="successors"') :]
        assert "M-002" in followed_by
        assert "Test fixture" in page

    def test_lists_everything_that_waits_for_it(self, staff_client):
        first, *_rest = chain(3)
        page = staff_client.get(f"/roadmap/milestones/{first.pk}/").content.decode()
        assert "Everything that waits for it" in page
        assert "M-002" in page

    def test_lists_the_recommendations_traced_to_it(self, staff_client):
        milestone = MilestoneFactory()
        RecommendationFactory(code="R-TRACE", milestones=[milestone])
        page = staff_client.get(f"/roadmap/milestones/{milestone.pk}/").content.decode()
        assert "R-TRACE" in page

    def test_shows_its_history_after_a_change(self, staff_client):
        milestone = MilestoneFactory()
        services.milestone_update(milestone=milestone, changes={"progress": 50}, actor=None, reason="Half done")
        page = staff_client.get(f"/roadmap/milestones/{milestone.pk}/").content.decode()
        assert "Half done" in page

    def test_unknown_milestone_is_not_found(self, staff_client):
        assert staff_client.get("/roadmap/milestones/999999/").status_code == 404


class TestQueryBudgets:
    @pytest.mark.parametrize("url", ["/roadmap/", "/roadmap/?view=table", "/roadmap/?status=not_started"])
    def test_fixed_number_of_queries(self, staff_client, url):
        chain(3)
        staff_client.get(url)
        small = queries(staff_client, url)
        chain(27, first=3)
        assert queries(staff_client, url) == small

    def test_milestone_page(self, staff_client):
        first, *_rest = chain(3)
        RecommendationFactory(code="R-Q", milestones=[first])
        url = f"/roadmap/milestones/{first.pk}/"
        staff_client.get(url)
        small = queries(staff_client, url)
        chain(27, first=3)
        for index in range(5):
            RecommendationFactory(code=f"R-Q{index}", milestones=[first])
        assert queries(staff_client, url) == small
