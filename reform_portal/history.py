"""History of every domain model: who changed what, when and why.

History is registered with ``track_history`` from each app's ``AppConfig.ready()``,
after django-modeltranslation has added the per-language fields, so the historical
tables carry every translation (registering in the class body breaks saving; STACK.md).
The services write exactly one history row per change, with the links (m2m) included.
"""

from django.db import models
from simple_history import register
from simple_history.models import HistoricalRecords


class ReformHistoricalRecords(HistoricalRecords):
    """HistoricalRecords that leaves a handle on the model for the services."""

    def finalize(self, sender, **kwargs) -> None:
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            sender._history_records = self


def track_history(model: type[models.Model], *, m2m_fields: tuple[str, ...] = ()) -> None:
    # app=...: the historical class lives in "<app>.models", where Django looks for models.
    register(model, app=model._meta.app_label, records_class=ReformHistoricalRecords, m2m_fields=list(m2m_fields))


def record_change(instance: models.Model, *, created: bool) -> None:
    """Write the history row of a change the services saved with history suspended."""
    type(instance)._history_records.create_historical_record(instance, "+" if created else "~")
