"""factory_boy factories that create through the services, as every other writer does."""

import datetime

import factory

from offices import services as office_services
from offices.models import Country, Office, Region
from roadmap import services as roadmap_services
from roadmap.models import KeyActivity, Milestone, Phase
from working_groups import services as wg_services
from working_groups.models import Person, Recommendation, WorkingGroup

REASON = "Test fixture"


class ServiceFactory(factory.Factory):
    """Builds keyword arguments and hands them to the model's create service."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs.setdefault("actor", None)
        kwargs.setdefault("reason", REASON)
        return CREATE_SERVICES[model_class](**kwargs)


class OfficeFactory(ServiceFactory):
    class Meta:
        model = Office

    code = factory.Sequence(lambda n: f"T{n:03d}")
    name = factory.Sequence(lambda n: f"Test office {n}")
    city = "Testville"
    host_country = factory.LazyFunction(lambda: Country.objects.get(iso3="KEN"))
    region = factory.LazyFunction(lambda: Region.objects.get(code="AFR"))


class PersonFactory(ServiceFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Test Person {n}")
    affiliation = Person.Affiliation.TECHNICAL_COOPERATION


class MilestoneFactory(ServiceFactory):
    class Meta:
        model = Milestone

    code = factory.Sequence(lambda n: f"T-{n:03d}")
    phase = factory.LazyFunction(lambda: Phase.objects.get(code="phase-2"))
    activity = factory.LazyFunction(lambda: KeyActivity.objects.get(number=7))
    title = factory.Sequence(lambda n: f"Test milestone {n}")
    planned_start = datetime.date(2025, 1, 1)
    planned_end = datetime.date(2025, 3, 31)


class RecommendationFactory(ServiceFactory):
    class Meta:
        model = Recommendation

    code = factory.Sequence(lambda n: f"R-T{n:03d}")
    working_group = factory.LazyFunction(lambda: WorkingGroup.objects.get(letter="a"))
    title = factory.Sequence(lambda n: f"Test recommendation {n}")
    text = "Do the right thing."


CREATE_SERVICES = {
    Office: office_services.office_create,
    Person: wg_services.person_create,
    Milestone: roadmap_services.milestone_create,
    Recommendation: wg_services.recommendation_create,
}
