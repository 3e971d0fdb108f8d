from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfficesConfig(AppConfig):
    name = "offices"
    verbose_name = _("Field network")

    def ready(self) -> None:
        # After modeltranslation's own ready(): the translated fields exist by now.
        from offices import history  # noqa: F401
