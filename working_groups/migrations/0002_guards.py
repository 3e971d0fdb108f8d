from django.db import migrations

from reform_portal.guards import CreateGuard
from working_groups.guards import RECOMMENDATION_STATUS_FLOW


class Migration(migrations.Migration):
    dependencies = [("working_groups", "0001_initial")]

    operations = [CreateGuard(RECOMMENDATION_STATUS_FLOW)]
