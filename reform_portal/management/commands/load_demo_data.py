from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

import offices.demo
import roadmap.demo
import working_groups.demo
from offices.models import Coverage, Office, Region


class Command(BaseCommand):
    help = (
        "Load a complete demonstration network (48 offices covering 156 countries, people, working "
        "groups, milestones, briefings). Every record is marked as demonstration data. Needs the "
        "reference data; does nothing if demonstration data is already loaded."
    )

    def handle(self, *args, **options) -> None:
        if not Region.objects.exists():
            raise CommandError("Load the reference data first: python manage.py load_reference_data")
        if Office.objects.filter(is_demo=True).exists():
            self.stdout.write("Demonstration data is already loaded; nothing to do.")
            return
        self._load(timezone.localdate())
        covered = Coverage.objects.filter(valid_to__isnull=True).values("country").distinct().count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demonstration data loaded: {Office.objects.count()} offices, {covered} covered countries."
            )
        )

    @transaction.atomic
    def _load(self, anchor) -> None:
        network = offices.demo.load_network(None, anchor)
        representatives, staff, bureau, directorate = working_groups.demo.load_people(None, network)
        offices.demo.load_posts(None, anchor, network, representatives, staff)
        roadmap.demo.load_milestones(None, anchor, network, owners=directorate + bureau)
        roadmap.demo.load_briefings(None, anchor)
        roadmap.demo.load_briefing_content(None)
        working_groups.demo.load_groups(None, representatives, staff, bureau, directorate)
        working_groups.demo.load_recommendations(None, network)
        offices.demo.load_scorecard(None, anchor, network)
        offices.demo.load_benchmarks(None, anchor)
