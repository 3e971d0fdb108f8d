"""Admin base classes: every save and delete goes through the recorded write path.

The change form asks for a reason, which the history keeps with the user. Models with
their own service (milestones, recommendations) override ``save_through_service``.
"""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from reform_portal.services import delete_recorded, save_recorded

ADMIN_DELETE_REASON = _("Deleted in the administration")


class RecordedForm(forms.ModelForm):
    """A model form that asks why the change is made."""

    change_reason = forms.CharField(
        label=_("Reason for this change"),
        max_length=200,
        help_text=_("Kept in the history with your name and the time."),
    )


class RecordedAdmin(SimpleHistoryAdmin):
    """History-aware admin whose writes are validated, versioned and recorded."""

    form = RecordedForm
    list_per_page = 50

    def links_of(self, form) -> dict:
        names = {field.name for field in self.model._meta.many_to_many}
        return {name: value for name, value in form.cleaned_data.items() if name in names}

    def save_through_service(self, request, obj, form, change: bool) -> None:
        save_recorded(obj, actor=request.user, reason=form.cleaned_data["change_reason"], links=self.links_of(form))

    def save_model(self, request, obj, form, change) -> None:
        self.save_through_service(request, obj, form, change)

    def save_related(self, request, form, formsets, change) -> None:
        # The links were saved with the object; only the inlines remain.
        reason = form.cleaned_data["change_reason"]
        for formset in formsets:
            for instance in formset.save(commit=False):
                save_recorded(instance, actor=request.user, reason=reason)
            for instance in formset.deleted_objects:
                delete_recorded(instance, actor=request.user, reason=reason)

    def delete_model(self, request, obj) -> None:
        delete_recorded(obj, actor=request.user, reason=str(ADMIN_DELETE_REASON))

    def delete_queryset(self, request, queryset) -> None:
        for obj in queryset:
            self.delete_model(request, obj)


class TranslatedRecordedAdmin(TranslationAdmin, RecordedAdmin):
    """RecordedAdmin for models with content in the six UN languages."""


class RecordedInline(admin.TabularInline):
    extra = 0
    show_change_link = True
