"""Demo data from the corpus in demo/: outlets, the three articles, speakers, claims, users.

Idempotent: every record is found by a natural key (name, slug, username) or a `demo:` external id,
so loading twice leaves the same rows. Claims reach their workflow state through claim_transition,
as they would in use, so each has its review events.
"""

import datetime
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from claims.models import Claim, Quote, Speaker, Topic
from claims.notifications import notifications_suppressed
from claims.permissions import ADMIN, ANALYST, EDITOR, roles_ensure
from claims.search import indexing
from claims.services import claim_create, claim_transition, quote_create, translation_create
from claims.speakers.services import speaker_create
from sources.models import Outlet, Source
from sources.services import outlet_get_or_create, source_create

DEMO_DIR = Path(settings.BASE_DIR) / "demo"
Status = Claim.Status

# The path through the workflow to each demo state: (to, who acts, note).
WORKFLOW_PATHS = {
    Status.DRAFT: [],
    Status.IN_REVIEW: [(Status.IN_REVIEW, "author", "")],
    Status.PUBLISHED: [(Status.IN_REVIEW, "author", ""), (Status.PUBLISHED, "editor", "")],
    Status.CHANGES_REQUESTED: [(Status.IN_REVIEW, "author", ""), (Status.CHANGES_REQUESTED, "editor", "{note}")],
    Status.REJECTED: [(Status.IN_REVIEW, "author", ""), (Status.REJECTED, "editor", "{note}")],
    Status.RETRACTED: [
        (Status.IN_REVIEW, "author", ""),
        (Status.PUBLISHED, "editor", ""),
        (Status.RETRACTED, "editor", "{note}"),
    ],
}

DEMO_USERS = [
    # username, groups, staff, superuser
    ("analyst", [ANALYST], False, False),
    ("editor", [EDITOR], True, False),
    ("admin", [ADMIN, EDITOR], True, True),
]


@dataclass
class DemoReport:
    created: dict[str, int] = field(default_factory=dict)
    credentials: list[tuple[str, str | None]] = field(default_factory=list)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _read_credentials(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    pairs = (line.split(":", 1) for line in path.read_text().splitlines() if ":" in line)
    return {name.strip(): password.strip() for name, password in pairs}


def _write_credentials(path: Path, credentials: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{name}: {password}\n" for name, password in credentials.items()))
    path.chmod(0o600)


def users_ensure(report: DemoReport, credentials_file: Path | None) -> dict[str, object]:
    """Demo users with random passwords, kept in a git-ignored file so they can be shown again."""
    groups = roles_ensure()
    known = _read_credentials(credentials_file) if credentials_file else {}
    User = get_user_model()
    users = {}
    for username, group_names, staff, superuser in DEMO_USERS:
        user, created = User.objects.get_or_create(username=username, defaults={"is_staff": staff})
        password = known.get(username)
        if created or (credentials_file and password is None):
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            known[username] = password
        elif password and not user.check_password(password):
            user.set_password(password)  # keep what is printed true
        if created:
            report.count("users")
        user.is_staff, user.is_superuser = staff, superuser
        user.email = user.email or f"{username}@example.org"
        user.save()
        user.groups.add(*(groups[name] for name in group_names))
        users[username] = user
        report.credentials.append((username, password))
    if credentials_file:
        _write_credentials(credentials_file, known)
    return users


def load_demo(
    *, credentials_file: Path | None = None, progress: Callable[[int, int], None] | None = None
) -> DemoReport:
    """Load the demo data; `progress(done, total)` follows the demo claims."""
    with notifications_suppressed(), transaction.atomic(), indexing.deferred_indexing():
        return _load_demo(credentials_file, progress or (lambda done, total: None))


def _load_demo(credentials_file: Path | None, progress: Callable[[int, int], None]) -> DemoReport:
    report = DemoReport()
    corpus = DEMO_DIR / "corpus"
    manifest = json.loads((corpus / "manifest.json").read_text())
    gold = json.loads((corpus / "gold.json").read_text())
    extra = json.loads((DEMO_DIR / "demo.json").read_text())
    users = users_ensure(report, credentials_file)
    analyst, editor = users["analyst"], users["editor"]

    outlets = {}
    for spec in extra["outlets"]:
        existed = Outlet.objects.filter(name=spec["name"]).exists()
        outlets[spec["name"]] = outlet_get_or_create(**spec)
        if not existed:
            report.count("outlets")

    sources: dict[str, Source] = {}
    for article in manifest["articles"]:
        key = f"demo:source:{article['file']}"
        source = Source.objects.filter(external_id=key).first()
        if source is None:
            meta = extra["sources"].get(article["file"], {})
            source = source_create(
                text=(corpus / article["file"]).read_text(encoding="utf-8"),
                language=article["language"],
                title=article["title"] or meta.get("title", ""),
                url=article["url"],
                outlet=outlets.get(article["outlet"]) if article["outlet"] else None,
                published_on=_date(article["published"]),
                captured_by=analyst,
                external_id=key,
            )
            report.count("sources")
        sources[article["file"]] = source

    speakers: dict[str, Speaker] = {}
    statements = {statement["id"]: statement for statement in gold["statements"]}
    # The speakers of the demo's claims: the gold file also lists the outlets it cites as sources.
    quoted = {statements[statement_id]["speaker"] for spec in extra["claims"] for statement_id in spec["statements"]}
    for spec in gold["speakers"]:
        if spec["key"] not in quoted:
            continue
        key = f"demo:speaker:{spec['key']}"
        more = extra["speakers"].get(spec["key"], {})
        speaker = Speaker.objects.filter(external_id=key).first()
        if speaker is None and more.get("wikidata_id"):
            # Already known under its Wikidata ID (entered by hand or imported): use that entry.
            speaker = Speaker.objects.filter(wikidata_id=more["wikidata_id"]).first()
        if speaker is None:
            speaker = speaker_create(
                name=spec["names"]["en"],
                kind=spec["kind"],
                names={**spec["names"], **more.get("names", {})},
                aliases=spec["aliases"],
                wikidata_id=more.get("wikidata_id"),
                external_id=key,
                roles=[
                    {**role, "start_date": _date(role.get("start_date")), "end_date": _date(role.get("end_date"))}
                    for role in more.get("roles", [])
                ],
            )
            report.count("speakers")
        speakers[spec["key"]] = speaker

    topics = {}
    for spec in extra["topics"]:
        topics[spec["slug"]], created = Topic.objects.get_or_create(slug=spec["slug"], defaults=spec)
        if created:
            report.count("topics")

    for done, spec in enumerate(extra["claims"], start=1):
        progress(done, len(extra["claims"]))
        key = f"demo:claim:{spec['key']}"
        if Claim.objects.filter(external_id=key).exists():
            continue
        first = statements[spec["statements"][0]]
        claim = claim_create(
            speaker=speakers[first["speaker"]],
            said_on=_date(spec["said_on"]),
            summary=spec["summary"],
            summary_language=spec["summary_language"],
            occasion=spec.get("occasion", ""),
            author=analyst,
            topics=[topics[slug] for slug in spec.get("topics", [])],
            external_id=key,
        )
        report.count("claims")
        for statement_id in spec["statements"]:
            statement = statements[statement_id]
            source = sources[statement["file"]]
            start = source.text.index(statement["text"])
            quote = quote_create(
                claim=claim,
                source=source,
                start=start,
                end=start + len(statement["text"]),
                text=statement["text"],
                kind=statement["kind"],
                actor=analyst,
                external_id=f"demo:quote:{statement_id}",
            )
            report.count("quotes")
            for language, text in spec.get("quote_translations", {}).get(statement_id, {}).items():
                translation_create(quote=quote, language=language, text=text, translator=analyst)
                report.count("translations")
        for language, text in spec.get("summary_translations", {}).items():
            translation_create(claim=claim, language=language, text=text, translator=analyst)
            report.count("translations")
        for to, who, note in WORKFLOW_PATHS[spec["status"]]:
            actor = analyst if who == "author" else editor
            claim = claim_transition(
                claim=claim, to=to, actor=actor, note=note.format(note=spec.get("review_note", ""))
            )
    return report


def demo_counts() -> dict[str, int]:
    return {
        "outlets": Outlet.objects.count(),
        "sources": Source.objects.count(),
        "speakers": Speaker.objects.count(),
        "claims": Claim.objects.count(),
        "quotes": Quote.objects.count(),
        "topics": Topic.objects.count(),
        "users": get_user_model().objects.count(),
    }
