"""Nothing internal reaches the public briefing pages or their CSV files.

Distinctive values are planted in every internal field around the demonstration network
(people and their contacts, vacancies, interim arrangements, transition notes, draft
recommendations, non-public milestones and materials, unpublished sessions, briefing texts
in draft, in review or being revised), then every page and download, in every language,
is searched for them.
"""

import datetime

import pytest
from django.core.cache import cache

from offices import services as office_services
from offices.models import InterimArrangement, Office
from roadmap import services
from roadmap.models import BriefingSession, Milestone
from tests.factories import MilestoneFactory, RecommendationFactory
from working_groups import services as wg_services
from working_groups.models import Person

pytestmark = pytest.mark.django_db
R = "Test fixture"
LANGUAGES = ["en", "fr", "es", "ru", "zh-hans", "ar"]
PAGES = [
    "/{lang}/briefing/",
    "/{lang}/briefing/figures.csv",
    "/{lang}/briefing/regions/AFR/",
    "/{lang}/briefing/regions/AFR/figures.csv",
    "/{lang}/briefing/countries/KEN/",
    "/{lang}/briefing/countries/KEN/figures.csv",
    "/{lang}/briefing/countries/CIV/",
    "/{lang}/briefing/countries/CIV/figures.csv",
    "/{lang}/briefing/sessions/",
    "/{lang}/briefing/sessions/sessions.csv",
]
PLANTED = [
    "Zebulon Quigglesworth",
    "zebulon.secret@example.org",
    "Secret Envoy",
    "1999",  # the vacancy date, in any format
    "INTERIM-NOTE-PLANTED",
    "TRANSITION-NOTE-PLANTED",
    "RECOMMENDATION-TITLE-PLANTED",
    "RECOMMENDATION-DRAFT-PLANTED",
    "HIDDEN-MILESTONE-PLANTED",
    "UNPUBLISHED-SESSION-PLANTED",
    "UNPUBLISHED-SUMMARY-PLANTED",
    "MATERIAL-OF-UNPUBLISHED-PLANTED",
    "INTERNAL-MATERIAL-PLANTED",
    "INTERNAL-URL-PLANTED",
    "DRAFT-TEXT-PLANTED",
    "REVIEW-TEXT-PLANTED",
    "REVISION-PLANTED",
    "REGION-DRAFT-PLANTED",
]


def _people_and_posts() -> None:
    nairobi, abidjan = Office.objects.get(code="KEN"), Office.objects.get(code="CIV")
    person = wg_services.person_create(
        name="Zebulon Quigglesworth", email="zebulon.secret@example.org", job_title="Secret Envoy",
        affiliation=Person.Affiliation.FIELD_OFFICE, office=nairobi, actor=None, reason=R,
    )  # fmt: skip
    office_services.head_post_set(office=nairobi, status="filled", incumbent=person, actor=None, reason=R)
    office_services.head_post_set(
        office=abidjan, status="vacant", vacant_since=datetime.date(1999, 9, 9), actor=None, reason=R
    )
    arrangement = InterimArrangement.objects.get(office=abidjan, end__isnull=True)
    office_services.interim_arrangement_update(
        arrangement=arrangement, changes={"note": "INTERIM-NOTE-PLANTED", "officer_in_charge": person}, actor=None,
        reason=R,
    )  # fmt: skip
    transition = nairobi.transition
    office_services.transition_set(
        office=nairobi, status=transition.status, planned_date=transition.planned_date,
        actual_date=transition.actual_date, note="TRANSITION-NOTE-PLANTED", actor=None, reason=R,
    )  # fmt: skip
    milestone = Milestone.objects.get(code="M-02")  # public
    services.milestone_update(milestone=milestone, changes={"owner": person}, actor=None, reason=R)
    hidden = MilestoneFactory(title="HIDDEN-MILESTONE-PLANTED", is_public=False, offices=[nairobi], owner=person)
    RecommendationFactory(
        title="RECOMMENDATION-TITLE-PLANTED", text="RECOMMENDATION-DRAFT-PLANTED", offices=[nairobi],
        milestones=[milestone, hidden],
    )  # fmt: skip


def _sessions() -> None:
    unpublished = services.briefing_session_create(
        title="UNPUBLISHED-SESSION-PLANTED", summary="UNPUBLISHED-SUMMARY-PLANTED", scope="regional",
        region=Office.objects.get(code="KEN").region, date=datetime.date.today(), format="virtual", actor=None,
        reason=R,
    )  # fmt: skip
    services.briefing_material_create(
        session=unpublished, title={"en": "MATERIAL-OF-UNPUBLISHED-PLANTED"}, url="https://example.org/m.pdf",
        is_public=True, actor=None, reason=R,
    )  # fmt: skip
    held = BriefingSession.objects.filter(is_published=True, scope="global", status="held").first()
    services.briefing_material_create(
        session=held, title={"en": "INTERNAL-MATERIAL-PLANTED", "ar": "INTERNAL-MATERIAL-PLANTED"},
        url="https://example.org/INTERNAL-URL-PLANTED.docx", actor=None, reason=R,
    )  # fmt: skip


def _texts() -> None:
    def create(code, title, page="overview", **extra):
        return services.briefing_text_create(
            code=code, page=page, title=dict.fromkeys(LANGUAGES, title), body=dict.fromkeys(LANGUAGES, title),
            actor=None, reason=R, **extra,
        )  # fmt: skip

    create("draft-plant", "DRAFT-TEXT-PLANTED")
    create("region-draft-plant", "REGION-DRAFT-PLANTED", page="region", region=Office.objects.get(code="KEN").region)
    create("country-draft-plant", "DRAFT-TEXT-PLANTED", page="country")
    create("sessions-draft-plant", "DRAFT-TEXT-PLANTED", page="sessions")
    services.briefing_text_submit(text=create("review-plant", "REVIEW-TEXT-PLANTED"), actor=None, reason=R)
    revised = create("revised", "PUBLISHED-COPY-VISIBLE")
    revised = services.briefing_text_submit(text=revised, actor=None, reason=R)
    revised = services.briefing_text_publish(text=revised, actor=None, reason=R)
    services.briefing_text_update(
        text=revised, changes={"title_en": "REVISION-PLANTED", "body_fr": "REVISION-PLANTED"}, actor=None, reason=R
    )


@pytest.fixture
def planted(demo_network, db):
    _people_and_posts()
    _sessions()
    _texts()
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_internal_value_appears_on_any_page_or_download(client, planted, lang):
    found = {}
    for page in PAGES:
        url = page.format(lang=lang)
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        leaked = [value for value in PLANTED if value in content]
        if leaked:
            found[url] = leaked
    assert found == {}


def test_the_searched_pages_do_show_public_content(client, planted):
    """The search above looks where public content is: the published copy of the revised text,
    the public material and the public milestone are there."""
    assert "PUBLISHED-COPY-VISIBLE" in client.get("/fr/briefing/").content.decode()
    sessions = client.get("/en/briefing/sessions/").content.decode()
    assert "Presentation: from three tiers to two" in sessions
    assert "Working groups constituted" in client.get("/en/briefing/").content.decode()
    assert "Nairobi office" in client.get("/en/briefing/countries/KEN/").content.decode()


@pytest.mark.parametrize("code", ["AFR", "ARB", "ASP", "ECA", "LAC"])
def test_no_region_page_shows_an_internal_value(client, planted, code):
    for url in (f"/en/briefing/regions/{code}/", f"/en/briefing/regions/{code}/figures.csv"):
        content = client.get(url).content.decode()
        assert [value for value in PLANTED if value in content] == []


def test_the_planted_values_are_there_for_staff(client, admin_user, planted):
    """The planting worked: the staff pages (signed in) do show the internal values."""
    client.force_login(admin_user)
    nairobi = client.get("/offices/KEN/").content.decode()
    abidjan = client.get("/offices/CIV/").content.decode()
    assert "Zebulon Quigglesworth" in nairobi
    assert "TRANSITION-NOTE-PLANTED" in nairobi
    assert "HIDDEN-MILESTONE-PLANTED" in nairobi
    assert "RECOMMENDATION-TITLE-PLANTED" in nairobi
    assert "1999-09-09" in abidjan
