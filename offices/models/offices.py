from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from reform_portal.models import DemoMarked, ReformModel, Versioned


class Office(DemoMarked, Versioned, ReformModel):
    """A UNIDO field office: its identity, location and premises."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        PLANNED = "planned", _("Planned")
        CLOSED = "closed", _("Closed")

    code = models.CharField(
        _("code"),
        max_length=12,
        unique=True,
        validators=[RegexValidator(r"^[A-Z0-9-]{2,12}$", _("Use 2 to 12 capital letters, digits or hyphens."))],
    )
    name = models.CharField(_("name"), max_length=160)
    city = models.CharField(_("city"), max_length=120)
    host_country = models.ForeignKey(
        "offices.Country", models.PROTECT, related_name="hosted_offices", verbose_name=_("host country")
    )
    region = models.ForeignKey("offices.Region", models.PROTECT, related_name="offices", verbose_name=_("region"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    on_common_premises = models.BooleanField(
        _("on UN common premises"), default=False, help_text=_("Shares premises with other UN entities.")
    )
    focal_points = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="focal_point_offices",
        verbose_name=_("focal points"),
        help_text=_("Portal users who may update this office's own data."),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("field office")
        verbose_name_plural = _("field offices")
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__gte=-90, latitude__lte=90, longitude__gte=-180, longitude__lte=180),
                name="office_coordinates_on_earth",
                violation_error_message=_(
                    "Coordinates {latitude}, {longitude} are not a point on Earth, or only one is set."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Coverage(DemoMarked, ReformModel):
    """The office that covers a country from one date to another (open-ended if no end)."""

    country = models.ForeignKey("offices.Country", models.PROTECT, related_name="coverages", verbose_name=_("country"))
    office = models.ForeignKey(Office, models.PROTECT, related_name="coverages", verbose_name=_("office"))
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(
        _("valid to"), null=True, blank=True, help_text=_("First day no longer covered; empty while open.")
    )

    class Meta:
        ordering = ["country__name", "valid_from"]
        verbose_name = _("country coverage")
        verbose_name_plural = _("country coverage")
        constraints = [
            models.UniqueConstraint(
                fields=["country"],
                condition=Q(valid_to__isnull=True),
                name="coverage_one_open_per_country",
                violation_error_message=_("{country} already has an open coverage; close it before opening another."),
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gt=models.F("valid_from")),
                name="coverage_ends_after_start",
                violation_error_message=_(
                    "Coverage of {country} ends on {valid_to}, not after it starts on {valid_from}."
                ),
            ),
        ]

    def __str__(self) -> str:
        return _("{country} by {office}").format(country=self.country, office=self.office)

    def overlapping(self) -> models.QuerySet:
        """Other coverage of the same country whose period meets this one."""
        others = Coverage.objects.filter(country_id=self.country_id).exclude(pk=self.pk)
        others = others.filter(Q(valid_to__isnull=True) | Q(valid_to__gt=self.valid_from))
        if self.valid_to:
            others = others.filter(valid_from__lt=self.valid_to)
        return others.select_related("office")

    def clean(self) -> None:
        if not (self.country_id and self.office_id and self.valid_from):
            return
        if self.valid_to and self.valid_to <= self.valid_from:
            return  # the constraint reports it, naming both dates
        clash = self.overlapping().order_by("valid_from").first()
        if clash:
            raise ValidationError(
                _(
                    "{country} is already covered by {office} from {start} to {end}; "
                    "a country is covered by one office at a time."
                ).format(
                    country=self.country,
                    office=clash.office,
                    start=clash.valid_from,
                    end=clash.valid_to or _("open end"),
                ),
                code="coverage_overlap",
            )
