"""What capture fills by itself, what it refuses as already captured, and how large a paste may be."""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse

from sources.capture import date_from_url, extract_article, split_metadata_line
from sources.models import Source

ENGLISH = (
    "Russian Security Council Secretary Sergei Shoigu met Myanmar's leader Min Aung Hlaing in Naypyidaw on "
    "Monday and thanked the country for its understanding of Russia's position.\n\n"
    "Myanmar can fully count on Moscow's support, including on the international stage, Shoigu said, "
    "according to the press service of the council.\n\n"
    "The two sides discussed security cooperation, the fight against terrorism and joint training of officers."
)


def test_date_comes_from_the_address_path():
    assert date_from_url("https://sputnikglobe.com/20260202/shoigu-1123.html") == datetime.date(2026, 2, 2)
    assert date_from_url("https://example.org/2026/02/02/shoigu/") == datetime.date(2026, 2, 2)
    assert date_from_url("https://example.org/news/123456789") is None
    assert date_from_url("https://example.org/20991231/x") is None  # no article is dated in the future


def test_a_leading_metadata_line_gives_date_and_address_and_leaves_the_text():
    metadata, text = split_metadata_line(f"date 2026-02-02 https://sputnikglobe.com/20260202/x.html\n\n{ENGLISH}")
    assert metadata.date == datetime.date(2026, 2, 2)
    assert metadata.url == "https://sputnikglobe.com/20260202/x.html"
    assert text == ENGLISH
    assert split_metadata_line(ENGLISH) == (None, ENGLISH)


def test_pasted_article_with_its_metadata_line_gets_date_outlet_and_address(client, analyst):
    client.force_login(analyst)
    client.post(
        reverse("sources:capture"),
        {"mode": "text", "text": f"date 2026-02-02 https://sputnikglobe.com/20260202/shoigu.html\n{ENGLISH}"},
    )
    source = Source.objects.get()
    assert source.published_on == datetime.date(2026, 2, 2)
    assert source.outlet.localized_name() == "Sputnik"
    assert source.url == "https://sputnikglobe.com/20260202/shoigu.html"
    assert source.text == ENGLISH


def test_a_sidebar_heading_is_not_taken_for_the_title():
    html = (
        "<html><head><title>Шойгу подякував Мʼянмі за розуміння – Гордон</title></head><body>"
        "<aside><h2 class='title'>Втрати російських окупантів</h2><p>Особовий склад: 1 000 000</p></aside>"
        "<article><div class='headline'><h1>Шойгу подякував Мʼянмі за розуміння</h1></div>"
        f"<p>{'Секретар Ради безпеки РФ Сергій Шойгу зустрівся з главою хунти Мʼянми. ' * 5}</p>"
        f"<p>{'Ви можете повністю розраховувати на підтримку Москви, заявив Шойгу. ' * 5}</p></article>"
        "<h1>Інші новини</h1></body></html>"
    )
    assert extract_article(html, url="https://gordonua.com/news/x.html").title == (
        "Шойгу подякував Мʼянмі за розуміння"
    )


def test_the_same_article_with_a_prefix_line_is_refused_with_a_link(client, analyst):
    client.force_login(analyst)
    client.post(reverse("sources:capture"), {"mode": "text", "text": ENGLISH})
    existing = Source.objects.get()
    response = client.post(
        reverse("sources:capture"),
        {"mode": "text", "text": f"Sputnik, 2 February\n{ENGLISH}", "title": "Kept title"},
    )
    page = response.content.decode()
    assert "An almost identical article is already captured." in page
    assert existing.get_absolute_url() in page
    assert 'value="Kept title"' in page
    assert Source.objects.count() == 1


def test_a_confirmed_different_article_is_captured_anyway(client, analyst):
    client.force_login(analyst)
    client.post(reverse("sources:capture"), {"mode": "text", "text": ENGLISH})
    client.post(
        reverse("sources:capture"),
        {"mode": "text", "text": f"{ENGLISH}\n\nUpdated.", "different_article": "on"},
    )
    assert Source.objects.count() == 2


def test_an_unrelated_article_is_not_taken_for_a_duplicate(client, analyst):
    client.force_login(analyst)
    client.post(reverse("sources:capture"), {"mode": "text", "text": ENGLISH})
    other = "Ukraine's foreign minister spoke with his Polish counterpart about grain transit and border queues."
    client.post(reverse("sources:capture"), {"mode": "text", "text": other})
    assert Source.objects.count() == 2


def _form_post(client, data: dict):
    """As the browser sends the capture form: urlencoded, Cyrillic percent-encoded (six bytes a letter)."""
    return client.post(reverse("sources:capture"), urlencode(data), content_type="application/x-www-form-urlencoded")


def test_a_one_megabyte_cyrillic_paste_is_captured(client, analyst):
    client.force_login(analyst)
    paragraph = "Секретар Ради безпеки Сергій Шойгу заявив про підтримку Москви у Мʼянмі. "
    text = "\n\n".join(f"{paragraph * 4} {n}" for n in range(1_000_000 // len((paragraph * 4).encode()) + 1))
    assert len(text.encode()) > 1_000_000
    assert len(urlencode({"text": text})) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE  # over the site-wide limit
    response = _form_post(client, {"mode": "text", "text": text, "title": "Big"})
    assert response.status_code == 302
    assert Source.objects.get().title == "Big"


def test_a_paste_over_five_megabytes_is_refused_and_the_rest_is_kept(client, analyst):
    client.force_login(analyst)
    response = _form_post(
        client,
        {"mode": "text", "text": "Шойгу " * 1_000_000, "title": "Kept title", "source_url": "https://unian.ua/x"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "The pasted text is larger than 5 MB" in page
    assert 'value="Kept title"' in page and 'value="https://unian.ua/x"' in page
    assert not Source.objects.exists()


def test_the_large_capture_form_still_checks_the_csrf_token(analyst):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    response = _form_post(client, {"mode": "text", "text": ENGLISH})
    assert response.status_code == 403
    assert not Source.objects.exists()
