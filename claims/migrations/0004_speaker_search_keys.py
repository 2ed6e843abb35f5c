import django.contrib.postgres.indexes
from django.db import migrations, models


def fill_search_keys(apps, schema_editor):
    # The same keys claims.speakers.speaker_refresh_search_keys writes, computed here so existing speakers
    # are found by the new search as soon as the migration has run.
    from text import name_skeleton, normalize

    Speaker = apps.get_model("claims", "Speaker")
    for speaker in Speaker.objects.prefetch_related("names", "aliases").iterator(chunk_size=500):
        spellings = [speaker.name, *(n.name for n in speaker.names.all()), *(a.alias for a in speaker.aliases.all())]
        keys = []
        for spelling in spellings:
            for key in (normalize(spelling), name_skeleton(spelling)):
                key = " ".join(key.replace("|", " ").split())
                if key and key not in keys:
                    keys.append(key)
        Speaker.objects.filter(pk=speaker.pk).update(search_keys=" | ".join(keys))


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0003_claim_review_fields'),
        ('sources', '0001_initial'),  # enables pg_trgm, which the index's operator class needs
    ]

    operations = [
        migrations.AddField(
            model_name='speaker',
            name='search_keys',
            field=models.TextField(blank=True, default='', editable=False, verbose_name='search keys'),
        ),
        migrations.AddIndex(
            model_name='speaker',
            index=django.contrib.postgres.indexes.GinIndex(fields=['search_keys'], name='speaker_search_keys_trgm', opclasses=['gin_trgm_ops']),
        ),
        migrations.RunPython(fill_search_keys, migrations.RunPython.noop, elidable=True),
    ]
