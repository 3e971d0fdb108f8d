"""Briefings of member states: the sessions held and planned, their materials, and the texts
of the public briefing pages with their publication workflow."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from reform_portal.models import DemoMarked, ReformModel, Versioned


class BriefingSession(DemoMarked, ReformModel):
    """A global or regional briefing of member states on the reform."""

    class Scope(models.TextChoices):
        GLOBAL = "global", _("Global")
        REGIONAL = "regional", _("Regional")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        VIRTUAL = "virtual", _("Virtual")
        HYBRID = "hybrid", _("Hybrid")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        HELD = "held", _("Held")

    title = models.CharField(_("title"), max_length=200)
    scope = models.CharField(_("scope"), max_length=16, choices=Scope.choices)
    region = models.ForeignKey(
        "offices.Region",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="briefing_sessions",
        verbose_name=_("region"),
    )
    date = models.DateField(_("date"))
    format = models.CharField(_("format"), max_length=16, choices=Format.choices)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PLANNED)
    summary = models.TextField(_("summary"), blank=True)
    is_published = models.BooleanField(
        _("published"), default=False, help_text=_("Shown to member states on the public briefing pages.")
    )

    class Meta:
        ordering = ["-date"]
        verbose_name = _("briefing session")
        verbose_name_plural = _("briefing sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(scope="global", region__isnull=True) | Q(scope="regional", region__isnull=False),
                name="briefing_region_iff_regional",
                violation_error_message=_("A regional briefing names its region and a global one names none."),
            ),
        ]

    def __str__(self) -> str:
        return self.title


class BriefingMaterial(DemoMarked, ReformModel):
    """A document or recording of a briefing session: slides, statement, summary record."""

    class Kind(models.TextChoices):
        PRESENTATION = "presentation", _("Presentation")
        STATEMENT = "statement", _("Statement")
        SUMMARY_RECORD = "summary_record", _("Summary record")
        RECORDING = "recording", _("Recording")
        OTHER = "other", _("Other document")

    session = models.ForeignKey(
        BriefingSession, models.CASCADE, related_name="materials", verbose_name=_("briefing session")
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.PRESENTATION)
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address (URL)"), max_length=500)
    is_public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("Listed on the public briefing pages once its session is published."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["session", "order", "id"]
        verbose_name = _("briefing material")
        verbose_name_plural = _("briefing materials")

    def __str__(self) -> str:
        return self.title


class BriefingText(DemoMarked, Versioned, ReformModel):
    """A text of the public briefing pages, written in the six languages and published after
    review. Administrators edit the working copy (title, body); the public pages show only
    the published copy, which changes when the working copy is published again."""

    class Page(models.TextChoices):
        OVERVIEW = "overview", _("Overview")
        REGION = "region", _("Region pages")
        COUNTRY = "country", _("Country pages")
        SESSIONS = "sessions", _("Briefing sessions page")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_REVIEW = "in_review", _("In review")
        PUBLISHED = "published", _("Published")

    # The only status changes allowed; anything else is refused (also by the database).
    TRANSITIONS = {
        Status.DRAFT: {Status.IN_REVIEW},
        Status.IN_REVIEW: {Status.DRAFT, Status.PUBLISHED},
        Status.PUBLISHED: {Status.DRAFT},
    }

    code = models.SlugField(_("code"), max_length=40, unique=True)
    page = models.CharField(_("page"), max_length=16, choices=Page.choices)
    region = models.ForeignKey(
        "offices.Region",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="briefing_texts",
        verbose_name=_("region"),
        help_text=_("Only on the page of this region; empty: on every page of its kind."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), help_text=_("Plain text; an empty line starts a new paragraph."))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    published_title = models.CharField(_("published title"), max_length=200, blank=True, editable=False)
    published_body = models.TextField(_("published text"), blank=True, editable=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["page", "order", "code"]
        verbose_name = _("briefing text")
        verbose_name_plural = _("briefing texts")
        constraints = [
            models.CheckConstraint(
                condition=Q(region__isnull=True) | Q(page="region"),
                name="briefing_text_region_only_on_region_pages",
                violation_error_message=_("Only a text of the region pages can be limited to one region."),
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="briefing_text_published_has_date",
                violation_error_message=_("A published text has a publication date."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_public(self) -> bool:
        """A published copy exists (it stays public while a new revision is drafted)."""
        return self.published_at is not None
