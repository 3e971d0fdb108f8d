from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from reform_portal.models import DemoMarked, ReformModel


class Perspective(ReformModel):
    """A perspective of the balanced scorecard (the four classic ones, names editable)."""

    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("scorecard perspective")
        verbose_name_plural = _("scorecard perspectives")

    def __str__(self) -> str:
        return self.name


class Objective(DemoMarked, ReformModel):
    """A strategic objective under one perspective."""

    perspective = models.ForeignKey(
        Perspective, models.PROTECT, related_name="objectives", verbose_name=_("perspective")
    )
    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["perspective__order", "code"]
        verbose_name = _("scorecard objective")
        verbose_name_plural = _("scorecard objectives")

    def __str__(self) -> str:
        return self.name


class Indicator(DemoMarked, ReformModel):
    """A measured indicator of an objective, with its target and how it is judged."""

    class Direction(models.TextChoices):
        HIGHER = "higher", _("Higher is better")
        LOWER = "lower", _("Lower is better")

    class Frequency(models.TextChoices):
        QUARTERLY = "quarterly", _("Quarterly")
        SEMIANNUAL = "semiannual", _("Half-yearly")
        ANNUAL = "annual", _("Annual")

    # Months in which a period starts, per reporting frequency.
    PERIOD_MONTHS = {Frequency.QUARTERLY: (1, 4, 7, 10), Frequency.SEMIANNUAL: (1, 7), Frequency.ANNUAL: (1,)}

    objective = models.ForeignKey(Objective, models.PROTECT, related_name="indicators", verbose_name=_("objective"))
    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(_("unit"), max_length=40, help_text=_("For example %, days, USD million, count."))
    direction = models.CharField(_("direction"), max_length=8, choices=Direction.choices)
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True, help_text=_("Empty: no target set.")
    )
    tolerance = models.DecimalField(
        _("tolerance"),
        max_digits=14,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("How far on the wrong side of the target still counts as near target."),
    )
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    frequency = models.CharField(_("reporting frequency"), max_length=12, choices=Frequency.choices)
    target_set_by = models.CharField(_("target set by"), max_length=160, blank=True)
    target_set_on = models.DateField(_("target set on"), null=True, blank=True)
    is_public = models.BooleanField(_("public"), default=False)

    class Meta:
        ordering = ["objective__perspective__order", "objective__code", "code"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        constraints = [
            models.CheckConstraint(
                condition=Q(tolerance__gte=0),
                name="indicator_tolerance_not_negative",
                violation_error_message=_("The tolerance cannot be negative ({tolerance})."),
            ),
            models.CheckConstraint(
                condition=Q(weight__gte=1),
                name="indicator_weight_positive",
                violation_error_message=_("The weight of an indicator is at least 1, not {weight}."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def period_errors(self, period) -> str | None:
        months = self.PERIOD_MONTHS[self.frequency]
        if period.day != 1 or period.month not in months:
            return _("{period} does not start a {frequency} period of {indicator}.").format(
                period=period, frequency=self.get_frequency_display().lower(), indicator=self
            )
        return None


class Measurement(DemoMarked, ReformModel):
    """The value of an indicator for one office (or the whole network) in one period."""

    indicator = models.ForeignKey(Indicator, models.PROTECT, related_name="measurements", verbose_name=_("indicator"))
    office = models.ForeignKey(
        "offices.Office",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="measurements",
        verbose_name=_("office"),
        help_text=_("Empty for a figure of the whole network."),
    )
    period = models.DateField(_("period"), help_text=_("First day of the reporting period."))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    source = models.CharField(_("source"), max_length=300)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["indicator__code", "office__code", "period"]
        verbose_name = _("measurement")
        verbose_name_plural = _("measurements")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "office", "period"],
                condition=Q(office__isnull=False),
                name="measurement_one_per_office_period",
                violation_error_message=_("{indicator} already has a value for {office} in {period}."),
            ),
            models.UniqueConstraint(
                fields=["indicator", "period"],
                condition=Q(office__isnull=True),
                name="measurement_one_per_network_period",
                violation_error_message=_("{indicator} already has a network value in {period}."),
            ),
            models.CheckConstraint(
                condition=~Q(source=""),
                name="measurement_has_source",
                violation_error_message=_("Every measurement names its source."),
            ),
        ]

    def __str__(self) -> str:
        return _("{indicator}, {period}").format(indicator=self.indicator, period=self.period)

    def clean(self) -> None:
        if self.indicator_id and self.period:
            error = self.indicator.period_errors(self.period)
            if error:
                raise ValidationError({"period": error})


class AcceptedDeviation(DemoMarked, ReformModel):
    """A shortfall accepted for a time: shown as such until its end date, then judged again."""

    indicator = models.ForeignKey(
        Indicator, models.CASCADE, related_name="accepted_deviations", verbose_name=_("indicator")
    )
    office = models.ForeignKey(
        "offices.Office",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="accepted_deviations",
        verbose_name=_("office"),
    )
    rationale = models.TextField(_("rationale"))
    accepted_by = models.CharField(_("accepted by"), max_length=160)
    start = models.DateField(_("accepted on"))
    end = models.DateField(_("until"))

    class Meta:
        ordering = ["indicator__code", "-end"]
        verbose_name = _("accepted deviation")
        verbose_name_plural = _("accepted deviations")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=F("start")),
                name="deviation_ends_after_start",
                violation_error_message=_("The deviation ends on {end}, before it was accepted on {start}."),
            ),
        ]

    def __str__(self) -> str:
        return _("Deviation on {indicator} until {end}").format(indicator=self.indicator, end=self.end)
