from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from reform_portal.admin import TranslatedRecordedAdmin
from reform_portal.admin.forms import REASON_FIELD, RecordedActionForm, RecordedChangelistForm, RecordedForm
from reform_portal.admin.registers import RegisterAdminMixin
from roadmap import services
from roadmap.models import BriefingSession, GuidingPrinciple, KeyActivity, Milestone, Phase, StrategicElement
from roadmap.resources import MilestoneResource
from roadmap.selectors import overdue_filter

COMPLETION_FIELDS = ("status", "actual_end", "progress")
SHIFT_DAYS_NEEDED = _("Give the number of days to shift by in the “Days” box of the action bar.")


@admin.register(Phase)
class PhaseAdmin(TranslatedRecordedAdmin):
    list_display = ["name", "code", "parent", "number", "order"]
    list_select_related = ["parent"]
    search_fields = ["code", "name"]


@admin.register(KeyActivity)
class KeyActivityAdmin(TranslatedRecordedAdmin):
    list_display = ["number", "name"]
    search_fields = ["name"]


@admin.register(GuidingPrinciple)
class GuidingPrincipleAdmin(TranslatedRecordedAdmin):
    list_display = ["letter", "title"]
    search_fields = ["letter", "title"]


@admin.register(StrategicElement)
class StrategicElementAdmin(TranslatedRecordedAdmin):
    list_display = ["letter", "title"]
    search_fields = ["letter", "title"]


class MilestoneForm(RecordedForm):
    """Edits the dependencies (a through model, so neither a default form field nor one that
    may carry its name) and checks the schedule as the service will, so that errors show on
    the form."""

    field_aliases = {"depends_on": "predecessors"}
    predecessors = forms.ModelMultipleChoiceField(
        queryset=Milestone.objects.all(),
        required=False,
        label=Milestone._meta.get_field("depends_on").verbose_name,
        help_text=Milestone._meta.get_field("depends_on").help_text,
        widget=AutocompleteSelectMultiple(Milestone._meta.get_field("depends_on"), admin.site),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["predecessors"].initial = self.instance.depends_on.all()

    def clean(self):
        cleaned = super().clean()
        _check_completion(self, cleaned)
        if not self.errors and "predecessors" in cleaned:
            milestone = self.instance
            for name in ("planned_start", "planned_end"):
                setattr(milestone, name, cleaned.get(name))
            errors = services.milestone_schedule_errors(milestone, list(cleaned["predecessors"]))
            if errors:
                raise forms.ValidationError({"predecessors": errors})
        return cleaned


def _check_completion(form, cleaned: dict) -> None:
    """Completion needs its date and 100%: said here, the model's constraint is not reached
    (its message cannot be formatted; see services.milestone_completion_errors)."""
    milestone = Milestone(**{name: cleaned.get(name, getattr(form.instance, name)) for name in COMPLETION_FIELDS})
    for field, errors in services.milestone_completion_errors(milestone).items():
        form.add_error(field if field in form.fields else None, errors)


class MilestoneChangelistForm(RecordedChangelistForm):
    def clean(self):
        cleaned = super().clean()
        if self.has_changed():
            _check_completion(self, cleaned)
        return cleaned


class MilestoneActionForm(RecordedActionForm):
    days = forms.IntegerField(
        label=_("Days"),
        required=False,
        help_text=_("For the shift: positive moves later, negative earlier."),
        widget=forms.NumberInput(attrs={"style": "width: 5em"}),
    )


class PhaseListFilter(admin.SimpleListFilter):
    """A phase includes its parts (phase 1 has two)."""

    title = _("phase")
    parameter_name = "phase"

    def lookups(self, request, model_admin):
        return [(phase.code, str(phase)) for phase in Phase.objects.order_by("order", "code")]

    def queryset(self, request, queryset):
        code = self.value()
        return queryset.filter(Q(phase__code=code) | Q(phase__parent__code=code)) if code else queryset


class OverdueListFilter(admin.SimpleListFilter):
    title = _("overdue")
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", _("Overdue")), ("no", _("Not overdue"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(overdue_filter())
        if self.value() == "no":
            return queryset.exclude(overdue_filter())
        return queryset


@admin.register(Milestone)
class MilestoneAdmin(RegisterAdminMixin, TranslatedRecordedAdmin):
    """The roadmap's most edited records: status, forecast and progress are edited in the list.

    List edits and actions take their reason from the action bar; every edited row carries
    the version it was shown at, so a list edit cannot overwrite a newer change either.
    """

    form = MilestoneForm
    action_form = MilestoneActionForm
    resource_classes = [MilestoneResource]
    list_display = [
        "code",
        "title",
        "phase",
        "activity",
        "owner",
        "planned_end",
        "forecast_end",
        "status",
        "progress",
        "overdue",
        "is_demo",
    ]
    list_display_links = ["code", "title"]
    list_editable = ["status", "forecast_end", "progress"]
    list_filter = [
        PhaseListFilter,
        "activity",
        "status",
        ("owner", admin.RelatedOnlyFieldListFilter),
        OverdueListFilter,
        ("offices", admin.RelatedOnlyFieldListFilter),
        "is_public",
        "is_demo",
    ]
    list_select_related = ["phase", "activity", "owner"]
    search_fields = ["code", "title", "description", "owner__name"]
    autocomplete_fields = ["owner", "offices", "principles", "strategic_elements"]
    readonly_fields = ["overdue", "version"]
    date_hierarchy = "planned_end"
    actions = ["mark_complete", "shift"]
    fieldsets = [
        (None, {"fields": ["code", "title", "description", "phase", "activity", "owner"]}),
        (
            _("Schedule and progress"),
            {"fields": ["planned_start", "planned_end", "forecast_end", "actual_end", "status", "progress", "overdue"]},
        ),
        (_("Links"), {"fields": ["predecessors", "offices", "principles", "strategic_elements"]}),
        (_("Publication and record"), {"fields": ["weight", "is_public", "is_demo", "version"]}),
    ]

    @admin.display(description=_("overdue"), boolean=True)
    def overdue(self, milestone: Milestone) -> bool | None:
        return None if milestone.planned_end is None else milestone.is_overdue

    def get_changelist_form(self, request, **kwargs):
        return super().get_changelist_form(request, form=MilestoneChangelistForm, **kwargs)

    def save_through_service(self, request, obj, form, change: bool) -> None:
        services.milestone_save_edited(
            milestone=obj,
            links=self.links_of(form),
            expected_version=form.cleaned_data.get("expected_version"),
            actor=request.user,
            reason=form.cleaned_data[REASON_FIELD],
        )

    def links_of(self, form) -> dict:
        links = super().links_of(form)
        if "predecessors" in form.cleaned_data:
            links["depends_on"] = form.cleaned_data["predecessors"]
        return links

    def restore_through_service(self, request, obj, history_id, form):
        return services.milestone_restore(
            milestone=obj,
            history_id=history_id,
            expected_version=form.cleaned_data.get("expected_version"),
            actor=request.user,
            reason=form.cleaned_data[REASON_FIELD],
        )

    @admin.action(description=_("Mark selected milestones complete (today)"), permissions=["change"])
    def mark_complete(self, request, queryset):
        reason = self.action_reason(request)
        if reason is None:
            return
        try:
            completed = services.milestones_complete(milestones=list(queryset), actor=request.user, reason=reason)
        except ValidationError as error:
            self.report_refusal(request, error)
            return
        count = len(completed)
        message = ngettext("%(count)d milestone marked complete.", "%(count)d milestones marked complete.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Shift selected milestones by the days given"), permissions=["change"])
    def shift(self, request, queryset):
        reason = self.action_reason(request)
        days = self._shift_days(request)
        if reason is None or days is None:
            return
        try:
            shifted = services.milestones_shift(milestones=list(queryset), days=days, actor=request.user, reason=reason)
        except ValidationError as error:
            self.report_refusal(request, error)
            return
        count = len(shifted)
        message = ngettext(
            "%(count)d milestone shifted by %(days)d days.", "%(count)d milestones shifted by %(days)d days.", count
        )
        self.message_user(request, message % {"count": count, "days": days}, messages.SUCCESS)

    def _shift_days(self, request) -> int | None:
        try:
            return forms.IntegerField().clean(request.POST.get("days"))
        except ValidationError:
            self.message_user(request, SHIFT_DAYS_NEEDED, messages.ERROR)
            return None


@admin.register(BriefingSession)
class BriefingSessionAdmin(TranslatedRecordedAdmin):
    list_display = ["title", "scope", "region", "date", "format", "status", "is_published", "is_demo"]
    list_filter = ["scope", "region", "status", "is_published", "is_demo"]
    list_select_related = ["region"]
    search_fields = ["title"]
    date_hierarchy = "date"


import roadmap.admin_briefing  # noqa: E402, F401 - the briefing texts and materials, kept in their own module
