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
    models.Perspective,
    models.Objective,
    models.Indicator,
    models.Measurement,
    models.AcceptedDeviation,
    models.PeerEntity,
    models.BenchmarkMetric,
    models.DataPoint,
):
    track_history(model)
track_history(models.Office, m2m_fields=("focal_points",))
