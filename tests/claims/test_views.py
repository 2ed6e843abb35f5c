import pytest
from django.urls import reverse

from claims.models import Claim, Quote
from tests.factories import make_claim, make_quote, make_source, make_speaker, publish

SHOIGU_UK = "Ви можете повністю розраховувати на всебічну підтримку Москви"
SHOIGU_EN = "fully count on Moscow’s support, including in the international arena."


def shoigu_support(demo) -> Claim:
    return Claim.objects.get(quotes__text__startswith=SHOIGU_UK)


def test_home_lists_the_shoigu_claim_with_its_ukrainian_and_english_reports(client, demo):
    page = client.get("/").content.decode()
    claim = shoigu_support(demo)
    assert claim.get_absolute_url() in page
    assert "Sergei Shoigu" in page
    assert SHOIGU_UK in page
    assert SHOIGU_EN in page
    assert 'title="Ukrainian">uk</span>' in page and 'title="English">en</span>' in page


def test_home_shows_the_ukrainian_name_in_the_ukrainian_interface(client, demo):
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="uk").content.decode()
    assert "Сергій Шойгу" in page
    assert '<html lang="uk">' in page


def test_home_lists_only_published_claims(client, demo):
    page = client.get("/").content.decode()
    for claim in Claim.objects.exclude(status=Claim.Status.PUBLISHED):
        assert claim.get_absolute_url() not in page


def test_claim_page_shows_both_quotes_side_by_side_with_sources_kinds_and_role(client, demo):
    page = client.get(shoigu_support(demo).get_absolute_url()).content.decode()
    assert page.count('class="quote-card"') == 2
    assert SHOIGU_UK in page and SHOIGU_EN in page
    assert "UNIAN" in page and "Russia finds new ally" in page
    assert "direct" in page and "partial" in page
    assert "Secretary of the Security Council of Russia" in page  # the role on 2026-02-03, not the old one
    assert "Minister of Defence" not in page


def test_unpublished_claims_are_hidden_from_readers_and_other_analysts(client, analyst, other_analyst, editor):
    claim = make_claim(author=analyst)
    url = claim.get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(other_analyst)
    assert client.get(url).status_code == 404
    client.force_login(analyst)
    assert client.get(url).status_code == 200
    client.force_login(editor)
    assert client.get(url).status_code == 200


def test_source_page_highlights_quotes_and_escapes_the_text(client, analyst, editor):
    source = make_source(text='<script>alert(1)</script> "Ми підтримуємо", - заявив Шойгу. Кінець.')
    claim = make_claim(author=analyst)
    make_quote(claim=claim, source=source, fragment="Ми підтримуємо")
    publish(claim, editor=editor)
    page = client.get(source.get_absolute_url()).content.decode()
    assert "<mark" in page and ">Ми підтримуємо</a></mark>" in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_source_page_hides_quotes_of_unpublished_claims_from_readers(client, analyst, editor):
    source = make_source(text="Перше речення. Друге речення. Третє речення.")
    published = make_claim(author=analyst)
    make_quote(claim=published, source=source, fragment="Перше речення.")
    publish(published, editor=editor)
    draft = make_claim(author=analyst, summary="Secret draft")
    make_quote(claim=draft, source=source, fragment="Третє речення.")
    page = client.get(source.get_absolute_url()).content.decode()
    assert page.count("<mark") == 1
    assert draft.get_absolute_url() not in page
    client.force_login(editor)
    assert client.get(source.get_absolute_url()).content.decode().count("<mark") == 2


def test_overlapping_quotes_are_both_highlighted(client, analyst, editor):
    source = make_source(text="Alpha beta gamma delta.", language="en")
    first, second = make_claim(author=analyst), make_claim(author=analyst)
    make_quote(claim=first, source=source, fragment="Alpha beta gamma")
    make_quote(claim=second, source=source, fragment="gamma delta")
    publish(first, editor=editor)
    publish(second, editor=editor)
    page = client.get(source.get_absolute_url()).content.decode()
    assert page.count("<mark") == 3  # "Alpha beta ", "gamma" (both), " delta"


@pytest.mark.parametrize("claims", [1, 6])
def test_home_page_query_count_does_not_grow_with_claims(
    client, analyst, editor, django_assert_max_num_queries, claims
):
    speaker = make_speaker()
    for n in range(claims):
        source = make_source(text=f"Заява номер {n}: «Ми тут».", language="uk")
        claim = make_claim(author=analyst, speaker=speaker, summary=f"Claim {n}")
        make_quote(claim=claim, source=source, fragment="Ми тут", kind=Quote.Kind.DIRECT)
        publish(claim, editor=editor)
    with django_assert_max_num_queries(8):
        response = client.get("/")
    assert response.content.decode().count('class="claim-row"') == claims


def test_language_switcher_remembers_ukrainian(client, demo):
    response = client.post(reverse("set_language"), {"language": "uk", "next": "/"}, follow=True)
    assert "Нещодавно опубліковані заяви" in response.content.decode()
    assert "Нещодавно опубліковані заяви" in client.get("/").content.decode()


def test_private_site_sends_readers_to_login(client, demo, settings):
    settings.SITE_PUBLIC = False
    response = client.get("/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_claim_rows_show_reports_languages_outlets_and_the_authors_own_drafts(client, analyst, editor):
    speaker = make_speaker("Maria Zakharova", names={"en": "Maria Zakharova", "uk": "Марія Захарова"})
    source = make_source(text="Захарова: «Ми не визнаємо цих виборів». " + "Далі довгий текст. " * 20, language="uk")
    reported = make_claim(author=analyst, speaker=speaker, summary="Zakharova rejects the vote")
    make_quote(claim=reported, source=source, fragment="Ми не визнаємо цих виборів")
    publish(reported, editor=editor)
    make_claim(author=analyst, speaker=speaker, summary="Unreported draft")

    home = client.get("/").content.decode()
    assert '<span class="lang-badge" title="Ukrainian">uk</span>' in home
    assert '<q lang="uk">Ми не визнаємо цих виборів</q>' in home and "unknown outlet" in home
    assert 'class="speaker">Maria Zakharova</a>' in home and "Unreported draft" not in home

    client.force_login(analyst)
    client.post(reverse("set_language"), {"language": "uk", "next": "/"})
    timeline = client.get(speaker.get_absolute_url()).content.decode()
    assert timeline.count('class="claim-row"') == 2
    assert 'class="speaker">Марія Захарова</a>' in timeline
    assert f'<a href="{reported.get_absolute_url()}">Zakharova rejects the vote</a>' in timeline
    assert '<span class="lang-badge" title="' in timeline and "quote-snippets" not in timeline
    assert 'class="status status-draft"' in timeline and "немає повідомлень" in timeline.lower()
