"""The demonstration network matches the report's totals and is marked as demonstration data."""

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db.models import Count

from offices.models import Coverage, HeadOfOfficePost, Office, OfficePlacement, Region
from reform_portal.models import DemoMarked
from roadmap.models import Milestone, MilestoneDependency

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_network, db):
    """The module's shared demonstration data (see tests/conftest.py)."""


def test_48_offices_covering_156_countries_in_five_regions(demo):
    assert Office.objects.count() == 48
    assert Coverage.objects.filter(valid_to__isnull=True).values("country").distinct().count() == 156
    assert Region.objects.annotate(n=Count("offices")).filter(n=0).count() == 0


def test_every_office_has_a_type_and_line_in_both_structures(demo):
    per_office = OfficePlacement.objects.values("office").annotate(n=Count("structure")).filter(n=2).count()
    assert per_office == 48
    tops = OfficePlacement.objects.filter(reports_to__isnull=True).select_related("office_type")
    assert {placement.office_type.level for placement in tops} == {1}


def test_every_record_is_marked_as_demonstration(demo):
    marked = [model for model in apps.get_models() if issubclass(model, DemoMarked)]
    unmarked = {model.__name__: model.objects.filter(is_demo=False).count() for model in marked}
    assert set(unmarked.values()) == {0}
    assert all(model.objects.exists() for model in marked), "each kind of record has demonstration rows"


def test_vacant_posts_have_interim_arrangements(demo):
    vacant = HeadOfOfficePost.objects.filter(status="vacant")
    assert vacant.count() > 0
    assert all(post.office.interim_arrangements.exists() for post in vacant)


def test_milestones_in_both_phases_respect_their_dependencies(demo):
    phases = set(Milestone.objects.values_list("phase__parent__code", "phase__code"))
    assert {parent or code for parent, code in phases} == {"phase-1", "phase-2"}
    late = [
        link
        for link in MilestoneDependency.objects.select_related("successor", "predecessor")
        if link.successor.planned_start < link.predecessor.planned_end
    ]
    assert late == []


def test_loading_twice_adds_nothing(demo):
    call_command("load_demo_data", verbosity=0)
    assert Office.objects.count() == 48
