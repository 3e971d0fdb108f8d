"""Invariants of the working groups enforced by the database (see reform_portal.guards).

Changing a guard means a new migration that drops and recreates it.
"""

from reform_portal.guards import Guard
from working_groups.models import Recommendation

_ALLOWED = ", ".join(
    f"'{before}>{after}'" for before, afters in Recommendation.TRANSITIONS.items() for after in sorted(afters)
)

RECOMMENDATION_STATUS_FLOW = Guard(
    name="guard_recommendation_status_flow",
    table="working_groups_recommendation",
    condition=f"NEW.status <> OLD.status AND (OLD.status || '>' || NEW.status) NOT IN ({_ALLOWED})",
    message="a recommendation's status changes only along the allowed transitions",
    events=("UPDATE",),
)

GUARDS = (RECOMMENDATION_STATUS_FLOW,)
