from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from reform_portal.models import DemoMarked, ReformModel


class PeerEntity(DemoMarked, ReformModel):
    """Another UN entity UNIDO's field presence is compared with."""

    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=160)
    is_fictional = models.BooleanField(
        _("fictional"),
        default=False,
        help_text=_("A made-up peer for demonstration; its figures describe no real organization."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("peer entity")
        verbose_name_plural = _("peer entities")
        constraints = [
            models.CheckConstraint(
                condition=Q(is_fictional=True) | Q(is_demo=False),
                name="peer_demo_is_fictional",
                violation_error_message=_(
                    "Demonstration peers must be fictional: invented figures name no real organization."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class BenchmarkMetric(ReformModel):
    """A figure compared across entities; UNIDO's own value is computed from the registers."""

    class UnidoFigure(models.TextChoices):
        COUNTRY_OFFICES = "offices", _("Open field offices")
        COUNTRIES_COVERED = "countries_covered", _("Countries covered today")
        COUNTRIES_PER_OFFICE = "countries_per_office", _("Countries covered per office")
        COMMON_PREMISES_SHARE = "common_premises_share", _("Share of offices on UN common premises (%)")
        STRUCTURE_TIERS = "structure_tiers", _("Tiers of the current field structure")

    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=160)
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    description = models.TextField(_("description"), blank=True)
    unido_figure = models.CharField(
        _("UNIDO figure"),
        max_length=32,
        choices=UnidoFigure.choices,
        unique=True,
        help_text=_("How UNIDO's value is computed live from the registers."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("benchmark metric")
        verbose_name_plural = _("benchmark metrics")

    def __str__(self) -> str:
        return self.name


class DataPoint(DemoMarked, ReformModel):
    """A peer's value of a metric in a year, with its source; or the fact it was not reported."""

    peer = models.ForeignKey(PeerEntity, models.CASCADE, related_name="data_points", verbose_name=_("peer entity"))
    metric = models.ForeignKey(BenchmarkMetric, models.PROTECT, related_name="data_points", verbose_name=_("metric"))
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2, null=True, blank=True)
    not_reported = models.BooleanField(
        _("not reported"), default=False, help_text=_("The entity publishes no figure; never shown or counted as zero.")
    )
    source = models.CharField(_("source"), max_length=300, help_text=_("Document or link the figure comes from."))
    comparability_note = models.TextField(_("comparability note"), blank=True)

    class Meta:
        ordering = ["metric__order", "peer__name", "-year"]
        verbose_name = _("benchmark data point")
        verbose_name_plural = _("benchmark data points")
        constraints = [
            models.UniqueConstraint(
                fields=["peer", "metric", "year"],
                name="datapoint_one_per_peer_metric_year",
                violation_error_message=_("{peer} already has a value of {metric} for {year}."),
            ),
            models.CheckConstraint(
                condition=Q(not_reported=True, value__isnull=True) | Q(not_reported=False, value__isnull=False),
                name="datapoint_value_or_not_reported",
                violation_error_message=_(
                    "A data point has a value, or is marked not reported, never both or neither."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(source=""),
                name="datapoint_has_source",
                violation_error_message=_("Every data point names its source, even when the figure was not reported."),
            ),
        ]

    def __str__(self) -> str:
        return _("{peer}: {metric} {year}").format(peer=self.peer, metric=self.metric, year=self.year)
