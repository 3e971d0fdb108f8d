"""The working-group admin: a group edited with its memberships and meetings, and restores of
recommendations that respect their workflow."""

import pytest

from tests.admin_helpers import admin_url, change_form_data
from tests.factories import OfficeFactory, PersonFactory, RecommendationFactory
from working_groups import services
from working_groups.models import Membership, Recommendation, WorkingGroup

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def add_membership(data: dict, person, role: str) -> dict:
    index = int(data["memberships-TOTAL_FORMS"])
    return data | {
        "memberships-TOTAL_FORMS": str(index + 1),
        f"memberships-{index}-person": person.pk,
        f"memberships-{index}-role": role,
    }


def test_a_group_is_edited_with_its_memberships_recorded_with_the_reason(admin_client, admin_user):
    group = WorkingGroup.objects.get(letter="c")
    lead = PersonFactory(affiliation="field_office", office=OfficeFactory())
    url = admin_url(WorkingGroup, "change", group.pk)
    data = add_membership(change_form_data(admin_client.get(url)), lead, "lead") | {"change_reason": "Lead named"}
    assert admin_client.post(url, data).status_code == 302
    membership = Membership.objects.get(working_group=group, person=lead)
    latest = membership.history.first()
    assert (latest.history_user, latest.history_change_reason) == (admin_user, "Lead named")


def test_a_group_is_led_from_the_field(admin_client):
    group = WorkingGroup.objects.get(letter="c")
    url = admin_url(WorkingGroup, "change", group.pk)
    data = add_membership(change_form_data(admin_client.get(url)), PersonFactory(), "lead")
    response = admin_client.post(url, data | {"change_reason": "Lead named"})
    assert response.status_code == 200
    assert "led from the field" in str(response.context["inline_admin_formsets"][0].formset.errors)
    assert not Membership.objects.filter(working_group=group).exists()


def test_a_recommendations_text_is_restored_but_not_its_status(admin_client, admin_user):
    recommendation = RecommendationFactory(text="First draft")
    services.recommendation_update(
        recommendation=recommendation, changes={"text": "Second draft"}, actor=admin_user, reason="Redrafted"
    )
    first = recommendation.history.last()
    url = admin_url(Recommendation, "restore", recommendation.pk, first.history_id)
    assert admin_client.post(url, {"change_reason": "Back to the first", "expected_version": 2}).status_code == 302
    recommendation.refresh_from_db()
    assert (recommendation.text, recommendation.version) == ("First draft", 3)

    services.recommendation_transition(recommendation=recommendation, status="submitted", actor=admin_user, reason="r")
    response = admin_client.post(url, {"change_reason": "Undo the submission", "expected_version": 4})
    assert response.status_code == 200
    assert "with a transition" in str(response.context["form"].errors)
    recommendation.refresh_from_db()
    assert (recommendation.status, recommendation.version) == ("submitted", 4)
