"""The milestone admin: edits in the form and in the list, actions, history and restore."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from offices.models import Office
from reform_portal import roles
from roadmap import services
from roadmap.models import Milestone, Phase
from tests.admin_helpers import admin_url, change_form_data, changelist_data, user_in
from tests.factories import MilestoneFactory, OfficeFactory

pytestmark = pytest.mark.django_db

JAN = datetime.date(2025, 1, 1)


def day(n: int) -> datetime.date:
    return JAN + datetime.timedelta(days=n)


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def other_admin(db):
    return user_in(roles.ADMINISTRATORS, "other-admin")


def row_prefix(response, milestone: Milestone) -> str:
    form = next(f for f in response.context["cl"].formset.forms if f.instance.pk == milestone.pk)
    return form.prefix


# -- the change form -------------------------------------------------------------------------


def test_a_stale_edit_is_refused_and_the_stored_milestone_is_unchanged(admin_client, other_admin):
    milestone = MilestoneFactory(title="Briefing held", progress=10)
    url = admin_url(Milestone, "change", milestone.pk)
    data = change_form_data(admin_client.get(url))  # opened at version 1
    services.milestone_update(
        milestone=milestone, changes={"progress": 40}, expected_version=1, actor=other_admin, reason="Progress"
    )
    data |= {"title_en": "Briefing postponed", "progress": "60", "change_reason": "Rescheduled"}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    [error] = response.context["adminform"].form.non_field_errors()
    assert "was changed by other-admin" in error
    assert "nothing was saved" in error
    milestone.refresh_from_db()
    assert (milestone.title, milestone.progress, milestone.version) == ("Briefing held", 40, 2)
    assert milestone.history.count() == 2


def test_a_fresh_edit_saves_fields_and_links_with_one_history_row(admin_client, admin_user):
    first = MilestoneFactory(planned_start=day(0), planned_end=day(30))
    second = MilestoneFactory(planned_start=day(40), planned_end=day(60))
    office = OfficeFactory()
    url = admin_url(Milestone, "change", second.pk)
    data = change_form_data(admin_client.get(url))
    data |= {"predecessors": [first.pk], "offices": [office.pk], "progress": "25", "change_reason": "Sequenced"}
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    second.refresh_from_db()
    assert (list(second.depends_on.all()), list(second.offices.all()), second.progress) == ([first], [office], 25)
    assert second.history.count() == 2
    assert second.history.first().history_change_reason == "Sequenced"


def test_a_schedule_broken_by_a_dependency_is_a_form_error(admin_client):
    late = MilestoneFactory(planned_start=day(0), planned_end=day(90))
    early = MilestoneFactory(planned_start=day(30), planned_end=day(60))
    url = admin_url(Milestone, "change", early.pk)
    data = change_form_data(admin_client.get(url)) | {"predecessors": [late.pk], "change_reason": "r"}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "before" in str(response.context["adminform"].form.errors["predecessors"])
    assert not early.depends_on.exists()


# -- editing in the list ------------------------------------------------------------------------


def test_a_list_edit_is_recorded_with_the_reason_of_the_action_bar(admin_client, admin_user):
    edited, untouched = MilestoneFactory(progress=10), MilestoneFactory(progress=10)
    url = admin_url(Milestone, "changelist")
    page = admin_client.get(url)
    data = changelist_data(page)
    prefix = row_prefix(page, edited)
    data |= {f"{prefix}-progress": "70", f"{prefix}-status": "in_progress", "change_reason": "Monthly review"}
    response = admin_client.post(url, data)
    assert response.status_code == 302
    edited.refresh_from_db()
    assert (edited.progress, edited.status, edited.version) == (70, "in_progress", 2)
    latest = edited.history.first()
    assert (latest.history_change_reason, latest.history_user) == ("Monthly review", admin_user)
    assert untouched.history.count() == 1, "rows left as they were are not written"


def test_a_list_edit_without_a_reason_saves_nothing(admin_client):
    milestone = MilestoneFactory(progress=10)
    url = admin_url(Milestone, "changelist")
    page = admin_client.get(url)
    prefix = row_prefix(page, milestone)
    response = admin_client.post(url, changelist_data(page) | {f"{prefix}-progress": "70"})
    assert response.status_code == 200
    assert "Give a reason" in response.content.decode()
    milestone.refresh_from_db()
    assert milestone.progress == 10


def test_a_stale_list_edit_is_refused(admin_client, other_admin):
    milestone = MilestoneFactory(progress=10)
    url = admin_url(Milestone, "changelist")
    page = admin_client.get(url)
    services.milestone_update(milestone=milestone, changes={"progress": 40}, actor=other_admin, reason="Update")
    prefix = row_prefix(page, milestone)
    data = changelist_data(page) | {f"{prefix}-progress": "70", "change_reason": "Monthly review"}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "was changed by other-admin" in response.content.decode()
    milestone.refresh_from_db()
    assert (milestone.progress, milestone.version) == (40, 2)


def test_a_list_edit_the_model_refuses_is_shown_on_its_row(admin_client):
    """Completing needs an actual date (the action sets it): the service refuses, nothing is saved."""
    milestone, other = MilestoneFactory(progress=10), MilestoneFactory(progress=10)
    url = admin_url(Milestone, "changelist")
    page = admin_client.get(url)
    data = changelist_data(page)
    data[f"{row_prefix(page, milestone)}-status"] = "completed"
    data[f"{row_prefix(page, other)}-progress"] = "50"
    response = admin_client.post(url, data | {"change_reason": "Done"})
    assert response.status_code == 200
    assert "Mark selected milestones complete" in response.content.decode()
    assert [m.version for m in Milestone.objects.filter(pk__in=[milestone.pk, other.pk])] == [1, 1]


def test_a_refusal_at_save_time_rolls_back_every_row_and_shows_on_its_own(admin_client, monkeypatch):
    """A service may refuse what the form accepted (a concurrent change, a database guard)."""
    first, second = MilestoneFactory(progress=10), MilestoneFactory(progress=10)
    save = services.milestone_save_edited

    def refuse_the_second(*, milestone, **kwargs):
        if milestone.pk == second.pk:
            raise ValidationError({"progress": ["Refused by the service."]})
        return save(milestone=milestone, **kwargs)

    monkeypatch.setattr(services, "milestone_save_edited", refuse_the_second)
    url = admin_url(Milestone, "changelist")
    page = admin_client.get(url)
    data = changelist_data(page) | {"change_reason": "Monthly review"}
    data |= {f"{row_prefix(page, first)}-progress": "50", f"{row_prefix(page, second)}-progress": "60"}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    form = next(f for f in response.context["cl"].formset.forms if f.instance.pk == second.pk)
    assert form.errors == {"progress": ["Refused by the service."]}
    assert [m.progress for m in Milestone.objects.filter(pk__in=[first.pk, second.pk])] == [10, 10]


# -- actions ------------------------------------------------------------------------------------------


def run_action(client, action: str, milestones, **fields):
    data = {"action": action, "_selected_action": [m.pk for m in milestones], "index": 0, **fields}
    return client.post(admin_url(Milestone, "changelist"), data, follow=True)


def test_mark_complete_sets_the_actual_date_status_and_progress(admin_client, admin_user, today):
    milestones = MilestoneFactory.create_batch(2, progress=30)
    response = run_action(admin_client, "mark_complete", milestones, change_reason="Delivered")
    assert "2 milestones marked complete." in response.content.decode()
    for milestone in milestones:
        milestone.refresh_from_db()
        assert (milestone.status, milestone.actual_end, milestone.progress) == ("completed", today, 100)
        assert milestone.history.first().history_change_reason == "Delivered"


def test_an_action_without_a_reason_changes_nothing(admin_client):
    milestone = MilestoneFactory()
    response = run_action(admin_client, "mark_complete", [milestone], change_reason="")
    assert "Give a reason" in response.content.decode()
    milestone.refresh_from_db()
    assert milestone.status == "not_started"


def test_the_shift_refuses_to_start_a_milestone_before_one_it_depends_on_ends(admin_client):
    first = MilestoneFactory(code="P-1", planned_start=day(0), planned_end=day(30))
    second = MilestoneFactory(code="P-2", planned_start=day(31), planned_end=day(60), depends_on=[first])
    response = run_action(admin_client, "shift", [first], days="10", change_reason="Delayed")
    page = response.content.decode()
    assert "P-2 Test milestone" in page
    assert "before P-1" in page
    assert "nothing was shifted" in page
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.planned_end, second.planned_start, first.version) == (day(30), day(31), 1)


def test_the_shift_moves_dependent_milestones_together(admin_client):
    first = MilestoneFactory(planned_start=day(0), planned_end=day(30), forecast_end=day(35))
    second = MilestoneFactory(planned_start=day(31), planned_end=day(60), depends_on=[first])
    response = run_action(admin_client, "shift", [first, second], days="-7", change_reason="Brought forward")
    assert "2 milestones shifted by -7 days." in response.content.decode()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.planned_start, first.forecast_end, second.planned_end) == (day(-7), day(28), day(53))
    assert [m.history.first().history_change_reason for m in (first, second)] == ["Brought forward"] * 2


def test_the_shift_needs_a_number_of_days(admin_client):
    milestone = MilestoneFactory()
    response = run_action(admin_client, "shift", [milestone], days="", change_reason="r")
    assert "number of days" in response.content.decode()
    assert Milestone.objects.get(pk=milestone.pk).version == 1


# -- history and restore -------------------------------------------------------------------------


def test_restoring_an_earlier_version_brings_back_fields_and_links(admin_client, admin_user):
    office = OfficeFactory()
    milestone = MilestoneFactory(progress=10, offices=[office])
    services.milestone_update(
        milestone=milestone, changes={"progress": 80, "offices": []}, actor=admin_user, reason="Re-scoped"
    )
    first = milestone.history.last()
    url = admin_url(Milestone, "restore", milestone.pk, first.history_id)
    changes = {c["field"]: (c["now"], c["restored"]) for c in admin_client.get(url).context["changes"]}
    assert changes["progress (%)"] == ("80", "10")
    assert changes[Office._meta.verbose_name_plural.replace("field", "linked")] == ("—", str(office))
    response = admin_client.post(url, {"change_reason": "Scope restored", "expected_version": 2})
    assert response.status_code == 302
    milestone.refresh_from_db()
    assert (milestone.progress, list(milestone.offices.all()), milestone.version) == (10, [office], 3)
    assert milestone.history.count() == 3
    assert milestone.history.first().history_change_reason == "Scope restored"


def test_a_restore_is_checked_like_any_other_edit(admin_client, admin_user):
    """The old end date would now fall after the start of a milestone that has since come to
    depend on this one."""
    milestone = MilestoneFactory(code="A-1", planned_start=day(0), planned_end=day(100))
    services.milestone_update(milestone=milestone, changes={"planned_end": day(10)}, actor=admin_user, reason="Cut")
    first = milestone.history.last()
    milestone.refresh_from_db()
    MilestoneFactory(code="B-1", planned_start=day(20), planned_end=day(30), depends_on=[milestone])
    url = admin_url(Milestone, "restore", milestone.pk, first.history_id)
    response = admin_client.post(url, {"change_reason": "Back to the plan", "expected_version": 2})
    assert response.status_code == 200
    assert "after B-1" in str(response.context["form"].errors)
    milestone.refresh_from_db()
    assert (milestone.planned_end, milestone.version) == (day(10), 2)


# -- the list ------------------------------------------------------------------------------------


def test_the_list_filters_by_phase_with_its_parts_and_by_overdue(admin_client, today):
    part = Phase.objects.filter(parent__isnull=False).first()
    in_part = MilestoneFactory(phase=part, planned_start=today - datetime.timedelta(days=20), planned_end=today)
    late = MilestoneFactory(planned_start=day(0), planned_end=day(10))
    url = admin_url(Milestone, "changelist")
    by_phase = admin_client.get(url, {"phase": part.parent.code}).context["cl"].result_list
    assert list(by_phase) == [in_part]
    overdue = admin_client.get(url, {"overdue": "yes"}).context["cl"].result_list
    assert list(overdue) == [late]


@pytest.mark.parametrize("field", ["depends_on", "offices", "principles", "strategic_elements", "owner"])
def test_links_are_chosen_by_autocomplete(admin_client, field):
    MilestoneFactory(code="AUTO-1", offices=[OfficeFactory(name="Lomé office")])
    term = {"depends_on": "AUTO", "offices": "Lom", "principles": "a", "strategic_elements": "a", "owner": ""}[field]
    response = admin_client.get(
        "/admin/autocomplete/", {"app_label": "roadmap", "model_name": "milestone", "field_name": field, "term": term}
    )
    assert response.status_code == 200
    if field != "owner":
        assert response.json()["results"], field
