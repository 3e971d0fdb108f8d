"""Invariants of the working groups, refused by the database and by validation alike."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import OfficeFactory, PersonFactory, RecommendationFactory
from tests.offices.test_models import refused_by_database
from working_groups import services
from working_groups.models import Membership, Person, Recommendation, WorkingGroup

pytestmark = pytest.mark.django_db


class TestRecommendationWorkflow:
    def test_database_refuses_a_status_jump(self):
        recommendation = RecommendationFactory()
        with refused_by_database("guard_recommendation_status_flow"):
            Recommendation.objects.filter(pk=recommendation.pk).update(status="implemented")
        recommendation.refresh_from_db()
        assert recommendation.status == "draft"

    def test_validation_says_where_a_status_can_go(self):
        recommendation = RecommendationFactory()
        with pytest.raises(ValidationError) as refused:
            services.recommendation_transition(recommendation=recommendation, status="accepted", actor=None, reason="t")
        assert refused.value.message_dict["status"] == [
            "A recommendation cannot go from Draft to Accepted; from Draft it can go to: Submitted."
        ]

    def test_the_allowed_path_to_implementation(self):
        recommendation = RecommendationFactory()
        for status in ("submitted", "accepted", "implemented"):
            recommendation = services.recommendation_transition(
                recommendation=recommendation, status=status, actor=None, reason="t"
            )
        assert recommendation.status == "implemented"
        assert recommendation.decided_on is not None

    def test_a_rejection_needs_a_rationale(self):
        recommendation = services.recommendation_transition(
            recommendation=RecommendationFactory(), status="submitted", actor=None, reason="t"
        )
        with pytest.raises(ValidationError) as refused:
            services.recommendation_transition(recommendation=recommendation, status="rejected", actor=None, reason="t")
        assert "A recommendation that is rejected needs a decision rationale." in refused.value.messages


class TestPeople:
    def test_database_refuses_a_field_affiliation_without_office(self):
        with refused_by_database():
            Person.objects.create(name="X", affiliation=Person.Affiliation.FIELD_OFFICE)

    def test_working_groups_are_led_from_the_field(self):
        group = WorkingGroup.objects.get(letter="b")
        headquarters = PersonFactory(name="Ada Example")
        with pytest.raises(ValidationError) as refused:
            services.membership_add(working_group=group, person=headquarters, role="lead", actor=None, reason="t")
        assert "Ada Example is not a field representative" in refused.value.message_dict["role"][0]
        field = PersonFactory(affiliation=Person.Affiliation.FIELD_OFFICE, office=OfficeFactory())
        services.membership_add(working_group=group, person=field, role="lead", actor=None, reason="t")
        assert Membership.objects.get(working_group=group).person == field
