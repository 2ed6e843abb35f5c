"""The published search token is also renewed when what a search result shows besides its entry changes:
a speaker's name, their names in other languages, their roles, an outlet's name.

The search page keeps each published result's markup under the token (claims.search._rendered_results).
The services already rewrite a speaker's entries when the speaker is edited; these triggers also cover
every other way of writing those rows (the admin, a merge, a script). Same deferred, once-per-transaction
renewal as in 0008; the speaker's `profile_version`, bumped at every quote written, renews nothing."""

from django.db import migrations

TRIGGERS = """
CREATE CONSTRAINT TRIGGER claims_speaker_name_search_token AFTER UPDATE ON claims_speaker
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION claims_published_search_token();
CREATE CONSTRAINT TRIGGER claims_speakername_search_token AFTER INSERT OR UPDATE OR DELETE ON claims_speakername
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION claims_published_search_token();
CREATE CONSTRAINT TRIGGER claims_speakerrole_search_token AFTER INSERT OR UPDATE OR DELETE ON claims_speakerrole
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION claims_published_search_token();
CREATE CONSTRAINT TRIGGER sources_outlet_name_search_token AFTER UPDATE ON sources_outlet
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION claims_published_search_token();
"""

DROP = """
DROP TRIGGER claims_speaker_name_search_token ON claims_speaker;
DROP TRIGGER claims_speakername_search_token ON claims_speakername;
DROP TRIGGER claims_speakerrole_search_token ON claims_speakerrole;
DROP TRIGGER sources_outlet_name_search_token ON sources_outlet;
"""


class Migration(migrations.Migration):
    dependencies = [("claims", "0008_published_search_token_at_commit"), ("sources", "0001_initial")]

    operations = [migrations.RunSQL(TRIGGERS, DROP)]
