"""Administration of the public briefing content: the texts of the briefing pages with their
workflow (draft → in review → published), and the materials of the briefing sessions.

Every write goes through roadmap.services with the reason of the form or of the action bar.
The status and the published copy are read-only here: the actions move a text along its
workflow, and publishing copies the working copy, in every language, to the public pages.
"""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.utils import build_localized_fieldname

from reform_portal.admin import TranslatedRecordedAdmin
from reform_portal.admin.forms import REASON_FIELD
from reform_portal.admin.history import describe_changes
from reform_portal.translated import LANGUAGE_CODES
from roadmap import services
from roadmap.models import BriefingMaterial, BriefingText


@admin.register(BriefingText)
class BriefingTextAdmin(TranslatedRecordedAdmin):
    """Texts of the public briefing pages; only their published copy is public."""

    list_display = ["code", "title", "page", "region", "order", "status", "published_at", "is_demo"]
    list_filter = ["page", "status", "region", "is_demo"]
    list_select_related = ["region"]
    search_fields = ["code", "title", "body"]
    readonly_fields = ["status", "published_at", "published_copy", "version"]
    actions = ["submit_for_review", "publish", "return_to_draft"]
    fieldsets = [
        (None, {"fields": ["code", "page", "region", "order", "is_demo"]}),
        (
            _("Working copy"),
            {
                "fields": ["title", "body"],
                "description": _(
                    "Editing a published text makes it a new draft: the public pages keep the published "
                    "copy until the new version is reviewed and published. A language left empty is shown "
                    "in English, with a notice."
                ),
            },
        ),
        (_("Publication"), {"fields": ["status", "published_at", "published_copy", "version"]}),
    ]

    @admin.display(description=_("published copy"))
    def published_copy(self, text: BriefingText):
        if not text.is_public:
            return _("Not published yet.")
        rows = [
            (code, getattr(text, build_localized_fieldname("published_title", code)) or "—", self._excerpt(text, code))
            for code in LANGUAGE_CODES
        ]
        return format_html("<dl>{}</dl>", format_html_join("", '<dt lang="{0}">{1}</dt><dd lang="{0}">{2}</dd>', rows))

    @staticmethod
    def _excerpt(text: BriefingText, code: str) -> str:
        body = getattr(text, build_localized_fieldname("published_body", code)) or ""
        return Truncator(body).chars(160) if body else _("(empty: shown in English)")

    def save_through_service(self, request, obj, form, change: bool) -> None:
        services.briefing_text_save_edited(
            text=obj,
            expected_version=form.cleaned_data.get("expected_version"),
            actor=request.user,
            reason=form.cleaned_data[REASON_FIELD],
        )

    def restore_through_service(self, request, obj, history_id, form):
        return services.briefing_text_restore(
            text=obj,
            history_id=history_id,
            expected_version=form.cleaned_data.get("expected_version"),
            actor=request.user,
            reason=form.cleaned_data[REASON_FIELD],
        )

    def _restore_context(self, request, obj, record, form) -> dict:
        # A restore brings back the working copy only (see the service); describe just that.
        context = super()._restore_context(request, obj, record, form)
        try:
            changes = services.briefing_text_restore_changes(obj, record.history_id)
            context.update(changes=describe_changes(obj, changes), problem=None)
        except ValidationError as error:
            context.update(changes=[], problem=" ".join(error.messages))
        return context

    def _move(self, request, queryset, status: str) -> int | None:
        """Move the selected texts to ``status``, all or nothing; the number moved."""
        reason = self.action_reason(request)
        if reason is None:
            return None
        try:
            moved = services.briefing_texts_transition(
                texts=list(queryset), status=status, actor=request.user, reason=reason
            )
        except ValidationError as error:
            self.report_refusal(request, error)
            return None
        return len(moved)

    def _report(self, request, message: str, count: int | None) -> None:
        if count is not None:
            self.message_user(request, message % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Submit selected texts for review"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        count = self._move(request, queryset, BriefingText.Status.IN_REVIEW)
        message = ngettext("%(count)d text submitted for review.", "%(count)d texts submitted for review.", count or 0)
        self._report(request, message, count)

    @admin.action(description=_("Publish selected texts (after review)"), permissions=["change"])
    def publish(self, request, queryset):
        count = self._move(request, queryset, BriefingText.Status.PUBLISHED)
        self._report(request, ngettext("%(count)d text published.", "%(count)d texts published.", count or 0), count)

    @admin.action(description=_("Return selected texts to draft"), permissions=["change"])
    def return_to_draft(self, request, queryset):
        count = self._move(request, queryset, BriefingText.Status.DRAFT)
        message = ngettext("%(count)d text returned to draft.", "%(count)d texts returned to draft.", count or 0)
        self._report(request, message, count)


@admin.register(BriefingMaterial)
class BriefingMaterialAdmin(TranslatedRecordedAdmin):
    """Documents and recordings of the briefing sessions; public ones are listed on the
    briefing pages once their session is published."""

    list_display = ["title", "session", "kind", "is_public", "order", "is_demo"]
    list_filter = ["kind", "is_public", "is_demo"]
    list_select_related = ["session"]
    search_fields = ["title", "session__title", "url"]
    autocomplete_fields = ["session"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
