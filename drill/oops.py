"""The Oops List: mistakes from the judge and by hand, resolved, exported, turned into cards."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from drill.config import Settings
from drill.errors import DrillError, NotFoundError
from drill.store.db import Store
from drill.store.models import Card, Oops, Problem

CATEGORIES: dict[str, str] = {
    "off-by-one": "off-by-one",
    "edge-case": "edge case",
    "wrong-pattern": "wrong pattern",
    "complexity": "complexity",
    "misread": "misread",
    "syntax-api": "syntax/API",
    "other": "other",
}
"""Slug -> the name the user sees."""

VERDICT_CATEGORY = {
    "wrong_answer": "edge-case",
    "runtime_error": "edge-case",
    "compile_error": "syntax-api",
    "too_slow": "complexity",
    "time_limit": "complexity",
    "memory_limit": "complexity",
    "output_limit": "other",
}


def category_slug(text: str) -> str:
    """Accept `edge case`, `edge-case`, `Syntax/API`...; raise a clear error otherwise."""
    key = text.strip().lower().replace("/", "-").replace(" ", "-").replace("_", "-")
    if key in CATEGORIES:
        return key
    names = ", ".join(CATEGORIES.values())
    raise DrillError(f"unknown Oops category {text!r}; use one of: {names}")


@dataclass(frozen=True)
class OopsView:
    id: int
    created_at: datetime
    category: str
    text: str
    problem: str | None
    problem_title: str | None
    patterns: tuple[str, ...]
    card_uid: str | None
    verdict: str | None
    counterexample: dict[str, str] | None
    code: str | None
    resolved_at: datetime | None

    @property
    def category_name(self) -> str:
        return CATEGORIES.get(self.category, self.category)

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "created_at": self.created_at.isoformat(),
            "category": self.category_name,
            "text": self.text,
            "problem": self.problem,
            "card": self.card_uid,
            "verdict": self.verdict,
            "counterexample": self.counterexample,
            "code": self.code,
            "resolved": self.resolved_at is not None,
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
        }


def _view(row: Oops, problem: Problem | None) -> OopsView:
    return OopsView(
        id=row.id,
        created_at=row.created_at,
        category=row.category,
        text=row.text,
        problem=problem.slug if problem else None,
        problem_title=problem.title if problem else None,
        patterns=tuple(problem.patterns.split()) if problem else (),
        card_uid=row.card_uid,
        verdict=row.verdict,
        counterexample=json.loads(row.counterexample) if row.counterexample else None,
        code=row.code,
        resolved_at=row.resolved_at,
    )


def _problem(s: Session, slug: str) -> Problem:
    problem = s.scalars(select(Problem).where(Problem.slug == slug)).first()
    if problem is None:
        raise NotFoundError(f"no problem {slug!r}; `drill problems` lists them")
    return problem


def add(
    store: Store,
    instant: datetime,
    text: str,
    category: str = "other",
    problem: str | None = None,
    card_uid: str | None = None,
) -> OopsView:
    """Write an Oops entry by hand (or from a card during review)."""
    if not text.strip():
        raise DrillError("an Oops entry needs some text: what went wrong, in a line")
    slug = category_slug(category)
    with store.session() as s:
        prob = _problem(s, problem) if problem else None
        card_id = None
        if card_uid:
            card = s.scalars(select(Card).where(Card.uid == card_uid)).first()
            if card is None:
                raise NotFoundError(f"no card {card_uid!r}")
            card_id = card.id
        row = Oops(
            created_at=instant,
            category=slug,
            text=text.strip(),
            problem_id=prob.id if prob else None,
            card_id=card_id,
            card_uid=card_uid,
        )
        s.add(row)
        s.flush()
        return _view(row, prob)


def record_failure(
    s: Session,
    instant: datetime,
    problem: Problem,
    attempt_id: int,
    verdict: str,
    counterexample: dict[str, str] | None,
    error: str | None,
    code: str,
) -> int | None:
    """Inside a practice transaction: one Oops per distinct failure of an attempt."""
    key = json.dumps(
        [
            problem.slug,
            verdict,
            counterexample and counterexample.get("input"),
            (error or "").strip().splitlines()[-1:] if not counterexample else None,
        ]
    )
    fingerprint = hashlib.sha1(key.encode()).hexdigest()
    exists = s.scalars(
        select(Oops.id).where(Oops.attempt_id == attempt_id, Oops.fingerprint == fingerprint)
    ).first()
    if exists is not None:
        return None
    summary = verdict.replace("_", " ")
    if counterexample:
        summary += f" on {counterexample.get('input', '')}"
    elif error:
        summary += ": " + error.strip().splitlines()[-1][:200]
    row = Oops(
        created_at=instant,
        category=VERDICT_CATEGORY.get(verdict, "other"),
        text=f"{problem.title}: {summary}",
        problem_id=problem.id,
        attempt_id=attempt_id,
        verdict=verdict,
        counterexample=json.dumps(counterexample) if counterexample else None,
        code=code,
        fingerprint=fingerprint,
    )
    s.add(row)
    s.flush()
    return row.id


def list_oops(
    store: Store,
    include_resolved: bool = False,
    category: str | None = None,
    problem: str | None = None,
) -> list[OopsView]:
    with store.session() as s:
        query = select(Oops, Problem).join(Problem, Oops.problem_id == Problem.id, isouter=True)
        if not include_resolved:
            query = query.where(Oops.resolved_at.is_(None))
        if category:
            query = query.where(Oops.category == category_slug(category))
        if problem:
            query = query.where(Problem.slug == problem)
        return [_view(o, p) for o, p in s.execute(query.order_by(Oops.id)).all()]


def get(store: Store, oops_id: int) -> OopsView:
    with store.session() as s:
        row = s.get(Oops, oops_id)
        if row is None:
            raise NotFoundError(f"no Oops entry #{oops_id}; `drill oops list` shows them")
        prob = s.get(Problem, row.problem_id) if row.problem_id else None
        return _view(row, prob)


def resolve(store: Store, oops_id: int, instant: datetime) -> OopsView:
    with store.session() as s:
        row = s.get(Oops, oops_id)
        if row is None:
            raise NotFoundError(f"no Oops entry #{oops_id}; `drill oops list` shows them")
        if row.resolved_at is None:
            row.resolved_at = instant
        prob = s.get(Problem, row.problem_id) if row.problem_id else None
        return _view(row, prob)


def count_open(store: Store) -> int:
    from sqlalchemy import func

    with store.session() as s:
        return int(
            s.scalar(select(func.count()).select_from(Oops).where(Oops.resolved_at.is_(None))) or 0
        )


def export_markdown(store: Store, include_resolved: bool = False) -> str:
    """The Oops List as Markdown, grouped by category, then by pattern."""
    entries = list_oops(store, include_resolved=include_resolved)
    lines = ["# Oops List", ""]
    if not entries:
        lines.append("Nothing here yet: mistakes from practice and `drill oops add` land here.")
        return "\n".join(lines) + "\n"
    by_category: dict[str, dict[str, list[OopsView]]] = defaultdict(lambda: defaultdict(list))
    for entry in entries:
        pattern = entry.patterns[0] if entry.patterns else "no pattern"
        by_category[entry.category][pattern].append(entry)
    for slug in CATEGORIES:
        if slug not in by_category:
            continue
        lines += [f"## {CATEGORIES[slug]}", ""]
        for pattern in sorted(by_category[slug]):
            lines += [f"### {pattern}", ""]
            for e in by_category[slug][pattern]:
                where = f" ({e.problem})" if e.problem else ""
                done = " (resolved)" if e.resolved_at else ""
                lines.append(f"- #{e.id}{where}: {e.text}{done}")
                if e.counterexample:
                    ce = e.counterexample
                    lines.append(
                        f"  - input `{ce.get('input')}`: expected `{ce.get('expected')}`, "
                        f"got `{ce.get('got')}`"
                    )
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_card(
    store: Store,
    settings: Settings,
    oops_id: int,
    question: str | None = None,
    answer: str | None = None,
) -> str:
    """Turn an Oops entry into a card in the user's "Oops" deck file, then sync; returns its ID."""
    from drill.decksfile import append_card
    from drill.library import sync_decks

    entry = get(store, oops_id)
    card_id = f"oops-{entry.id}"
    front = question or (
        f"{entry.problem_title}: what went wrong last time?"
        if entry.problem_title
        else f"Oops: {entry.text}"
    )
    back = answer or entry.text
    if entry.counterexample and not answer:
        ce = entry.counterexample
        back += f"\n\nFailing input: {ce.get('input')}; expected {ce.get('expected')}."
    tags = ["oops", entry.category, *entry.patterns]
    path = settings.user_decks / "oops.md"
    if path.exists() and f"\nID: {card_id}\n" in path.read_text(encoding="utf-8"):
        raise DrillError(f"Oops #{entry.id} is already a card ({card_id} in {path})")
    append_card(path, "Oops", "Cards made from the Oops List.", card_id, front, back, tags)
    sync_decks(store, settings)
    return card_id


def add_insight(
    store: Store,
    settings: Settings,
    problem: str,
    title: str,
    text: str,
    patterns: tuple[str, ...] = (),
) -> str:
    """A one-line key insight from a solved problem becomes a card in the "Insights" deck."""
    from drill.decksfile import append_card
    from drill.library import sync_decks

    if not text.strip():
        raise DrillError("an insight needs a line of text")
    path = settings.user_decks / "insights.md"
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    n = 1
    while f"\nID: insight-{problem}-{n}\n" in existing:
        n += 1
    card_id = f"insight-{problem}-{n}"
    append_card(
        path,
        "Insights",
        "Key insights from solved problems.",
        card_id,
        f"{title}: what is the key insight?",
        text,
        ["insight", *patterns],
    )
    sync_decks(store, settings)
    return card_id
