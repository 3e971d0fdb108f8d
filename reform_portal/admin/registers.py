"""Import and export of registers from their admin lists (django-import-export).

The library's two-step import is kept: the file is read and written inside a transaction
that is rolled back (the preview: new, changed and unchanged rows), then, once confirmed,
imported for real. The resources (reform_portal.registers) write through the services; a
file with any problem saves nothing and the page lists every problem by line and column.
"""

from django import forms
from django.contrib import messages
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.forms import ConfirmImportForm, ImportForm

from reform_portal.admin.forms import REASON_FIELD, REASON_HELP
from reform_portal.registers import FORMATS
from reform_portal.roles import is_administrator

IMPORTED = _("Import finished: {new} new, {changed} changed and {unchanged} unchanged {records}.")


class RegisterImportForm(ImportForm):
    change_reason = forms.CharField(label=_("Reason for this import"), max_length=200, help_text=REASON_HELP)


class RegisterConfirmForm(ConfirmImportForm):
    change_reason = forms.CharField(widget=forms.HiddenInput, max_length=200)


class RegisterAdminMixin(ImportExportMixin):
    """Import (reform administrators only) and export (whoever sees the list) as CSV or XLSX.

    The model admin names its register with ``resource_classes``.
    """

    formats = FORMATS
    import_form_class = RegisterImportForm
    confirm_form_class = RegisterConfirmForm
    import_template_name = "admin/reform_portal/register_import.html"

    def has_import_permission(self, request) -> bool:
        return is_administrator(request.user)

    def has_export_permission(self, request) -> bool:
        return self.has_view_permission(request)

    def get_import_resource_kwargs(self, request, **kwargs) -> dict:
        cleaned = getattr(kwargs.get("form"), "cleaned_data", None) or {}
        return {"actor": request.user, "reason": cleaned.get(REASON_FIELD, "")}

    def get_confirm_form_initial(self, request, import_form) -> dict:
        initial = super().get_confirm_form_initial(request, import_form)
        if import_form is not None:
            initial[REASON_FIELD] = import_form.cleaned_data[REASON_FIELD]
        return initial

    def process_result(self, result, request):
        if result.refused:  # the data moved on between the preview and the confirmation
            return self.refused_import(request, result)
        return super().process_result(result, request)

    def add_success_message(self, result, request) -> None:
        counts = result.counts
        message = IMPORTED.format(records=self.opts.verbose_name_plural, **counts)
        messages.success(request, message)

    def refused_import(self, request, result) -> TemplateResponse:
        """The import page again, with the report of what refused the file."""
        form = self.get_import_form_class(request)(self.get_import_formats(), self.get_import_resource_classes(request))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import"),
            "form": form,
            "opts": self.opts,
            "media": self.media + form.media,
            "result": result,
            "fields_list": [],
            "import_error_display": self.import_error_display,
        }
        return TemplateResponse(request, [self.import_template_name], context)
