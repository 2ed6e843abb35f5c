"""Recording a quote: span from the source, speaker, new or existing claim, translation, suggestions."""

import datetime

from django.urls import reverse

from claims.models import Claim, Quote, Translation
from claims.speakers.services import speaker_create
from tests.factories import make_claim, make_quote, make_source

UK_TEXT = '"Ви можете повністю розраховувати на всебічну підтримку Москви", - заявив Шойгу 3 лютого.'
EN_TEXT = "Shoigu told Myanmar's leadership it could “fully count on Moscow’s support” in 2026."
UK_QUOTE = "Ви можете повністю розраховувати на всебічну підтримку Москви"
EN_QUOTE = "fully count on Moscow’s support"


def shoigu():
    return speaker_create(
        name="Sergei Shoigu", names={"uk": "Сергій Шойгу", "ru": "Сергей Шойгу"}, aliases=["Shoigu", "Sergey Shoygu"]
    )


def url_for(source, fragment, **extra):
    start = source.text.index(fragment)
    params = {"start": start, "end": start + len(fragment), **extra}
    return reverse("claims:quote_new", args=[source.pk]), params


def test_quote_form_shows_the_span_in_context_and_finds_the_speaker_by_a_latin_alias(client, analyst):
    speaker = shoigu()
    source = make_source(text=UK_TEXT, published_on=datetime.date(2026, 2, 3))
    client.force_login(analyst)
    url, params = url_for(source, UK_QUOTE, speaker_q="SHOYGU")
    page = client.get(url, params).content.decode()
    assert f'<mark id="quoted-text">{UK_QUOTE}</mark>' in page
    assert f"speaker={speaker.pk}" in page


def test_new_claim_with_quote_and_translation_in_one_step(client, analyst):
    speaker = shoigu()
    source = make_source(text=UK_TEXT, published_on=datetime.date(2026, 2, 3))
    client.force_login(analyst)
    url, params = url_for(source, UK_QUOTE)
    response = client.post(url, {
        **params, "speaker": speaker.pk, "kind": "direct", "claim": "new", "summary": "Shoigu promised support",
        "said_on": "2026-02-03", "summary_language": "en", "occasion": "Visit to Naypyidaw",
        "translation_language": "en", "translation_text": "You can fully count on Moscow's support",
    })  # fmt: skip
    claim = Claim.objects.get()
    assert response.status_code == 302 and response["Location"] == claim.get_absolute_url()
    quote = claim.quotes.get()
    assert (quote.text, quote.kind, quote.created_by) == (UK_QUOTE, "direct", analyst)
    assert quote.translations.get().text == "You can fully count on Moscow's support"
    assert claim.status == Claim.Status.DRAFT and claim.author == analyst


def test_second_language_report_is_suggested_and_linked_to_the_same_claim(client, analyst):
    speaker = shoigu()
    uk_source = make_source(text=UK_TEXT, published_on=datetime.date(2026, 2, 3))
    claim = make_claim(author=analyst, speaker=speaker, summary="Shoigu: Myanmar can count on Moscow's support")
    make_quote(claim=claim, source=uk_source, fragment=UK_QUOTE)
    other = make_claim(
        author=analyst, speaker=speaker, said_on=datetime.date(2026, 2, 10), summary="Shoigu on arms exports"
    )
    en_source = make_source(text=EN_TEXT, language="en", published_on=datetime.date(2026, 2, 4))
    client.force_login(analyst)
    url, params = url_for(en_source, EN_QUOTE, speaker=speaker.pk)
    page = client.get(url, params).content.decode()
    first, second = (page.index(f'name="claim" value="{c.pk}"') for c in (claim, other))
    assert first < second  # ranked first: it shares words and names across languages
    assert UK_QUOTE[:40] in page  # shown with its quotes in their language
    response = client.post(url, {**params, "speaker": speaker.pk, "kind": "partial", "claim": claim.pk,
                                 "summary_language": "en"})  # fmt: skip
    assert response.status_code == 302
    assert sorted(claim.quotes.values_list("source__language", flat=True)) == ["en", "uk"]
    assert Claim.objects.count() == 2


def test_nothing_is_linked_or_saved_when_the_new_claim_lacks_a_summary(client, analyst):
    speaker = shoigu()
    source = make_source(text=UK_TEXT)
    client.force_login(analyst)
    url, params = url_for(source, UK_QUOTE)
    response = client.post(url, {**params, "speaker": speaker.pk, "kind": "direct", "claim": "new",
                                 "summary": "", "said_on": "", "summary_language": "en",
                                 "translation_language": "en", "translation_text": "Kept translation"})  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 400
    assert "Needed for a new claim." in page and "Kept translation" in page
    assert '<p class="chosen-speaker"><strong>Sergei Shoigu</strong>' in page  # the chosen speaker stays chosen
    assert not Claim.objects.exists() and not Quote.objects.exists() and not Translation.objects.exists()


def test_quote_form_refuses_offsets_outside_the_text(client, analyst):
    source = make_source(text=UK_TEXT)
    client.force_login(analyst)
    response = client.get(reverse("claims:quote_new", args=[source.pk]), {"start": 5, "end": 99999}, follow=True)
    assert "Select some words of the text to quote" in response.content.decode()


def test_analyst_cannot_add_a_report_to_another_analysts_draft_they_cannot_see(client, analyst, other_analyst):
    speaker = shoigu()
    theirs = make_claim(author=other_analyst, speaker=speaker)
    source = make_source(text=UK_TEXT, published_on=datetime.date(2026, 2, 3))
    client.force_login(analyst)
    url, params = url_for(source, UK_QUOTE)
    response = client.post(url, {**params, "speaker": speaker.pk, "kind": "direct", "claim": theirs.pk,
                                 "summary_language": "en"})  # fmt: skip
    assert response.status_code == 400
    assert "Choose one of the suggested claims or a new one." in response.content.decode()
    assert not Quote.objects.exists()


def test_readers_cannot_open_the_quote_form(client, db):
    source = make_source(text=UK_TEXT)
    response = client.get(reverse("claims:quote_new", args=[source.pk]), {"start": 1, "end": 5})
    assert response.status_code == 302


def test_a_speaker_id_that_is_no_speaker_is_refused_on_the_form(client, analyst):
    source = make_source(text=UK_TEXT)
    client.force_login(analyst)
    url, params = url_for(source, UK_QUOTE)
    for speaker in ("12345", "abc", "-3", "99999999999999999999999", "1.5", "²", "١٢"):
        response = client.post(url, {**params, "speaker": speaker, "kind": "direct", "claim": "new",
                                     "summary": "Kept summary", "said_on": "2026-02-03",
                                     "summary_language": "en"})  # fmt: skip
        page = response.content.decode()
        assert response.status_code == 400, speaker
        assert "Select a valid choice" in page, speaker
    assert not Claim.objects.exists() and not Quote.objects.exists()


def test_the_quote_is_found_by_the_speakers_other_names_at_once(client, analyst):
    speaker = shoigu()
    source = make_source(text=UK_TEXT)
    client.force_login(analyst)
    url, params = url_for(source, UK_QUOTE)
    client.post(url, {**params, "speaker": speaker.pk, "kind": "direct", "claim": "new", "summary": "Support",
                      "said_on": "2026-02-03", "summary_language": "en"})  # fmt: skip
    for name in ("Сергей Шойгу", "Sergey Shoygu"):
        page = client.get(reverse("claims:search"), {"q": name}).content.decode()
        assert "1 report" in page and "підтримку" in page, name


def test_an_unpublished_claim_id_answers_as_one_that_does_not_exist(client, analyst, other_analyst):
    speaker = shoigu()
    hidden = make_claim(author=other_analyst, speaker=speaker, summary="Someone else's draft")
    source = make_source(text=UK_TEXT, published_on=datetime.date(2026, 2, 3))
    client.force_login(analyst)
    url, params = url_for(source, UK_QUOTE)

    def attempt(claim_id):
        response = client.post(url, {**params, "speaker": speaker.pk, "kind": "direct", "claim": claim_id,
                                     "summary_language": "en"})  # fmt: skip
        return response.status_code, response.context["form"].errors.get_json_data()

    assert attempt(hidden.pk) == attempt(hidden.pk + 1000)
    status, errors = attempt(hidden.pk)
    assert status == 400 and errors["claim"][0]["message"] == "Choose one of the suggested claims or a new one."
    assert not Quote.objects.exists()


def test_suggestions_reuse_each_claims_words_until_a_report_of_the_speaker_changes(
    transactional_db, analyst, monkeypatch
):
    from claims import selectors
    from claims.services import translation_create

    speaker = shoigu()
    claim = make_claim(author=analyst, speaker=speaker, summary="Shoigu visited Naypyidaw")
    quote = make_quote(claim=claim, source=make_source(text=UK_TEXT, published_on=datetime.date(2026, 2, 3)),
                       fragment=UK_QUOTE)  # fmt: skip
    computed = []
    real = selectors.claim_features
    monkeypatch.setattr(selectors, "claim_features", lambda c: computed.append(c.pk) or real(c))

    def suggest():
        speaker.refresh_from_db()  # each page reads the speaker, with its profile version, anew
        [(found, points)] = selectors.statement_suggestions(
            speaker=speaker, day=datetime.date(2026, 2, 4), text=EN_QUOTE, language="en"
        )
        assert found == claim and found.quotes.all()[0].text == UK_QUOTE  # shown with its reports
        return points

    points = suggest()
    again = suggest()
    assert again == points and computed == [claim.pk]  # the claim's words are lemmatised once, then kept

    # A translation of its report shares the English words: the speaker's version changes, so it counts.
    translation_create(quote=quote, language="en", text="You can fully count on Moscow’s support", translator=analyst)
    more = suggest()
    assert more > points and computed == [claim.pk, claim.pk]
