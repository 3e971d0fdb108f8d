"""Demonstration roadmap: milestones across both phases and member-state briefing sessions.

The report dates nothing but the terms of reference (expected at the end of 2023) and the
General Conference itself; every other date, owner and title here is invented, stored
with ``is_demo`` set. Implementation milestones are dated relative to the day the data is
loaded, so the demonstration always has work due soon, overdue and ahead.
"""

import datetime
from typing import NamedTuple

from offices.models import Office, Region
from reform_portal.services import Actor
from roadmap import services
from roadmap.models import BriefingSession, GuidingPrinciple, KeyActivity, Milestone, Phase, StrategicElement
from working_groups.models import Person

REASON = "Demonstration data"

D = datetime.date


class DemoMilestone(NamedTuple):
    code: str
    phase: str
    activity: int
    title: str
    start: D | int  # a date, or days from the load date
    end: D | int
    status: str
    progress: int
    depends_on: tuple[str, ...] = ()
    principles: str = ""
    elements: str = ""
    public: bool = False


DONE, ACTIVE, TODO = "completed", "in_progress", "not_started"

MILESTONES = [
    DemoMilestone(
        "M-01",
        "phase-1-part-1",
        1,
        "Field information collected and reviewed",
        D(2023, 2, 1),
        D(2023, 3, 31),
        DONE,
        100,
        (),
        "bd",
    ),
    DemoMilestone(
        "M-02",
        "phase-1-part-1",
        4,
        "Working groups constituted",
        D(2023, 2, 15),
        D(2023, 3, 15),
        DONE,
        100,
        (),
        "a",
        public=True,
    ),
    DemoMilestone(
        "M-03",
        "phase-1-part-1",
        7,
        "Interim arrangements for vacant representative posts",
        D(2023, 3, 1),
        D(2023, 5, 31),
        DONE,
        100,
        (),
        "f",
    ),
    DemoMilestone(
        "M-04",
        "phase-1-part-1",
        2,
        "Balanced scorecard baseline for every office",
        D(2023, 4, 1),
        D(2023, 6, 30),
        DONE,
        100,
        ("M-01",),
        "bd",
        "e",
    ),
    DemoMilestone(
        "M-05",
        "phase-1-part-1",
        3,
        "Benchmarking study of UN entities' field presence",
        D(2023, 4, 1),
        D(2023, 7, 15),
        DONE,
        100,
        ("M-01",),
        "a",
    ),
    DemoMilestone(
        "M-06",
        "phase-1-part-2",
        5,
        "Working-group recommendations submitted",
        D(2023, 7, 16),
        D(2023, 8, 31),
        DONE,
        100,
        ("M-02", "M-04", "M-05"),
        "abc",
    ),
    DemoMilestone(
        "M-07",
        "phase-1-part-2",
        5,
        "Initial proposal on the strategic direction",
        D(2023, 9, 1),
        D(2023, 9, 30),
        DONE,
        100,
        ("M-06",),
        "ab",
        "abcde",
        True,
    ),
    DemoMilestone(
        "M-08",
        "phase-2",
        6,
        "Global briefing of member states",
        D(2023, 10, 2),
        D(2023, 10, 20),
        DONE,
        100,
        ("M-07",),
        "f",
        "",
        True,
    ),
    DemoMilestone(
        "M-09",
        "phase-2",
        6,
        "Regional briefings of member states",
        D(2023, 10, 23),
        D(2023, 11, 24),
        DONE,
        100,
        ("M-08",),
        "f",
        "",
        True,
    ),
    DemoMilestone(
        "M-10",
        "phase-2",
        7,
        "Terms of reference of the field network issued",
        D(2023, 10, 1),
        D(2023, 12, 31),
        DONE,
        100,
        ("M-07",),
        "b",
        "a",
        True,
    ),
    DemoMilestone(
        "M-11",
        "phase-2",
        5,
        "Comprehensive proposal on the field structure",
        D(2024, 1, 8),
        D(2024, 4, 30),
        DONE,
        100,
        ("M-10",),
        "ab",
        "abcde",
        True,
    ),
    DemoMilestone(
        "M-12", "phase-2", 7, "Delegation of authority framework in force", -400, -60, ACTIVE, 80, ("M-11",), "d", "b"
    ),
    DemoMilestone(
        "M-13", "phase-2", 7, "Flexible working arrangements introduced", -300, 20, ACTIVE, 70, ("M-11",), "b", "c"
    ),
    DemoMilestone(
        "M-14",
        "phase-2",
        7,
        "Learning and development programme for field staff",
        -200,
        150,
        ACTIVE,
        35,
        ("M-11",),
        "g",
        "d",
    ),
    DemoMilestone(
        "M-15", "phase-2", 2, "Results framework for field offices", -100, 25, ACTIVE, 60, ("M-11",), "b", "e"
    ),
    DemoMilestone(
        "M-16",
        "phase-2",
        7,
        "Subregional offices operational, first wave",
        -365,
        -30,
        DONE,
        100,
        ("M-11",),
        "ab",
        "a",
        True,
    ),
    DemoMilestone(
        "M-17",
        "phase-2",
        7,
        "Subregional offices operational, second wave",
        -29,
        120,
        ACTIVE,
        40,
        ("M-16",),
        "ab",
        "a",
        True,
    ),
    DemoMilestone(
        "M-18",
        "phase-2",
        7,
        "Country coverage realigned to the two-tier structure",
        121,
        200,
        TODO,
        0,
        ("M-17",),
        "af",
        "a",
        True,
    ),
    DemoMilestone(
        "M-19", "phase-2", 7, "Vacant UNIDO Representative posts filled", -500, 10, ACTIVE, 55, ("M-03",), "f"
    ),
    DemoMilestone(
        "M-20", "phase-2", 6, "Briefing of member states on implementation progress", 40, 45, TODO, 0, (), "f", "", True
    ),
    DemoMilestone(
        "M-21",
        "phase-2",
        2,
        "Review of the reformed network with the balanced scorecard",
        201,
        290,
        TODO,
        0,
        ("M-18",),
        "g",
        "e",
    ),
]

# Offices a milestone concerns, by office code.
MILESTONE_OFFICES = {
    "M-03": ("CIV", "COD", "MDG"),
    "M-16": ("NGA", "KEN", "EGY", "THA"),
    "M-17": ("SEN", "ETH", "ZAF", "MAR", "CHN", "IND"),
    "M-19": ("CIV", "SDN", "AFG", "BLR", "NIC"),
}


def _date(value: D | int, anchor: D) -> D:
    return value if isinstance(value, D) else anchor + datetime.timedelta(days=value)


def load_milestones(actor: Actor, anchor: D, offices: dict[str, Office], owners: list[Person]) -> None:
    phases = {phase.code: phase for phase in Phase.objects.all()}
    activities = {activity.number: activity for activity in KeyActivity.objects.all()}
    principles = {p.letter: p for p in GuidingPrinciple.objects.all()}
    elements = {e.letter: e for e in StrategicElement.objects.all()}
    created: dict[str, Milestone] = {}
    for index, spec in enumerate(MILESTONES):
        end = _date(spec.end, anchor)
        created[spec.code] = services.milestone_create(
            code=spec.code,
            phase=phases[spec.phase],
            activity=activities[spec.activity],
            title=spec.title,
            owner=owners[index % len(owners)],
            planned_start=_date(spec.start, anchor),
            planned_end=end,
            forecast_end=end + datetime.timedelta(days=45) if spec.code == "M-12" else None,
            actual_end=end if spec.status == DONE else None,
            status=spec.status,
            progress=spec.progress,
            weight=3 if spec.activity == 7 else 1,
            is_public=spec.public,
            depends_on=[created[code] for code in spec.depends_on],
            offices=[offices[code] for code in MILESTONE_OFFICES.get(spec.code, ())],
            principles=[principles[letter] for letter in spec.principles],
            strategic_elements=[elements[letter] for letter in spec.elements],
            is_demo=True,
            actor=actor,
            reason=REASON,
        )


def load_briefings(actor: Actor, anchor: D) -> None:
    services.briefing_session_create(
        title="Global briefing on the reform of the field network",
        scope=BriefingSession.Scope.GLOBAL,
        date=D(2023, 10, 12),
        format=BriefingSession.Format.HYBRID,
        status=BriefingSession.Status.HELD,
        summary="Member states were briefed on the planned move from three tiers to two and on the roadmap.",
        is_published=True,
        is_demo=True,
        actor=actor,
        reason=REASON,
    )
    for index, region in enumerate(Region.objects.all()):
        services.briefing_session_create(
            title=f"Regional briefing: {region.name}",
            scope=BriefingSession.Scope.REGIONAL,
            region=region,
            date=D(2023, 10, 24) + datetime.timedelta(days=index * 6),
            format=BriefingSession.Format.VIRTUAL,
            status=BriefingSession.Status.HELD,
            summary=f"The planned adjustments in {region.name} and the offices concerned were presented.",
            is_published=True,
            is_demo=True,
            actor=actor,
            reason=REASON,
        )
    services.briefing_session_create(
        title="Briefing on implementation progress",
        scope=BriefingSession.Scope.GLOBAL,
        date=anchor + datetime.timedelta(days=42),
        format=BriefingSession.Format.HYBRID,
        summary="Progress of the move to the two-tier structure.",
        is_published=True,
        is_demo=True,
        actor=actor,
        reason=REASON,
    )
    services.briefing_session_create(
        title="Regional consultation on coverage (draft)",
        scope=BriefingSession.Scope.REGIONAL,
        region=Region.objects.get(code="AFR"),
        date=anchor + datetime.timedelta(days=70),
        format=BriefingSession.Format.VIRTUAL,
        summary="Not yet confirmed.",
        is_demo=True,
        actor=actor,
        reason=REASON,
    )
