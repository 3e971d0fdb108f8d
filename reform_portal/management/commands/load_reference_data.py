from django.core.management.base import BaseCommand
from django.db import transaction

import offices.reference
import roadmap.reference
import working_groups.reference


class Command(BaseCommand):
    help = (
        "Load the report's reference facts (regions, structures and office types, phases, key "
        "activities, principles, strategic elements, working groups) and every ISO 3166 country. "
        "Idempotent: a second run changes nothing."
    )

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        written = offices.reference.load(None) + roadmap.reference.load(None) + working_groups.reference.load(None)
        self.stdout.write(self.style.SUCCESS(f"Reference data loaded: {written} row(s) created or updated."))
