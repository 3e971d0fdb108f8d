"""History pages of the recorded admin: each change as field: old → new, with who, when and
why, and the restore of an earlier version as a new recorded change."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from simple_history.template_utils import HistoricalRecordContextHelper

from reform_portal.admin.forms import REASON_FIELD, Refused, RestoreForm
from reform_portal.services import StaleEditError, own_fields, record_restore, restore_changes

RESTORED = _("{record} was restored to its version of {when}.")


class ChangeDescription(HistoricalRecordContextHelper):
    """A recorded change as field: old → new, without the version counter and without the
    alias of translated fields (each language's own field is listed)."""

    def context_for_delta_changes(self, delta) -> list[dict]:
        hidden = {f.name for f in self.model._meta.concrete_fields} - {f.name for f in own_fields(self.model)}
        changes = [self.format_delta_change(change) for change in delta.changes if change.field not in hidden]
        return [{"field": c.field, "old": c.old, "new": c.new} for c in changes]


def _display(field: models.Field, value) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "—"
    if field.is_relation:
        related = field.related_model._default_manager.filter(pk=value).first() if value is not None else None
        return str(related) if related else "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return "—" if value in (None, "") else str(value)


def describe_changes(instance: models.Model, changes: dict) -> list[dict]:
    """What a restore will change, as the restore page lists it: field, now, afterwards."""
    fields = {f.attname: f for f in instance._meta.concrete_fields} | {f.name: f for f in instance._meta.many_to_many}
    rows = []
    for name, value in changes.items():
        field = fields[name]
        current = list(getattr(instance, field.name).all()) if field.many_to_many else getattr(instance, name)
        rows.append({"field": field.verbose_name, "now": _display(field, current), "restored": _display(field, value)})
    return rows


class HistoryRestoreMixin:
    """Adds the restore of an earlier version to the history page of a SimpleHistoryAdmin."""

    restore_template = "admin/reform_portal/restore.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return ChangeDescription(self.model, historical_record)

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        extra_context = {"can_restore": obj is not None and self.has_change_permission(request, obj)}
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # A recorded version is only viewed here; it comes back through restore_view.
        if request.method != "GET":
            return HttpResponseNotAllowed(["GET"])
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        restore = path(
            "<path:object_id>/history/<int:history_id>/restore/",
            self.admin_site.admin_view(self.restore_view),
            name="{}_{}_restore".format(*info),
        )
        return [restore, *super().get_urls()]

    def restore_through_service(self, request, obj, history_id: int, form: RestoreForm) -> models.Model:
        return record_restore(
            obj,
            history_id=history_id,
            actor=request.user,
            reason=form.cleaned_data[REASON_FIELD],
            expected_version=form.cleaned_data.get("expected_version"),
        )

    def restore_view(self, request, object_id, history_id):
        obj = self.get_object(request, unquote(object_id))
        record = obj.history.filter(history_id=history_id).first() if obj is not None else None
        if record is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        form = RestoreForm(request.POST or None, initial={"expected_version": getattr(obj, "version", None)})
        if form.is_valid():
            try:
                self.restore_through_service(request, obj, history_id, form)
            except (ValidationError, StaleEditError) as error:
                Refused(obj.pk, error).add_to(form)
            else:
                message = RESTORED.format(record=obj, when=record.history_date.strftime("%Y-%m-%d %H:%M"))
                self.message_user(request, message, messages.SUCCESS)
                return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_history", args=[obj.pk]))
        return TemplateResponse(request, self.restore_template, self._restore_context(request, obj, record, form))

    def _restore_context(self, request, obj, record, form) -> dict:
        try:
            changes, problem = describe_changes(obj, restore_changes(obj, record.history_id)), None
        except ValidationError as error:
            changes, problem = [], " ".join(error.messages)
        return {
            **self.admin_site.each_context(request),
            "title": _("Restore an earlier version of {record}").format(record=obj),
            "opts": self.opts,
            "object": obj,
            "record": record,
            "changes": changes,
            "problem": problem,
            "form": form,
        }
