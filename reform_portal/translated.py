"""Helpers for content kept in the six UN languages (django-modeltranslation fields)."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def localized_values(**texts: dict[str, str]) -> dict[str, str]:
    """``name={"en": ..., "zh-hans": ...}`` → ``{"name_en": ..., "name_zh_hans": ...}``."""
    values = {}
    for field, by_language in texts.items():
        unknown = set(by_language) - set(LANGUAGE_CODES)
        if unknown:
            raise ValueError(f"Unknown language(s) {sorted(unknown)} for {field}.")
        for language, text in by_language.items():
            values[build_localized_fieldname(field, language)] = text
    return values
