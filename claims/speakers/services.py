"""Speakers' writes: creating them, editing names, aliases and roles, merging duplicates (finding them by any
spelling is claims.speakers.search).

Writes follow claims.services (keyword-only arguments, one transaction, the permission checked inside, the
actor recorded in the history); reads return speakers with their names, aliases and roles prefetched.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from claims.models import Claim, Speaker, SpeakerAlias, SpeakerName, SpeakerRole
from claims.permissions import is_editor
from claims.search import indexing
from claims.speakers.search import speaker_refresh_search_keys
from text import normalize

# --- creation -------------------------------------------------------------------------------


@transaction.atomic
def speaker_create(
    *,
    name: str,
    kind: str = Speaker.Kind.PERSON,
    names: dict[str, str] | None = None,
    aliases: list[str] | None = None,
    roles: list[dict] | None = None,
    wikidata_id: str | None = None,
    description: str = "",
    external_id: str | None = None,
    actor: AbstractBaseUser | None = None,
) -> Speaker:
    speaker = Speaker(
        name=name, kind=kind, wikidata_id=wikidata_id or None, description=description, external_id=external_id
    )
    speaker.full_clean()
    speaker._history_user = actor
    speaker.save()
    for language, localized in (names or {}).items():
        SpeakerName.objects.create(speaker=speaker, language=language, name=localized)
    for alias in dict.fromkeys(aliases or []):
        SpeakerAlias.objects.create(speaker=speaker, alias=alias)
    for role in roles or []:
        speaker_role_add(speaker=speaker, **role)
    speaker_refresh_search_keys(speaker)
    return speaker


def speaker_role_add(
    *,
    speaker: Speaker,
    title: str,
    organization: str = "",
    start_date: datetime.date | None = None,
    end_date: datetime.date | None = None,
) -> SpeakerRole:
    role = SpeakerRole(
        speaker=speaker, title=title, organization=organization, start_date=start_date, end_date=end_date
    )
    role.full_clean()
    role.save()
    indexing.speakers_touch({speaker.pk})  # the role shows on the pages of their claims said while in it
    return role


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
    indexing.index_speaker(speaker)
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
    indexing.index_speaker(target)
    return plan
