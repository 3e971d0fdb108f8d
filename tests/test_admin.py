"""The admin: every model is listed and editable, and its writes are recorded with a reason."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests.factories import OfficeFactory

pytestmark = pytest.mark.django_db

DOMAIN_APPS = {"offices", "roadmap", "working_groups"}
MODELS = [model for model in admin.site._registry if model._meta.app_label in DOMAIN_APPS]


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model._meta.label)
def test_list_and_add_pages_open(client, admin_user, model):
    client.force_login(admin_user)
    opts = model._meta
    for view in ("changelist", "add"):
        response = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}"))
        assert response.status_code == 200, view


def test_every_domain_model_is_registered():
    from django.apps import apps

    domain_models = {
        m for m in apps.get_models() if m._meta.app_label in DOMAIN_APPS and not m.__name__.startswith("Historical")
    }
    unregistered = {m.__name__ for m in domain_models} - {m.__name__ for m in MODELS}
    assert unregistered == {"MilestoneDependency"}, "dependencies are edited on the milestone form"


def test_an_admin_edit_is_recorded_with_its_reason(client, admin_user):
    office = OfficeFactory(city="Lusaka")
    client.force_login(admin_user)
    url = reverse("admin:offices_office_change", args=[office.pk])
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update({"city": "Ndola", "change_reason": "Office relocated"})
    data.update(
        {
            f"{prefix}-{key}": value
            for prefix in ("coverages", "interim_arrangements")
            for key, value in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000}.items()
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    latest = office.history.first()
    assert (latest.city, latest.history_user, latest.history_change_reason) == ("Ndola", admin_user, "Office relocated")
