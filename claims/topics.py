"""Writes to topics: the vocabulary claims are filed under. Editors add and rename them."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from claims.models import Claim, Quote, Topic
from claims.search import indexing


@transaction.atomic
def topic_create(*, actor: AbstractBaseUser, **fields) -> Topic:
    if not actor.has_perm("claims.add_topic"):
        raise PermissionDenied(_("You may not add topics."))
    topic = Topic(**fields)
    topic.full_clean()
    topic._history_user = actor
    topic.save()
    return topic


@transaction.atomic
def topic_update(*, topic: Topic, actor: AbstractBaseUser, **fields) -> Topic:
    if not actor.has_perm("claims.change_topic"):
        raise PermissionDenied(_("Only editors may rename or edit topics."))
    topic = Topic.objects.select_for_update().get(pk=topic.pk)
    renamed = any(fields.get(name, getattr(topic, name)) != getattr(topic, name) for name in ("name_en", "name_uk"))
    for name, value in fields.items():
        setattr(topic, name, value)
    topic.full_clean()
    topic._history_user = actor
    topic.save()
    if renamed:  # topic names are part of the search documents of its claims' quotes, and of their pages
        indexing.speakers_touch(Claim.objects.filter(topics=topic).values_list("speaker_id", flat=True))
        indexing.index_quotes(Quote.objects.filter(claim__topics=topic))
    return topic
