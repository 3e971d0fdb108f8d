"""Helpers for admin tests: POST data as a browser would send it, query counts, role users."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reform_portal import roles


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def _values(form) -> dict:
    values = {}
    for name in form.fields:
        field = form[name]
        value = field.value()
        if value is None or value is False:
            continue
        if value is True:
            value = "on"
        elif isinstance(value, list | tuple):
            value = [str(item) for item in value]
        values[field.html_name] = value
    return values


def change_form_data(response) -> dict:
    """The data a browser posts back from an admin change form as rendered, inlines included."""
    data = _values(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        data.update(_values(inline.formset.management_form))
        for form in inline.formset.forms:
            data.update(_values(form))
    return data


def changelist_data(response) -> dict:
    """The data a browser posts back from a list with editable columns, as rendered."""
    formset = response.context["cl"].formset
    data = _values(formset.management_form)
    for form in formset.forms:
        data.update(_values(form))
    data["_save"] = "Save"
    return data


def query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def user_in(role: str, username: str, **extra):
    """A user who may log in to the admin, with one role."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "not-a-secret-1", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    for name, value in extra.items():
        setattr(user, name, value)
    return user


def other_administrator():
    return user_in(roles.ADMINISTRATORS, "other-admin")
