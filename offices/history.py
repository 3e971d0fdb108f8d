"""History tracking of the field network's models (imported from OfficesConfig.ready)."""

from offices import models
from reform_portal.history import track_history

for model in (
    models.Region,
    models.Country,
    models.Structure,
    models.OfficeType,
    models.OfficePlacement,
    models.Coverage,
    models.OfficeTransition,
    models.HeadOfOfficePost,
    models.InterimArrangement,
):
    track_history(model)
track_history(models.Office, m2m_fields=("focal_points",))
