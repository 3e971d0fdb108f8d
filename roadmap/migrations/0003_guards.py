from django.db import migrations

from reform_portal.guards import CreateGuard, CreateView
from roadmap.guards import DEPENDENCY_NO_CYCLE, MILESTONE_REACH


class Migration(migrations.Migration):
    dependencies = [("roadmap", "0002_initial")]

    operations = [CreateView(MILESTONE_REACH), CreateGuard(DEPENDENCY_NO_CYCLE)]
