"""Admin base classes: every save, delete and restore goes through the recorded write path.

- Every change asks for a reason, which the history keeps with the user and the time: a
  field of the change form, the box of the list's action bar (actions and edits saved
  from the list) and of the delete confirmation.
- The change form carries the version it was opened at; saving over a newer version is
  refused, naming who changed it and when (the API's ETag/If-Match uses the same field).
- A service that refuses a write (ValidationError, stale edit) rolls everything back and
  the form is shown again with the refusal as its errors, never a server error.
- The history page shows each change as field: old → new, with who, when and why; any
  earlier version can be restored, as a new recorded change made by a service.
- Only reform administrators write; an office focal point sees only their offices.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import ValidationError
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from reform_portal.admin.forms import (
    ACTION_REASON_NEEDED,
    ADMIN_DELETE_REASON,
    REASON_FIELD,
    REASON_FIELDSET,
    RecordedActionForm,
    RecordedChangelistForm,
    RecordedForm,
    Refused,
    refusal_messages,
)
from reform_portal.admin.history import HistoryRestoreMixin
from reform_portal.admin.scoping import RoleScopedAdminMixin
from reform_portal.roles import is_administrator
from reform_portal.services import StaleEditError, delete_recorded, save_edited, save_recorded

__all__ = ["RecordedAdmin", "RecordedForm", "RecordedInline", "TranslatedRecordedAdmin"]


def with_reason(fieldsets) -> list:
    """Declared fieldsets end with the reason for the change and the version being edited."""
    if REASON_FIELD in flatten_fieldsets(fieldsets):
        return fieldsets
    return [*fieldsets, (REASON_FIELDSET, {"fields": [REASON_FIELD, "expected_version"]})]


class RecordedAdmin(RoleScopedAdminMixin, HistoryRestoreMixin, SimpleHistoryAdmin):
    """History-aware admin whose writes are validated, versioned and recorded with a reason."""

    form = RecordedForm
    action_form = RecordedActionForm
    list_per_page = 50
    object_history_list_template = "admin/reform_portal/object_history_list.html"
    delete_confirmation_template = "admin/reform_portal/delete_confirmation.html"
    delete_selected_confirmation_template = "admin/reform_portal/delete_selected_confirmation.html"

    # -- forms: attach this request's refusal and reason ----------------------------------

    def get_fieldsets(self, request, obj=None):
        return with_reason(super().get_fieldsets(request, obj))

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        return type(form.__name__, (form,), {"refusal": getattr(request, "_refusal", None)})

    def get_changelist_form(self, request, **kwargs):
        kwargs.setdefault("form", RecordedChangelistForm)
        form = super().get_changelist_form(request, **kwargs)
        reason = request.POST.get(REASON_FIELD, "").strip()
        return type(form.__name__, (form,), {"refusal": getattr(request, "_refusal", None), "reason": reason})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except Refused as refusal:
            # The failed save was rolled back; show the same form again, the refusal as its errors.
            request._refusal = refusal
            return super().changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        try:
            return super().changelist_view(request, extra_context)
        except Refused as refusal:
            request._refusal = refusal
            return super().changelist_view(request, extra_context)

    # -- writes through the services ---------------------------------------------------------

    def links_of(self, form) -> dict:
        names = {field.name for field in self.model._meta.many_to_many}
        return {name: value for name, value in form.cleaned_data.items() if name in names}

    def save_through_service(self, request, obj, form, change: bool) -> None:
        save_edited(
            obj,
            expected_version=form.cleaned_data.get("expected_version"),
            actor=request.user,
            reason=form.cleaned_data[REASON_FIELD],
            links=self.links_of(form),
        )

    def save_model(self, request, obj, form, change) -> None:
        try:
            self.save_through_service(request, obj, form, change)
        except (ValidationError, StaleEditError) as error:
            raise Refused(obj.pk if change else None, error) from error

    def save_inline_through_service(self, request, instance, reason: str) -> None:
        save_recorded(instance, actor=request.user, reason=reason)

    def save_related(self, request, form, formsets, change) -> None:
        # The links were saved with the object; only the inlines remain.
        reason = form.cleaned_data[REASON_FIELD]
        for formset in formsets:
            for instance in formset.save(commit=False):
                self._write_inline(form, change, instance, self.save_inline_through_service, request, instance, reason)
            for instance in formset.deleted_objects:
                self._write_inline(form, change, instance, self._delete_inline, request, instance, reason)

    def _delete_inline(self, request, instance, reason: str) -> None:
        delete_recorded(instance, actor=request.user, reason=reason)

    def _write_inline(self, form, change, record, write, *args) -> None:
        try:
            write(*args)
        except ValidationError as error:
            raise Refused(form.instance.pk if change else None, error, record=record) from error

    def delete_reason(self, request) -> str:
        return request.POST.get(REASON_FIELD, "").strip() or str(ADMIN_DELETE_REASON)

    def delete_model(self, request, obj) -> None:
        delete_recorded(obj, actor=request.user, reason=self.delete_reason(request))

    def delete_queryset(self, request, queryset) -> None:
        for obj in queryset:
            self.delete_model(request, obj)

    def action_reason(self, request) -> str | None:
        """The reason typed in the action bar; without one, the action is refused."""
        reason = request.POST.get(REASON_FIELD, "").strip()
        if not reason:
            self.message_user(request, ACTION_REASON_NEEDED, messages.ERROR)
        return reason or None

    def report_refusal(self, request, error: Exception) -> None:
        for field_messages in refusal_messages(error).values():
            for message in field_messages:
                self.message_user(request, message, messages.ERROR)


class TranslatedRecordedAdmin(TranslationAdmin, RecordedAdmin):
    """RecordedAdmin for models with content in the six UN languages."""

    def get_fieldsets(self, request, obj=None):
        # TranslationAdmin's get_fieldsets does not call RecordedAdmin's.
        return with_reason(super().get_fieldsets(request, obj))


class RecordedInline(admin.TabularInline):
    """Rows edited with their parent; only reform administrators change them."""

    extra = 0
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return is_administrator(request.user) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return is_administrator(request.user) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return is_administrator(request.user) and super().has_delete_permission(request, obj)
