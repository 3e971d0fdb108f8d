"""The user interface is translated into the six UN languages: every catalogue is complete
(no untranslated or fuzzy entry) and in step with the code (makemessages would change nothing)."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
LANGUAGES = ["ar", "zh_Hans", "fr", "ru", "es"]  # English is the source language

pytestmark = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext (msgfmt) is not installed")


def entries(path: Path) -> set[tuple[str, str]]:
    """The (context, message id) pairs of a catalogue, obsolete entries left out."""
    text = path.read_text(encoding="utf-8")
    found = set()
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#")]
        joined = "\n".join(lines)
        context = "".join(re.findall(r'"(.*)"', m) for m in re.findall(r'^msgctxt (".*"(?:\n".*")*)', joined, re.M))
        ids = re.findall(r'^msgid (".*"(?:\n".*")*)', joined, re.M)
        if ids:
            msgid = "".join(re.findall(r'"(.*)"', ids[0]))
            if msgid:
                found.add((context, msgid))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete(language):
    catalogue = LOCALE / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(catalogue)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr, result.stderr
    assert "fuzzy" not in result.stderr, result.stderr


SOURCES = ["manage.py", "reform_portal", "offices", "roadmap", "working_groups", "templates"]


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory) -> Path:
    """What makemessages extracts from the code now, into a copy of the sources: run on the
    project itself it would find the real catalogues and rewrite them."""
    root = tmp_path_factory.mktemp("sources")
    project = Path(settings.BASE_DIR)
    for name in SOURCES:
        source = project / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "static"))
        else:
            shutil.copy(source, root / name)
    (root / "locale").mkdir()
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "--add-location=file", "-v0"]
    command += [f"--locale={language}" for language in LANGUAGES]
    environment = {**os.environ, "DEBUG": "1", "DATABASE_URL": "sqlite:///:memory:"}
    subprocess.run(command, cwd=root, env=environment, check=True, capture_output=True)
    return root / "locale"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_in_step_with_the_code(language, fresh_catalogues):
    fresh = entries(fresh_catalogues / language / "LC_MESSAGES" / "django.po")
    committed = entries(LOCALE / language / "LC_MESSAGES" / "django.po")
    assert fresh - committed == set(), "strings in the code missing from the catalogue: run make messages"
    assert committed - fresh == set(), "strings in the catalogue no longer in the code: run make messages"
