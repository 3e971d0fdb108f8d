"""API v1 views of the working groups: declarations; reads via selectors, writes via services."""

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from reform_portal.api_views import API_REASON, ReadOnlyReformViewSet, ReformViewSet, expected_version
from working_groups import selectors, services
from working_groups.api import serializers
from working_groups.filtersets import MeetingFilterSet, PersonFilterSet, RecommendationFilterSet


class WorkingGroupViewSet(ReadOnlyReformViewSet):
    """The four working groups of phase 1 and their topics (public)."""

    public = True
    selector = staticmethod(selectors.working_group_list)
    serializer_class = serializers.WorkingGroupSerializer
    natural_key = "letter"
    brief_code_field = "letter"


class PersonViewSet(ReformViewSet):
    """People taking part in the reform, with their unit (internal)."""

    selector = staticmethod(selectors.person_list)
    serializer_class = serializers.PersonSerializer
    filterset_class = PersonFilterSet

    def create_record(self, data, *, actor, reason):
        return services.person_create(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.person_update(person=instance, changes=changes, actor=actor, reason=reason)


class RecommendationViewSet(ReformViewSet):
    """Working-group recommendations; the status moves only through ``transition`` (internal)."""

    versioned = True
    selector = staticmethod(selectors.recommendation_list)
    serializer_class = serializers.RecommendationSerializer
    filterset_class = RecommendationFilterSet
    natural_key = "code"
    brief_code_field = "code"

    def create_record(self, data, *, actor, reason):
        return services.recommendation_create(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.recommendation_update(
            recommendation=instance, changes=changes, expected_version=version, actor=actor, reason=reason
        )

    @extend_schema(
        request=serializers.RecommendationTransitionSerializer, responses=serializers.RecommendationSerializer
    )
    @action(detail=True, methods=["post"], filterset_class=None)
    def transition(self, request, *args, **kwargs) -> Response:
        """Move the recommendation along draft → submitted → accepted / modified / rejected → implemented."""
        recommendation = self.get_object()
        version = expected_version(request, recommendation)
        payload = serializers.RecommendationTransitionSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = dict(payload.validated_data)
        self.record = services.recommendation_transition(
            recommendation=recommendation,
            status=data["status"],
            rationale=data.get("rationale", ""),
            decided_on=data.get("decided_on"),
            expected_version=version,
            actor=request.user,
            reason=data.get("change_reason", API_REASON),
        )
        return Response(self.get_serializer(self.record).data)


class MeetingViewSet(ReformViewSet):
    """Meetings of the working groups (internal)."""

    selector = staticmethod(selectors.meeting_list)
    serializer_class = serializers.MeetingSerializer
    filterset_class = MeetingFilterSet

    def create_record(self, data, *, actor, reason):
        return services.meeting_create(**data, actor=actor, reason=reason)

    def update_record(self, instance, changes, *, actor, reason, version):
        return services.meeting_update(meeting=instance, changes=changes, actor=actor, reason=reason)
