"""The plan of the reform: its phases, key activities, guiding principles and strategic elements."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from reform_portal.models import ReformModel

LETTER = RegexValidator(r"^[a-z]$", _("Use one lower-case letter."))


class Phase(ReformModel):
    """A phase of the roadmap, or a part of one (phase 1 has two parts)."""

    code = models.SlugField(_("code"), max_length=16, unique=True)
    parent = models.ForeignKey(
        "self", models.PROTECT, null=True, blank=True, related_name="parts", verbose_name=_("part of phase")
    )
    number = models.PositiveSmallIntegerField(_("number"), help_text=_("The phase number, or the part number."))
    name = models.CharField(_("name"), max_length=160)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        constraints = [
            models.UniqueConstraint(
                fields=["number"],
                condition=Q(parent__isnull=True),
                name="phase_unique_number",
                violation_error_message=_("There is already a phase {number}."),
            ),
            models.UniqueConstraint(
                fields=["parent", "number"],
                name="phase_unique_part_number",
                violation_error_message=_("This phase already has a part {number}."),
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("id")),
                name="phase_not_part_of_itself",
                violation_error_message=_("A phase cannot be a part of itself."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.parent_id and self.parent.parent_id:
            raise ValidationError({"parent": _("A part of a phase cannot have parts of its own.")})


class KeyActivity(ReformModel):
    """One of the seven key activities of the roadmap."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name = models.CharField(_("name"), max_length=160)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("key activity")
        verbose_name_plural = _("key activities")

    def __str__(self) -> str:
        return self.name


class GuidingPrinciple(ReformModel):
    """One of the seven guiding principles (a–g) of the field reform."""

    letter = models.CharField(_("letter"), max_length=1, unique=True, validators=[LETTER])
    title = models.CharField(_("title"), max_length=160)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["letter"]
        verbose_name = _("guiding principle")
        verbose_name_plural = _("guiding principles")

    def __str__(self) -> str:
        return f"({self.letter}) {self.title}"


class StrategicElement(ReformModel):
    """One of the five key elements (a–e) of the phase-2 strategic direction."""

    letter = models.CharField(_("letter"), max_length=1, unique=True, validators=[LETTER])
    title = models.CharField(_("title"), max_length=160)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["letter"]
        verbose_name = _("strategic element")
        verbose_name_plural = _("strategic elements")

    def __str__(self) -> str:
        return f"({self.letter}) {self.title}"
