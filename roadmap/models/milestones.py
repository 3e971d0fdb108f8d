"""Milestones of the roadmap and their finish-to-start dependencies."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from reform_portal.models import DemoMarked, ReformModel, Versioned
from roadmap.models.plan import GuidingPrinciple, KeyActivity, Phase, StrategicElement


class Milestone(DemoMarked, Versioned, ReformModel):
    """A dated deliverable of the roadmap, owned by a person, with its dependencies."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        ON_HOLD = "on_hold", _("On hold")
        COMPLETED = "completed", _("Completed")
        CANCELLED = "cancelled", _("Cancelled")

    code = models.CharField(
        _("code"),
        max_length=16,
        unique=True,
        validators=[RegexValidator(r"^[A-Z0-9.-]{2,16}$", _("Use capital letters, digits, dots or hyphens."))],
    )
    phase = models.ForeignKey(Phase, models.PROTECT, related_name="milestones", verbose_name=_("phase"))
    activity = models.ForeignKey(KeyActivity, models.PROTECT, related_name="milestones", verbose_name=_("key activity"))
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        "working_groups.Person",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_milestones",
        verbose_name=_("owner"),
    )
    planned_start = models.DateField(_("planned start"))
    planned_end = models.DateField(_("planned end"))
    forecast_end = models.DateField(_("forecast end"), null=True, blank=True)
    actual_end = models.DateField(_("actual completion"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.NOT_STARTED)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    weight = models.PositiveSmallIntegerField(
        _("weight"), default=1, help_text=_("Relative weight in the progress of its phase and activity.")
    )
    is_public = models.BooleanField(
        _("public"), default=False, help_text=_("Title and status may be shown to member states.")
    )
    depends_on = models.ManyToManyField(
        "self",
        through="MilestoneDependency",
        through_fields=("successor", "predecessor"),
        symmetrical=False,
        blank=True,
        related_name="dependents",
        verbose_name=_("depends on"),
        help_text=_("Milestones that must finish before this one starts."),
    )
    offices = models.ManyToManyField(
        "offices.Office", blank=True, related_name="milestones", verbose_name=_("linked offices")
    )
    principles = models.ManyToManyField(
        GuidingPrinciple, blank=True, related_name="milestones", verbose_name=_("guiding principles")
    )
    strategic_elements = models.ManyToManyField(
        StrategicElement, blank=True, related_name="milestones", verbose_name=_("strategic elements")
    )

    class Meta:
        ordering = ["planned_start", "code"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        constraints = [
            models.CheckConstraint(
                condition=Q(planned_end__gte=F("planned_start")),
                name="milestone_ends_after_start",
                violation_error_message=_("The planned end {planned_end} is before the planned start {planned_start}."),
            ),
            models.CheckConstraint(
                condition=Q(progress__gte=0, progress__lte=100),
                name="milestone_progress_0_to_100",
                violation_error_message=_("Progress is a percentage from 0 to 100, not {progress}."),
            ),
            models.CheckConstraint(
                condition=Q(weight__gte=1),
                name="milestone_weight_positive",
                violation_error_message=_("The weight of a milestone is at least 1, not {weight}."),
            ),
            models.CheckConstraint(
                condition=Q(status="completed", actual_end__isnull=False, progress=100)
                | (~Q(status="completed") & Q(actual_end__isnull=True)),
                name="milestone_completion_consistent",
                # Django %-formats constraint messages: a percent sign is written %%.
                violation_error_message=_(
                    "A completed milestone has an actual completion date and 100%% progress; any other "
                    "has no completion date (status {status}, completed {actual_end}, progress {progress}%%)."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def is_overdue(self) -> bool:
        """The planned end has passed and the milestone is neither completed nor cancelled."""
        return self.status not in (self.Status.COMPLETED, self.Status.CANCELLED) and (
            self.planned_end < timezone.localdate()
        )


class MilestoneDependency(ReformModel):
    """A finish-to-start link: the successor starts once the predecessor has finished."""

    successor = models.ForeignKey(
        Milestone, models.CASCADE, related_name="predecessor_links", verbose_name=_("milestone")
    )
    predecessor = models.ForeignKey(
        Milestone, models.CASCADE, related_name="successor_links", verbose_name=_("depends on")
    )

    class Meta:
        verbose_name = _("milestone dependency")
        verbose_name_plural = _("milestone dependencies")
        constraints = [
            models.UniqueConstraint(
                fields=["successor", "predecessor"],
                name="dependency_unique",
                violation_error_message=_("{successor} already depends on {predecessor}."),
            ),
            models.CheckConstraint(
                condition=~Q(successor=F("predecessor")),
                name="dependency_not_on_itself",
                violation_error_message=_("{successor} cannot depend on itself."),
            ),
        ]

    def __str__(self) -> str:
        return _("{successor} after {predecessor}").format(successor=self.successor, predecessor=self.predecessor)
