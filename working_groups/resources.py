"""Registers of the working groups: people and memberships (see reform_portal.registers)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from import_export.fields import Field

from offices.models import Office, Region
from reform_portal.registers import UNKNOWN_CODE, CodeWidget, RegisterResource, cell_text
from working_groups import services
from working_groups.models import Membership, Person, WorkingGroup

SEVERAL_PEOPLE = _("Several people are called {name}; give their e-mail instead.")
PERSON_FIELDS = ("name", "email", "job_title", "affiliation", "office", "regional_bureau", "is_demo")


def person_by_email_or_name(value: str) -> Person | None:
    """The person an e-mail (anything with an @) or else a full name designates."""
    if "@" in value:
        return Person.objects.filter(email__iexact=value).order_by("pk").first()
    people = list(Person.objects.filter(name=value).order_by("pk")[:2])
    if len(people) > 1:
        raise ValueError(SEVERAL_PEOPLE.format(name=value))
    return people[0] if people else None


class PersonWidget(CodeWidget):
    """A person given by e-mail, or by name when they have none."""

    def __init__(self):
        super().__init__(Person, "email", what=_("person"))

    def clean(self, value, row=None, **kwargs):
        code = cell_text(value)
        if not code:
            return None
        person = person_by_email_or_name(code)
        if person is None:
            raise ValueError(UNKNOWN_CODE.format(what=self.what, code=code))
        return person

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else (value.email or value.name)


class PersonResource(RegisterResource):
    """People taking part in the reform, keyed by e-mail (or by name when they have none)."""

    office = Field("office", "office", CodeWidget(Office, "code", what=_("office code"), normalize=str.upper))
    regional_bureau = Field(
        "regional_bureau",
        "regional_bureau",
        CodeWidget(Region, "code", what=_("region code"), normalize=str.upper),
    )
    error_column = "affiliation"

    class Meta:
        model = Person
        name = _("People")
        # Checked to be columns of the file; the lookup itself is get_instance's.
        import_id_fields = ["email", "name"]
        fields = PERSON_FIELDS
        export_order = PERSON_FIELDS

    def get_instance(self, instance_loader, row):
        email, name = cell_text(row.get("email")), cell_text(row.get("name"))
        if email:
            return Person.objects.filter(email__iexact=email).order_by("pk").first()
        if not name:
            return None
        try:
            return person_by_email_or_name(name)
        except ValueError as error:
            raise ValidationError({"name": [str(error)]}) from None

    def export_queryset(self, queryset):
        return queryset.select_related("office", "regional_bureau")

    def create(self, instance, links):
        values = {name: getattr(instance, name) for name in PERSON_FIELDS}
        return services.person_create(**values, actor=self.actor, reason=self.reason)

    def update(self, instance, changes, links):
        return services.person_update(person=instance, changes=changes, actor=self.actor, reason=self.reason)


class MembershipResource(RegisterResource):
    """Who is in which working group, keyed by the group's letter and the person."""

    working_group = Field(
        "working_group",
        "working_group",
        CodeWidget(WorkingGroup, "letter", what=_("working group letter"), normalize=str.lower),
    )
    person = Field("person", "person", PersonWidget())
    error_column = "person"

    class Meta:
        model = Membership
        name = _("Working-group memberships")
        import_id_fields = ["working_group", "person"]
        fields = ("working_group", "person", "role", "is_demo")
        export_order = fields

    def export_queryset(self, queryset):
        return queryset.select_related("working_group", "person")

    def create(self, instance, links):
        return services.membership_add(
            working_group=instance.working_group,
            person=instance.person,
            role=instance.role,
            is_demo=instance.is_demo,
            actor=self.actor,
            reason=self.reason,
        )

    def update(self, instance, changes, links):
        return services.membership_update(membership=instance, changes=changes, actor=self.actor, reason=self.reason)
