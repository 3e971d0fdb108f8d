"""Invariants of the field network, refused by the database and by validation alike."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from offices import services
from offices.models import Coverage, InterimArrangement, OfficePlacement
from tests.conftest import office_type
from tests.factories import OfficeFactory, PersonFactory

D = datetime.date
pytestmark = pytest.mark.django_db


def refused_by_database(match: str = ""):
    """The statement fails with an integrity error and leaves the test transaction usable."""

    class _Refused:
        def __enter__(self):
            self._raises = pytest.raises(IntegrityError, match=match or None)
            self._raises.__enter__()
            self._atomic = transaction.atomic()
            self._atomic.__enter__()

        def __exit__(self, *exc):
            self._atomic.__exit__(*exc)
            return self._raises.__exit__(*exc)

    return _Refused()


class TestCoverage:
    def test_database_refuses_a_second_open_coverage(self, kenya):
        first, second = OfficeFactory(), OfficeFactory()
        Coverage.objects.create(country=kenya, office=first, valid_from=D(2020, 1, 1))
        with refused_by_database():
            Coverage.objects.create(country=kenya, office=second, valid_from=D(2021, 1, 1))
        assert Coverage.objects.filter(country=kenya).count() == 1

    def test_database_refuses_overlapping_closed_periods(self, kenya):
        first, second = OfficeFactory(), OfficeFactory()
        Coverage.objects.create(country=kenya, office=first, valid_from=D(2020, 1, 1), valid_to=D(2022, 1, 1))
        with refused_by_database("guard_coverage_no_overlap"):
            Coverage.objects.create(country=kenya, office=second, valid_from=D(2021, 6, 1), valid_to=D(2023, 1, 1))

    def test_database_refuses_an_end_before_the_start(self, kenya, office):
        with refused_by_database():
            Coverage.objects.create(country=kenya, office=office, valid_from=D(2022, 1, 1), valid_to=D(2021, 1, 1))

    def test_validation_names_the_country_and_the_office_already_covering_it(self, kenya):
        first, second = OfficeFactory(name="Nairobi office"), OfficeFactory()
        services.coverage_open(country=kenya, office=first, valid_from=D(2020, 1, 1), actor=None, reason="t")
        with pytest.raises(ValidationError) as refused:
            services.coverage_open(country=kenya, office=second, valid_from=D(2021, 1, 1), actor=None, reason="t")
        message = " ".join(refused.value.messages)
        assert "Kenya is already covered by Nairobi office from 2020-01-01" in message
        assert Coverage.objects.filter(country=kenya).count() == 1

    def test_validation_names_both_dates_of_a_reversed_period(self, kenya, office):
        with pytest.raises(ValidationError) as refused:
            services.coverage_open(
                country=kenya, office=office, valid_from=D(2022, 5, 1), valid_to=D(2021, 1, 1), actor=None, reason="t"
            )
        assert "Coverage of Kenya ends on 2021-01-01, not after it starts on 2022-05-01." in refused.value.messages

    def test_consecutive_periods_are_allowed(self, kenya):
        first, second = OfficeFactory(), OfficeFactory()
        services.coverage_open(country=kenya, office=first, valid_from=D(2020, 1, 1), actor=None, reason="t")
        services.coverage_transfer(country=kenya, office=second, on=D(2024, 7, 1), actor=None, reason="t")
        periods = list(Coverage.objects.filter(country=kenya).values_list("office", "valid_from", "valid_to"))
        assert periods == [(first.pk, D(2020, 1, 1), D(2024, 7, 1)), (second.pk, D(2024, 7, 1), None)]


class TestReportingLine:
    def test_database_refuses_an_office_reporting_to_itself(self, three_tier):
        placement = services.placement_set(
            office=OfficeFactory(),
            structure=three_tier,
            office_type=office_type(three_tier, "regional-hub"),
            actor=None,
            reason="t",
        )
        with refused_by_database():
            OfficePlacement.objects.filter(pk=placement.pk).update(reports_to=placement)

    def test_database_refuses_a_reporting_line_into_another_structure(self, three_tier, two_tier):
        hub = services.placement_set(
            office=OfficeFactory(),
            structure=three_tier,
            office_type=office_type(three_tier, "regional-hub"),
            actor=None,
            reason="t",
        )
        with refused_by_database("guard_placement_same_structure"):
            OfficePlacement.objects.create(
                office=OfficeFactory(),
                structure=two_tier,
                office_type=office_type(two_tier, "country-office"),
                reports_to=hub,
            )

    def test_database_refuses_an_office_type_of_another_structure(self, three_tier, two_tier):
        with refused_by_database("guard_placement_same_structure"):
            OfficePlacement.objects.create(
                office=OfficeFactory(), structure=two_tier, office_type=office_type(three_tier, "regional-hub")
            )

    def test_validation_refuses_reporting_to_itself_by_name(self, three_tier):
        office = OfficeFactory(name="Dakar office")
        hub_type = office_type(three_tier, "regional-hub")
        services.placement_set(office=office, structure=three_tier, office_type=hub_type, actor=None, reason="t")
        with pytest.raises(ValidationError) as refused:
            services.placement_set(
                office=office, structure=three_tier, office_type=hub_type, reports_to=office, actor=None, reason="t"
            )
        assert refused.value.message_dict["reports_to"] == ["Dakar office cannot report to itself."]

    def test_validation_names_the_structures_of_a_crossed_reporting_line(self, three_tier, two_tier):
        hub = services.placement_set(
            office=OfficeFactory(name="Abuja office"),
            structure=three_tier,
            office_type=office_type(three_tier, "regional-hub"),
            actor=None,
            reason="t",
        )
        crossed = OfficePlacement(
            office=OfficeFactory(),
            structure=two_tier,
            office_type=office_type(two_tier, "country-office"),
            reports_to=hub,
        )
        with pytest.raises(ValidationError) as refused:
            crossed.full_clean()
        assert refused.value.message_dict["reports_to"] == [
            "Abuja office is placed in Three-tier field structure; "
            "an office of Two-tier field structure cannot report to it."
        ]

    def test_validation_refuses_a_parent_that_is_not_placed_in_the_structure(self, three_tier, two_tier):
        hub = OfficeFactory(name="Cairo office")
        services.placement_set(
            office=hub,
            structure=three_tier,
            office_type=office_type(three_tier, "regional-hub"),
            actor=None,
            reason="t",
        )
        with pytest.raises(ValidationError) as refused:
            services.placement_set(
                office=OfficeFactory(),
                structure=two_tier,
                office_type=office_type(two_tier, "country-office"),
                reports_to=hub,
                actor=None,
                reason="t",
            )
        assert "Cairo office has no place in Two-tier field structure" in refused.value.message_dict["reports_to"][0]

    def test_a_country_office_reports_to_a_higher_tier(self, two_tier):
        peer = OfficeFactory(name="Lima office")
        country_office = office_type(two_tier, "country-office")
        services.placement_set(office=peer, structure=two_tier, office_type=country_office, actor=None, reason="t")
        with pytest.raises(ValidationError) as refused:
            services.placement_set(
                office=OfficeFactory(),
                structure=two_tier,
                office_type=country_office,
                reports_to=peer,
                actor=None,
                reason="t",
            )
        assert refused.value.message_dict["reports_to"] == [
            "Lima office is a Country office; a Country office reports to a higher tier."
        ]


class TestInterimArrangement:
    @pytest.fixture
    def vacant_office(self):
        office = OfficeFactory(name="Kinshasa office")
        services.head_post_set(office=office, status="vacant", vacant_since=D(2024, 1, 1), actor=None, reason="t")
        return office

    def test_database_refuses_an_end_before_the_start(self, vacant_office):
        with refused_by_database():
            InterimArrangement.objects.create(
                office=vacant_office,
                kind="officer_in_charge",
                officer_in_charge=PersonFactory(),
                start=D(2024, 3, 1),
                end=D(2024, 2, 1),
            )

    def test_validation_names_both_dates(self, vacant_office):
        with pytest.raises(ValidationError) as refused:
            services.interim_arrangement_create(
                office=vacant_office,
                kind="officer_in_charge",
                officer_in_charge=PersonFactory(),
                start=D(2024, 3, 1),
                end=D(2024, 2, 1),
                actor=None,
                reason="t",
            )
        assert "The interim arrangement ends on 2024-02-01, before it starts on 2024-03-01." in refused.value.messages
        assert not InterimArrangement.objects.exists()

    def test_only_a_vacant_post_gets_an_interim_arrangement(self):
        office = OfficeFactory(name="Quito office")
        services.head_post_set(office=office, status="filled", incumbent=PersonFactory(), actor=None, reason="t")
        with pytest.raises(ValidationError) as refused:
            services.interim_arrangement_create(
                office=office,
                kind="covering_office",
                covering_office=OfficeFactory(),
                start=D(2024, 1, 1),
                actor=None,
                reason="t",
            )
        assert "The head-of-office post of Quito office is not vacant" in refused.value.message_dict["office"][0]

    def test_database_refuses_an_office_covering_its_own_vacancy(self, vacant_office):
        with refused_by_database():
            InterimArrangement.objects.create(
                office=vacant_office, kind="covering_office", covering_office=vacant_office, start=D(2024, 3, 1)
            )
