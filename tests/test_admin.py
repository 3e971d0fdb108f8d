"""The admin: every model is listed and editable, its writes go through the services and are
recorded with a reason, refusals show as form errors, roles limit what a user sees, and list
pages cost the same number of queries whatever their size."""

import datetime

import pytest
from django.contrib import admin

from offices import services as office_services
from offices.models import Country, Coverage, InterimArrangement, Office
from reform_portal import roles
from roadmap.models import Milestone
from tests.admin_helpers import admin_url, change_form_data, query_count, user_in
from tests.factories import MilestoneFactory, OfficeFactory, PersonFactory, RecommendationFactory
from working_groups import services as wg_services
from working_groups.models import Membership, Person, Recommendation, WorkingGroup

pytestmark = pytest.mark.django_db

DOMAIN_APPS = {"offices", "roadmap", "working_groups"}
MODELS = [model for model in admin.site._registry if model._meta.app_label in DOMAIN_APPS]


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_list_and_add_pages_open(client, admin_user, model):
    client.force_login(admin_user)
    for view in ("changelist", "add"):
        response = client.get(admin_url(model, view))
        assert response.status_code == 200, view


REGISTER_MODELS = [Office, Coverage, InterimArrangement, Person, Membership, Milestone]


@pytest.mark.parametrize("model", REGISTER_MODELS, ids=lambda model: model._meta.label)
def test_registers_have_import_and_export_pages(client, admin_user, model):
    client.force_login(admin_user)
    changelist = client.get(admin_url(model, "changelist")).content.decode()
    assert admin_url(model, "import") in changelist
    assert admin_url(model, "export") in changelist
    import_page = client.get(admin_url(model, "import"))
    assert "change_reason" in import_page.context["form"].fields
    assert [label for _value, label in import_page.context["form"].fields["format"].choices][1:] == ["csv", "xlsx"]
    assert client.get(admin_url(model, "export")).status_code == 200


def test_every_domain_model_is_registered():
    from django.apps import apps

    domain_models = {
        m for m in apps.get_models() if m._meta.app_label in DOMAIN_APPS and not m.__name__.startswith("Historical")
    }
    unregistered = {m.__name__ for m in domain_models} - {m.__name__ for m in MODELS}
    assert unregistered == {"MilestoneDependency"}, "dependencies are edited on the milestone form"


def test_an_admin_edit_is_recorded_with_its_reason(client, admin_user):
    office = OfficeFactory(city="Lusaka")
    client.force_login(admin_user)
    url = admin_url(Office, "change", office.pk)
    data = change_form_data(client.get(url))
    data.update({"city": "Ndola", "change_reason": "Office relocated"})
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    latest = office.history.first()
    assert (latest.city, latest.history_user, latest.history_change_reason) == ("Ndola", admin_user, "Office relocated")
    assert latest.version == 2


def test_a_change_without_a_reason_is_not_saved(client, admin_user):
    office = OfficeFactory(city="Lusaka")
    client.force_login(admin_user)
    url = admin_url(Office, "change", office.pk)
    data = change_form_data(client.get(url)) | {"city": "Ndola"}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "change_reason" in response.context["adminform"].form.errors
    office.refresh_from_db()
    assert office.city == "Lusaka"


def test_a_stale_office_edit_is_refused_naming_who_changed_it(client, admin_user):
    office = OfficeFactory(city="Lusaka")
    client.force_login(admin_user)
    url = admin_url(Office, "change", office.pk)
    data = change_form_data(client.get(url))
    other = user_in(roles.ADMINISTRATORS, "other-admin")
    office_services.office_update(office=office, changes={"city": "Kitwe"}, actor=other, reason="r", expected_version=1)
    response = client.post(url, data | {"city": "Ndola", "change_reason": "Office relocated"})
    assert response.status_code == 200
    [error] = response.context["adminform"].form.non_field_errors()
    assert "was changed by other-admin" in error
    office.refresh_from_db()
    assert (office.city, office.version) == ("Kitwe", 2)


def test_a_service_refusal_is_a_form_error_not_a_server_error(client, admin_user, today):
    """The vacancy rule lives in the service only; the add form shows it and saves nothing."""
    office = OfficeFactory()
    office_services.head_post_set(office=office, status="filled", incumbent=PersonFactory(), actor=None, reason="r")
    client.force_login(admin_user)
    url = admin_url(InterimArrangement, "add")
    data = change_form_data(client.get(url))
    data |= {
        "office": office.pk,
        "kind": "officer_in_charge",
        "officer_in_charge": PersonFactory().pk,
        "start": today.isoformat(),
        "host_government_agreement": "not_requested",
        "change_reason": "Representation arranged",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "is not vacant" in str(response.context["adminform"].form.errors)
    assert not InterimArrangement.objects.exists()


def test_an_inline_refused_by_the_model_rules_saves_nothing(client, admin_user, kenya, today):
    first, second = OfficeFactory(), OfficeFactory(city="Nairobi")
    office_services.coverage_open(country=kenya, office=first, valid_from=today, actor=None, reason="r")
    client.force_login(admin_user)
    url = admin_url(Office, "change", second.pk)
    data = change_form_data(client.get(url))
    data |= {
        "city": "Mombasa",
        "change_reason": "Takes over Kenya",
        "coverages-TOTAL_FORMS": "1",
        "coverages-0-country": kenya.pk,
        "coverages-0-valid_from": today.isoformat(),
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "already covered by" in str(response.context["inline_admin_formsets"][1].formset.errors)
    second.refresh_from_db()
    assert (second.city, Coverage.objects.filter(office=second).count()) == ("Nairobi", 0)


def test_deleting_asks_for_the_reason_the_history_keeps(client, admin_user):
    person = PersonFactory(name="Ada Example")
    client.force_login(admin_user)
    url = admin_url(Person, "delete", person.pk)
    assert 'name="change_reason"' in client.get(url).content.decode()
    response = client.post(url, {"post": "yes", "change_reason": "Left the organisation"})
    assert response.status_code == 302
    last = Person.history.filter(id=person.pk).first()
    assert (last.history_type, last.history_change_reason) == ("-", "Left the organisation")
    assert last.history_user == admin_user


def test_the_history_page_shows_each_change_with_who_when_and_why(client, admin_user):
    office = OfficeFactory(city="Lusaka")
    office_services.office_update(office=office, changes={"city": "Ndola"}, actor=admin_user, reason="Relocated")
    client.force_login(admin_user)
    page = client.get(admin_url(Office, "history", office.pk)).content.decode()
    assert "City:</strong> Lusaka&nbsp;&rarr;&nbsp;Ndola" in page
    assert "Relocated" in page
    assert "reform-admin" in page
    assert "Version:" not in page, "the version counter is not a change worth showing"
    assert page.count("Restore this version") == 1, "every version but the current one can be restored"


def test_restoring_an_earlier_version_is_a_new_recorded_change(client, admin_user):
    office = OfficeFactory(city="Lusaka")
    office_services.office_update(office=office, changes={"city": "Ndola"}, actor=admin_user, reason="Relocated")
    first = office.history.last()
    client.force_login(admin_user)
    url = admin_url(Office, "restore", office.pk, first.history_id)
    page = client.get(url)
    assert [(c["now"], c["restored"]) for c in page.context["changes"]] == [("Ndola", "Lusaka")]
    response = client.post(url, {"change_reason": "Relocation cancelled", "expected_version": 2})
    assert response.status_code == 302
    office.refresh_from_db()
    assert (office.city, office.version, office.history.count()) == ("Lusaka", 3, 3)
    latest = office.history.first()
    assert (latest.history_change_reason, latest.history_user) == ("Relocation cancelled", admin_user)


def test_a_recorded_version_is_viewed_not_saved_from_its_page(client, admin_user):
    office = OfficeFactory(city="Lusaka")
    client.force_login(admin_user)
    url = admin_url(Office, "simple_history", office.pk, office.history.get().history_id)
    assert client.get(url).status_code == 200
    assert client.post(url, {"city": "Ndola", "change_reason": "r"}).status_code == 405


def test_a_restore_based_on_an_older_version_is_refused(client, admin_user):
    office = OfficeFactory(city="Lusaka")
    office_services.office_update(office=office, changes={"city": "Ndola"}, actor=admin_user, reason="Relocated")
    client.force_login(admin_user)
    url = admin_url(Office, "restore", office.pk, office.history.last().history_id)
    response = client.post(url, {"change_reason": "Undo", "expected_version": 1})
    assert response.status_code == 200
    assert "was changed by reform-admin" in str(response.context["form"].non_field_errors())
    office.refresh_from_db()
    assert (office.city, office.version) == ("Ndola", 2)


# -- roles -------------------------------------------------------------------------------------


@pytest.fixture
def focal_point(db):
    own, other = OfficeFactory(name="Own office"), OfficeFactory(name="Other office")
    user = user_in(roles.FOCAL_POINTS, "focal")
    office_services.office_update(office=own, changes={"focal_points": [user]}, actor=None, reason="r")
    return user, own, other


def test_a_focal_point_sees_only_their_office(client, focal_point):
    user, own, other = focal_point
    client.force_login(user)
    listed = client.get(admin_url(Office, "changelist")).context["cl"].result_list
    assert list(listed) == [own]
    assert client.get(admin_url(Office, "change", other.pk)).status_code == 302, "no such office for them"
    assert client.get(admin_url(Milestone, "changelist")).status_code == 403
    models = {m["object_name"] for app in client.get("/admin/").context["app_list"] for m in app["models"]}
    assert "Office" in models
    assert "Milestone" not in models


def test_a_focal_point_updates_their_office_but_not_its_place_in_the_network(client, focal_point):
    user, own, _other = focal_point
    client.force_login(user)
    url = admin_url(Office, "change", own.pk)
    response = client.get(url)
    assert "code" not in response.context["adminform"].form.fields
    data = change_form_data(response) | {"city": "Ndola", "change_reason": "Moved", "code": "HACK"}
    assert client.post(url, data).status_code == 302
    own.refresh_from_db()
    assert (own.city, own.code, own.history.first().history_user) == ("Ndola", own.code, user)
    assert own.code != "HACK"


def test_staff_read_but_do_not_write(client):
    office = OfficeFactory()
    client.force_login(user_in(roles.STAFF, "staff"))
    assert client.get(admin_url(Office, "change", office.pk)).status_code == 200
    assert client.get(admin_url(Office, "add")).status_code == 403
    assert client.get(admin_url(Office, "import")).status_code == 403
    assert client.get(admin_url(Milestone, "changelist")).context["cl"].formset is None


# -- query budgets -------------------------------------------------------------------------------


def _offices(n: int) -> None:
    OfficeFactory.create_batch(n)


def _milestones(n: int) -> None:
    owner, office = PersonFactory(), OfficeFactory()
    for _ in range(n):
        MilestoneFactory(owner=owner, offices=[office])


def _coverage(n: int) -> None:
    office = OfficeFactory()
    taken = Coverage.objects.values("country")
    for country in Country.objects.exclude(pk__in=taken).order_by("pk")[:n]:
        office_services.coverage_open(
            country=country, office=office, valid_from=datetime.date(2024, 1, 1), actor=None, reason="r"
        )


def _people(n: int) -> None:
    office = OfficeFactory()
    for _ in range(n):
        PersonFactory(affiliation=Person.Affiliation.FIELD_OFFICE, office=office)


def _memberships(n: int) -> None:
    group = WorkingGroup.objects.get(letter="b")
    for person in PersonFactory.create_batch(n):
        wg_services.membership_add(working_group=group, person=person, role="member", actor=None, reason="r")


def _interim_arrangements(n: int) -> None:
    for office in OfficeFactory.create_batch(n):
        office_services.head_post_set(office=office, status="vacant", actor=None, reason="r")
        office_services.interim_arrangement_create(
            office=office,
            kind="officer_in_charge",
            officer_in_charge=PersonFactory(),
            start=datetime.date(2025, 1, 1),
            actor=None,
            reason="r",
        )


def _recommendations(n: int) -> None:
    RecommendationFactory.create_batch(n)


LISTS = [
    (Office, _offices),
    (Milestone, _milestones),
    (Coverage, _coverage),
    (Person, _people),
    (Membership, _memberships),
    (InterimArrangement, _interim_arrangements),
    (Recommendation, _recommendations),
]


@pytest.mark.parametrize(("model", "make"), LISTS, ids=lambda item: getattr(item, "__name__", ""))
def test_list_pages_cost_the_same_queries_at_two_sizes(client, admin_user, model, make):
    client.force_login(admin_user)
    url = admin_url(model, "changelist")
    make(3)
    client.get(url)  # the first page also fills the cache of the demo-data banner (a context processor)
    small = query_count(client, url)
    make(27)
    assert model.objects.count() >= 30
    assert query_count(client, url) == small
