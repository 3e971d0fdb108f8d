"""History: who changed what, when and why; stale edits are refused."""

import datetime

import pytest

from offices import services as office_services
from reform_portal.services import StaleEditError, upsert_recorded
from roadmap import services as roadmap_services
from tests.factories import MilestoneFactory, OfficeFactory

pytestmark = pytest.mark.django_db


def test_a_change_records_the_user_the_reason_and_the_fields(admin_user):
    office = OfficeFactory(city="Nairobi")
    office_services.office_update(
        office=office,
        changes={"city": "Mombasa"},
        actor=admin_user,
        reason="Office moved to the coast",
        expected_version=1,
    )
    latest, previous = office.history.all()[:2]
    assert (latest.history_user, latest.history_change_reason) == (admin_user, "Office moved to the coast")
    changes = latest.diff_against(previous).changes
    assert [(c.field, c.old, c.new) for c in changes] == [("city", "Nairobi", "Mombasa")]
    assert (previous.version, latest.version) == (1, 2)


def test_one_history_row_per_change_including_the_links(admin_user):
    first = MilestoneFactory(planned_start=datetime.date(2025, 1, 1), planned_end=datetime.date(2025, 1, 31))
    second = MilestoneFactory(planned_start=datetime.date(2025, 2, 1), planned_end=datetime.date(2025, 2, 28))
    roadmap_services.milestone_update(
        milestone=second, changes={"depends_on": [first]}, actor=admin_user, reason="Sequenced"
    )
    assert second.history.count() == 2
    latest = second.history.first()
    assert [link.predecessor for link in latest.depends_on.all()] == [first]
    assert latest.history_change_reason == "Sequenced"


def test_a_stale_edit_is_refused_and_names_who_changed_it(admin_user):
    office = OfficeFactory(city="Dakar")
    office_services.office_update(
        office=office, changes={"city": "Thiès"}, actor=admin_user, reason="r", expected_version=1
    )
    with pytest.raises(StaleEditError) as refused:
        office_services.office_update(
            office=office, changes={"city": "Saint-Louis"}, actor=None, reason="r", expected_version=1
        )
    assert "was changed by reform-admin" in refused.value.message
    office.refresh_from_db()
    assert (office.city, office.version) == ("Thiès", 2)


def test_an_unchanged_upsert_writes_no_history():
    office = OfficeFactory(city="Accra")
    rows_before = office.history.count()
    _, written = upsert_recorded(
        type(office), lookup={"code": office.code}, values={"city": "Accra"}, actor=None, reason="r"
    )
    assert (written, office.history.count()) == (False, rows_before)
