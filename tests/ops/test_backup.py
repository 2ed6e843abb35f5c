import os
import subprocess
import sys
from pathlib import Path
from unittest import mock
from urllib.parse import quote

import psycopg
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from claims.models import Claim, QuoteSearch
from claims.permissions import EDITOR
from claims.services import claim_transition, claim_update
from config.routers import SearchReplicaRouter
from tests.factories import make_claim, make_quote, make_source, make_user

BASE_DIR = Path(__file__).resolve().parents[2]


def connect(dbname: str) -> psycopg.Connection:
    settings_dict = connection.settings_dict
    return psycopg.connect(
        dbname=dbname,
        host=settings_dict["HOST"] or None,
        port=settings_dict["PORT"] or None,
        user=settings_dict["USER"] or None,
        password=settings_dict["PASSWORD"] or None,
        autocommit=True,
    )


def database_url(dbname: str) -> str:
    settings_dict = connection.settings_dict
    password = f":{quote(settings_dict['PASSWORD'], safe='')}" if settings_dict["PASSWORD"] else ""
    host = quote(settings_dict["HOST"] or "", safe="")
    port = f":{settings_dict['PORT']}" if settings_dict["PORT"] else ""
    return f"postgresql://{quote(settings_dict['USER'] or '', safe='')}{password}@{host}{port}/{dbname}"


def snapshot(dbname: str) -> dict:
    """Row counts of every table, and where every sequence stands."""
    with connect(dbname) as conn:
        tables = [row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        counts = {table: conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}  # noqa: S608
        sequences = dict(conn.execute("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'"))
    return {"counts": counts, "sequences": sequences}


@pytest.fixture
def second_database(transactional_db):
    name = f"{connection.settings_dict['NAME']}_restored"
    with connect("postgres") as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield name
    with connect("postgres") as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restores_everything_history_included(second_database, tmp_path):
    analyst, editor = make_user("ana"), make_user("eda", EDITOR)
    claim = make_claim(author=analyst, summary="Shoigu promised Moscow's support")
    make_quote(claim=claim, source=make_source(), fragment="Ви можете повністю розраховувати")
    claim = claim_update(claim=claim, actor=analyst, expected_version=claim.version, summary="Shoigu: full support")
    claim = claim_transition(claim=claim, to=Claim.Status.IN_REVIEW, actor=analyst)
    claim_transition(claim=claim, to=Claim.Status.PUBLISHED, actor=editor)
    dump = tmp_path / "tracker.dump"

    call_command("backup", str(dump))
    restored = subprocess.run(
        [sys.executable, "manage.py", "restore", str(dump)],
        cwd=BASE_DIR,
        env={**os.environ, "DATABASE_URL": database_url(second_database)},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert restored.returncode == 0, restored.stderr
    assert (dump.stat().st_mode & 0o777) == 0o600
    original, copy = snapshot(connection.settings_dict["NAME"]), snapshot(second_database)
    assert copy == original
    assert original["counts"]["claims_historicalclaim"] == 4  # created, edited, submitted, published
    assert original["counts"]["claims_historicalquote"] == 1
    with connect(second_database) as conn:
        history = conn.execute(
            "SELECT history_type, summary, status, u.username FROM claims_historicalclaim h "
            "JOIN auth_user u ON u.id = h.history_user_id WHERE h.id = %s ORDER BY history_id",
            [claim.pk],
        ).fetchall()
        password = conn.execute("SELECT password FROM auth_user WHERE username = 'ana'").fetchone()[0]
        quote_text = conn.execute("SELECT text FROM claims_quote WHERE claim_id = %s", [claim.pk]).fetchone()[0]
    assert history == [
        ("+", "Shoigu promised Moscow's support", "draft", "ana"),
        ("~", "Shoigu: full support", "draft", "ana"),
        ("~", "Shoigu: full support", "in_review", "ana"),
        ("~", "Shoigu: full support", "published", "eda"),
    ]
    assert password == analyst.password  # the same users can log in
    assert quote_text == "Ви можете повністю розраховувати"


def test_restore_refuses_a_database_with_data_unless_told_yes(transactional_db, tmp_path):
    make_claim(author=make_user("ana"))
    dump = tmp_path / "tracker.dump"
    call_command("backup", str(dump))

    with pytest.raises(CommandError, match="already holds data"):
        call_command("restore", str(dump))
    assert Claim.objects.count() == 1

    call_command("restore", str(dump), yes=True)
    assert Claim.objects.count() == 1


def test_restore_of_a_missing_file_says_so(db, tmp_path):
    with pytest.raises(CommandError, match="No backup file"):
        call_command("restore", str(tmp_path / "nothing.dump"), yes=True)


# The read replica for search (config/routers.py).


def test_search_reads_go_to_the_replica_when_one_is_configured(settings):
    router = SearchReplicaRouter()

    with mock.patch.dict(settings.DATABASES, {"replica": settings.DATABASES["default"]}):
        assert router.db_for_read(QuoteSearch) == "replica"
        assert router.db_for_read(Claim) is None  # everything else reads the primary
        assert router.db_for_write(QuoteSearch) is None
        assert router.allow_migrate("replica", "claims") is False
        assert router.allow_migrate("default", "claims") is None


def test_without_a_replica_everything_stays_on_the_primary(settings):
    assert "replica" not in settings.DATABASES
    assert SearchReplicaRouter().db_for_read(QuoteSearch) is None
