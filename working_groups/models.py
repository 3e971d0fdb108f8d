"""The four working groups of phase 1: people, memberships, meetings, task forces, recommendations."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from reform_portal.models import DemoMarked, ReformModel, Versioned


class WorkingGroup(ReformModel):
    """One of the four internal working groups (topics a–d), led by field representatives."""

    letter = models.CharField(
        _("letter"), max_length=1, unique=True, validators=[RegexValidator(r"^[a-z]$", _("Use one lower-case letter."))]
    )
    name = models.CharField(_("name"), max_length=160)
    topic = models.TextField(_("topic"))

    class Meta:
        ordering = ["letter"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self) -> str:
        return self.name

    @property
    def code(self) -> str:
        return self.letter.upper()


class Person(DemoMarked, ReformModel):
    """A staff member taking part in the reform, with the unit they belong to."""

    class Affiliation(models.TextChoices):
        FIELD_OFFICE = "field_office", _("Field office")
        REGIONAL_BUREAU = "regional_bureau", _("HQ regional bureau")
        TECHNICAL_COOPERATION = "technical_cooperation", _("Directorate of Technical Cooperation")

    name = models.CharField(_("name"), max_length=160)
    job_title = models.CharField(_("job title"), max_length=160, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    affiliation = models.CharField(_("affiliation"), max_length=24, choices=Affiliation.choices)
    office = models.ForeignKey(
        "offices.Office",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="staff",
        verbose_name=_("field office"),
    )
    regional_bureau = models.ForeignKey(
        "offices.Region",
        models.PROTECT,
        null=True,
        blank=True,
        related_name="bureau_staff",
        verbose_name=_("regional bureau"),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
        verbose_name=_("portal account"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.CheckConstraint(
                condition=Q(affiliation="field_office", office__isnull=False, regional_bureau__isnull=True)
                | Q(affiliation="regional_bureau", office__isnull=True, regional_bureau__isnull=False)
                | Q(affiliation="technical_cooperation", office__isnull=True, regional_bureau__isnull=True),
                name="person_affiliation_consistent",
                violation_error_message=_(
                    "A field-office affiliation names an office, a regional-bureau affiliation names a region, "
                    "the Directorate of Technical Cooperation names neither (affiliation {affiliation})."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Membership(DemoMarked, ReformModel):
    """A person's role in a working group."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead")
        MEMBER = "member", _("Member")

    working_group = models.ForeignKey(
        WorkingGroup, models.CASCADE, related_name="memberships", verbose_name=_("working group")
    )
    person = models.ForeignKey(Person, models.PROTECT, related_name="memberships", verbose_name=_("person"))
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        ordering = ["working_group__letter", "role", "person__name"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["working_group", "person"],
                name="membership_unique",
                violation_error_message=_("{person} is already a member of {working_group}."),
            ),
        ]

    def __str__(self) -> str:
        return _("{person} in {working_group}").format(person=self.person, working_group=self.working_group)

    def clean(self) -> None:
        if (
            self.role == self.Role.LEAD
            and self.person_id
            and self.person.affiliation != Person.Affiliation.FIELD_OFFICE
        ):
            raise ValidationError(
                {
                    "role": _("{person} is not a field representative; working groups are led from the field.").format(
                        person=self.person
                    )
                }
            )


class Meeting(DemoMarked, ReformModel):
    """A meeting of a working group."""

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        VIRTUAL = "virtual", _("Virtual")
        HYBRID = "hybrid", _("Hybrid")

    working_group = models.ForeignKey(
        WorkingGroup, models.CASCADE, related_name="meetings", verbose_name=_("working group")
    )
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=200)
    format = models.CharField(_("format"), max_length=16, choices=Format.choices, default=Format.VIRTUAL)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def __str__(self) -> str:
        return self.title


class TaskForce(DemoMarked, ReformModel):
    """A time-bound task force set up during the internal consultations."""

    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=160)
    mandate = models.TextField(_("mandate"), blank=True)
    working_group = models.ForeignKey(
        WorkingGroup,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="task_forces",
        verbose_name=_("working group"),
    )
    lead = models.ForeignKey(
        Person, models.PROTECT, null=True, blank=True, related_name="led_task_forces", verbose_name=_("lead")
    )
    members = models.ManyToManyField(Person, blank=True, related_name="task_forces", verbose_name=_("members"))
    start = models.DateField(_("start"))
    end = models.DateField(_("end"), null=True, blank=True)

    class Meta:
        ordering = ["start", "code"]
        verbose_name = _("task force")
        verbose_name_plural = _("task forces")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=models.F("start")),
                name="taskforce_ends_after_start",
                violation_error_message=_("The task force ends on {end}, before it starts on {start}."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Recommendation(DemoMarked, Versioned, ReformModel):
    """A reform recommendation of a working group, and what became of it."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        ACCEPTED = "accepted", _("Accepted")
        MODIFIED = "modified", _("Accepted with modifications")
        REJECTED = "rejected", _("Rejected")
        IMPLEMENTED = "implemented", _("Implemented")

    # The only status changes allowed; anything else is refused (also by the database).
    TRANSITIONS = {
        Status.DRAFT: {Status.SUBMITTED},
        Status.SUBMITTED: {Status.DRAFT, Status.ACCEPTED, Status.MODIFIED, Status.REJECTED},
        Status.ACCEPTED: {Status.IMPLEMENTED},
        Status.MODIFIED: {Status.IMPLEMENTED},
        Status.REJECTED: set(),
        Status.IMPLEMENTED: set(),
    }
    DECIDED = (Status.ACCEPTED, Status.MODIFIED, Status.REJECTED, Status.IMPLEMENTED)

    code = models.CharField(
        _("code"),
        max_length=16,
        unique=True,
        validators=[RegexValidator(r"^[A-Z0-9.-]{2,16}$", _("Use capital letters, digits, dots or hyphens."))],
    )
    working_group = models.ForeignKey(
        WorkingGroup, models.PROTECT, related_name="recommendations", verbose_name=_("working group")
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    decision_rationale = models.TextField(_("decision rationale"), blank=True)
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    principles = models.ManyToManyField(
        "roadmap.GuidingPrinciple", blank=True, related_name="recommendations", verbose_name=_("guiding principles")
    )
    strategic_elements = models.ManyToManyField(
        "roadmap.StrategicElement", blank=True, related_name="recommendations", verbose_name=_("strategic elements")
    )
    milestones = models.ManyToManyField(
        "roadmap.Milestone", blank=True, related_name="recommendations", verbose_name=_("milestones")
    )
    offices = models.ManyToManyField(
        "offices.Office", blank=True, related_name="recommendations", verbose_name=_("offices")
    )

    class Meta:
        ordering = ["working_group__letter", "code"]
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        constraints = [
            models.CheckConstraint(
                condition=~Q(status__in=["modified", "rejected"]) | ~Q(decision_rationale=""),
                name="recommendation_rationale_when_modified_or_rejected",
                violation_error_message=_("A recommendation that is {status} needs a decision rationale."),
            ),
            models.CheckConstraint(
                condition=Q(status__in=["accepted", "modified", "rejected", "implemented"], decided_on__isnull=False)
                | (Q(status__in=["draft", "submitted"]) & Q(decided_on__isnull=True)),
                name="recommendation_decision_date_iff_decided",
                violation_error_message=_(
                    "A decided recommendation has a decision date and an undecided one has none (status {status})."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"
