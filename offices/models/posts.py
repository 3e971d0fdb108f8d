from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from reform_portal.models import DemoMarked, ReformModel


class HeadOfOfficePost(DemoMarked, ReformModel):
    """The head-of-office post (UNIDO Representative) of one office, filled or vacant."""

    class Status(models.TextChoices):
        FILLED = "filled", _("Filled")
        VACANT = "vacant", _("Vacant")

    office = models.OneToOneField("offices.Office", models.CASCADE, related_name="head_post", verbose_name=_("office"))
    title = models.CharField(_("post title"), max_length=120, default=_("UNIDO Representative"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices)
    incumbent = models.ForeignKey(
        "working_groups.Person",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="head_posts",
        verbose_name=_("incumbent"),
    )
    vacant_since = models.DateField(_("vacant since"), null=True, blank=True)

    class Meta:
        ordering = ["office__code"]
        verbose_name = _("head-of-office post")
        verbose_name_plural = _("head-of-office posts")
        constraints = [
            models.CheckConstraint(
                condition=Q(status="filled", incumbent__isnull=False, vacant_since__isnull=True)
                | Q(status="vacant", incumbent__isnull=True),
                name="post_incumbent_iff_filled",
                violation_error_message=_(
                    "A filled post has an incumbent and no vacancy date; a vacant post has no incumbent "
                    "(status {status})."
                ),
            ),
        ]

    def __str__(self) -> str:
        return _("{title}, {office}").format(title=self.title, office=self.office)


class InterimArrangement(DemoMarked, ReformModel):
    """How an office with a vacant head-of-office post is represented in the meantime."""

    class Kind(models.TextChoices):
        OFFICER_IN_CHARGE = "officer_in_charge", _("Officer-in-charge")
        COVERING_OFFICE = "covering_office", _("Covering office")

    class HostAgreement(models.TextChoices):
        NOT_REQUESTED = "not_requested", _("Not yet requested")
        REQUESTED = "requested", _("Requested")
        AGREED = "agreed", _("Agreed")
        DECLINED = "declined", _("Declined")

    office = models.ForeignKey(
        "offices.Office", models.CASCADE, related_name="interim_arrangements", verbose_name=_("office")
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    officer_in_charge = models.ForeignKey(
        "working_groups.Person",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="interim_assignments",
        verbose_name=_("officer-in-charge"),
    )
    covering_office = models.ForeignKey(
        "offices.Office",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="covered_vacancies",
        verbose_name=_("covering office"),
    )
    start = models.DateField(_("start"))
    end = models.DateField(_("end"), null=True, blank=True)
    review_date = models.DateField(_("review date"), null=True, blank=True)
    host_government_agreement = models.CharField(
        _("host government agreement to the recruitment"),
        max_length=16,
        choices=HostAgreement.choices,
        default=HostAgreement.NOT_REQUESTED,
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["office__code", "-start"]
        verbose_name = _("interim arrangement")
        verbose_name_plural = _("interim arrangements")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=F("start")),
                name="interim_ends_after_start",
                violation_error_message=_("The interim arrangement ends on {end}, before it starts on {start}."),
            ),
            models.CheckConstraint(
                condition=Q(kind="officer_in_charge", officer_in_charge__isnull=False, covering_office__isnull=True)
                | Q(kind="covering_office", covering_office__isnull=False, officer_in_charge__isnull=True),
                name="interim_kind_matches_holder",
                violation_error_message=_(
                    "An officer-in-charge arrangement names a person and a covering-office arrangement "
                    "names an office, never both (kind {kind})."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(covering_office=F("office")),
                name="interim_not_covered_by_itself",
                violation_error_message=_("{office} cannot cover its own vacancy."),
            ),
            models.UniqueConstraint(
                fields=["office"],
                condition=Q(end__isnull=True),
                name="interim_one_open_per_office",
                violation_error_message=_("{office} already has an open interim arrangement."),
            ),
        ]

    def __str__(self) -> str:
        return _("Interim arrangement for {office} from {start}").format(office=self.office, start=self.start)

    def clean(self) -> None:
        if self.review_date and self.review_date < self.start:
            raise ValidationError(
                {
                    "review_date": _("The review date {review_date} is before the start {start}.").format(
                        review_date=self.review_date, start=self.start
                    )
                }
            )
