"""A new speaker who is probably one already known: warned, linked, added only when confirmed."""

import datetime
import json

from django.urls import reverse

from claims.models import Claim, Speaker
from tests.factories import make_source, make_speaker


def _new_speaker_post(name: str, **extra) -> dict:
    data = {
        "name": name,
        "kind": "person",
        "names-TOTAL_FORMS": "0",
        "names-INITIAL_FORMS": "0",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
        "roles-TOTAL_FORMS": "0",
        "roles-INITIAL_FORMS": "0",
    }
    data.update(extra)
    return data


def test_a_second_shoigu_by_another_spelling_is_warned_with_a_link(client, analyst):
    shoigu = make_speaker("Sergei Shoigu", aliases=["Sergey Shoygu"])
    client.force_login(analyst)
    for spelling in ("Sergei Shoigu", "Sergey Shoygu", "Сергей Шойгу"):
        response = client.post(reverse("claims:speaker_new"), _new_speaker_post(spelling))
        page = response.content.decode()
        assert response.status_code == 400, spelling
        assert "A speaker with this name or spelling already exists." in page
        assert shoigu.get_absolute_url() in page
    assert Speaker.objects.count() == 1


def test_a_confirmed_namesake_is_added(client, analyst):
    make_speaker("Sergei Shoigu")
    client.force_login(analyst)
    response = client.post(reverse("claims:speaker_new"), _new_speaker_post("Sergei Shoigu", confirm_duplicate="on"))
    assert response.status_code == 302
    assert Speaker.objects.filter(name="Sergei Shoigu").count() == 2


def test_a_different_name_is_added_without_a_warning(client, analyst):
    make_speaker("Sergei Shoigu")
    client.force_login(analyst)
    response = client.post(reverse("claims:speaker_new"), _new_speaker_post("Min Aung Hlaing"))
    assert response.status_code == 302


def test_the_speaker_page_from_the_quote_form_comes_back_to_it_with_the_speaker_chosen(client, analyst):
    source = make_source(text="Мін Аунг Хлайн подякував Росії за підтримку.")
    quote_form = reverse("claims:quote_new", args=[source.pk]) + "?start=0&end=14&kind=indirect&speaker_q=Hlaing"
    client.force_login(analyst)
    page = client.get(quote_form).content.decode()
    assert "Add a new speaker" in page and 'id="speaker-dialog"' in page
    form_page = client.get(reverse("claims:speaker_new"), {"name": "Min Aung Hlaing", "next": quote_form})
    assert 'value="Min Aung Hlaing"' in form_page.content.decode()
    response = client.post(reverse("claims:speaker_new"), _new_speaker_post("Min Aung Hlaing", next=quote_form))
    speaker = Speaker.objects.get(name="Min Aung Hlaing")
    assert response.status_code == 302
    assert response["Location"] == f"{quote_form}&speaker={speaker.pk}"
    back = client.get(response["Location"]).content.decode()
    assert "Min Aung Hlaing" in back and 'name="start" value="0"' in back and 'value="indirect" selected' in back


def test_the_dialog_gets_json_and_a_duplicate_warning(client, analyst):
    make_speaker("Sergei Shoigu")
    client.force_login(analyst)
    url = reverse("claims:speaker_new")
    headers = {"Accept": "application/json"}
    refused = client.post(url, {"quick": "1", "name": "Sergey Shoygu", "kind": "person"}, headers=headers)
    assert refused.status_code == 400
    body = json.loads(refused.content)
    assert body["duplicates"][0]["name"] == "Sergei Shoigu"
    created = client.post(
        url, {"quick": "1", "name": "Min Aung Hlaing", "kind": "person", "next": "/sources/1/quote/?start=0&end=5"},
        headers=headers,
    )  # fmt: skip
    speaker = Speaker.objects.get(name="Min Aung Hlaing")
    assert json.loads(created.content)["url"] == f"/sources/1/quote/?start=0&end=5&speaker={speaker.pk}"


def test_the_dialog_refuses_an_outside_address_to_return_to(client, analyst):
    client.force_login(analyst)
    response = client.post(
        reverse("claims:speaker_new"),
        {"quick": "1", "name": "Min Aung Hlaing", "kind": "person", "next": "https://evil.example/"},
        headers={"Accept": "application/json"},
    )
    assert "evil.example" not in json.loads(response.content)["url"]


def test_a_date_said_after_the_publication_is_refused_with_both_dates(client, analyst):
    source = make_source(text="Шойгу заявив про підтримку Москви.", published_on=datetime.date(2026, 2, 2))
    speaker = make_speaker("Sergei Shoigu")
    client.force_login(analyst)
    response = client.post(
        reverse("claims:quote_new", args=[source.pk]),
        {
            "start": 0,
            "end": 6,
            "speaker": speaker.pk,
            "kind": "indirect",
            "claim": "new",
            "said_on": "2026-02-05",
            "summary": "Shoigu on support",
            "summary_language": "en",
            "occasion": "",
            "translation_language": "",
            "translation_text": "",
        },
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "The date said (Feb. 5, 2026) is after the article" in page and "(Feb. 2, 2026)" in page
    assert not Claim.objects.exists()
