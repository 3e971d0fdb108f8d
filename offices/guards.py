"""Cross-row invariants of the field network, enforced by the database (see reform_portal.guards).

Changing a guard means a new migration that drops and recreates it.
"""

from reform_portal.guards import Guard

COVERAGE_NO_OVERLAP = Guard(
    name="guard_coverage_no_overlap",
    table="offices_coverage",
    condition=(
        "EXISTS (SELECT 1 FROM offices_coverage c WHERE c.country_id = NEW.country_id "
        "AND c.id <> COALESCE(NEW.id, -1) "
        "AND c.valid_from < COALESCE(NEW.valid_to, '9999-12-31') "
        "AND NEW.valid_from < COALESCE(c.valid_to, '9999-12-31'))"
    ),
    message="a country is covered by one office at a time",
    serialize=True,
)

PLACEMENT_SAME_STRUCTURE = Guard(
    name="guard_placement_same_structure",
    table="offices_officeplacement",
    condition=(
        "(SELECT t.structure_id FROM offices_officetype t WHERE t.id = NEW.office_type_id) "
        "<> NEW.structure_id "
        "OR (SELECT p.structure_id FROM offices_officeplacement p WHERE p.id = NEW.reports_to_id) "
        "<> NEW.structure_id "
        "OR EXISTS (SELECT 1 FROM offices_officeplacement c WHERE c.reports_to_id = NEW.id "
        "AND c.structure_id <> NEW.structure_id)"
    ),
    message="an office reports only to an office of the same structure, with a type of that structure",
)

GUARDS = (COVERAGE_NO_OVERLAP, PLACEMENT_SAME_STRUCTURE)
