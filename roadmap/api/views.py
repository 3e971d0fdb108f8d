"""API v1 views of the roadmap: declarations; reads via selectors, writes via services."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from reform_portal.api_views import ReadOnlyReformViewSet, ReformViewSet
from roadmap import selectors, services
from roadmap.api import serializers
from roadmap.filtersets import BriefingSessionFilterSet, MilestoneFilterSet
from roadmap.models import GuidingPrinciple, KeyActivity, StrategicElement


class PhaseViewSet(ReadOnlyReformViewSet):
    """The two phases of the roadmap and the two parts of phase 1 (public)."""

    public = True
    selector = staticmethod(selectors.phase_list)
    serializer_class = serializers.PhaseSerializer
    natural_key = "code"
    brief_code_field = "code"


class KeyActivityViewSet(ReadOnlyReformViewSet):
    """The seven key activities of the roadmap (public)."""

    public = True
    selector = staticmethod(lambda: KeyActivity.objects.order_by("number"))
    serializer_class = serializers.KeyActivitySerializer
    brief_code_field = "number"


class GuidingPrincipleViewSet(ReadOnlyReformViewSet):
    """The seven guiding principles (a–g) of the reform (public)."""

    public = True
    selector = staticmethod(lambda: GuidingPrinciple.objects.order_by("letter"))
    serializer_class = serializers.GuidingPrincipleSerializer
    natural_key = "letter"
    brief_code_field = "letter"


class StrategicElementViewSet(ReadOnlyReformViewSet):
    """The five key elements (a–e) of the phase-2 strategic direction (public)."""

    public = True
    selector = staticmethod(lambda: StrategicElement.objects.order_by("letter"))
    serializer_class = serializers.StrategicElementSerializer
    natural_key = "letter"
    brief_code_field = "letter"


class MilestoneViewSet(ReformViewSet):
    """Roadmap milestones with their dependencies and links; member states see public ones only."""

    public = True
    versioned = True
    selector = staticmethod(selectors.milestone_list)
    serializer_class = serializers.MilestoneSerializer
    filterset_class = MilestoneFilterSet
    natural_key = "code"
    brief_code_field = "code"

    def public_rows(self, queryset):
        return queryset.filter(is_public=True)

    def create_record(self, data, *, actor, reason):
        return services.milestone_create(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.milestone_update(
            milestone=instance, changes=changes, expected_version=version, actor=actor, reason=reason
        )


class BriefingSessionViewSet(ReformViewSet):
    """Global and regional briefings of member states; member states see published ones only."""

    public = True
    selector = staticmethod(lambda: selectors.briefing_session_list(published_only=False))
    serializer_class = serializers.BriefingSessionSerializer
    filterset_class = BriefingSessionFilterSet

    def public_rows(self, queryset):
        return queryset.filter(is_published=True)

    def create_record(self, data, *, actor, reason):
        return services.briefing_session_create(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.briefing_session_update(session=instance, changes=changes, actor=actor, reason=reason)


class RoadmapSummaryView(APIView):
    """Per phase and per activity: milestones by status, weighted progress; overdue milestones (internal)."""

    @extend_schema(responses=serializers.RoadmapSummarySerializer)
    def get(self, request) -> Response:
        summary = selectors.roadmap_summary()
        return Response(serializers.RoadmapSummarySerializer(summary, context={"request": request}).data)
