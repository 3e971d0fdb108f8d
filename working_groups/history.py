"""History tracking of the working groups' models (imported from WorkingGroupsConfig.ready)."""

from reform_portal.history import track_history
from working_groups import models

for model in (models.WorkingGroup, models.Person, models.Membership, models.Meeting):
    track_history(model)
track_history(models.TaskForce, m2m_fields=("members",))
track_history(models.Recommendation, m2m_fields=("principles", "strategic_elements", "milestones", "offices"))
