"""Finding speakers by any spelling: their search keys and the speaker search (reads only, so that the
search engine, the filters and the forms can use it without the speaker services)."""

from collections.abc import Iterable

from django.contrib.postgres.search import TrigramWordSimilarity
from django.db.models import Case, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.db.models.functions import Greatest

from claims.models import Speaker, SpeakerAlias, SpeakerName, SpeakerRole
from text import lemma_of_name, name_forms, name_skeleton, normalize, tokens

KEY_SEPARATOR = " | "


# --- search keys ------------------------------------------------------------------------------


def _clean_key(key: str) -> str:
    # "|" separates the keys, so it cannot occur inside one (nor in a query matched against them).
    return " ".join(key.replace("|", " ").split())


def search_keys_for(spellings: Iterable[str]) -> str:
    """The normalised form and the Latin skeleton of every spelling, without repeats, joined by " | "."""
    keys: dict[str, None] = {}
    for spelling in spellings:
        for key in (normalize(spelling), name_skeleton(spelling)):
            key = _clean_key(key)
            if key:
                keys.setdefault(key)
    return KEY_SEPARATOR.join(keys)


def speaker_refresh_search_keys(speaker: Speaker) -> Speaker:
    """Recompute `search_keys` from the canonical name and the stored names and aliases."""
    names = SpeakerName.objects.filter(speaker=speaker).order_by("language").values_list("name", flat=True)
    aliases = SpeakerAlias.objects.filter(speaker=speaker).order_by("alias").values_list("alias", flat=True)
    speaker.search_keys = search_keys_for([speaker.name, *names, *aliases])
    # An update, not save(): the keys are derived, and refreshing them is no change for the history.
    Speaker.objects.filter(pk=speaker.pk).update(search_keys=speaker.search_keys)
    return speaker


# --- reads ------------------------------------------------------------------------------------


def speaker_prefetches(prefix: str = "") -> list:
    """A speaker's names, aliases and roles, in their display order; `prefix` reaches them from a claim
    ("speaker__")."""
    return [
        Prefetch(f"{prefix}names", queryset=SpeakerName.objects.order_by("language")),
        Prefetch(f"{prefix}aliases", queryset=SpeakerAlias.objects.order_by("alias")),
        Prefetch(f"{prefix}roles", queryset=SpeakerRole.objects.order_by("start_date", "pk")),
    ]


def speakers_all() -> QuerySet[Speaker]:
    """Every speaker by canonical name, with names, aliases and roles (four queries however many)."""
    return Speaker.objects.prefetch_related(*speaker_prefetches()).order_by("name", "pk")


def _word_keys(word: str) -> set[str]:
    # An inflected Ukrainian or Russian name also gives its nominatives ("Путіна": "путін"), and every form
    # its skeleton, so "Шойгу" meets "Shoigu" and "SHOYGU".
    forms = name_forms(word)
    return {key for key in (*forms, *(name_skeleton(form) for form in forms)) if key}


def speaker_search(
    query: str, *, limit: int = 10, exclude: Speaker | None = None, among: QuerySet[Speaker] | None = None
) -> list[Speaker]:
    """Speakers one of whose names or aliases matches the query, in any script, case or inflection.

    A speaker matches when every word of the query (or one of its forms, or their skeletons) occurs in its
    search keys; failing that, when the query is close to some stretch of them by trigram word similarity
    (pg_trgm's `%>`), which catches small misspellings. Exact matches come first, then the closest.
    `among` narrows the speakers looked at (those the user may see).
    """
    words = [_word_keys(token) for token in tokens(query.replace("|", " "))]
    words = [keys for keys in words if keys]
    if not words:
        return []
    exact = Q()
    for keys in words:
        # The keys are stored normalised, so a plain (index-friendly) LIKE is already case-insensitive.
        exact &= Q.create([("search_keys__contains", key) for key in sorted(keys)], connector=Q.OR)
    normalized = _clean_key(" ".join(tokens(query)))
    nominative = " ".join(lemma_of_name(token) for token in tokens(query))
    variants = list(dict.fromkeys(v for v in (normalized, name_skeleton(query), name_skeleton(nominative)) if v))
    close = Q.create([("search_keys__trigram_word_similar", variant) for variant in variants], connector=Q.OR)
    similarities = [TrigramWordSimilarity(variant, "search_keys") for variant in variants]
    speakers = (
        (Speaker.objects.all() if among is None else among)
        .filter(exact | close)
        .annotate(
            exact=Case(When(exact, then=Value(1)), default=Value(0), output_field=IntegerField()),
            similarity=Greatest(*similarities) if len(similarities) > 1 else similarities[0],
        )
        .prefetch_related(*speaker_prefetches())
        .order_by("-exact", "-similarity", "name", "pk")
    )
    if exclude is not None:
        speakers = speakers.exclude(pk=exclude.pk)
    return list(speakers[:limit])


def speaker_duplicates(spellings: Iterable[str], *, limit: int = 5) -> list[Speaker]:
    """Speakers who already carry one of these spellings: the same name or alias once normalised, or the
    same Latin skeleton ("Sergey Shoygu" and "Sergei Shoigu"; "Сергій Шойгу"). A new speaker matching one
    is probably a duplicate."""
    wanted = {
        _clean_key(key)
        for spelling in spellings
        for key in (normalize(spelling), name_skeleton(spelling))
        if _clean_key(key)
    }
    if not wanted:
        return []
    # LIKE narrows to the few rows holding the key somewhere (index-friendly); whole keys are checked here.
    rows = Speaker.objects.filter(Q.create([("search_keys__contains", key) for key in wanted], connector=Q.OR))
    found = [
        speaker
        for speaker in rows.prefetch_related(*speaker_prefetches()).order_by("name", "pk")[: limit * 4]
        if wanted & set(speaker.search_keys.split(KEY_SEPARATOR))
    ]
    return found[:limit]
