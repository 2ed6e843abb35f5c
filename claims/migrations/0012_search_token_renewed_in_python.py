"""The published search token is renewed by the one indexing path in Python after the writing transaction
commits (claims.search.published_changed), no longer by triggers on the search entries, speakers' names and
roles and outlets (migrations 0007 to 0010)."""

from django.db import migrations

DROP = """
DROP TRIGGER IF EXISTS claims_quotesearch_published_insert ON claims_quotesearch;
DROP TRIGGER IF EXISTS claims_quotesearch_published_update ON claims_quotesearch;
DROP TRIGGER IF EXISTS claims_quotesearch_published_delete ON claims_quotesearch;
DROP TRIGGER IF EXISTS claims_quotesearch_published_truncate ON claims_quotesearch;
DROP TRIGGER IF EXISTS claims_speaker_name_search_token ON claims_speaker;
DROP TRIGGER IF EXISTS claims_speakername_search_token ON claims_speakername;
DROP TRIGGER IF EXISTS claims_speakerrole_search_token ON claims_speakerrole;
DROP TRIGGER IF EXISTS sources_outlet_name_search_token ON sources_outlet;
DROP FUNCTION IF EXISTS claims_published_search_token();
DROP FUNCTION IF EXISTS claims_published_search_truncated();
DROP FUNCTION IF EXISTS claims_published_names_search_token();
"""


class Migration(migrations.Migration):
    dependencies = [("claims", "0011_report_status_merge_and_workflow_events"), ("sources", "0001_initial")]

    operations = [migrations.RunSQL(DROP, migrations.RunSQL.noop)]
