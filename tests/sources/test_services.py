import pytest

from sources.models import Source, text_sha256
from sources.services import DuplicateSourceError, outlet_get_or_create, source_create


def test_source_create_stores_the_text_verbatim_with_its_hash(db):
    text = "Мʼянма і М'янма:\u00a0два апострофи.\n\nДругий абзац."
    source = source_create(text=text, language="uk", captured_by=None)
    source.refresh_from_db()
    assert source.text == text
    assert source.text_sha256 == text_sha256(text)


def test_source_create_refuses_the_same_text_or_url_twice(db):
    first = source_create(text="Same words.", language="en", captured_by=None, url="https://example.org/a")
    with pytest.raises(DuplicateSourceError) as same_text:
        source_create(text="Same words.", language="en", captured_by=None)
    assert same_text.value.existing == first
    with pytest.raises(DuplicateSourceError) as same_url:
        source_create(text="Other words.", language="en", captured_by=None, url="https://example.org/a")
    assert same_url.value.existing == first
    assert Source.objects.count() == 1


def test_outlet_get_or_create_merges_domains(db):
    first = outlet_get_or_create(name="Kyiv Post", domains=["www.kyivpost.com"])
    again = outlet_get_or_create(name="Kyiv Post", domains=["kyivpost.net"])
    assert first.pk == again.pk
    assert again.domains == ["kyivpost.com", "kyivpost.net"]
    assert list(type(first).objects.by_domain("WWW.KYIVPOST.COM")) == [first]
