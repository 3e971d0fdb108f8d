"""The register of roadmap milestones (see reform_portal.registers)."""

from django.utils.translation import gettext_lazy as _
from import_export.fields import Field
from import_export.widgets import CharWidget

from offices.models import Office
from reform_portal.registers import CodeListWidget, CodeWidget, RegisterResource
from roadmap import services
from roadmap.models import GuidingPrinciple, KeyActivity, Milestone, Phase, StrategicElement
from working_groups.resources import PersonWidget


class MilestoneResource(RegisterResource):
    """Milestones with their dependencies and links, keyed by milestone code.

    Dependencies name milestones that exist or come earlier in the file. Titles and
    descriptions are the English text; the other languages are edited in the admin.
    """

    phase = Field("phase", "phase", CodeWidget(Phase, "code", what=_("phase code")))
    activity = Field("activity", "activity", CodeWidget(KeyActivity, "number", what=_("key activity number")))
    title = Field("title_en", "title", CharWidget())
    description = Field("description_en", "description", CharWidget())
    owner = Field("owner", "owner", PersonWidget())
    depends_on = Field(
        "depends_on",
        "depends_on",
        CodeListWidget(Milestone, "code", what=_("milestone codes"), normalize=str.upper),
    )
    offices = Field("offices", "offices", CodeListWidget(Office, "code", what=_("office codes"), normalize=str.upper))
    principles = Field(
        "principles",
        "principles",
        CodeListWidget(GuidingPrinciple, "letter", what=_("guiding principle letters"), normalize=str.lower),
    )
    strategic_elements = Field(
        "strategic_elements",
        "strategic_elements",
        CodeListWidget(StrategicElement, "letter", what=_("strategic element letters"), normalize=str.lower),
    )
    error_column = "code"

    class Meta:
        model = Milestone
        name = _("Milestones")
        import_id_fields = ["code"]
        fields = (
            "code",
            "phase",
            "activity",
            "title",
            "description",
            "owner",
            "planned_start",
            "planned_end",
            "forecast_end",
            "actual_end",
            "status",
            "progress",
            "weight",
            "is_public",
            "is_demo",
            "depends_on",
            "offices",
            "principles",
            "strategic_elements",
        )
        export_order = fields

    def export_queryset(self, queryset):
        return queryset.select_related("phase", "activity", "owner").prefetch_related(
            "depends_on", "offices", "principles", "strategic_elements"
        )

    def import_extra(self, instance, row):
        return services.milestone_completion_errors(instance)

    def create(self, instance, links):
        return services.milestone_save(milestone=instance, links=links, actor=self.actor, reason=self.reason)

    def update(self, instance, changes, links):
        return services.milestone_update(
            milestone=instance, changes={**changes, **links}, actor=self.actor, reason=self.reason
        )
