"""Cross-row invariants of the roadmap, enforced by the database (see reform_portal.guards).

Changing a guard or the view means a new migration that drops and recreates it.
"""

from reform_portal.guards import Guard, View

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
