"""Long commands show a progress bar on stderr when it is a terminal, and keep stdout for their data."""

import io
import json
import sys

from django.core.management import call_command

from claims.models import Quote


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(monkeypatch, *args, **options) -> tuple[str, str]:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    out = io.StringIO()
    call_command(*args, stdout=out, **options)
    return out.getvalue(), terminal.getvalue()


def test_rebuild_search_shows_its_progress_on_stderr(demo, monkeypatch):
    out, err = _run(monkeypatch, "rebuild_search")
    assert out.strip() == "Indexed 14 quotes."
    assert "Indexing: 100%" in err and "14/14" in err


def test_export_data_shows_rows_exported_on_stderr_and_writes_only_data_to_stdout(demo, monkeypatch, capsys):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    call_command("export_data", "--format", "jsonl")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == Quote.objects.count() == 14 and all(json.loads(line) for line in lines)
    assert "Exporting: 100%" in terminal.getvalue() and "14/14" in terminal.getvalue()


def test_import_data_shows_the_share_of_the_file_read(editor, monkeypatch, tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"type": "speaker", "external_id": "p1", "name": "A Minister"}) + "\n")
    out, err = _run(monkeypatch, "import_data", str(path), "--as", editor.username)
    assert "1 created" in out and "Importing: 100%" in err


def test_load_demo_shows_the_demo_claims_loaded(db, monkeypatch, tmp_path):
    out, err = _run(monkeypatch, "load_demo", "--credentials-file", str(tmp_path / "users.txt"))
    assert "Demo data: added" in out and "Demo claims: 100%" in err and "12/12" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(demo, monkeypatch):
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    call_command("rebuild_search", stdout=io.StringIO())
    assert piped.getvalue() == ""
