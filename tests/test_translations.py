"""The interface speaks Ukrainian and English: every message must have a Ukrainian translation."""

import shutil

import polib
from django.conf import settings
from django.core.management import call_command

SKIPPED = {"locale", ".venv", ".local", ".git", "node_modules", "tests", "demo", "docs", "staticfiles", "bench"}


def test_every_interface_message_has_a_ukrainian_translation(tmp_path, monkeypatch):
    # Extract from a mirror of the project whose locale/ is a copy, so the real catalogue is never
    # rewritten, and strings added to code or templates but never translated are caught.
    for entry in settings.BASE_DIR.iterdir():
        if entry.name not in SKIPPED and not entry.name.startswith("."):
            (tmp_path / entry.name).symlink_to(entry)
    locale = tmp_path / "locale"
    shutil.copytree(settings.BASE_DIR / "locale", locale)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(settings, "LOCALE_PATHS", [locale])
    call_command("makemessages", locale=["uk"], symlinks=True, verbosity=0)
    catalog = polib.pofile(str(locale / "uk" / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalog.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalog.fuzzy_entries()]
    assert untranslated == [], f"Add Ukrainian translations to locale/uk/LC_MESSAGES/django.po: {untranslated}"
    assert fuzzy == [], f"Review fuzzy translations: {fuzzy}"
    assert not catalog.metadata_is_fuzzy, "The catalog header is marked fuzzy: msgfmt would ignore its plural forms"
    assert len(catalog.translated_entries()) > 100
