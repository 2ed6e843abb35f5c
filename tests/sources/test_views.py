"""The analyst's pages for sources: capture, the source page, language confirmation, quote candidates."""

from django.urls import reverse

from sources.models import Source
from tests.factories import make_claim, make_quote, make_source

ARTICLE = (
    "Київ, 3 лютого. Секретар Ради безпеки РФ Сергій Шойгу зустрівся з главою хунти.\n\n"
    '"Ви можете повністю розраховувати на всебічну підтримку Москви", - заявив Шойгу.\n\n'
    "Інші новини дня."
)


def test_capture_pasted_text_detects_the_language_and_opens_the_source(client, analyst):
    client.force_login(analyst)
    response = client.post(
        reverse("sources:capture"),
        {"mode": "text", "text": ARTICLE, "title": "Шойгу у Найпʼїдо", "language": ""},
        follow=True,
    )
    source = Source.objects.get()
    assert response.redirect_chain[-1][0] == source.get_absolute_url()
    assert source.language == "uk" and source.text == ARTICLE and source.captured_by == analyst
    page = response.content.decode()
    assert "Language detected: Ukrainian" in page
    assert 'data-quote-url="' in page


def test_capture_refuses_a_duplicate_with_a_link_to_the_existing_source(client, analyst):
    existing = make_source(text=ARTICLE)
    client.force_login(analyst)
    response = client.post(reverse("sources:capture"), {"mode": "text", "text": ARTICLE, "title": "Again"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "already captured" in page
    assert existing.get_absolute_url() in page
    assert Source.objects.count() == 1


def test_capture_with_nothing_pasted_shows_the_error_and_keeps_the_title(client, analyst):
    client.force_login(analyst)
    response = client.post(reverse("sources:capture"), {"mode": "text", "text": "   ", "title": "Kept title"})
    page = response.content.decode()
    assert "This field is required." in page
    assert 'value="Kept title"' in page
    assert not Source.objects.exists()


def test_capture_refuses_a_private_address_and_stores_nothing(client, analyst):
    client.force_login(analyst)
    response = client.post(reverse("sources:capture"), {"mode": "url", "url": "http://192.168.1.10/article"})
    page = response.content.decode()
    assert "private or local network" in page
    assert "http://192.168.1.10/article" in page
    assert not Source.objects.exists()


def test_readers_cannot_capture(client, db):
    response = client.get(reverse("sources:capture"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_source_page_offers_sentences_to_quote_from_the_keyboard(client, analyst):
    source = make_source(text=ARTICLE)
    client.force_login(analyst)
    page = client.get(source.get_absolute_url()).content.decode()
    start = ARTICLE.index('"Ви можете')
    end = ARTICLE.index("Шойгу.", start) + len("Шойгу.")
    assert f'value="{start}-{end}"' in page
    assert "source-select.js" in page


def test_confirming_the_language_changes_only_the_language(client, analyst):
    source = make_source(text="Він сказав: так.", language="ru")
    client.force_login(analyst)
    client.post(reverse("sources:language", args=[source.pk]), {"language": "uk"})
    source.refresh_from_db()
    assert source.language == "uk" and source.text == "Він сказав: так."
    assert source.history.first().history_user == analyst


def test_suggest_quotes_lists_candidates_with_accept_links(client, analyst):
    from claims.speakers.services import speaker_create

    shoigu = speaker_create(name="Sergei Shoigu", names={"uk": "Сергій Шойгу"}, aliases=["Шойгу"])
    source = make_source(text=ARTICLE)
    client.force_login(analyst)
    page = client.get(reverse("claims:source_candidates", args=[source.pk])).content.decode()
    start = ARTICLE.index("Ви можете")
    assert "Ви можете повністю розраховувати на всебічну підтримку Москви" in page
    assert f"start={start}&amp;" in page and f"speaker={shoigu.pk}" in page


def test_suggestions_leave_out_spans_already_quoted(client, analyst):
    source = make_source(text=ARTICLE)
    claim = make_claim(author=analyst)
    make_quote(claim=claim, source=source, fragment="Ви можете повністю розраховувати на всебічну підтримку Москви")
    client.force_login(analyst)
    page = client.get(reverse("claims:source_candidates", args=[source.pk])).content.decode()
    assert "Ви можете повністю розраховувати на всебічну підтримку Москви</blockquote>" not in page


def test_a_statement_quoted_with_another_span_is_marked_with_its_claim_for_those_who_see_it(
    client, analyst, other_analyst
):
    source = make_source(text=ARTICLE)
    claim = make_claim(author=analyst, summary="Shoigu promised Moscow's support")
    make_quote(claim=claim, source=source, fragment="повністю розраховувати на всебічну підтримку Москви")
    url = reverse("claims:source_candidates", args=[source.pk])
    client.force_login(analyst)
    page = client.get(url).content.decode()
    assert "Ви можете повністю розраховувати на всебічну підтримку Москви</blockquote>" in page
    assert f'Already quoted in <a href="{claim.get_absolute_url()}">Shoigu promised Moscow&#x27;s support</a>' in page
    client.force_login(other_analyst)  # another analyst's draft is not theirs to see, nor named to them
    page = client.get(url).content.decode()
    assert "Ви можете повністю розраховувати на всебічну підтримку Москви</blockquote>" in page
    assert "Already quoted" not in page and "Shoigu promised" not in page


def test_suggested_quotes_name_their_kind_in_the_interface_language(client, analyst):
    source = make_source(text=ARTICLE)
    client.force_login(analyst)
    url = reverse("claims:source_candidates", args=[source.pk])
    assert '<span class="kind">direct</span>' in client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<span class="kind">пряма</span>' in client.get(url, HTTP_ACCEPT_LANGUAGE="uk").content.decode()


def test_snapshot_is_served_as_inert_text_to_staff_only(client, analyst):
    source = make_source(text="<script>alert(1)</script> текст")
    assert client.get(reverse("sources:snapshot", args=[source.pk])).status_code == 302
    client.force_login(analyst)
    response = client.get(reverse("sources:snapshot", args=[source.pk]))
    assert response["Content-Type"].startswith("text/plain")
    assert "sandbox" in response["Content-Security-Policy"]


def test_a_statement_a_news_agency_reports_as_its_own_goes_to_the_agency_as_a_new_organisation(client, analyst):
    source = make_source(text="За даними Reuters, переговори про обмін полоненими тривають у Женеві.")
    client.force_login(analyst)
    page = client.get(reverse("claims:source_candidates", args=[source.pk])).content.decode()
    assert "переговори про обмін полоненими тривають у Женеві</blockquote>" in page
    assert "<strong>Reuters</strong>" in page and "(new organisation)" in page
    assert "Reported by a news outlet as its own information" in page
    assert "mention=Reuters&amp;speaker_kind=organization" in page
    start = source.text.index("переговори")
    form = client.get(
        reverse("claims:quote_new", args=[source.pk]),
        {"start": start, "end": len(source.text) - 1, "mention": "Reuters", "speaker_kind": "organization"},
    ).content.decode()
    # The new-speaker dialog offers the agency as an organisation, its name typed in.
    assert 'value="organization" selected' in form and 'value="Reuters"' in form
    assert "kind=organization" in form  # the speaker page without JavaScript, too


def test_an_outlet_the_team_knows_given_as_a_source_is_the_speaker_marked_as_media(client, analyst, editor):
    from sources.services import outlet_create

    source = make_source(text="За даними Northern Courier, переговори про обмін полоненими тривають.")
    client.force_login(analyst)
    url = reverse("claims:source_candidates", args=[source.pk])
    assert "Reported by a news outlet" not in client.get(url).content.decode()  # a name, read as a person's
    outlet_create(actor=editor, name="The Northern Courier")
    page = client.get(url).content.decode()
    assert "<strong>Northern Courier</strong>" in page and "Reported by a news outlet" in page
    assert "(new organisation)" in page


def test_a_fault_of_the_extractor_shows_a_message_not_an_error_page(client, analyst, monkeypatch, caplog):
    import claims.suggestions

    def broken(*args, **kwargs):
        raise TypeError("a bug of a rule")

    monkeypatch.setattr(claims.suggestions, "extract_page", broken)
    source = make_source(text=ARTICLE)
    client.force_login(analyst)
    response = client.get(reverse("claims:source_candidates", args=[source.pk]))
    assert response.status_code == 200
    assert "Quotes could not be suggested for this page" in response.content.decode()
    assert any(record.message == "quote suggestions failed" for record in caplog.records)
