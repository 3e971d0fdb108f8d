from django.db import migrations

from offices.guards import COVERAGE_NO_OVERLAP, PLACEMENT_SAME_STRUCTURE
from reform_portal.guards import CreateGuard


class Migration(migrations.Migration):
    dependencies = [("offices", "0002_initial")]

    operations = [CreateGuard(COVERAGE_NO_OVERLAP), CreateGuard(PLACEMENT_SAME_STRUCTURE)]
