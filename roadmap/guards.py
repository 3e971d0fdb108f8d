"""Cross-row invariants of the roadmap, enforced by the database (see reform_portal.guards).

Changing a guard or the view means a new migration that drops and recreates it.
"""

from modeltranslation.utils import build_localized_fieldname

from reform_portal.guards import Guard, View
from reform_portal.translated import LANGUAGE_CODES as LANGUAGES
from roadmap.models import BriefingText

# Every (ancestor, descendant) pair such that the descendant waits, directly or not,
# for the ancestor to finish.
MILESTONE_REACH = View(
    name="roadmap_milestone_reach",
    query=(
        "WITH RECURSIVE reach(ancestor_id, descendant_id) AS ("
        "SELECT predecessor_id, successor_id FROM roadmap_milestonedependency "
        "UNION SELECT r.ancestor_id, d.successor_id FROM reach r "
        "JOIN roadmap_milestonedependency d ON d.predecessor_id = r.descendant_id"
        ") SELECT ancestor_id, descendant_id FROM reach"
    ),
)

DEPENDENCY_NO_CYCLE = Guard(
    name="guard_dependency_no_cycle",
    table="roadmap_milestonedependency",
    condition=(
        "EXISTS (SELECT 1 FROM roadmap_milestone_reach r "
        "WHERE r.ancestor_id = NEW.successor_id AND r.descendant_id = NEW.predecessor_id)"
    ),
    message="milestone dependencies cannot form a cycle",
    serialize=True,
)

GUARDS = (DEPENDENCY_NO_CYCLE,)

# --- Briefing texts: draft → in review → published, and a published copy only publishing sets

_TEXT_ALLOWED = ", ".join(
    f"'{before}>{after}'" for before, afters in BriefingText.TRANSITIONS.items() for after in sorted(afters)
)

BRIEFING_TEXT_STATUS_FLOW = Guard(
    name="guard_briefing_text_status_flow",
    table="roadmap_briefingtext",
    condition=f"NEW.status <> OLD.status AND (OLD.status || '>' || NEW.status) NOT IN ({_TEXT_ALLOWED})",
    message="a briefing text's status changes only along the allowed transitions",
    events=("UPDATE",),
)

BRIEFING_TEXT_STARTS_AS_DRAFT = Guard(
    name="guard_briefing_text_starts_as_draft",
    table="roadmap_briefingtext",
    condition="NEW.status <> 'draft' OR NEW.published_at IS NOT NULL",
    message="a briefing text starts as an unpublished draft",
    events=("INSERT",),
)

# The original (untranslated) columns are modeltranslation's; each language has its own.
_PUBLISHED_COLUMNS = [
    "published_at",
    *(build_localized_fieldname(field, code) for field in ("published_title", "published_body") for code in LANGUAGES),
]

BRIEFING_TEXT_PUBLISHED_COPY = Guard(
    name="guard_briefing_text_published_copy",
    table="roadmap_briefingtext",
    condition=(
        "NOT (OLD.status = 'in_review' AND NEW.status = 'published') AND ("
        + " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in _PUBLISHED_COLUMNS)
        + ")"
    ),
    message="the published copy of a briefing text changes only when the text is published",
    events=("UPDATE",),
)

GUARDS = (*GUARDS, BRIEFING_TEXT_STATUS_FLOW, BRIEFING_TEXT_STARTS_AS_DRAFT, BRIEFING_TEXT_PUBLISHED_COPY)
