"""Search: inflections, apostrophes, scripts, misspellings, cross-language, syntax, facets, visibility."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from claims.models import Claim, Quote, QuoteSearch, Speaker
from claims.search.documents import word_alternatives
from claims.search.queries import parse_query, search, visible_entries
from claims.services import claim_transition, translation_create
from claims.speakers.services import speaker_update
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish


def texts(query: str, user=None, **facets) -> set[str]:
    entries = visible_entries(user or AnonymousUser()).filter(**facets)
    return {result.quote.text[:30] for result in search(entries=entries, query=query).results}


# Results are compared by their first 30 characters.
SUPPORT_UK = "Ви можете повністю розраховувати"[:30]
GOAL_UK = "Головна мета - висловити підтримку"[:30]
SUPPORT_EN = "fully count on Moscow’s support"[:30]


@pytest.mark.parametrize("form", ["підтримку", "підтримки", "підтримка", "ПІДТРИМКОЮ"])
def test_every_inflected_ukrainian_form_finds_the_others(demo, form):
    assert {SUPPORT_UK, GOAL_UK} <= texts(form)


@pytest.mark.parametrize("form", ["М'янми", "Мʼянма", "М’янмою", "мʼянмі"])
def test_myanmar_is_found_whatever_the_apostrophe_and_case(demo, form):
    found = texts(form)
    assert GOAL_UK in found  # written М'янми with U+0027
    assert any(text.startswith("подякував Мʼянмі") for text in found)  # written with U+02BC


@pytest.mark.parametrize("name", ["Шойгу", "Shoigu", "Shoygu", "SHOIGU", "Шойгу"])
def test_a_name_in_any_script_finds_the_speaker(demo, name):
    assert {SUPPORT_UK, SUPPORT_EN, GOAL_UK} <= texts(name)


def test_a_misspelt_name_offers_did_you_mean(demo, client):
    page = search(entries=visible_entries(AnonymousUser()), query="Shoigy")
    assert page.count == 0 and page.suggestion == "Shoigu"
    html = client.get(reverse("claims:search"), {"q": "Shoigy"}).content.decode()
    assert "Did you mean" in html and "?q=Shoigu" in html


def test_an_english_word_finds_ukrainian_quotes_through_their_translation_and_back(demo):
    # "comprehensive" is in no quote: only in the English translation of the Ukrainian one (and the summary).
    assert SUPPORT_UK in texts("comprehensive")
    # "всебічну" is only in the Ukrainian quote.
    assert SUPPORT_UK in texts("всебічна")


def test_websearch_syntax_phrases_or_and_exclusion(demo):
    # The English quote, and the Ukrainian one through its English translation ("You can fully count…").
    assert texts('"fully count"') == {SUPPORT_EN, SUPPORT_UK}
    assert texts('"count fully"') == set()
    understanding, stance = 'подякував Мʼянмі за "розуміння" війни', "Shoigu also thanked Myanmar’s rulers"
    assert texts("розуміння OR stance") == {understanding[:30], stance[:30]}
    assert SUPPORT_UK not in texts("підтримку -Москви") and GOAL_UK in texts("підтримку -Москви")


def test_parse_query_quotes_lexemes_so_input_cannot_break_the_tsquery(db):
    parsed = parse_query("it's a \"test\" ' & | ! :* (")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::tsquery", [parsed.tsquery or "x"])
        assert cursor.fetchone()[0]


def test_facets_combine_with_text(demo):
    shoigu = Speaker.objects.get(name="Sergei Shoigu")
    assert texts("Myanmar", speaker_id=shoigu.pk, language="en") == {
        SUPPORT_EN,
        "Shoigu also thanked Myanmar’s rulers"[:30],
    }
    assert texts("support", language="uk", kind="direct") == {SUPPORT_UK, GOAL_UK}
    assert texts("Shoigu", said_on__lt=datetime.date(2026, 1, 1)) == set()


def test_search_page_facets_live_in_the_url(client, demo):
    shoigu = Speaker.objects.get(name="Sergei Shoigu")
    page = client.get(reverse("claims:search"), {"q": "Myanmar", "speaker": "Шойгу", "language": "en"}).content.decode()
    assert "2 reports" in page
    assert shoigu.get_absolute_url() in page
    by_role = client.get(reverse("claims:search"), {"role": "Security Council"}).content.decode()
    assert "Ви можете повністю" in by_role and "Putin" not in by_role
    old_role = client.get(reverse("claims:search"), {"role": "Minister of Defence"}).content.decode()
    assert "0 reports" in old_role  # he no longer held that role on 2026-02-03


def test_outlet_options_offer_readers_outlets_of_published_claims_and_staff_every_outlet(client, demo, editor):
    from sources.models import Outlet

    def outlet_options(response) -> list[str]:
        return [label for _value, label in response.context["filter"].form.fields["outlet"].choices][1:]

    first = client.get(reverse("claims:search"))
    published = set(
        QuoteSearch.objects.filter(status=Claim.Status.PUBLISHED).values_list("outlet__name", flat=True)
    ) - {None}
    assert outlet_options(first) == sorted(published) and published
    Outlet.objects.create(name="Aaa New Outlet", domains=["new.example"])  # published nothing yet
    again = client.get(reverse("claims:search"))
    assert outlet_options(again) == sorted(published)
    assert "Aaa New Outlet" not in again.content.decode()
    client.force_login(editor)  # staff see every outlet, a new one at once
    staff = client.get(reverse("claims:search"))
    assert outlet_options(staff)[0] == "Aaa New Outlet"
    assert 'value="published"' in staff.content.decode()


def test_readers_never_see_drafts_in_results_or_counts(client, demo, editor):
    draft = Claim.objects.get(status=Claim.Status.DRAFT, quotes__text__startswith="вони також обговорили")
    anonymous = client.get(reverse("claims:search"), {"q": "обговорили"}).content.decode()
    assert "0 reports" in anonymous and "вони також обговорили" not in anonymous
    assert "status" not in list(client.get(reverse("claims:search")).context["filter"].form.fields)
    client.force_login(editor)
    staff = client.get(reverse("claims:search"), {"q": "обговорили"}).content.decode()
    assert "1 report" in staff and draft.get_absolute_url() in staff
    drafts = client.get(reverse("claims:search"), {"status": "draft"}).content.decode()
    assert draft.get_absolute_url() in drafts


def test_analysts_also_find_their_own_drafts(analyst, editor):
    claim = make_claim(author=analyst)
    make_quote(claim=claim, source=make_source(text="Ми не відступимо, - заявив Шойгу."), fragment="Ми не відступимо")
    assert texts("відступити", user=analyst) == {"Ми не відступимо"}
    assert texts("відступити") == set()


@pytest.mark.parametrize("reports", [1, 8])
def test_search_page_query_count_does_not_grow_with_results(
    client, analyst, editor, django_assert_max_num_queries, reports
):
    speaker = make_speaker()
    for n in range(reports):
        claim = make_claim(author=analyst, speaker=speaker, summary=f"Statement {n}")
        make_quote(claim=claim, source=make_source(text=f"Заява {n}: «Ми переможемо»."), fragment="Ми переможемо")
        publish(claim, editor=editor)
    # The same bound for one result and eight (the search's own, the results' one, the token, the ETag's
    # token, the lexeme statistics, the facets' outlets and topics, the search throttle's count).
    with django_assert_max_num_queries(13):
        response = client.get(reverse("claims:search"), {"q": "переможемо"})
    assert response.content.decode().count('class="result"') == reports


def test_search_document_updates_when_a_translation_is_added(analyst, editor):
    claim = make_claim(author=analyst)
    quote = make_quote(claim=claim, source=make_source(text="Ми будемо стояти до кінця."), fragment="Ми будемо стояти")
    publish(claim, editor=editor)
    assert texts("stand") == set()
    translation_create(quote=quote, language="en", text="We will stand", translator=editor)
    assert texts("stand") == {"Ми будемо стояти"}


def test_search_document_updates_when_an_alias_is_added(analyst, editor):
    speaker = make_speaker("Dmitry Peskov")
    claim = make_claim(author=analyst, speaker=speaker)
    make_quote(claim=claim, source=make_source(text="Кремль: «Переговори тривають»."), fragment="Переговори тривають")
    publish(claim, editor=editor)
    assert texts("речник") == set()
    speaker_update(
        speaker=speaker,
        actor=editor,
        name=speaker.name,
        kind=speaker.kind,
        wikidata_id=None,
        description="",
        names={"en": "Dmitry Peskov"},
        aliases=["Кремлівський речник"],
        roles=[],
    )
    assert texts("речник") == {"Переговори тривають"}


def test_status_changes_reach_the_search_at_once(analyst, editor):
    claim = make_claim(author=analyst)
    make_quote(claim=claim, source=make_source(text="Ми готові до діалогу."), fragment="Ми готові до діалогу")
    publish(claim, editor=editor)
    assert texts("діалог") == {"Ми готові до діалогу"}
    claim_transition(claim=Claim.objects.get(pk=claim.pk), to=Claim.Status.RETRACTED, actor=editor, note="Fake")
    assert texts("діалог") == set()
    assert QuoteSearch.objects.get(quote__claim=claim).status == "retracted"
    assert Quote.objects.count() == 1


def test_speaker_page_shows_timeline_chart_outlets_and_languages(client, demo):
    shoigu = Speaker.objects.get(name="Sergei Shoigu")
    page = client.get(shoigu.get_absolute_url()).content.decode()
    assert "<svg" in page and "2026-02: 3" in page  # three published claims in February 2026
    assert "UNIAN" in page and "Ukrainian" in page and "English" in page
    assert "Minister of Defence of Russia" in page and "Secretary of the Security Council of Russia" in page
    assert "Сергій Шойгу" in page and "Сергей Шойгу" in page


@pytest.mark.parametrize("claims", [1, 7])
def test_speaker_page_query_count_does_not_grow_with_claims(
    client, analyst, editor, django_assert_max_num_queries, claims
):
    speaker = make_speaker()
    for n in range(claims):
        claim = make_claim(author=analyst, speaker=speaker, said_on=datetime.date(2025, 1 + n, 3), summary=f"S{n}")
        make_quote(claim=claim, source=make_source(text=f"Текст {n}: «Так»."), fragment="Так")
        publish(claim, editor=editor)
    with django_assert_max_num_queries(14):
        response = client.get(speaker.get_absolute_url())
    assert response.content.decode().count('class="claim-row"') == claims


def test_speaker_page_chart_follows_every_change_though_it_is_cached(
    client, analyst, editor, django_assert_max_num_queries
):
    from claims.services import claim_update

    speaker, other = make_speaker(), make_speaker("Dmitry Peskov")
    claim = make_claim(author=analyst, speaker=speaker, said_on=datetime.date(2025, 3, 3))
    make_quote(claim=claim, source=make_source(text="Текст: «Так»."), fragment="Так")
    publish(claim, editor=editor)
    assert "2025-03: 1" in client.get(speaker.get_absolute_url()).content.decode()
    # The second view of an unchanged page is served from the cache: fewer queries than the first.
    with django_assert_max_num_queries(11):
        assert "2025-03: 1" in client.get(speaker.get_absolute_url()).content.decode()

    second = make_claim(author=analyst, speaker=speaker, said_on=datetime.date(2025, 3, 9), summary="Second")
    make_quote(claim=second, source=make_source(text="Інший текст: «Ні»."), fragment="Ні")
    publish(second, editor=editor)
    assert "2025-03: 2" in client.get(speaker.get_absolute_url()).content.decode()

    # Moving a claim to another speaker changes both pages.
    claim_update(claim=second, actor=editor, expected_version=None, speaker=other)
    assert "2025-03: 1" in client.get(speaker.get_absolute_url()).content.decode()
    assert "2025-03: 1" in client.get(other.get_absolute_url()).content.decode()

    # Each audience has its own entry: a draft counts for its author and editors, never for readers.
    make_claim(author=analyst, speaker=speaker, said_on=datetime.date(2025, 4, 1), summary="Draft")
    assert "2025-04" not in client.get(speaker.get_absolute_url()).content.decode()
    for user in (analyst, editor):
        client.force_login(user)
        assert "2025-04: 1" in client.get(speaker.get_absolute_url()).content.decode()
    client.logout()
    assert "2025-04" not in client.get(speaker.get_absolute_url()).content.decode()


@pytest.mark.parametrize("probe_rows", [3, 6, 100])
@pytest.mark.parametrize("order", ["date", "relevance"])
def test_the_newest_entries_shortcut_gives_the_same_pages_and_counts(monkeypatch, analyst, editor, probe_rows, order):
    """The count and the pages are the same whether the newest entries hold the matches or not."""
    from claims.search import queries as search_module

    speaker = make_speaker()
    for day in range(1, 10):
        claim = make_claim(author=analyst, speaker=speaker, said_on=datetime.date(2025, 5, day), summary=f"S{day}")
        text = f"День {day}: «Ракети летять»." if day % 3 else f"День {day}: «Тиша»."
        make_quote(claim=claim, source=make_source(text=text), fragment=text.split("«")[1].split("»")[0])
        publish(claim, editor=editor)
    entries = visible_entries(AnonymousUser())
    # The statistics call "ракета" common, so the walk down the newest entries runs (a test database has
    # no statistics of its own); each walk's length is recorded.
    common = dict.fromkeys(word_alternatives("ракета"), 0.9)
    monkeypatch.setattr(search_module, "lexeme_statistics", lambda: (common, 1_000_000.0))
    walks: list[int] = []
    walk = search_module.newest_matches
    monkeypatch.setattr(search_module, "newest_matches", lambda *a, **kw: walks.append(kw["rows"]) or walk(*a, **kw))

    def pages(cap: int) -> list:
        monkeypatch.setattr(search_module, "COUNT_CAP", cap)
        found = []
        for number in (1, 2, 3):
            page = search(entries=entries, query="ракета", order=order, page=number, per_page=2)
            found.append(
                ([r.quote.claim.said_on.day for r in page.results], page.count, page.count_capped, page.has_next)
            )
        return found

    monkeypatch.setattr(search_module, "PROBE_ROWS", 0)  # the GIN index alone
    expected = {cap: pages(cap) for cap in (4, 100)}
    monkeypatch.setattr(search_module, "PROBE_ROWS", probe_rows)
    for cap in (4, 100):
        walks.clear()
        assert pages(cap) == expected[cap]
        assert walks and max(walks) <= probe_rows  # the walks ran, never beyond PROBE_ROWS
        if cap == 4 and probe_rows == 100 and order == "date":
            # 7 rows were planned for 5 matches and held 4: the walk went on to 10 rows, which settle "4+".
            assert walks[:2] == [7, 10]
    # Six matches (days 1, 2, 4, 5, 7, 8), newest first; "4+" when the count is capped at four.
    assert expected[100][0] == ([8, 7], 6, False, True) or order == "relevance"
    assert expected[4][0][1:] == (4, True, True)


def test_match_estimates_follow_the_words_frequencies(monkeypatch):
    from claims.search import queries as search_module

    frequencies = {"ракета": 0.3, "дрон": 0.05, "zzraketa": 0.01}
    monkeypatch.setattr(search_module, "lexeme_statistics", lambda: (frequencies, 1_000_000.0))
    share = lambda query: round(search_module.estimated_matches(parse_query(query))[0], 3)  # noqa: E731
    assert share("ракети") == 0.31  # any of its lexemes
    assert share("ракети дрони") == 0.05  # AND: the rarer
    assert share('"ракети дрони"') == 0.05  # a phrase: its rarest word
    assert share("ракети OR дрони") == 0.36  # OR: the sum
    assert share("ракети -дрони") == 0.31  # an exclusion narrows, never widens
    assert share("тиша") == 0.0  # not among the common lexemes: rare
    assert search_module.probe_plan(parse_query("тиша"), wanted=21) is None  # rare: the GIN index only
    rows, limit = search_module.probe_plan(parse_query("ракети"), wanted=21)  # common: count and page
    assert limit == search_module.COUNT_CAP + 1 and rows * 0.31 >= limit
    rows, limit = search_module.probe_plan(parse_query("ракети дрони"), wanted=21)  # rarer: the page only
    assert limit == 21 and rows * 0.05 >= limit


def test_a_result_names_the_speaker_in_the_interface_language_with_the_role_held_that_day(client, analyst, editor):
    speaker = make_speaker(
        "Sergei Shoigu",
        names={"en": "Sergei Shoigu", "uk": "Сергій Шойгу"},
        roles=[
            {"title": "Minister of Defence", "start_date": datetime.date(2012, 11, 6),
             "end_date": datetime.date(2024, 5, 12)},
            {"title": "Secretary of the Security Council", "start_date": datetime.date(2024, 5, 12)},
            {"title": "Envoy to be", "start_date": datetime.date(2027, 1, 1)},
            {"title": "Acting envoy", "start_date": datetime.date(2025, 1, 1), "end_date": datetime.date(2025, 6, 1)},
        ],
    )  # fmt: skip
    said = make_claim(author=analyst, speaker=speaker, said_on=datetime.date(2026, 2, 3))
    make_quote(claim=said, source=make_source(text="Шойгу: «Ми готові до діалогу»."), fragment="Ми готові до діалогу")
    publish(said, editor=editor)
    draft = make_claim(author=analyst, speaker=speaker, said_on=datetime.date(2020, 3, 1))
    make_quote(claim=draft, source=make_source(text="Шойгу: «Діалог можливий»."), fragment="Діалог можливий")

    page = client.get(reverse("claims:search"), {"q": "діалог"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert page.count('<li class="result">') == 1  # anonymous: the published claim only
    assert "Sergei Shoigu</a>, Secretary of the Security Council" in page
    assert "Minister of Defence" not in page and "status-draft" not in page
    assert "Envoy to be" not in page and "Acting envoy" not in page  # not yet, no longer
    assert f'href="{said.get_absolute_url()}"' in page and f'href="{speaker.get_absolute_url()}"' in page

    client.force_login(analyst)
    client.post(reverse("set_language"), {"language": "uk", "next": "/"})
    mine = client.get(reverse("claims:search"), {"q": "діалог"}).content.decode()
    assert mine.count('<li class="result">') == 2
    assert "Сергій Шойгу</a>, Secretary of the Security Council" in mine  # 2026: the Council
    assert "Сергій Шойгу</a>, Minister of Defence" in mine  # 2020: still the ministry
    assert 'class="status status-draft"' in mine and '<time datetime="2020-03-01">' in mine


def test_the_facet_fields_show_what_was_given_to_each_audience_and_language_with_errors(client, editor, demo):
    url = reverse("claims:search")

    def facets(page: str) -> str:
        return page[page.index('<div class="filters">') : page.index("</details>")]

    first = client.get(url, {"q": "Шойгу"}).content.decode()
    again = client.get(url, {"q": "Шойгу"}).content.decode()  # the fields' markup now from the cache
    assert facets(first) == facets(again) and 'name="status"' not in first  # readers have no status facet
    typed = client.get(url, {"q": "Шойгу", "speaker": 'Шойгу "><b>'}).content.decode()
    assert 'name="speaker" value="Шойгу &quot;&gt;&lt;b&gt;"' in typed and "<b>" not in typed
    assert 'name="speaker" id="id_speaker"' in client.get(url, {"q": "Шойгу"}).content.decode()  # empty again
    wrong = client.get(url, {"q": "Шойгу", "said_after": "2026-13-45"}).content.decode()
    assert "Some filters are not valid" in wrong and 'class="errorlist' in wrong and 'value="2026-13-45"' in wrong

    client.force_login(editor)
    assert 'name="status"' in client.get(url, {"q": "Шойгу"}).content.decode()  # editors filter by status
    client.post(reverse("set_language"), {"language": "uk", "next": "/"})
    assert "Мова джерела" in client.get(url, {"q": "Шойгу"}).content.decode()


def test_a_word_too_long_for_the_index_is_quoted_indexed_and_found(client, analyst, editor):
    """A pasted run of 5,000 letters is longer than PostgreSQL indexes: the quote is still recorded, its
    entry written (with the word cut), and a search for its other words finds it."""
    word = "а" * 2500 + "б" * 2500
    source = make_source(text=f"Шойгу заявив: «{word} підтримка».")
    claim = make_claim(author=analyst, summary="A very long word")
    quote = make_quote(claim=claim, source=source, fragment=f"{word} підтримка", actor=analyst)
    publish(claim, editor=editor)
    assert QuoteSearch.objects.filter(quote=quote).exists()
    assert client.get(reverse("claims:search"), {"q": word}).status_code == 200
    assert "1 report" in client.get(reverse("claims:search"), {"q": "підтримка"}).content.decode()
