"""Speakers: finding them by any spelling, editing names, aliases and roles, merging duplicates.

Writes follow claims.services (keyword-only arguments, one transaction, the permission checked inside, the
actor recorded in the history); reads return speakers with their names, aliases and roles prefetched.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Case, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.db.models.functions import Greatest
from django.utils.translation import gettext as _

from claims import search
from claims.models import Claim, Speaker, SpeakerAlias, SpeakerName, SpeakerRole
from claims.permissions import is_editor
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


def _speaker_prefetches() -> list:
    return [
        Prefetch("names", queryset=SpeakerName.objects.order_by("language")),
        Prefetch("aliases", queryset=SpeakerAlias.objects.order_by("alias")),
        Prefetch("roles", queryset=SpeakerRole.objects.order_by("start_date", "pk")),
    ]


def speakers_all() -> QuerySet[Speaker]:
    """Every speaker by canonical name, with names, aliases and roles (four queries however many)."""
    return Speaker.objects.prefetch_related(*_speaker_prefetches()).order_by("name", "pk")


def _word_keys(word: str) -> set[str]:
    # An inflected Ukrainian or Russian name also gives its nominatives ("Путіна": "путін"), and every form
    # its skeleton, so "Шойгу" meets "Shoigu" and "SHOYGU".
    forms = name_forms(word)
    return {key for key in (*forms, *(name_skeleton(form) for form in forms)) if key}


def speaker_search(query: str, *, limit: int = 10, exclude: Speaker | None = None) -> list[Speaker]:
    """Speakers one of whose names or aliases matches the query, in any script, case or inflection.

    A speaker matches when every word of the query (or one of its forms, or their skeletons) occurs in its
    search keys; failing that, when the query is close to some stretch of them by trigram word similarity
    (pg_trgm's `%>`), which catches small misspellings. Exact matches come first, then the closest.
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
        Speaker.objects.filter(exact | close)
        .annotate(
            exact=Case(When(exact, then=Value(1)), default=Value(0), output_field=IntegerField()),
            similarity=Greatest(*similarities) if len(similarities) > 1 else similarities[0],
        )
        .prefetch_related(*_speaker_prefetches())
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
        for speaker in rows.prefetch_related(*_speaker_prefetches()).order_by("name", "pk")[: limit * 4]
        if wanted & set(speaker.search_keys.split(KEY_SEPARATOR))
    ]
    return found[:limit]


# --- edits ------------------------------------------------------------------------------------


def _clean_roles(roles: list[dict]) -> list[dict]:
    cleaned = []
    for role in roles:
        title = (role.get("title") or "").strip()
        start, end = role.get("start_date"), role.get("end_date")
        if not title:
            raise ValidationError({"title": _("A role needs a title.")})
        if start and end and end <= start:
            raise ValidationError({"end_date": _("A role must end after it starts.")})
        cleaned.append(
            {
                "title": title,
                "organization": (role.get("organization") or "").strip(),
                "start_date": start,
                "end_date": end,
            }
        )
    return cleaned


def _role_key(title: str, organization: str, start_date: datetime.date | None, end_date: datetime.date | None) -> tuple:
    return (normalize(title).strip(), normalize(organization).strip(), start_date, end_date)


def _save(row, actor: AbstractBaseUser | None, reason: str | None = None) -> None:
    row._history_user = actor
    if reason:
        row._change_reason = reason
    row.full_clean()
    row.save()


def _delete(row, actor: AbstractBaseUser | None, reason: str | None = None) -> None:
    row._history_user = actor
    if reason:
        row._change_reason = reason
    row.delete()


def _replace_names(speaker: Speaker, names: dict[str, str], actor: AbstractBaseUser) -> None:
    wanted = {language: name.strip() for language, name in names.items() if name and name.strip()}
    existing = {entry.language: entry for entry in SpeakerName.objects.filter(speaker=speaker)}
    for language, entry in existing.items():
        if language not in wanted:
            _delete(entry, actor)
        elif entry.name != wanted[language]:
            entry.name = wanted[language]
            _save(entry, actor)
    for language, name in wanted.items():
        if language not in existing:
            _save(SpeakerName(speaker=speaker, language=language, name=name), actor)


def _replace_aliases(speaker: Speaker, aliases: list[str], actor: AbstractBaseUser) -> None:
    wanted = list(dict.fromkeys(alias.strip() for alias in aliases if alias and alias.strip()))
    existing = {entry.alias: entry for entry in SpeakerAlias.objects.filter(speaker=speaker)}
    for alias, entry in existing.items():
        if alias not in wanted:
            _delete(entry, actor)
    for alias in wanted:
        if alias not in existing:
            _save(SpeakerAlias(speaker=speaker, alias=alias), actor)


def _replace_roles(speaker: Speaker, roles: list[dict], actor: AbstractBaseUser) -> None:
    wanted = [(_role_key(**role), role) for role in roles]
    unmatched = list(wanted)
    for entry in SpeakerRole.objects.filter(speaker=speaker).order_by("pk"):
        key = _role_key(entry.title, entry.organization, entry.start_date, entry.end_date)
        match = next((pair for pair in unmatched if pair[0] == key), None)
        if match is None:
            _delete(entry, actor)
            continue
        unmatched.remove(match)
        role = match[1]
        if (entry.title, entry.organization) != (role["title"], role["organization"]):  # spelling corrected
            entry.title, entry.organization = role["title"], role["organization"]
            _save(entry, actor)
    for _key, role in unmatched:
        _save(SpeakerRole(speaker=speaker, **role), actor)


@transaction.atomic
def speaker_update(
    *,
    speaker: Speaker,
    actor: AbstractBaseUser,
    name: str,
    kind: str,
    wikidata_id: str | None,
    description: str,
    names: dict[str, str],
    aliases: list[str],
    roles: list[dict],
) -> Speaker:
    """Edit a speaker: its names per language, aliases and roles become exactly the ones given.

    Rows that stay the same are left alone, so the history shows only what really changed.
    """
    if not actor.has_perm("claims.change_speaker"):
        raise PermissionDenied(_("You may not edit speakers."))
    roles = _clean_roles(roles)
    speaker = Speaker.objects.select_for_update().get(pk=speaker.pk)
    fields = {
        "name": name.strip(),
        "kind": kind,
        "wikidata_id": (wikidata_id or "").strip() or None,
        "description": description.strip(),
    }
    if any(getattr(speaker, attr) != value for attr, value in fields.items()):
        for attr, value in fields.items():
            setattr(speaker, attr, value)
        _save(speaker, actor)
    _replace_names(speaker, names, actor)
    _replace_aliases(speaker, aliases, actor)
    _replace_roles(speaker, roles, actor)
    speaker = speaker_refresh_search_keys(speaker)
    search.index_speaker(speaker)
    return speaker


# --- merging duplicates -----------------------------------------------------------------------


@dataclass
class MergePlan:
    """What merging `source` into `target` moves; shown before the merge, returned after it."""

    source: Speaker
    target: Speaker
    claim_count: int
    names: list[SpeakerName] = field(default_factory=list)  # become target's names in languages it lacks
    aliases: list[str] = field(default_factory=list)  # spellings the target does not know yet
    roles: list[SpeakerRole] = field(default_factory=list)  # move to the target
    duplicate_roles: list[SpeakerRole] = field(default_factory=list)  # the target has them already
    wikidata_id: str | None = None  # moves when the target has none
    external_id: str | None = None  # moves when the target has none, so importers still find the speaker


def speaker_merge_plan(*, source: Speaker, target: Speaker) -> MergePlan:
    """What speaker_merge would do, computed without writing anything."""
    target_names = {entry.language for entry in SpeakerName.objects.filter(speaker=target)}
    known = {normalize(target.name)}
    known |= {normalize(n) for n in SpeakerName.objects.filter(speaker=target).values_list("name", flat=True)}
    known |= {normalize(a) for a in SpeakerAlias.objects.filter(speaker=target).values_list("alias", flat=True)}
    plan = MergePlan(
        source=source,
        target=target,
        claim_count=Claim.objects.filter(speaker=source).count(),
        wikidata_id=source.wikidata_id if source.wikidata_id and not target.wikidata_id else None,
        external_id=source.external_id if source.external_id and not target.external_id else None,
    )
    other_spellings = [source.name]
    for entry in SpeakerName.objects.filter(speaker=source).order_by("language"):
        if entry.language in target_names:
            other_spellings.append(entry.name)
        else:
            plan.names.append(entry)
            known.add(normalize(entry.name))
    other_spellings += SpeakerAlias.objects.filter(speaker=source).order_by("alias").values_list("alias", flat=True)
    for spelling in other_spellings:
        if normalize(spelling) not in known:
            plan.aliases.append(spelling)
            known.add(normalize(spelling))
    held = {
        _role_key(r.title, r.organization, r.start_date, r.end_date) for r in SpeakerRole.objects.filter(speaker=target)
    }
    for role in SpeakerRole.objects.filter(speaker=source).order_by("start_date", "pk"):
        key = _role_key(role.title, role.organization, role.start_date, role.end_date)
        (plan.duplicate_roles if key in held else plan.roles).append(role)
        held.add(key)
    return plan


@transaction.atomic
def speaker_merge(*, source: Speaker, target: Speaker, actor: AbstractBaseUser) -> MergePlan:
    """Merge a duplicate speaker into another, then delete the duplicate. Editors only.

    Every claim of `source` moves to `target` through a save, so each claim's history shows the speaker
    change, by whom, with the merge as the reason. Names in languages the target lacks become its names;
    every other name and alias becomes a target alias (no repeats); roles the target lacks move. The source
    is then deleted: its history (and the reason "merged into #N") stays in the history tables.
    """
    if not is_editor(actor):
        raise PermissionDenied(_("Only editors may merge speakers."))
    if source.pk == target.pk:
        raise ValidationError(_("A speaker cannot be merged into itself."), code="self")
    locked = {s.pk: s for s in Speaker.objects.select_for_update().filter(pk__in=[source.pk, target.pk]).order_by("pk")}
    if len(locked) != 2:
        raise ValidationError(_("One of the two speakers no longer exists."), code="gone")
    source, target = locked[source.pk], locked[target.pk]
    plan = speaker_merge_plan(source=source, target=target)
    reason = f"speaker #{source.pk} “{source.name}” merged into #{target.pk} “{target.name}”"

    for claim in Claim.objects.select_for_update().filter(speaker=source).order_by("pk"):
        claim.speaker = target
        claim.version += 1  # an edit form opened before the merge must not put the old speaker back
        claim._history_user = actor
        claim._change_reason = reason
        claim.save(update_fields=["speaker", "version", "updated_at"])

    for entry in plan.names:
        entry.speaker = target
        _save(entry, actor, reason)
    source_aliases = {entry.alias: entry for entry in SpeakerAlias.objects.filter(speaker=source)}
    for spelling in plan.aliases:
        entry = source_aliases.pop(spelling, None) or SpeakerAlias(alias=spelling)
        entry.speaker = target
        _save(entry, actor, reason)
    for role in plan.roles:
        role.speaker = target
        _save(role, actor, reason)

    # What did not move is deleted one row at a time, so each deletion is recorded with the editor.
    for model in (SpeakerName, SpeakerAlias, SpeakerRole):
        for row in model.objects.filter(speaker=source):
            _delete(row, actor, reason)
    _delete(source, actor, reason)

    changed = False
    if plan.wikidata_id:
        target.wikidata_id, changed = plan.wikidata_id, True
    if plan.external_id:
        target.external_id, changed = plan.external_id, True
    if source.description and not target.description:
        target.description, changed = source.description, True
    if changed:
        _save(target, actor, reason)
    speaker_refresh_search_keys(target)
    plan.target = target
    search.index_speaker(target)
    return plan
