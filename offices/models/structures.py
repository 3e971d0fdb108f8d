from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from reform_portal.models import DemoMarked, ReformModel


class Structure(ReformModel):
    """A field structure: the three-tier network of today or the two-tier one planned."""

    class Status(models.TextChoices):
        CURRENT = "current", _("Current")
        PLANNED = "planned", _("Planned")
        RETIRED = "retired", _("Retired")

    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    tiers = models.PositiveSmallIntegerField(_("number of tiers"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("field structure")
        verbose_name_plural = _("field structures")
        constraints = [
            models.CheckConstraint(
                condition=Q(tiers__gte=1, tiers__lte=5),
                name="structure_tiers_1_to_5",
                violation_error_message=_("A structure has between 1 and 5 tiers, not {tiers}."),
            ),
            models.UniqueConstraint(
                fields=["status"],
                condition=Q(status="current"),
                name="structure_one_current",
                violation_error_message=_("Only one field structure can be the current one."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class OfficeType(ReformModel):
    """A type of office within one structure (e.g. regional hub, subregional office)."""

    structure = models.ForeignKey(Structure, models.PROTECT, related_name="office_types", verbose_name=_("structure"))
    code = models.SlugField(_("code"), max_length=32)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    level = models.PositiveSmallIntegerField(
        _("tier"), help_text=_("1 is the top tier; offices report to a lower number.")
    )

    class Meta:
        ordering = ["structure__order", "level", "code"]
        verbose_name = _("office type")
        verbose_name_plural = _("office types")
        constraints = [
            models.UniqueConstraint(
                fields=["structure", "code"],
                name="officetype_unique_code_per_structure",
                violation_error_message=_("The structure already has an office type {code}."),
            ),
            models.CheckConstraint(
                condition=Q(level__gte=1),
                name="officetype_level_positive",
                violation_error_message=_("The tier of an office type starts at 1, not {level}."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.structure_id and self.level and self.level > self.structure.tiers:
            raise ValidationError(
                {
                    "level": _("{structure} has {tiers} tiers; tier {level} does not exist.").format(
                        structure=self.structure, tiers=self.structure.tiers, level=self.level
                    )
                }
            )


class OfficePlacement(DemoMarked, ReformModel):
    """An office's type and reporting line in one structure."""

    office = models.ForeignKey("offices.Office", models.CASCADE, related_name="placements", verbose_name=_("office"))
    structure = models.ForeignKey(Structure, models.PROTECT, related_name="placements", verbose_name=_("structure"))
    office_type = models.ForeignKey(
        OfficeType, models.PROTECT, related_name="placements", verbose_name=_("office type")
    )
    reports_to = models.ForeignKey(
        "self",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="reporting_offices",
        verbose_name=_("reports to"),
        help_text=_("The hub or subregional office this office reports to in the same structure."),
    )

    class Meta:
        ordering = ["structure__order", "office_type__level", "office__code"]
        verbose_name = _("office placement")
        verbose_name_plural = _("office placements")
        constraints = [
            models.UniqueConstraint(
                fields=["office", "structure"],
                name="placement_one_per_office_and_structure",
                violation_error_message=_("{office} already has a place in {structure}."),
            ),
            models.CheckConstraint(
                condition=~Q(reports_to=F("pk")),
                name="placement_not_reporting_to_itself",
                violation_error_message=_("{office} cannot report to itself."),
            ),
        ]

    def __str__(self) -> str:
        return _("{office} in {structure}").format(office=self.office, structure=self.structure)

    def clean(self) -> None:
        errors = {}
        if self.office_type_id and self.structure_id and self.office_type.structure_id != self.structure_id:
            errors["office_type"] = _("{office_type} is an office type of {other}, not of {structure}.").format(
                office_type=self.office_type, other=self.office_type.structure, structure=self.structure
            )
        if self.reports_to_id:
            errors.update(self._reporting_line_errors())
        if errors:
            raise ValidationError(errors)

    def _reporting_line_errors(self) -> dict:
        parent = self.reports_to
        if self.pk and parent.pk == self.pk:
            return {"reports_to": _("{office} cannot report to itself.").format(office=self.office)}
        if parent.structure_id != self.structure_id:
            return {
                "reports_to": _("{parent} is placed in {other}; an office of {structure} cannot report to it.").format(
                    parent=parent.office, other=parent.structure, structure=self.structure
                )
            }
        if self.office_type_id and parent.office_type.level >= self.office_type.level:
            return {
                "reports_to": _("{parent} is a {parent_type}; a {office_type} reports to a higher tier.").format(
                    parent=parent.office, parent_type=parent.office_type, office_type=self.office_type
                )
            }
        return {}


class OfficeTransition(DemoMarked, ReformModel):
    """An office's move from its three-tier type to its two-tier type."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    office = models.OneToOneField("offices.Office", models.CASCADE, related_name="transition", verbose_name=_("office"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PLANNED)
    planned_date = models.DateField(_("planned date"), null=True, blank=True)
    actual_date = models.DateField(_("actual date"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["office__code"]
        verbose_name = _("office transition")
        verbose_name_plural = _("office transitions")
        constraints = [
            models.CheckConstraint(
                condition=Q(status="done", actual_date__isnull=False)
                | (~Q(status="done") & Q(actual_date__isnull=True)),
                name="transition_actual_date_iff_done",
                violation_error_message=_(
                    "A transition has an actual date exactly when it is done "
                    "(status {status}, actual date {actual_date})."
                ),
            ),
        ]

    def __str__(self) -> str:
        return _("Transition of {office}").format(office=self.office)
