from django.contrib import admin

from reform_portal.admin import RecordedAdmin, RecordedInline, TranslatedRecordedAdmin
from working_groups.models import Meeting, Membership, Person, Recommendation, TaskForce, WorkingGroup


class MembershipInline(RecordedInline):
    model = Membership
    fields = ["person", "role", "is_demo"]
    autocomplete_fields = ["person"]


class MeetingInline(RecordedInline):
    model = Meeting
    fields = ["date", "title", "format", "is_demo"]


@admin.register(WorkingGroup)
class WorkingGroupAdmin(TranslatedRecordedAdmin):
    list_display = ["letter", "name"]
    search_fields = ["name", "topic"]
    inlines = [MembershipInline, MeetingInline]


@admin.register(Person)
class PersonAdmin(RecordedAdmin):
    list_display = ["name", "job_title", "affiliation", "office", "regional_bureau", "is_demo"]
    list_filter = ["affiliation", "regional_bureau", "office__region", "is_demo"]
    list_select_related = ["office", "regional_bureau"]
    search_fields = ["name", "email", "job_title", "office__code"]
    autocomplete_fields = ["office", "user"]


@admin.register(Membership)
class MembershipAdmin(RecordedAdmin):
    list_display = ["person", "working_group", "role", "is_demo"]
    list_filter = ["working_group", "role"]
    list_select_related = ["person", "working_group"]
    search_fields = ["person__name"]
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
    autocomplete_fields = ["milestones", "offices"]
    filter_horizontal = ["principles", "strategic_elements"]
    # The status moves only along its workflow (working_groups.services.recommendation_transition).
    readonly_fields = ["status", "decided_on", "version"]
