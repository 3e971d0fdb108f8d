"""Demonstration people, working-group memberships, meetings, task forces and recommendations.

All invented, stored with ``is_demo`` set; e-mail addresses use the reserved example.org.
"""

import datetime
import itertools

from offices.models import Office, Region
from reform_portal.services import Actor
from roadmap.models import GuidingPrinciple, Milestone, StrategicElement
from working_groups import services
from working_groups.models import Meeting, Membership, Person, WorkingGroup

REASON = "Demonstration data"

FIRST_NAMES = [
    "Amina",
    "Kwame",
    "Lena",
    "Rafael",
    "Mei",
    "Omar",
    "Sofia",
    "Ivan",
    "Priya",
    "Tomás",
    "Fatima",
    "Jonas",
    "Aiko",
    "Youssef",
    "Chloé",
    "Daniel",
    "Nadia",
    "Samuel",
    "Leila",
    "Mateo",
    "Grace",
    "Hassan",
    "Elena",
]
LAST_NAMES = [
    "Okafor",
    "Mensah",
    "Moreau",
    "Silva",
    "Chen",
    "Haddad",
    "Rossi",
    "Petrov",
    "Sharma",
    "García",
    "Diallo",
    "Berg",
    "Tanaka",
    "Mansour",
    "Laurent",
    "Kim",
    "Rahman",
    "Otieno",
    "Karimi",
    "Fernández",
    "Ndlovu",
    "Aziz",
    "Novak",
    "Boateng",
    "Costa",
    "Volkov",
    "Bello",
    "Ramos",
    "Sato",
]


def _names():
    """Distinct invented names, the same on every run."""
    for first, last in itertools.product(FIRST_NAMES, LAST_NAMES):
        yield f"{first} {last}"


def _email(name: str) -> str:
    return name.lower().replace(" ", ".").encode("ascii", "ignore").decode() + "@example.org"


def load_people(actor: Actor, offices: dict[str, Office]) -> tuple[dict, dict, list[Person], list[Person]]:
    """Representatives and a programme officer per office; regional-bureau and DTC staff at HQ."""
    names = _names()
    representatives, staff = {}, {}
    for code, office in offices.items():
        representatives[code] = _person(
            next(names), "UNIDO Representative", Person.Affiliation.FIELD_OFFICE, actor, office=office
        )
        staff[code] = _person(
            next(names), "National Programme Officer", Person.Affiliation.FIELD_OFFICE, actor, office=office
        )
    bureau = [
        _person(
            next(names), "Chief, Regional Bureau", Person.Affiliation.REGIONAL_BUREAU, actor, regional_bureau=region
        )
        for region in Region.objects.all()
    ]
    directorate = [
        _person(next(names), title, Person.Affiliation.TECHNICAL_COOPERATION, actor)
        for title in ("Director, Field Reform", "Reform Coordinator", "Programme Management Officer", "Data Analyst")
    ]
    return representatives, staff, bureau, directorate


def _person(name: str, title: str, affiliation: str, actor: Actor, **unit) -> Person:
    return services.person_create(
        name=name,
        job_title=title,
        email=_email(name),
        affiliation=affiliation,
        is_demo=True,
        actor=actor,
        reason=REASON,
        **unit,
    )


MEETINGS = [
    (datetime.date(2023, 3, 20), "Kick-off meeting"),
    (datetime.date(2023, 5, 8), "Review of findings"),
    (datetime.date(2023, 7, 10), "Agreement on recommendations"),
]

TASK_FORCES = [
    (
        "tf-terms-of-reference",
        "Task force on terms of reference",
        "c",
        "Drafts the terms of reference of the field network.",
    ),
    ("tf-coverage-data", "Task force on coverage data", "d", "Consolidates country-coverage data for the analysis."),
]

# (working group, title, text, final status, principles, strategic elements)
RECOMMENDATIONS = [
    (
        "a",
        "Field offices in UN country teams",
        "Field offices take an active part in every UN country team of the countries they cover.",
        "implemented",
        "ae",
        "a",
    ),
    (
        "a",
        "Technical cooperation pipeline in the field",
        "Each subregional office keeps a pipeline of technical cooperation projects.",
        "accepted",
        "e",
        "e",
    ),
    (
        "a",
        "Joint resource mobilization",
        "Resource mobilization plans are agreed between field offices and headquarters.",
        "submitted",
        "de",
        "b",
    ),
    (
        "b",
        "Shared services with UN entities",
        "Field offices use common premises and shared services wherever they exist.",
        "modified",
        "bd",
        "c",
    ),
    (
        "b",
        "Flexible staffing across offices",
        "Staff of a subregion can be assigned to any of its country offices for a time.",
        "accepted",
        "b",
        "c",
    ),
    ("b", "Paperless approvals", "Approvals in the field are handled electronically.", "rejected", "c", "c"),
    (
        "c",
        "Two office types",
        "The field network keeps two office types: subregional and country offices.",
        "implemented",
        "ab",
        "a",
    ),
    (
        "c",
        "Terms of reference per office type",
        "Each office type has terms of reference that state its functions.",
        "accepted",
        "b",
        "ab",
    ),
    (
        "c",
        "Delegation of authority by office type",
        "Financial and approval authority grows with the office type.",
        "draft",
        "d",
        "b",
    ),
    (
        "d",
        "Coverage follows subregions",
        "Countries are covered by an office of their own subregion.",
        "accepted",
        "af",
        "a",
    ),
    (
        "d",
        "Review of coverage every two years",
        "Country coverage is reviewed with the balanced scorecard every two years.",
        "submitted",
        "g",
        "e",
    ),
    (
        "d",
        "Learning plan for covering offices",
        "Offices covering several countries get a learning and development plan.",
        "draft",
        "g",
        "d",
    ),
]

RATIONALES = {
    "modified": "Accepted for offices where common premises exist; elsewhere reviewed case by case.",
    "rejected": "Already covered by the organization-wide digitalization plan.",
}

PATHS = {
    "draft": [],
    "submitted": ["submitted"],
    "accepted": ["submitted", "accepted"],
    "modified": ["submitted", "modified"],
    "rejected": ["submitted", "rejected"],
    "implemented": ["submitted", "accepted", "implemented"],
}


def load_groups(
    actor: Actor, representatives: dict, staff: dict, bureau: list[Person], directorate: list[Person]
) -> None:
    groups = list(WorkingGroup.objects.all())
    field_leads = list(representatives.values())
    for index, group in enumerate(groups):
        members = [
            (field_leads[index * 2], Membership.Role.LEAD),
            (field_leads[index * 2 + 9], Membership.Role.LEAD),
            (list(staff.values())[index * 3], Membership.Role.MEMBER),
            (bureau[index % len(bureau)], Membership.Role.MEMBER),
            (directorate[index % len(directorate)], Membership.Role.MEMBER),
        ]
        for person, role in members:
            services.membership_add(
                working_group=group, person=person, role=role, is_demo=True, actor=actor, reason=REASON
            )
        for date, title in MEETINGS:
            services.meeting_create(
                working_group=group,
                date=date + datetime.timedelta(days=index),
                title=title,
                format=Meeting.Format.HYBRID if index % 2 else Meeting.Format.VIRTUAL,
                summary=f"{title} of {group.name}.",
                is_demo=True,
                actor=actor,
                reason=REASON,
            )
    by_letter = {group.letter: group for group in groups}
    for code, name, letter, mandate in TASK_FORCES:
        services.task_force_create(
            code=code,
            name=name,
            mandate=mandate,
            working_group=by_letter[letter],
            lead=directorate[1],
            members=directorate[2:],
            start=datetime.date(2023, 4, 3),
            end=datetime.date(2023, 9, 29),
            is_demo=True,
            actor=actor,
            reason=REASON,
        )


def load_recommendations(actor: Actor, offices: dict[str, Office]) -> None:
    groups = {group.letter: group for group in WorkingGroup.objects.all()}
    principles = {p.letter: p for p in GuidingPrinciple.objects.all()}
    elements = {e.letter: e for e in StrategicElement.objects.all()}
    milestones = list(Milestone.objects.filter(is_demo=True).order_by("code"))
    office_list = list(offices.values())
    for number, (letter, title, text, status, p_letters, e_letters) in enumerate(RECOMMENDATIONS, start=1):
        recommendation = services.recommendation_create(
            code=f"R-{letter.upper()}{number:02d}",
            working_group=groups[letter],
            title=title,
            text=text,
            principles=[principles[p] for p in p_letters],
            strategic_elements=[elements[e] for e in e_letters],
            milestones=milestones[number % len(milestones) :][:2] if milestones else [],
            offices=office_list[number::12],
            is_demo=True,
            actor=actor,
            reason=REASON,
        )
        for step, target in enumerate(PATHS[status]):
            recommendation = services.recommendation_transition(
                recommendation=recommendation,
                status=target,
                rationale=RATIONALES.get(target, ""),
                decided_on=datetime.date(2023, 9, 15) + datetime.timedelta(days=step * 30),
                actor=actor,
                reason=REASON,
            )
