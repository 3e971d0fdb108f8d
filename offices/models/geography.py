from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from reform_portal.models import ReformModel


class Region(ReformModel):
    """One of the five regions into which UNIDO's field network is organised."""

    code = models.CharField(
        _("code"),
        max_length=8,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2,8}$", _("Use 2 to 8 capital letters."))],
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return self.name


class Country(ReformModel):
    """A country or territory of ISO 3166, with its UN M49 code and localized names."""

    iso2 = models.CharField(
        _("ISO 3166 alpha-2 code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use two capital letters."))],
    )
    iso3 = models.CharField(
        _("ISO 3166 alpha-3 code"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{3}$", _("Use three capital letters."))],
    )
    m49 = models.CharField(
        _("UN M49 code"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^[0-9]{3}$", _("Use three digits."))],
    )
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name
