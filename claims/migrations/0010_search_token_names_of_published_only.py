"""The names, roles and outlet triggers of 0009 renew the published search token only when the speaker or
outlet has a published entry: a new speaker's names, or a speaker known only from drafts, change no
published result, and renewing the token empties every process's kept searches and result markup."""

from django.db import migrations

FUNCTION = """
CREATE FUNCTION claims_published_names_search_token() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    speakers bigint[];
    outlet bigint;
BEGIN
    IF current_setting('claims.published_search_token_renewed', true) IS NOT DISTINCT FROM 'yes' THEN
        RETURN NULL;  -- renewed already by this transaction
    END IF;
    IF TG_TABLE_NAME = 'sources_outlet' THEN
        outlet := NEW.id;
    ELSIF TG_TABLE_NAME = 'claims_speaker' THEN
        speakers := ARRAY[NEW.id];
    ELSIF TG_OP = 'INSERT' THEN
        speakers := ARRAY[NEW.speaker_id];
    ELSIF TG_OP = 'DELETE' THEN
        speakers := ARRAY[OLD.speaker_id];
    ELSE
        speakers := ARRAY[OLD.speaker_id, NEW.speaker_id];
    END IF;
    IF EXISTS (
        SELECT 1 FROM claims_quotesearch
        WHERE status = 'published' AND (speaker_id = ANY(speakers) OR outlet_id = outlet)
    ) THEN
        PERFORM set_config('claims.published_search_token_renewed', 'yes', true);
        INSERT INTO claims_searchgeneration (id, token) VALUES (1, gen_random_uuid())
        ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token;
    END IF;
    RETURN NULL;
END $$;
"""

TRIGGERS = [
    ("claims_speaker_name_search_token", "claims_speaker"),
    ("claims_speakername_search_token", "claims_speakername"),
    ("claims_speakerrole_search_token", "claims_speakerrole"),
    ("sources_outlet_name_search_token", "sources_outlet"),
]


def _replace(function: str) -> str:
    """Each trigger dropped and made again to run `function` (PostgreSQL cannot alter what a trigger runs)."""
    return "".join(f"DROP TRIGGER {name} ON {table};\n" for name, table in TRIGGERS) + _create(function)


def _create(function: str) -> str:
    return f"""
CREATE CONSTRAINT TRIGGER claims_speaker_name_search_token AFTER UPDATE ON claims_speaker
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION {function}();
CREATE CONSTRAINT TRIGGER claims_speakername_search_token AFTER INSERT OR UPDATE OR DELETE ON claims_speakername
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION {function}();
CREATE CONSTRAINT TRIGGER claims_speakerrole_search_token AFTER INSERT OR UPDATE OR DELETE ON claims_speakerrole
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION {function}();
CREATE CONSTRAINT TRIGGER sources_outlet_name_search_token AFTER UPDATE ON sources_outlet
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION {function}();
"""


FORWARD = FUNCTION + _replace("claims_published_names_search_token")
BACKWARD = _replace("claims_published_search_token") + "\nDROP FUNCTION claims_published_names_search_token();"


class Migration(migrations.Migration):
    dependencies = [("claims", "0009_published_search_token_names")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
