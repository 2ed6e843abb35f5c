import datetime

import pytest
from django.core.exceptions import ValidationError

from sources.capture import canonical_url, extract_article
from sources.fetch import FetchError
from sources.models import Outlet, Source
from sources.services import (
    DuplicateSourceError,
    outlet_for_url,
    outlet_get_or_create,
    source_capture_html,
    source_capture_text,
    source_capture_url,
)
from tests.sources import SiteHandler, loopback_site

QUOTE_EN = "“fully count on Moscow’s support, including in the international arena.”"

ENGLISH_PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Russia finds new ally: Military cooperation deal is already signed | Example News</title>
<meta property="og:title" content="Russia finds new ally: Military cooperation deal is already signed">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2026-02-04T09:30:00+02:00">
</head><body>
<header><nav><ul><li><a href="/">Homepage</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Russia finds new ally: Military cooperation deal is already signed</h1>
<p>Moscow is looking further afield to secure political and military partners.</p>
<div class="related"><h3>Others are reading now</h3>
<ul><li><a href="/a">Ten things about cats</a></li><li><a href="/b">A celebrity wedding</a></li></ul></div>
<p>Russia has signed a new military cooperation agreement with Myanmar, strengthening ties with the
isolated Southeast Asian nation, according to Bloomberg.</p>
<p>The agreement was concluded during a visit by Russian Security Council Secretary Sergei Shoigu, the most
senior foreign official to travel to Myanmar since elections widely rejected by the United Nations.</p>
<p>Also read</p>
<p>During the visit, Shoigu told Myanmar’s leadership that the country could {QUOTE_EN}</p>
<p>Also read: Ten things about cats</p>
<p>Unlike most Western governments, both Moscow and Beijing recognised Myanmar’s recent elections and
expressed support for the junta.</p>
<p>Sources: Bloomberg, LA.lv</p>
<div class="ads">Ads by MGDK</div>
</article></main>
<footer><p>© 2026 Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""

UKRAINIAN_PAGE = """<!doctype html>
<html lang="uk"><head><meta charset="utf-8"><title>Шойгу в Мʼянмі: Росія посилює військові звʼязки</title></head>
<body><nav><a href="/">Головна</a> <a href="/world">Світ</a></nav>
<article><h1>Шойгу в Мʼянмі: Росія посилює військові звʼязки</h1>
<p>На цьому тижні Росія та Мʼянма посилили військові звʼязки під час візиту головного радника президента РФ
Володимира Путіна з питань безпеки до цієї країни, передає Bloomberg.</p>
<p>Читайте також: Путін прийняв главу хунти в Москві</p>
<p>Як повідомили росЗМІ, секретар Ради безпеки РФ Сергій Шойгу став першим іноземним чиновником, який відвідав
країну після завершення голосування минулого місяця.</p>
<p>Відео дня</p>
<p>"Ви можете повністю розраховувати на всебічну підтримку Москви, в тому числі на міжнародній арені", - заявив
Шойгу.</p>
<p>Крім того, заступник міністра оборони Росії Василь Осмаков і міністр оборони М'янми підписали угоду про
військове співробітництво на чотири роки.</p>
</article><footer>© УНІАН</footer></body></html>"""


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.Unian.UA:443/news/123/?utm_source=fb&b=2&a=1#comments", "https://www.unian.ua/news/123?a=1&b=2"),
        ("http://example.org:80", "http://example.org/"),
        ("http://example.org/", "http://example.org/"),
        ("http://example.org:8080/a/", "http://example.org:8080/a"),
        ("https://example.org/a?fbclid=x&gclid=y&yclid=z&mc_cid=1&mc_eid=2&igshid=3", "https://example.org/a"),
        ("https://example.org/a?ref=tw&ref_src=twsrc&_ga=1.2&UTM_Medium=social&id=7", "https://example.org/a?id=7"),
        ("https://example.org/a?z=1&a=2&a=1", "https://example.org/a?a=2&a=1&z=1"),
        ("https://user:secret@example.org/a", "https://example.org/a"),
        ("https://example.org/%7euser/a%2fb", "https://example.org/~user/a%2Fb"),
        ("  https://example.org/a#top  ", "https://example.org/a"),
    ],
)
def test_canonical_url_gives_one_spelling_per_article(url, canonical):
    assert canonical_url(url) == canonical


def test_canonical_url_spells_unicode_and_punycode_hosts_and_paths_alike():
    unicode_form = canonical_url("https://Приклад.укр/новини/")
    punycode_form = canonical_url("https://xn--80aikifvh.xn--j1amh/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8")
    assert unicode_form == punycode_form == "https://xn--80aikifvh.xn--j1amh/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8"


def test_extract_article_keeps_the_story_and_drops_page_furniture():
    article = extract_article(ENGLISH_PAGE, url="https://example.org/world/ally")
    for furniture in (
        "Homepage",
        "Sport",
        "Others are reading now",
        "Ten things about cats",
        "celebrity",
        "Also read",
        "Ads by",
        "All rights reserved",
        "Privacy policy",
    ):
        assert furniture not in article.text
    assert f"Shoigu told Myanmar’s leadership that the country could {QUOTE_EN}" in article.text
    assert "Sources: Bloomberg, LA.lv" in article.text
    assert article.title == "Russia finds new ally: Military cooperation deal is already signed"
    assert article.author == "Jane Roe"
    assert article.date == datetime.date(2026, 2, 4)
    assert article.language == "en"


def test_extract_article_separates_paragraphs_with_blank_lines():
    paragraphs = extract_article(ENGLISH_PAGE).text.split("\n\n")
    assert paragraphs[0] == "Moscow is looking further afield to secure political and military partners."
    assert paragraphs[-1] == "Sources: Bloomberg, LA.lv"
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)


def test_extract_article_drops_ukrainian_furniture_and_detects_ukrainian():
    article = extract_article(UKRAINIAN_PAGE)
    assert "Читайте також" not in article.text
    assert "Відео дня" not in article.text
    assert "Головна" not in article.text
    assert (
        '"Ви можете повністю розраховувати на всебічну підтримку Москви, в тому числі на міжнародній арені", - заявив'
        in article.text
    )
    assert "Мʼянма" in article.text and "М'янми" in article.text  # both apostrophes kept as written
    assert article.date is None
    assert article.language == "uk"


SCRIPT_ONLY_PAGE = "<html><head><title>Loading…</title></head><body><div id='app'></div><script>go()</script></body>"


def test_extract_article_of_a_page_without_text_is_empty():
    article = extract_article(SCRIPT_ONLY_PAGE)
    assert article.text == ""
    assert article.language == ""


def test_outlet_for_url_matches_subdomains_to_the_registered_outlet(db):
    kyiv_post = outlet_get_or_create(name="Kyiv Post", domains=["kyivpost.com"])
    before = Outlet.objects.count()
    assert outlet_for_url("https://www.kyivpost.com/world/1") == kyiv_post
    assert outlet_for_url("https://news.kyivpost.com/world/1") == kyiv_post
    assert outlet_for_url("https://KYIVPOST.com/") == kyiv_post
    assert Outlet.objects.count() == before


def test_outlet_for_url_creates_an_outlet_named_by_the_domain(db):
    outlet = outlet_for_url("https://www.news.az/news/putin-receives-min-aung-hlaing")
    assert outlet.name == "news.az"
    assert outlet.domains == ["news.az"]
    assert outlet_for_url("https://sport.news.az/x") == outlet
    assert outlet_for_url(None) is None


def test_source_capture_html_stores_text_title_language_and_outlet(analyst):
    unian = outlet_get_or_create(name="UNIAN", domains=["unian.ua"])
    source = source_capture_html(
        html=UKRAINIAN_PAGE, captured_by=analyst, url="https://www.unian.ua/world/shoigu.html?utm_source=tg"
    )
    source.refresh_from_db()
    assert source.url == "https://www.unian.ua/world/shoigu.html"
    assert source.outlet == unian
    assert source.language == "uk"
    assert source.title == "Шойгу в Мʼянмі: Росія посилює військові звʼязки"
    assert source.text.startswith("На цьому тижні Росія та Мʼянма")
    assert "Читайте також" not in source.text
    assert source.raw_html == UKRAINIAN_PAGE
    assert source.captured_by == analyst


def test_source_capture_html_keeps_a_language_the_analyst_chose(analyst):
    source = source_capture_html(html=UKRAINIAN_PAGE, captured_by=analyst, language="ru")
    assert source.language == "ru"
    assert source.url is None
    assert source.outlet is None


@pytest.mark.parametrize(
    "variant",
    [
        "https://example.org/world/ally?utm_source=twitter&utm_medium=social",
        "https://example.org/world/ally#comments",
        "https://example.org/world/ally/",
        "HTTPS://Example.ORG/world/ally",
        "https://example.org:443/world/ally?fbclid=abc",
    ],
)
def test_source_capture_html_refuses_the_same_url_in_another_spelling(analyst, variant):
    first = source_capture_html(html=ENGLISH_PAGE, captured_by=analyst, url="https://example.org/world/ally")
    updated = ENGLISH_PAGE.replace("Sources: Bloomberg", "Updated. Sources: Bloomberg")
    with pytest.raises(DuplicateSourceError) as caught:
        source_capture_html(html=updated, captured_by=analyst, url=variant)
    assert caught.value.existing == first
    assert Source.objects.count() == 1


def test_source_capture_refuses_the_same_text_under_another_url_or_pasted(analyst):
    first = source_capture_html(html=ENGLISH_PAGE, captured_by=analyst, url="https://example.org/world/ally")
    with pytest.raises(DuplicateSourceError) as elsewhere:
        source_capture_html(html=ENGLISH_PAGE, captured_by=analyst, url="https://mirror.example.net/ally")
    assert elsewhere.value.existing == first
    with pytest.raises(DuplicateSourceError) as pasted:
        source_capture_text(text=first.text, captured_by=analyst)
    assert pasted.value.existing == first
    assert Source.objects.count() == 1
    assert not Outlet.objects.filter(name="example.net").exists()


def test_source_capture_html_refuses_a_page_without_article_text(analyst):
    with pytest.raises(ValidationError) as caught:
        source_capture_html(html=SCRIPT_ONLY_PAGE, captured_by=analyst, url="https://example.org/app")
    assert "text" in caught.value.message_dict
    assert not Source.objects.exists()
    assert not Outlet.objects.filter(domains__contains=["example.org"]).exists()


def test_source_capture_text_stores_pasted_text_verbatim(analyst):
    text = "Шойгу заявив, що Мʼянма може розраховувати на підтримку Москви.\n\nДругий\u00a0абзац про М'янму."
    source = source_capture_text(
        text=f"\n  {text}\n", captured_by=analyst, title="Шойгу в Мʼянмі", url="https://news.unian.ua/x/?ref=tg"
    )
    source.refresh_from_db()
    assert source.text == text
    assert source.language == "uk"
    assert source.url == "https://news.unian.ua/x"
    assert str(source.outlet) == "UNIAN"  # the curated outlet, shown in the interface language
    assert source.outlet.localized_name("uk") == "УНІАН"
    assert source.raw_html == ""


class Handler(SiteHandler):
    def do_GET(self):
        self.server.hits.append(self.path)
        if self.path.startswith("/old"):
            self.send(301, b"", headers=[("Location", "/world/ally/?utm_source=rss")])
            return
        found = self.path.startswith("/world/ally")
        body = ENGLISH_PAGE.encode() if found else b"<h1>Not found</h1>"
        self.send(200 if found else 404, body, "text/html; charset=utf-8")


@pytest.fixture
def site(settings):
    with loopback_site(settings, Handler) as httpd:
        yield httpd


def test_source_capture_url_stores_the_article_under_its_final_canonical_url(analyst, site):
    source = source_capture_url(url=site.base + "/old?utm_campaign=x", captured_by=analyst)
    assert source.url == site.base + "/world/ally"
    assert f"the country could {QUOTE_EN}" in source.text
    assert source.language == "en"
    assert source.raw_html == ENGLISH_PAGE
    assert source.outlet.name == "127.0.0.1"


def test_source_capture_url_refuses_a_captured_url_without_fetching_it_again(analyst, site):
    first = source_capture_url(url=site.base + "/world/ally", captured_by=analyst)
    hits = len(site.hits)
    with pytest.raises(DuplicateSourceError) as caught:
        source_capture_url(url=site.base + "/world/ally/?utm_source=newsletter#top", captured_by=analyst)
    assert caught.value.existing == first
    assert len(site.hits) == hits


def test_source_capture_url_stores_nothing_when_the_fetch_fails(analyst, site):
    sources, outlets = Source.objects.count(), Outlet.objects.count()
    with pytest.raises(FetchError) as missing:
        source_capture_url(url=site.base + "/gone", captured_by=analyst)
    assert missing.value.code == "http_status"
    with pytest.raises(FetchError) as private:
        source_capture_url(url="http://192.168.1.1/article", captured_by=analyst)
    assert private.value.code == "refused_address"
    assert (Source.objects.count(), Outlet.objects.count()) == (sources, outlets)


def test_html_with_no_article_text_shows_the_error_by_the_html_box(client, analyst):
    client.force_login(analyst)
    page = "<html><head><title>Empty</title></head><body><nav>Menu</nav><script>x()</script></body></html>"

    response = client.post("/sources/capture/", {"mode": "html", "html": page, "language": ""})

    assert response.status_code == 200
    assert response.context["form"].errors["html"] == ["No article text was found on this page."]
    assert "No article text was found on this page." in response.content.decode()
    assert not Source.objects.exists()
