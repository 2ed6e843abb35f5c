"""object_url gives what reverse() gives, under any script prefix."""

import pytest
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix

from config.urlcache import object_url


@pytest.mark.parametrize("prefix", ["/", "/tracker/", "/918/"])
@pytest.mark.parametrize("name", ["claims:detail", "claims:speaker", "sources:detail"])
def test_object_urls_are_those_reverse_gives(name, prefix):
    set_script_prefix(prefix)
    try:
        for pk in (1, 7, 918, 918273645, 10**12):
            assert object_url(name, pk) == reverse(name, args=[pk])
    finally:
        clear_script_prefix()


def test_urls_that_take_no_id_are_refused():
    with pytest.raises(NoReverseMatch):
        object_url("claims:search", 1)
