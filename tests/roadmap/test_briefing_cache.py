"""The public briefing pages are cached for anonymous visitors, a published change shows at
once despite the cache, and each page costs the same queries at two sizes of the network."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from offices import services as office_services
from offices.models import Office
from roadmap import services
from roadmap.models import BriefingSession, BriefingText
from tests.factories import MilestoneFactory
from tests.offices.test_views import build_network

pytestmark = pytest.mark.django_db
R = "Test fixture"


def get(client, url: str, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    translation.deactivate()  # the request's language stays active in this thread otherwise
    assert response.status_code in (200, 304), url
    return response, len(captured)


def publish_text(code: str, title: str, body: str = "Text.") -> None:
    text = services.briefing_text_create(
        code=code, page="overview", title={"en": title}, body={"en": body}, actor=None, reason=R
    )
    text = services.briefing_text_submit(text=text, actor=None, reason=R)
    services.briefing_text_publish(text=text, actor=None, reason=R)


class TestCache:
    def test_a_second_anonymous_visit_costs_no_query(self, client):
        first, first_queries = get(client, "/en/briefing/")
        again, queries = get(client, "/en/briefing/")
        assert first_queries > 0
        assert queries == 0
        assert again.content == first.content
        assert again["Cache-Control"] == "public, max-age=0, must-revalidate"

    def test_each_language_and_page_has_its_own_entry(self, client):
        english, _ = get(client, "/en/briefing/")
        french, queries = get(client, "/fr/briefing/")
        assert queries > 0
        assert english.content != french.content
        _response, queries = get(client, "/en/briefing/figures.csv")
        assert queries > 0

    def test_publishing_a_change_shows_it_at_once(self, client):
        get(client, "/en/briefing/")
        publish_text("news", "Freshly published")
        response, _ = get(client, "/en/briefing/")
        assert "Freshly published" in response.content.decode()

    def test_a_revision_shows_only_once_published(self, client):
        publish_text("news", "First wording")
        text = services.briefing_text_update(
            text=BriefingText.objects.get(code="news"), changes={"title_en": "Second wording"},
            actor=None, reason=R,
        )  # fmt: skip
        page = get(client, "/en/briefing/")[0].content.decode()
        assert "First wording" in page
        assert "Second wording" not in page
        text = services.briefing_text_submit(text=text, actor=None, reason=R)
        services.briefing_text_publish(text=text, actor=None, reason=R)
        page = get(client, "/en/briefing/")[0].content.decode()
        assert "Second wording" in page
        assert "First wording" not in page

    def test_a_change_to_the_network_shows_at_once(self, client):
        office = build_network(1)[0]
        assert office.name in get(client, "/en/briefing/regions/AFR/")[0].content.decode()
        office_services.office_update(office=office, changes={"name": "Renamed office"}, actor=None, reason=R)
        assert "Renamed office" in get(client, "/en/briefing/regions/AFR/")[0].content.decode()

    def test_a_milestone_made_public_shows_at_once(self, client):
        milestone = MilestoneFactory(title="Soon to be public")
        assert "Soon to be public" not in get(client, "/en/briefing/")[0].content.decode()
        services.milestone_update(milestone=milestone, changes={"is_public": True}, actor=None, reason=R)
        assert "Soon to be public" in get(client, "/en/briefing/")[0].content.decode()

    def test_a_session_published_shows_at_once_on_the_sessions_page_and_its_csv(self, client):
        session = services.briefing_session_create(
            title="A briefing to come", scope="global", date=datetime.date(2030, 1, 1), format="virtual", actor=None,
            reason=R,
        )  # fmt: skip
        get(client, "/en/briefing/sessions/")
        get(client, "/en/briefing/sessions/sessions.csv")
        services.briefing_session_update(session=session, changes={"is_published": True}, actor=None, reason=R)
        assert "A briefing to come" in get(client, "/en/briefing/sessions/")[0].content.decode()
        assert "A briefing to come" in get(client, "/en/briefing/sessions/sessions.csv")[0].content.decode()

    def test_an_unchanged_page_is_not_sent_again(self, client):
        first, _ = get(client, "/en/briefing/")
        response, queries = get(client, "/en/briefing/", HTTP_IF_NONE_MATCH=first["ETag"])
        assert (response.status_code, response.content, queries) == (304, b"", 0)

    def test_signed_in_users_get_a_fresh_page_of_their_own(self, client, admin_user):
        get(client, "/en/briefing/")
        client.force_login(admin_user)
        page = get(client, "/en/briefing/")[0].content.decode()
        assert "Log out" in page


def sessions(count: int, *, first: int = 0) -> None:
    for index in range(first, first + count):
        session = services.briefing_session_create(
            title=f"Briefing {index}", scope="global", date=datetime.date(2024, 1, 1) + datetime.timedelta(days=index),
            format="virtual", status=BriefingSession.Status.HELD, is_published=True, actor=None, reason=R,
        )  # fmt: skip
        for kind in ("presentation", "summary_record"):
            services.briefing_material_create(
                session=session, kind=kind, title={"en": f"{kind} {index}"}, url="https://example.org/m.pdf",
                is_public=True, actor=None, reason=R,
            )  # fmt: skip


def public_milestones(count: int, *, first: int = 0) -> None:
    for index in range(first, first + count):
        MilestoneFactory(code=f"P-{index:03d}", title=f"Public {index}", is_public=True)


def grow(size: int, first: int) -> None:
    build_network(size, first=first)
    sessions(size, first=first)
    public_milestones(size, first=first)
    for index in range(first, first + size):
        publish_text(f"text-{index}", f"Text {index}")


PAGES = [
    "/en/briefing/",
    "/en/briefing/figures.csv",
    "/ar/briefing/regions/AFR/",
    "/ar/briefing/regions/AFR/figures.csv",
    "/fr/briefing/countries/{country}/",
    "/fr/briefing/countries/{country}/figures.csv",
    "/zh-hans/briefing/sessions/",
    "/zh-hans/briefing/sessions/sessions.csv",
]


@pytest.mark.parametrize("url", PAGES)
def test_a_page_costs_the_same_queries_at_two_sizes(client, url):
    grow(3, first=0)
    url = url.format(country=Office.objects.get(code="C000").host_country.iso3)
    cache.clear()
    small = get(client, url)[1]
    grow(6, first=3)
    cache.clear()
    large = get(client, url)[1]
    assert small == large, f"{url}: {small} queries with 3 offices, {large} with 9"
    assert large <= 16
