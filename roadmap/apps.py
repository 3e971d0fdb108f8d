from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoadmapConfig(AppConfig):
    name = "roadmap"
    verbose_name = _("Reform roadmap")

    def ready(self) -> None:
        from roadmap import briefing_cache, history  # noqa: F401

        briefing_cache.connect_signals()
