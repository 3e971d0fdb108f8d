"""Every write to the member-state briefings: sessions, briefing texts and their workflow, materials."""

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from offices.models import Region
from reform_portal.services import Actor, lock_for_update, save_recorded, update_recorded
from reform_portal.translated import LANGUAGE_CODES, localized_values
from roadmap.models import (
    BriefingMaterial,
    BriefingSession,
    BriefingText,
)


def briefing_session_create(
    *,
    title: str,
    scope: str,
    date: datetime.date,
    format: str,  # noqa: A002 - the domain's word
    region: Region | None = None,
    status: str = BriefingSession.Status.PLANNED,
    summary: str = "",
    is_published: bool = False,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> BriefingSession:
    session = BriefingSession(
        title=title,
        scope=scope,
        region=region,
        date=date,
        format=format,
        status=status,
        summary=summary,
        is_published=is_published,
        is_demo=is_demo,
    )
    return save_recorded(session, actor=actor, reason=reason)


def briefing_session_update(
    *, session: BriefingSession, changes: Mapping[str, Any], actor: Actor, reason: str
) -> BriefingSession:
    return update_recorded(session, changes=changes, actor=actor, reason=reason)


# --- Briefing texts and materials of the public briefing pages -------------------------------

TEXT_TRANSITION_REFUSED = _(
    "A briefing text cannot go from {current} to {target}; from {current} it can go to: {allowed}."
)
TEXT_FIELDS_NOT_EDITABLE = _(
    "{fields} of a briefing text change only through its workflow (review, publication), not by an edit."
)
TEXT_HAS_NO_VERSION = _("{record} has no recorded version {version}.")
TEXT_VERSION_SAME = _("The working copy of {record} is already as it was in that version; there is nothing to restore.")
TEXT_LANGUAGES_UNKNOWN = _("Texts are written in {languages}, not in {unknown}.")


def _localized(field: str) -> list[str]:
    return [build_localized_fieldname(field, code) for code in LANGUAGE_CODES]


# The working copy administrators edit, and the copy the public pages show.
WORKING_COPY = (*_localized("title"), *_localized("body"))
PUBLISHED_COPY = (*_localized("published_title"), *_localized("published_body"))
TEXT_EDITABLE = frozenset({"code", "page", "region", "order", "is_demo", *WORKING_COPY})


def _by_language(field: str, texts: Mapping[str, str]) -> dict[str, str]:
    unknown = set(texts) - set(LANGUAGE_CODES)
    if unknown:
        raise ValidationError(
            TEXT_LANGUAGES_UNKNOWN.format(languages=", ".join(LANGUAGE_CODES), unknown=", ".join(sorted(unknown)))
        )
    return localized_values(**{field: dict(texts)})


def briefing_text_create(
    *,
    code: str,
    page: str,
    title: Mapping[str, str],
    body: Mapping[str, str],
    region: Region | None = None,
    order: int = 0,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> BriefingText:
    """A new draft; ``title`` and ``body`` by language code (English is required)."""
    text = BriefingText(
        code=code,
        page=page,
        region=region,
        order=order,
        is_demo=is_demo,
        **_by_language("title", title),
        **_by_language("body", body),
    )
    return save_recorded(text, actor=actor, reason=reason)


def _working_copy_changed(text: BriefingText, stored: BriefingText) -> bool:
    return any((getattr(text, name) or "") != (getattr(stored, name) or "") for name in WORKING_COPY)


def _keep_workflow(text: BriefingText, stored: BriefingText) -> None:
    """The status and published copy stay as stored; a changed published text is a new draft,
    so the public page keeps showing the published copy until it is published again."""
    text.status, text.published_at = stored.status, stored.published_at
    for name in PUBLISHED_COPY:
        setattr(text, name, getattr(stored, name))
    if text.status == BriefingText.Status.PUBLISHED and _working_copy_changed(text, stored):
        text.status = BriefingText.Status.DRAFT


@transaction.atomic
def briefing_text_update(
    *,
    text: BriefingText,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
    actor: Actor,
    reason: str,
) -> BriefingText:
    """Edit the working copy (fields by language, e.g. ``title_fr``) or the text's place."""
    refused = sorted(set(changes) - TEXT_EDITABLE)
    if refused:
        raise ValidationError(TEXT_FIELDS_NOT_EDITABLE.format(fields=", ".join(refused)), code="workflow")
    stored = lock_for_update(text, expected_version)
    text = BriefingText.objects.get(pk=stored.pk)
    for name, value in changes.items():
        setattr(text, name, value)
    _keep_workflow(text, stored)
    return save_recorded(text, actor=actor, reason=reason)


@transaction.atomic
def briefing_text_save_edited(
    *, text: BriefingText, expected_version: int | None, actor: Actor, reason: str
) -> BriefingText:
    """Save a text edited in a form opened at ``expected_version`` (a stale edit is refused)."""
    if text.pk is not None:
        _keep_workflow(text, lock_for_update(text, expected_version))
    return save_recorded(text, actor=actor, reason=reason)


@transaction.atomic
def briefing_text_transition(
    *, text: BriefingText, status: str, expected_version: int | None = None, actor: Actor, reason: str
) -> BriefingText:
    """Move a text along draft → in review → published (and back to draft). Publishing copies
    the working copy, in every language, to the published copy the public pages show; the
    history keeps the previous published copy."""
    text = lock_for_update(text, expected_version)
    current, target = BriefingText.Status(text.status), BriefingText.Status(status)
    allowed = BriefingText.TRANSITIONS[current]
    if target not in allowed:
        raise ValidationError(
            {
                "status": TEXT_TRANSITION_REFUSED.format(
                    current=current.label,
                    target=target.label,
                    allowed=", ".join(str(s.label) for s in sorted(allowed)),
                )
            },
            code="transition",
        )
    text.status = target
    if target == BriefingText.Status.PUBLISHED:
        for working, published in zip(WORKING_COPY, PUBLISHED_COPY, strict=True):
            setattr(text, published, getattr(text, working) or "")
        text.published_at = timezone.now()
    return save_recorded(text, actor=actor, reason=reason)


def briefing_text_submit(*, text: BriefingText, actor: Actor, reason: str, **kwargs) -> BriefingText:
    return briefing_text_transition(
        text=text, status=BriefingText.Status.IN_REVIEW, actor=actor, reason=reason, **kwargs
    )


def briefing_text_publish(*, text: BriefingText, actor: Actor, reason: str, **kwargs) -> BriefingText:
    return briefing_text_transition(
        text=text, status=BriefingText.Status.PUBLISHED, actor=actor, reason=reason, **kwargs
    )


def briefing_text_return_to_draft(*, text: BriefingText, actor: Actor, reason: str, **kwargs) -> BriefingText:
    return briefing_text_transition(text=text, status=BriefingText.Status.DRAFT, actor=actor, reason=reason, **kwargs)


@transaction.atomic
def briefing_texts_transition(
    *, texts: Iterable[BriefingText], status: str, actor: Actor, reason: str
) -> list[BriefingText]:
    """Move several texts at once, all or nothing; texts already there are left as they are."""
    pending = BriefingText.objects.filter(pk__in=[t.pk for t in texts]).exclude(status=status).order_by("code")
    return [briefing_text_transition(text=text, status=status, actor=actor, reason=reason) for text in pending]


def briefing_text_restore_changes(text: BriefingText, history_id: int) -> dict[str, str]:
    """The working-copy fields that differ from recorded version ``history_id`` of ``text``."""
    record = text.history.filter(history_id=history_id).first()
    if record is None:
        raise ValidationError(TEXT_HAS_NO_VERSION.format(record=text, version=history_id), code="unknown")
    changes = {name: getattr(record, name) for name in WORKING_COPY if getattr(record, name) != getattr(text, name)}
    if not changes:
        raise ValidationError(TEXT_VERSION_SAME.format(record=text), code="no_change")
    return changes


@transaction.atomic
def briefing_text_restore(
    *, text: BriefingText, history_id: int, expected_version: int | None = None, actor: Actor, reason: str
) -> BriefingText:
    """Bring back the working copy of a recorded version (an earlier published text, say) as a
    new draft: the public page changes only once it is reviewed and published again."""
    text = lock_for_update(text, expected_version)
    for name, value in briefing_text_restore_changes(text, history_id).items():
        setattr(text, name, value)
    if text.status != BriefingText.Status.DRAFT:
        text.status = BriefingText.Status.DRAFT
    return save_recorded(text, actor=actor, reason=reason)


def briefing_material_create(
    *,
    session: BriefingSession,
    title: Mapping[str, str],
    url: str,
    kind: str = BriefingMaterial.Kind.PRESENTATION,
    is_public: bool = False,
    order: int = 0,
    is_demo: bool = False,
    actor: Actor,
    reason: str,
) -> BriefingMaterial:
    """A material of a session; ``title`` by language code (English is required)."""
    material = BriefingMaterial(
        session=session, kind=kind, url=url, is_public=is_public, order=order, is_demo=is_demo,
        **_by_language("title", title),
    )  # fmt: skip
    return save_recorded(material, actor=actor, reason=reason)


def briefing_material_update(
    *, material: BriefingMaterial, changes: Mapping[str, Any], actor: Actor, reason: str
) -> BriefingMaterial:
    return update_recorded(material, changes=changes, actor=actor, reason=reason)
