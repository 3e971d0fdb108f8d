"""Invariants of the roadmap, refused by the database and by validation alike."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from roadmap import services
from roadmap.models import Milestone, MilestoneDependency
from tests.factories import MilestoneFactory
from tests.offices.test_models import refused_by_database

D = datetime.date
pytestmark = pytest.mark.django_db


def chain(*codes: str) -> list[Milestone]:
    """Milestones each depending on the previous one, three months apart."""
    milestones = []
    for index, code in enumerate(codes):
        start = D(2025, 1 + index * 3, 1)
        milestones.append(
            MilestoneFactory(
                code=code,
                planned_start=start,
                planned_end=start + datetime.timedelta(days=59),
                depends_on=milestones[-1:],
            )
        )
    return milestones


class TestDates:
    def test_database_refuses_an_end_before_the_start(self, phase_two, implementation):
        with refused_by_database():
            Milestone.objects.create(
                code="X-1",
                phase=phase_two,
                activity=implementation,
                title="X",
                planned_start=D(2025, 5, 1),
                planned_end=D(2025, 4, 1),
            )

    def test_validation_names_both_dates(self):
        with pytest.raises(ValidationError) as refused:
            MilestoneFactory(planned_start=D(2025, 5, 1), planned_end=D(2025, 4, 1))
        assert "The planned end 2025-04-01 is before the planned start 2025-05-01." in refused.value.messages
        assert not Milestone.objects.exists()

    def test_database_refuses_a_completed_milestone_without_completion_date(self, phase_two, implementation):
        with refused_by_database():
            Milestone.objects.create(
                code="X-2",
                phase=phase_two,
                activity=implementation,
                title="X",
                planned_start=D(2025, 1, 1),
                planned_end=D(2025, 2, 1),
                status="completed",
                progress=100,
            )


class TestDependencies:
    def test_database_refuses_a_milestone_depending_on_itself(self):
        (milestone,) = chain("A-1")
        with refused_by_database():
            MilestoneDependency.objects.create(successor=milestone, predecessor=milestone)

    def test_validation_refuses_a_milestone_depending_on_itself_by_name(self):
        (milestone,) = chain("A-1")
        with pytest.raises(ValidationError) as refused:
            services.milestone_update(milestone=milestone, changes={"depends_on": [milestone]}, actor=None, reason="t")
        assert refused.value.message_dict["depends_on"] == [f"{milestone} cannot depend on itself."]

    def test_database_refuses_a_dependency_cycle(self):
        first, _second, third = chain("C-1", "C-2", "C-3")
        with refused_by_database("guard_dependency_no_cycle"):
            MilestoneDependency.objects.create(successor=first, predecessor=third)
        assert not first.depends_on.exists()

    def test_validation_names_the_milestones_of_a_cycle(self):
        first, _second, third = chain("C-1", "C-2", "C-3")
        with pytest.raises(ValidationError) as refused:
            services.milestone_update(milestone=first, changes={"depends_on": [third]}, actor=None, reason="t")
        assert refused.value.message_dict["depends_on"] == [
            f"{first} cannot depend on {third}: {third} already waits for {first}, "
            "so the dependencies would form a cycle."
        ]
        assert not first.depends_on.exists()

    def test_a_milestone_cannot_start_before_its_predecessor_ends(self):
        first, second = chain("S-1", "S-2")
        with pytest.raises(ValidationError) as refused:
            services.milestone_update(
                milestone=second, changes={"planned_start": D(2025, 2, 1)}, actor=None, reason="t"
            )
        assert refused.value.message_dict["depends_on"] == [
            f"{second} starts on 2025-02-01, before {first}, which it depends on, ends on 2025-03-01."
        ]
        second.refresh_from_db()
        assert second.planned_start == D(2025, 4, 1)

    def test_a_milestone_cannot_end_after_a_dependent_starts(self):
        first, second = chain("S-1", "S-2")
        with pytest.raises(ValidationError) as refused:
            services.milestone_update(milestone=first, changes={"planned_end": D(2025, 5, 1)}, actor=None, reason="t")
        assert refused.value.message_dict["depends_on"] == [
            f"{first} would end on 2025-05-01, after {second}, which depends on it, starts on 2025-04-01."
        ]

    def test_removing_a_dependency_allows_the_reverse_one(self):
        first, second = chain("R-1", "R-2")
        services.milestone_update(milestone=second, changes={"depends_on": []}, actor=None, reason="t")
        services.milestone_update(
            milestone=first,
            changes={"depends_on": [second], "planned_start": D(2025, 6, 1), "planned_end": D(2025, 7, 1)},
            actor=None,
            reason="t",
        )
        assert list(first.depends_on.all()) == [second]


def test_overdue_means_planned_end_passed_and_not_done(today):
    late = MilestoneFactory(
        planned_start=today - datetime.timedelta(days=20), planned_end=today - datetime.timedelta(days=1)
    )
    due = MilestoneFactory(planned_start=today - datetime.timedelta(days=20), planned_end=today)
    done = MilestoneFactory(
        planned_start=today - datetime.timedelta(days=20),
        planned_end=today - datetime.timedelta(days=1),
        status="completed",
        progress=100,
        actual_end=today,
    )
    assert (late.is_overdue, due.is_overdue, done.is_overdue) == (True, False, False)


def test_an_inconsistent_completion_is_refused_with_a_readable_message():
    milestone = MilestoneFactory()
    with pytest.raises(ValidationError) as refused:
        services.milestone_update(
            milestone=milestone, changes={"status": "completed", "progress": 40}, actor=None, reason="t"
        )
    assert (
        "A completed milestone has an actual completion date and 100% progress; any other has no completion date "
        "(status completed, completed —, progress 40%)."
    ) in refused.value.messages
