"""The published search token is renewed when the writing transaction commits, once, instead of at each
statement that writes a published entry.

Renewed at the statement (0007), the token's row stayed locked from that statement to the commit: a long
transaction (an import, a rebuild) held it while it went on to lock speakers, and an editor publishing a
claim holds a speaker while it waits for the token, so the two could deadlock. Deferred row triggers
renew it at commit instead, when the transaction takes no other lock; a transaction-local setting makes
that once per transaction however many entries it wrote. Entries that are not published and never were
queue no trigger event at all."""

import importlib

from django.db import migrations

AT_COMMIT = """
DROP TRIGGER claims_quotesearch_published_insert ON claims_quotesearch;
DROP TRIGGER claims_quotesearch_published_update ON claims_quotesearch;
DROP TRIGGER claims_quotesearch_published_delete ON claims_quotesearch;
DROP TRIGGER claims_quotesearch_published_truncate ON claims_quotesearch;
DROP FUNCTION claims_published_search_changed();

CREATE FUNCTION claims_published_search_token() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('claims.published_search_token_renewed', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('claims.published_search_token_renewed', 'yes', true);
        INSERT INTO claims_searchgeneration (id, token) VALUES (1, gen_random_uuid())
        ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token;
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER claims_quotesearch_published_insert AFTER INSERT ON claims_quotesearch
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'published')
    EXECUTE FUNCTION claims_published_search_token();
CREATE CONSTRAINT TRIGGER claims_quotesearch_published_update AFTER UPDATE ON claims_quotesearch
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status = 'published' OR NEW.status = 'published')
    EXECUTE FUNCTION claims_published_search_token();
CREATE CONSTRAINT TRIGGER claims_quotesearch_published_delete AFTER DELETE ON claims_quotesearch
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status = 'published')
    EXECUTE FUNCTION claims_published_search_token();

-- TRUNCATE (a test's flush) removes the token: nothing is cached until a published entry is written again.
CREATE FUNCTION claims_published_search_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM claims_searchgeneration;
    RETURN NULL;
END $$;
CREATE TRIGGER claims_quotesearch_published_truncate AFTER TRUNCATE ON claims_quotesearch
    FOR EACH STATEMENT EXECUTE FUNCTION claims_published_search_truncated();
"""

AT_STATEMENT = (
    """
DROP TRIGGER claims_quotesearch_published_insert ON claims_quotesearch;
DROP TRIGGER claims_quotesearch_published_update ON claims_quotesearch;
DROP TRIGGER claims_quotesearch_published_delete ON claims_quotesearch;
DROP TRIGGER claims_quotesearch_published_truncate ON claims_quotesearch;
DROP FUNCTION claims_published_search_token();
DROP FUNCTION claims_published_search_truncated();
"""
    + importlib.import_module("claims.migrations.0007_published_search_generation").TRIGGERS.replace(
        "INSERT INTO claims_searchgeneration (id, token) VALUES (1, gen_random_uuid());", ""
    )
)


class Migration(migrations.Migration):
    dependencies = [("claims", "0007_published_search_generation")]

    operations = [migrations.RunSQL(AT_COMMIT, AT_STATEMENT)]
