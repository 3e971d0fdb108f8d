"""Serializers of the roadmap's resources; related records appear in brief form."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from offices.api.serializers import office_field, region_field
from reform_portal.api_views import BriefRelatedField, PublicAwareSerializer, ReasonedSerializer
from roadmap.models import BriefingSession, GuidingPrinciple, KeyActivity, Milestone, Phase, StrategicElement
from working_groups.models import Person


def milestone_field(**kwargs) -> BriefRelatedField:
    return BriefRelatedField(
        view_name="api:milestone-detail", code_field="code", queryset=Milestone.objects.all(), **kwargs
    )


def principle_field(**kwargs) -> BriefRelatedField:
    return BriefRelatedField(
        view_name="api:principle-detail", code_field="letter", queryset=GuidingPrinciple.objects.all(), **kwargs
    )


def strategic_element_field(**kwargs) -> BriefRelatedField:
    return BriefRelatedField(
        view_name="api:strategic-element-detail", code_field="letter", queryset=StrategicElement.objects.all(), **kwargs
    )


# What member states may read of a public milestone; everything else is internal.
MILESTONE_PUBLIC_FIELDS = ["id", "url", "code", "title", "phase", "status", "is_demo"]


class PhaseSerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:phase-detail")
    parent = BriefRelatedField(view_name="api:phase-detail", code_field="code", read_only=True, allow_null=True)

    class Meta:
        model = Phase
        fields = ["id", "url", "code", "number", "parent", "name", "description"]


class KeyActivitySerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:activity-detail")

    class Meta:
        model = KeyActivity
        fields = ["id", "url", "number", "name", "description"]


class GuidingPrincipleSerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:principle-detail")

    class Meta:
        model = GuidingPrinciple
        fields = ["id", "url", "letter", "title", "description"]


class StrategicElementSerializer(PublicAwareSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:strategic-element-detail")

    class Meta:
        model = StrategicElement
        fields = ["id", "url", "letter", "title", "description"]


class MilestoneSerializer(ReasonedSerializer):
    """A milestone; member states see only the code, title, phase and status of public ones."""

    url = serializers.HyperlinkedIdentityField(view_name="api:milestone-detail")
    phase = BriefRelatedField(view_name="api:phase-detail", code_field="code", queryset=Phase.objects.all())
    activity = BriefRelatedField(
        view_name="api:activity-detail", code_field="number", queryset=KeyActivity.objects.all()
    )
    owner = BriefRelatedField(
        view_name="api:person-detail", queryset=Person.objects.all(), required=False, allow_null=True
    )
    depends_on = milestone_field(many=True, required=False)
    offices = office_field(many=True, required=False)
    principles = principle_field(many=True, required=False)
    strategic_elements = strategic_element_field(many=True, required=False)
    is_overdue = serializers.BooleanField(read_only=True, help_text=_("Planned end passed and not completed."))

    class Meta:
        model = Milestone
        fields = [
            *MILESTONE_PUBLIC_FIELDS,
            "activity",
            "description",
            "owner",
            "planned_start",
            "planned_end",
            "forecast_end",
            "actual_end",
            "progress",
            "weight",
            "is_public",
            "is_overdue",
            "depends_on",
            "offices",
            "principles",
            "strategic_elements",
            "version",
            "change_reason",
        ]
        read_only_fields = ["version", "is_demo"]
        internal_fields = [name for name in fields if name not in MILESTONE_PUBLIC_FIELDS]


class BriefingSessionSerializer(ReasonedSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:briefing-session-detail")
    region = region_field(required=False, allow_null=True)

    class Meta:
        model = BriefingSession
        fields = [
            "id",
            "url",
            "title",
            "scope",
            "region",
            "date",
            "format",
            "status",
            "summary",
            "is_published",
            "is_demo",
            "change_reason",
        ]
        read_only_fields = ["is_demo"]
        internal_fields = ["is_published"]


class ProgressSerializer(serializers.Serializer):
    milestones = serializers.IntegerField()
    by_status = serializers.DictField(child=serializers.IntegerField())
    weighted_progress = serializers.FloatField(
        allow_null=True, help_text=_("Progress weighted by milestone weight, cancelled milestones left out.")
    )


class PhaseProgressSerializer(ProgressSerializer):
    phase = BriefRelatedField(view_name="api:phase-detail", code_field="code", read_only=True)


class ActivityProgressSerializer(ProgressSerializer):
    activity = BriefRelatedField(view_name="api:activity-detail", code_field="number", read_only=True)


class RoadmapSummarySerializer(serializers.Serializer):
    overall = ProgressSerializer()
    phases = PhaseProgressSerializer(many=True)
    activities = ActivityProgressSerializer(many=True)
    overdue = BriefRelatedField(view_name="api:milestone-detail", code_field="code", read_only=True, many=True)
