"""History tracking of the roadmap's models (imported from RoadmapConfig.ready)."""

from reform_portal.history import track_history
from roadmap import models

for model in (
    models.Phase,
    models.KeyActivity,
    models.GuidingPrinciple,
    models.StrategicElement,
    models.BriefingSession,
    models.BriefingMaterial,
    # Each publication is one history row: earlier published versions stay readable there.
    models.BriefingText,
):
    track_history(model)
track_history(models.Milestone, m2m_fields=("depends_on", "offices", "principles", "strategic_elements"))
