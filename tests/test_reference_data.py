"""The report's reference facts, loaded exactly and idempotently."""

import pytest
from django.core.management import call_command
from django.utils import translation
from django_countries import countries
from modeltranslation.translator import translator

from offices.models import Country, OfficeType, Region, Structure
from reform_portal.translated import LANGUAGE_CODES
from roadmap.models import GuidingPrinciple, KeyActivity, Phase, StrategicElement
from working_groups.models import WorkingGroup

pytestmark = pytest.mark.django_db

REFERENCE_MODELS = [
    Region,
    Structure,
    OfficeType,
    Phase,
    KeyActivity,
    GuidingPrinciple,
    StrategicElement,
    WorkingGroup,
    Country,
]


def snapshot() -> dict:
    return {model.__name__: (model.objects.count(), model.history.count()) for model in REFERENCE_MODELS}


def test_counts_equal_the_report():
    assert Region.objects.count() == 5
    assert {s.code: s.office_types.count() for s in Structure.objects.all()} == {"three-tier": 3, "two-tier": 2}
    assert Phase.objects.filter(parent__isnull=True).count() == 2
    assert Phase.objects.get(code="phase-1").parts.count() == 2
    assert KeyActivity.objects.count() == 7
    assert list(GuidingPrinciple.objects.values_list("letter", flat=True)) == list("abcdefg")
    assert list(StrategicElement.objects.values_list("letter", flat=True)) == list("abcde")
    assert list(WorkingGroup.objects.values_list("letter", flat=True)) == list("abcd")


def test_structures_have_the_report_tiers_and_glossary_names():
    with translation.override("zh-hans"):
        types = {t.code + "@" + t.structure.code: t.name for t in OfficeType.objects.select_related("structure")}
    assert types == {
        "regional-hub@three-tier": "区域中心",
        "regional-office@three-tier": "区域办事处",
        "country-office@three-tier": "国家办事处",
        "subregional-office@two-tier": "次区域办事处",
        "country-office@two-tier": "国家办事处",
    }
    assert Structure.objects.get(status="current").tiers == 3
    assert Structure.objects.get(status="planned").tiers == 2


def test_loading_twice_changes_nothing():
    before = snapshot()
    call_command("load_reference_data", verbosity=0)
    assert snapshot() == before


def test_every_iso_country_with_codes_and_localized_names():
    assert Country.objects.count() == len(countries)
    ivory_coast = Country.objects.get(iso3="CIV")
    assert (ivory_coast.iso2, ivory_coast.m49) == ("CI", "384")
    with translation.override("zh-hans"):
        assert Country.objects.get(iso3="CIV").name == "科特迪瓦"
    with translation.override("es"):
        assert Country.objects.get(iso3="DEU").name == "Alemania"
    assert not Country.objects.filter(m49__regex=r"^(?![0-9]{3}$)").exists()


@pytest.mark.parametrize(
    "model", [Region, Structure, OfficeType, Phase, KeyActivity, GuidingPrinciple, StrategicElement, WorkingGroup]
)
def test_member_state_content_is_written_in_all_six_languages(model):
    fields = translator.get_options_for_model(model).fields
    missing = [
        f"{obj}: {field}_{language}"
        for obj in model.objects.all()
        for field in fields
        if getattr(obj, f"{field}_en")
        for language in (code.replace("-", "_") for code in LANGUAGE_CODES)
        if not getattr(obj, f"{field}_{language}")
    ]
    assert missing == []
