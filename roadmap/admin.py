from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.utils.translation import gettext_lazy as _

from reform_portal.admin import RecordedForm, TranslatedRecordedAdmin
from roadmap import services
from roadmap.models import BriefingSession, GuidingPrinciple, KeyActivity, Milestone, Phase, StrategicElement


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
    search_fields = ["title"]


@admin.register(StrategicElement)
class StrategicElementAdmin(TranslatedRecordedAdmin):
    list_display = ["letter", "title"]
    search_fields = ["title"]


class MilestoneForm(RecordedForm):
    """Edits the dependencies (a through model, so not a default form field) and checks the
    schedule as the service will, so that errors show on the form."""

    depends_on = forms.ModelMultipleChoiceField(
        queryset=Milestone.objects.all(),
        required=False,
        label=Milestone._meta.get_field("depends_on").verbose_name,
        help_text=Milestone._meta.get_field("depends_on").help_text,
        widget=AutocompleteSelectMultiple(Milestone._meta.get_field("depends_on"), admin.site),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["depends_on"].initial = self.instance.depends_on.all()

    def clean(self):
        cleaned = super().clean()
        if not self.errors and "depends_on" in cleaned:
            milestone = self.instance
            for name in ("planned_start", "planned_end"):
                setattr(milestone, name, cleaned.get(name))
            errors = services.milestone_schedule_errors(milestone, list(cleaned["depends_on"]))
            if errors:
                raise forms.ValidationError({"depends_on": errors})
        return cleaned


@admin.register(Milestone)
class MilestoneAdmin(TranslatedRecordedAdmin):
    form = MilestoneForm
    list_display = [
        "code",
        "title",
        "phase",
        "activity",
        "owner",
        "planned_end",
        "status",
        "progress",
        "overdue",
        "is_demo",
    ]
    list_filter = ["phase", "activity", "status", "is_public", "is_demo"]
    list_select_related = ["phase", "activity", "owner"]
    search_fields = ["code", "title"]
    autocomplete_fields = ["owner", "offices"]
    filter_horizontal = ["principles", "strategic_elements"]
    readonly_fields = ["version"]
    date_hierarchy = "planned_end"

    @admin.display(description=_("overdue"), boolean=True)
    def overdue(self, milestone: Milestone) -> bool:
        return milestone.is_overdue

    def save_through_service(self, request, obj, form, change: bool) -> None:
        services.milestone_save(
            milestone=obj, links=self.links_of(form), actor=request.user, reason=form.cleaned_data["change_reason"]
        )


@admin.register(BriefingSession)
class BriefingSessionAdmin(TranslatedRecordedAdmin):
    list_display = ["title", "scope", "region", "date", "format", "status", "is_published", "is_demo"]
    list_filter = ["scope", "region", "status", "is_published", "is_demo"]
    list_select_related = ["region"]
    search_fields = ["title"]
    date_hierarchy = "date"
