"""Integrity PostgreSQL keeps even when the application is bypassed.

A CHECK constraint cannot look at another table, so two triggers do it:
- a quote's text must be exactly the span [start, end) of its source's text (offsets in characters);
- a source's text cannot change once a quote points into it (a re-capture is a new snapshot).
"""

from django.db import migrations

FORWARD = r"""
CREATE FUNCTION claims_quote_is_source_span() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    source_text text;
BEGIN
    SELECT s.text INTO source_text FROM sources_source s WHERE s.id = NEW.source_id;
    IF NOT FOUND THEN
        RETURN NEW;  -- the foreign key reports the missing source
    END IF;
    IF NEW."end" > char_length(source_text) THEN
        RAISE EXCEPTION 'quote offsets %..% lie outside the source text (% characters)',
            NEW.start, NEW."end", char_length(source_text)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'quote_text_is_source_span';
    END IF;
    IF substr(source_text, NEW.start + 1, NEW."end" - NEW.start) IS DISTINCT FROM NEW.text THEN
        RAISE EXCEPTION 'quote text is not the span %..% of source %', NEW.start, NEW."end", NEW.source_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'quote_text_is_source_span';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER quote_text_is_source_span
    BEFORE INSERT OR UPDATE OF text, start, "end", source_id ON claims_quote
    FOR EACH ROW EXECUTE FUNCTION claims_quote_is_source_span();

CREATE FUNCTION sources_source_text_frozen_when_quoted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.text IS DISTINCT FROM OLD.text
       AND EXISTS (SELECT 1 FROM claims_quote q WHERE q.source_id = OLD.id) THEN
        RAISE EXCEPTION 'source % is quoted, so its text cannot change; capture a new snapshot instead', OLD.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'source_text_frozen_when_quoted';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER source_text_frozen_when_quoted
    BEFORE UPDATE OF text ON sources_source
    FOR EACH ROW EXECUTE FUNCTION sources_source_text_frozen_when_quoted();
"""

BACKWARD = r"""
DROP TRIGGER IF EXISTS source_text_frozen_when_quoted ON sources_source;
DROP FUNCTION IF EXISTS sources_source_text_frozen_when_quoted();
DROP TRIGGER IF EXISTS quote_text_is_source_span ON claims_quote;
DROP FUNCTION IF EXISTS claims_quote_is_source_span();
"""


class Migration(migrations.Migration):
    dependencies = [("claims", "0001_initial"), ("sources", "0001_initial")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
