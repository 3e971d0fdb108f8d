from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ReformPortalConfig(AppConfig):
    name = "reform_portal"
    verbose_name = _("Reform portal")

    def ready(self) -> None:
        from reform_portal.roles import sync_roles

        # After every migrate (test databases included) the role groups match their permissions.
        post_migrate.connect(sync_roles, dispatch_uid="reform_portal.sync_roles")
