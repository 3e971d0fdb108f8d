from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from reform_portal.admin import RecordedAdmin, RecordedInline, TranslatedRecordedAdmin
from reform_portal.admin.forms import REASON_FIELD
from reform_portal.admin.registers import RegisterAdminMixin
from working_groups import services
from working_groups.models import Meeting, Membership, Person, Recommendation, TaskForce, WorkingGroup
from working_groups.resources import MembershipResource, PersonResource


class MembershipInline(RecordedInline):
    model = Membership
    fields = ["person", "role", "is_demo"]
    autocomplete_fields = ["person"]


class MeetingInline(RecordedInline):
    model = Meeting
    fields = ["date", "title", "format", "is_demo"]


@admin.register(WorkingGroup)
class WorkingGroupAdmin(TranslatedRecordedAdmin):
    """A working group with its memberships and meetings, edited together."""

    list_display = ["letter", "name", "member_count", "meeting_count"]
    search_fields = ["letter", "name", "topic"]
    inlines = [MembershipInline, MeetingInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(members=Count("memberships", distinct=True), meetings_held=Count("meetings", distinct=True))
            .order_by(*WorkingGroup._meta.ordering)
        )

    @admin.display(description=_("members"), ordering="members")
    def member_count(self, group: WorkingGroup) -> int:
        return group.members

    @admin.display(description=_("meetings"), ordering="meetings_held")
    def meeting_count(self, group: WorkingGroup) -> int:
        return group.meetings_held


@admin.register(Person)
class PersonAdmin(RegisterAdminMixin, RecordedAdmin):
    resource_classes = [PersonResource]
    office_lookup = "office"
    list_display = ["name", "email", "job_title", "affiliation", "office", "regional_bureau", "is_demo"]
    list_filter = ["affiliation", "regional_bureau", "office__region", "is_demo"]
    list_select_related = ["office", "regional_bureau"]
    search_fields = ["name", "email", "job_title", "office__code"]
    autocomplete_fields = ["office", "user"]


@admin.register(Membership)
class MembershipAdmin(RegisterAdminMixin, RecordedAdmin):
    resource_classes = [MembershipResource]
    list_display = ["person", "working_group", "role", "is_demo"]
    list_filter = ["working_group", "role", "is_demo"]
    list_select_related = ["person", "working_group"]
    search_fields = ["person__name", "person__email"]
    autocomplete_fields = ["person"]


@admin.register(Meeting)
class MeetingAdmin(RecordedAdmin):
    list_display = ["date", "title", "working_group", "format", "is_demo"]
    list_filter = ["working_group", "format"]
    list_select_related = ["working_group"]
    search_fields = ["title", "summary"]
    date_hierarchy = "date"


@admin.register(TaskForce)
class TaskForceAdmin(RecordedAdmin):
    list_display = ["code", "name", "working_group", "lead", "start", "end", "is_demo"]
    list_filter = ["working_group"]
    list_select_related = ["working_group", "lead"]
    search_fields = ["code", "name", "mandate"]
    autocomplete_fields = ["lead", "members"]


@admin.register(Recommendation)
class RecommendationAdmin(RecordedAdmin):
    list_display = ["code", "title", "working_group", "status", "decided_on", "is_demo"]
    list_filter = ["working_group", "status", "principles", "strategic_elements", "is_demo"]
    list_select_related = ["working_group"]
    search_fields = ["code", "title", "text"]
    autocomplete_fields = ["milestones", "offices", "principles", "strategic_elements"]
    # The status moves only along its workflow (working_groups.services.recommendation_transition).
    readonly_fields = ["status", "decided_on", "version"]

    def restore_through_service(self, request, obj, history_id, form):
        return services.recommendation_restore(
            recommendation=obj,
            history_id=history_id,
            expected_version=form.cleaned_data.get("expected_version"),
            actor=request.user,
            reason=form.cleaned_data[REASON_FIELD],
        )
