"""Serializers of the working groups' resources; related records appear in brief form."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from offices.api.serializers import office_field, region_field
from reform_portal.api_views import BriefRelatedField, PublicAwareSerializer, ReasonedSerializer
from roadmap.api.serializers import milestone_field, principle_field, strategic_element_field
from working_groups.models import Meeting, Person, Recommendation, WorkingGroup


def working_group_field(**kwargs) -> BriefRelatedField:
    return BriefRelatedField(
        view_name="api:working-group-detail", code_field="letter", queryset=WorkingGroup.objects.all(), **kwargs
    )


class WorkingGroupSerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:working-group-detail")
    member_count = serializers.IntegerField(read_only=True)
    recommendation_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = WorkingGroup
        fields = ["id", "url", "letter", "name", "topic", "member_count", "recommendation_count"]
        internal_fields = ["member_count", "recommendation_count"]


class PersonSerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:person-detail")
    office = office_field(required=False, allow_null=True)
    regional_bureau = region_field(required=False, allow_null=True)

    class Meta:
        model = Person
        fields = [
            "id",
            "url",
            "name",
            "job_title",
            "email",
            "affiliation",
            "office",
            "regional_bureau",
            "is_demo",
            "change_reason",
        ]
        read_only_fields = ["is_demo"]


class RecommendationSerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:recommendation-detail")
    working_group = working_group_field()
    principles = principle_field(many=True, required=False)
    strategic_elements = strategic_element_field(many=True, required=False)
    milestones = milestone_field(many=True, required=False)
    offices = office_field(many=True, required=False)

    class Meta:
        model = Recommendation
        fields = [
            "id",
            "url",
            "code",
            "working_group",
            "title",
            "text",
            "status",
            "decision_rationale",
            "decided_on",
            "principles",
            "strategic_elements",
            "milestones",
            "offices",
            "is_demo",
            "version",
            "change_reason",
        ]
        read_only_fields = ["status", "decision_rationale", "decided_on", "is_demo", "version"]


class RecommendationTransitionSerializer(serializers.Serializer):
    """Moves a recommendation along its workflow."""

    status = serializers.ChoiceField(choices=Recommendation.Status.choices)
    rationale = serializers.CharField(required=False, allow_blank=True, help_text=_("Why it was decided so."))
    decided_on = serializers.DateField(required=False, allow_null=True)
    change_reason = serializers.CharField(required=False, max_length=200)


class MeetingSerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:meeting-detail")
    working_group = working_group_field()

    class Meta:
        model = Meeting
        fields = ["id", "url", "working_group", "date", "title", "format", "summary", "is_demo", "change_reason"]
        read_only_fields = ["is_demo"]
