"""The search keeps the matches of the published entries per process until a published entry changes;
each user's unpublished entries are looked up every time and merged in."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim, Quote, Speaker
from claims.search import indexing
from claims.search import queries as search_module
from claims.search.documents import word_alternatives
from claims.search.generations import matches_cache_key, published_generation
from claims.search.queries import search, visible_entries, visible_parts
from claims.services import claim_transition
from claims.speakers.services import speaker_update
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish

pytestmark = pytest.mark.django_db


def said(claim_day: int, text: str, *, author, editor=None, speaker=None) -> Claim:
    """A claim said on May `claim_day` 2025 with one quote, by the first speaker (a new one when there is
    none: a new speaker's names renew the published token); published when an editor is given."""
    speaker = speaker or Speaker.objects.order_by("pk").first()
    claim = make_claim(author=author, speaker=speaker, said_on=datetime.date(2025, 5, claim_day), summary=text)
    make_quote(claim=claim, source=make_source(text=f"Заява: «{text}»."), fragment=text)
    return publish(claim, editor=editor) if editor else claim


def page_of(entries, query: str, **options) -> tuple:
    found = search(entries=entries, query=query, **options)
    return [r.quote.claim.said_on.day for r in found.results], found.count, found.count_capped, found.has_next


def searches_of_published_entries(queries) -> int:
    """How many of the captured queries looked for words among the published entries."""
    return sum("@@" in q["sql"] and "NOT (" not in q["sql"] for q in queries)


@pytest.fixture
def corpus(analyst, other_analyst, editor):
    speaker = make_speaker()
    for day in range(1, 13):  # published on even days, drafts of two analysts on odd ones
        author = analyst if day % 4 == 1 else other_analyst
        said(day, f"Ракети летять {day}", author=author, editor=editor if day % 2 == 0 else None, speaker=speaker)
    said(13, "Тиша", author=analyst, editor=editor, speaker=speaker)


@pytest.mark.parametrize("common", [False, True])
@pytest.mark.parametrize("order", ["date", "relevance"])
def test_the_two_parts_give_the_pages_and_counts_of_the_whole(
    corpus, analyst, other_analyst, editor, order, common, monkeypatch
):
    if common:  # the statistics call "ракета" common: each part is walked newest first (newest_matches)
        frequencies = dict.fromkeys(word_alternatives("ракета"), 0.9)
        monkeypatch.setattr(search_module, "lexeme_statistics", lambda: (frequencies, 1_000_000.0))
        monkeypatch.setattr(search_module, "PROBE_ROWS", 5)
        walks = []
        walk = search_module.newest_matches
        monkeypatch.setattr(search_module, "newest_matches", lambda *a, **kw: walks.append(1) or walk(*a, **kw))
    for user in (AnonymousUser(), analyst, other_analyst, editor):
        for query in ("ракета", "тиша", "", "ракета -тиша"):
            for number in (1, 2, 4):
                whole = page_of(visible_entries(user), query, order=order, page=number, per_page=3)
                assert page_of(visible_parts(user), query, order=order, page=number, per_page=3) == whole
                assert page_of(visible_parts(user), query, order=order, page=number, per_page=3) == whole
    # Each sees the published days and their own drafts, newest first; the editor sees every draft.
    assert page_of(visible_parts(analyst), "ракета", per_page=20)[0] == [12, 10, 9, 8, 6, 5, 4, 2, 1]
    assert page_of(visible_parts(other_analyst), "ракета", per_page=20)[0] == [12, 11, 10, 8, 7, 6, 4, 3, 2]
    assert page_of(visible_parts(AnonymousUser()), "ракета", per_page=20)[0] == [12, 10, 8, 6, 4, 2]
    assert page_of(visible_parts(editor), "ракета", per_page=20)[0] == list(range(12, 0, -1))
    assert not common or walks


def test_counts_capped_in_either_part_stay_capped(corpus, analyst, editor, monkeypatch):
    monkeypatch.setattr(search_module, "COUNT_CAP", 4)
    assert page_of(visible_parts(analyst), "ракета", per_page=2) == ([12, 10], 4, True, True)
    # The published part alone passes the cap: the drafts are not counted, yet still paged through.
    for user in (analyst, editor):
        for number in range(1, 7):
            whole = page_of(visible_entries(user), "ракета", page=number, per_page=2)
            assert page_of(visible_parts(user), "ракета", page=number, per_page=2) == whole
    assert page_of(visible_parts(editor), "ракета", page=2, per_page=2)[0] == [10, 9]
    monkeypatch.setattr(search_module, "COUNT_CAP", 7)  # published 6 + the analyst's 3 drafts = 9
    assert page_of(visible_parts(analyst), "ракета", per_page=2)[1:] == (7, True, True)


@pytest.mark.django_db(transaction=True)  # matches are kept only outside transactions, as on the pages
def test_published_matches_come_from_the_cache_until_a_published_entry_changes(corpus, analyst, editor):
    reader = visible_parts(AnonymousUser())
    with CaptureQueriesContext(connection) as first:
        assert page_of(reader, "ракета", per_page=20)[1] == 6
    with CaptureQueriesContext(connection) as second:
        assert page_of(reader, "ракета", per_page=20)[1] == 6
    assert searches_of_published_entries(first) >= 1 and searches_of_published_entries(second) == 0

    # A draft changes nothing published: the cache stays, and its author sees the draft at once.
    before = published_generation()
    said(20, "Ракети знову", author=analyst)
    assert published_generation() == before
    assert page_of(visible_parts(analyst), "ракета", per_page=20)[0][0] == 20
    assert page_of(reader, "ракета", per_page=20)[1] == 6

    # Publishing it, retracting a published claim, deleting a published quote: each is seen at once.
    draft = Claim.objects.get(summary="Ракети знову")
    claim_transition(claim=draft, to=Claim.Status.IN_REVIEW, actor=analyst)
    assert published_generation() == before  # sent for review: readers are shown nothing new
    claim_transition(claim=Claim.objects.get(pk=draft.pk), to=Claim.Status.PUBLISHED, actor=editor)
    assert published_generation() != before
    assert page_of(reader, "ракета", per_page=20)[:2] == ([20, 12, 10, 8, 6, 4, 2], 7)
    twelve = Claim.objects.get(said_on=datetime.date(2025, 5, 12))
    claim_transition(claim=twelve, to=Claim.Status.RETRACTED, actor=editor, note="Fabricated")
    assert page_of(reader, "ракета", per_page=20)[:2] == ([20, 10, 8, 6, 4, 2], 6)
    ten = Claim.objects.get(said_on=datetime.date(2025, 5, 10))
    Quote.objects.filter(claim=ten).delete()  # as the admin removes a quote, then reindexes its claim
    indexing.index_claim(ten)
    assert page_of(reader, "ракета", per_page=20)[:2] == ([20, 8, 6, 4, 2], 5)


@pytest.mark.django_db(transaction=True)
def test_the_token_changes_when_a_transaction_that_wrote_published_entries_commits(corpus, analyst, editor):
    from django.db import transaction

    start = published_generation()
    said(21, "Чернетка", author=analyst)
    assert published_generation() == start  # a draft: nothing published changed
    with pytest.raises(RuntimeError), transaction.atomic():
        said(22, "Відкликана публікація", author=analyst, editor=editor)
        assert published_generation() == start  # not before the commit
        raise RuntimeError("roll back")
    assert published_generation() == start  # rolled back: never changed
    with transaction.atomic():
        said(23, "Перша", author=analyst, editor=editor)
        said(24, "Друга", author=analyst, editor=editor)
    assert published_generation() != start


@pytest.mark.django_db(transaction=True)
def test_nothing_is_kept_from_inside_a_transaction(corpus, analyst, editor):
    """A search inside a transaction that wrote may see what a rollback then undoes: it is not kept."""
    from django.db import transaction

    reader = visible_parts(AnonymousUser())
    with pytest.raises(RuntimeError), transaction.atomic():
        said(25, "Ракети, яких не було", author=analyst, editor=editor)
        assert page_of(reader, "ракета", per_page=20)[1] == 7
        raise RuntimeError("roll back")
    assert page_of(reader, "ракета", per_page=20)[1] == 6


@pytest.mark.django_db(transaction=True)
def test_a_transaction_writing_published_entries_holds_no_token_lock_before_it_commits(corpus, analyst, editor):
    """An import writing published entries for minutes must not make every publishing editor wait for it,
    nor deadlock with one: the token is renewed after the commit, never locked inside the transaction."""
    import psycopg
    from django.db import transaction

    params = connection.get_connection_params()
    start = published_generation()
    with transaction.atomic():
        said(27, "Довгий імпорт", author=analyst, editor=editor)
        with psycopg.connect(**params) as other:
            other.execute("SET lock_timeout = '2s'")
            # Would wait for this transaction (and time out) if it held the token's row.
            other.execute("UPDATE claims_searchgeneration SET token = token WHERE id = 1")
            other.commit()
        assert published_generation() == start
    assert published_generation() != start


@pytest.mark.django_db(transaction=True)
def test_a_truncated_index_caches_nothing_until_a_published_entry_is_written(corpus, editor, analyst):
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE claims_quotesearch, claims_searchgeneration")  # as the bench generator empties
    assert published_generation() is None
    reader = visible_parts(AnonymousUser())
    with CaptureQueriesContext(connection) as first:
        assert page_of(reader, "ракета")[1] == 0
    with CaptureQueriesContext(connection) as second:
        assert page_of(reader, "ракета")[1] == 0
    assert searches_of_published_entries(second) == searches_of_published_entries(first) > 0  # not cached
    said(23, "Ракети вночі", author=analyst, editor=editor)
    assert published_generation() is not None and page_of(reader, "ракета")[:2] == ([23], 1)


def test_facets_reading_other_tables_are_not_cached(corpus, client):
    """The role facet reads the speakers' roles, whose changes the generation does not follow."""
    by_role = visible_parts(AnonymousUser()).narrowed(lambda entries: entries.filter(speaker__roles__title="x"))
    assert matches_cache_key(by_role.published, "'ракета'", 21, "token") is None
    plain = visible_parts(AnonymousUser())
    assert matches_cache_key(plain.published, "'ракета'", 21, "token") is not None
    page = client.get(reverse("claims:search"), {"q": "ракета", "role": "Minister"})
    assert page.status_code == 200 and "0 reports" in page.content.decode()


def test_the_search_page_shows_a_new_draft_to_its_author_at_once(client, corpus, analyst):
    client.force_login(analyst)
    url = reverse("claims:search")
    before = client.get(url, {"q": "ракета"}).content.decode()
    assert "9 reports" in before  # six published, three of their own drafts
    said(24, "Ракети над містом", author=analyst)
    after = client.get(url, {"q": "ракета"}).content.decode()
    assert "10 reports" in after and "над містом" in after and "status-draft" in after


@pytest.mark.parametrize("status", ["published", "draft", "in_review"])
def test_the_status_facet_searches_only_the_part_that_holds_that_status(corpus, editor, status):
    from claims.filters import SearchFilter

    facets = SearchFilter({"q": "ракета", "status": status}, queryset=visible_entries(editor), staff=True)
    assert facets.is_valid()
    parts = facets.parts(editor)
    assert (parts.unpublished is None) == (status == "published")
    with CaptureQueriesContext(connection) as queries:
        found = page_of(parts, "ракета", per_page=20)
    assert found == page_of(facets.qs, "ракета", per_page=20)
    assert found[0] == {"published": [12, 10, 8, 6, 4, 2], "draft": [11, 9, 7, 5, 3, 1], "in_review": []}[status]
    if status != "published":
        assert searches_of_published_entries(queries) == 0  # the published part holds no draft: not searched


def results_markup(client, query: str, **params) -> str:
    """The results list of the search page."""
    html = client.get(reverse("claims:search"), {"q": query, **params}).content.decode()
    return html[html.index('<ol class="results">') : html.index("</ol>", html.index('<ol class="results">'))]


def loads_of_quotes(queries) -> int:
    return sum('FROM "claims_quote"' in q["sql"] for q in queries)


@pytest.mark.django_db(transaction=True)  # markup is kept only outside transactions, as on the pages
def test_published_results_show_a_change_to_what_they_show_at_once(client, corpus, analyst, editor):
    """A change to anything a result shows (the speaker's name, names, roles, the outlet, the quote) shows
    at once, whichever way it is written: the results' markup is never kept."""
    from claims.models import SpeakerName, SpeakerRole
    from sources.models import Outlet, Source
    from sources.services import outlet_get_or_create

    client.force_login(analyst)
    first = results_markup(client, "ракета")
    with CaptureQueriesContext(connection) as again:
        assert results_markup(client, "ракета") == first
    assert loads_of_quotes(again) == 1  # the twenty results in one query
    assert first.count("<li") == 9 and first.count("<mark>") == 9 and "Sergei Shoigu" in first

    speaker = Speaker.objects.get()
    Speaker.objects.filter(pk=speaker.pk).update(name="Сергій Шойгу")
    SpeakerName.objects.filter(speaker=speaker).delete()
    assert results_markup(client, "ракета").count("Сергій Шойгу") == 9
    SpeakerName.objects.create(speaker=speaker, language="en", name="S. K. Shoigu")
    assert results_markup(client, "ракета").count("S. K. Shoigu") == 9
    SpeakerRole.objects.create(speaker=speaker, title="Defence minister", start_date=datetime.date(2012, 11, 6))
    assert results_markup(client, "ракета").count("S. K. Shoigu</a>, Defence minister") == 9
    outlet = outlet_get_or_create(name="Ukrinform", domains=["ukrinform.ua"])
    Source.objects.update(outlet=outlet)  # the outlet of every source, written past the services
    indexing.rebuild()  # as the source service does after such a change
    shown = results_markup(client, "ракета")
    assert shown.count("Ukrinform") == 9
    Outlet.objects.filter(pk=outlet.pk).update(name="Укрінформ")
    assert results_markup(client, "ракета").count("Укрінформ") == 9

    # Another query marks other words: its markup is its own.
    assert results_markup(client, "летять").count("<mark>летять</mark>") == 9
    assert results_markup(client, "ракета").count("<mark>Ракети</mark>") == 9
    # The other language has its own markup (the kind of report, the dates).
    client.post(reverse("set_language"), {"language": "uk", "next": "/"})
    assert results_markup(client, "ракета").count("· Укрінформ · пряма\n") == 9


@pytest.mark.django_db(transaction=True)
def test_an_authors_draft_result_is_rendered_afresh_every_time(client, corpus, analyst):
    """Drafts renew no token: their results are never kept, so a change shows at once."""
    client.force_login(analyst)
    assert results_markup(client, "ракета").count("status-draft") == 3
    draft = Claim.objects.filter(author=analyst, status=Claim.Status.DRAFT).order_by("-said_on").first()
    claim_transition(claim=draft, to=Claim.Status.IN_REVIEW, actor=analyst)
    shown = results_markup(client, "ракета")
    assert shown.count("status-draft") == 2 and shown.count("status-in_review") == 1


@pytest.mark.django_db(transaction=True)
def test_names_and_outlets_without_published_entries_keep_the_token(corpus, analyst, editor):
    """A new speaker's names, a name of a speaker known only from drafts, an outlet no published report
    names: no published result shows them, so the kept searches stay."""
    from claims.models import SpeakerName, SpeakerRole
    from sources.models import Outlet
    from sources.services import outlet_get_or_create

    start = published_generation()
    newcomer = make_speaker("Maria Zakharova", names={"en": "Maria Zakharova", "uk": "Марія Захарова"})
    SpeakerRole.objects.create(speaker=newcomer, title="Spokeswoman")
    said(26, "Чернетка Захарової", author=analyst, speaker=newcomer)  # a draft only
    SpeakerName.objects.create(speaker=newcomer, language="ru", name="Мария Захарова")
    Outlet.objects.filter(pk=outlet_get_or_create(name="TASS", domains=["tass.ru"]).pk).update(name="ТАСС")
    assert published_generation() == start
    publish(Claim.objects.get(summary="Чернетка Захарової"), editor=editor)
    published = published_generation()
    assert published != start
    speaker_update(
        speaker=newcomer, actor=editor, name=newcomer.name, kind=newcomer.kind, wikidata_id=None, description="",
        names={"en": "Maria Zakharova", "uk": "Марія Захарова", "ru": "М. Захарова"}, aliases=[], roles=[],
    )  # fmt: skip
    assert published_generation() != published  # now a published result shows her names


@pytest.mark.django_db
def test_a_speaker_profile_version_never_comes_back_after_a_restore():
    # The speaker page caches its statistics under profile_version: a version seen before a restore that
    # came back afterwards would show the statistics of a state that no longer exists.
    speaker = make_speaker("Sergei Shoigu")

    def touched() -> int:
        indexing.speakers_touch([speaker.pk])
        return Speaker.objects.get(pk=speaker.pk).profile_version

    at_backup = touched()
    after_backup = touched()
    Speaker.objects.filter(pk=speaker.pk).update(profile_version=at_backup)  # what restoring the backup does

    after_restore = touched()
    assert after_restore not in {at_backup, after_backup}
    assert after_restore > after_backup


@pytest.mark.django_db(transaction=True)
def test_the_facet_fields_are_kept_until_an_outlet_or_topic_changes_and_never_with_an_error(client, corpus, editor):
    from claims.topics import topic_create
    from sources.services import outlet_create

    client.force_login(editor)
    url = reverse("claims:search")
    first = client.get(url, {"q": "ракета"}).content.decode()
    with CaptureQueriesContext(connection) as read:
        again = client.get(url, {"q": "ракета"}).content.decode()
    assert not any('FROM "sources_outlet"' in query["sql"] for query in read)  # the options were kept
    # What they are kept under, the published token and the outlets' and topics' latest changes: one query.
    versions = [query["sql"] for query in read if "historical" in query["sql"]]
    assert len(versions) == 1 and "historicaloutlet" in versions[0] and "historicaltopic" in versions[0]
    assert again.split('<div class="filters">')[1] == first.split('<div class="filters">')[1]
    outlet_create(actor=editor, name="Northern Courier")
    assert ">Northern Courier</option>" in client.get(url, {"q": "ракета"}).content.decode()
    topic_create(actor=editor, slug="river-dams", name_en="River dams", name_uk="Річкові греблі")
    assert ">River dams</option>" in client.get(url, {"q": "ракета"}).content.decode()
    wrong = client.get(url, {"q": "ракета", "said_after": "not a date"}).content.decode()
    assert 'name="said_after" value="not a date"' in wrong and 'aria-invalid="true"' in wrong
    assert 'aria-invalid="true"' not in client.get(url, {"q": "ракета"}).content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_publication_keeps_the_teams_facet_fields_and_renews_the_readers(client, corpus, editor):
    """The team is offered every outlet and topic, so a publication changes nothing in its facet fields;
    readers are offered the outlets of published claims only, so theirs are read again."""
    from claims.search.generations import renew_published_token

    url = reverse("claims:search")
    client.get(url, {"q": "ракета"})  # a reader's fields, kept
    client.force_login(editor)
    client.get(url, {"q": "ракета"})  # the team's, kept
    renew_published_token()  # as a publication does
    with CaptureQueriesContext(connection) as team:
        client.get(url, {"q": "ракета"})
    assert not any('FROM "sources_outlet"' in query["sql"] for query in team)
    client.logout()
    with CaptureQueriesContext(connection) as readers:
        client.get(url, {"q": "ракета"})
    assert any('FROM "sources_outlet"' in query["sql"] for query in readers)
