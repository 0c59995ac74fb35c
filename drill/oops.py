"""The Oops List: mistakes from the judge and by hand, resolved, exported, turned into cards."""

from __future__ import annotations

import ast
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from drill.config import Settings
from drill.core.oops import CATEGORIES as CATEGORIES  # the kinds, light enough for drill stats
from drill.errors import DrillError, NotFoundError
from drill.store.db import Store
from drill.store.models import Card, Oops, Problem
from drill.store.queries import progress as pq

VERDICT_CATEGORY = {
    "wrong_answer": "other",  # unless the failing input says which edge it was
    "runtime_error": "other",
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


def mistake_kind(verdict: str, example: str | None) -> tuple[str, str]:
    """(category, what kind of mistake) from a verdict and the failing input's literal:
    wrong on empty / single / duplicate / negative input, or the verdict itself."""
    what = {
        "wrong_answer": "wrong answer",
        "runtime_error": "crashes",
        "too_slow": "too slow for the target",
        "time_limit": "runs out of time",
        "memory_limit": "runs out of memory",
    }.get(verdict, verdict.replace("_", " "))
    category = VERDICT_CATEGORY.get(verdict, "other")
    if verdict not in ("wrong_answer", "runtime_error") or not example or len(example) > 20_000:
        return category, what
    try:
        values = ast.literal_eval(example)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return category, what
    args = list(values.values()) if isinstance(values, dict) else [values]
    seqs = [v for v in args if isinstance(v, list | str | tuple)]
    flat = [x for v in seqs for x in (v if not isinstance(v, str) else [v])]
    numbers = [x for x in (*args, *flat) if isinstance(x, int | float) and not isinstance(x, bool)]
    if any(len(v) == 0 for v in seqs):
        return "edge-case", f"{what} on empty input"
    if any(len(v) == 1 for v in seqs):
        return "edge-case", f"{what} on a single element"
    if any(n < 0 for n in numbers):
        return "edge-case", f"{what} with negative numbers"
    hashable = [x for x in flat if isinstance(x, int | str | float | tuple)]
    if len(set(hashable)) < len(hashable):
        return "edge-case", f"{what} with repeated values"
    return category, what


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
    """Inside a practice transaction: one Oops per distinct kind of mistake in an attempt,
    brought up to date when it happens again (a syntax error is not a mistake)."""
    if verdict == "compile_error":
        return None
    example = counterexample.get("input") if counterexample else None
    category, kind = mistake_kind(verdict, example)
    fingerprint = hashlib.sha1(json.dumps([problem.slug, verdict, kind]).encode()).hexdigest()
    summary = kind
    if example:
        summary += f", e.g. {example[:300]}"
    elif error:
        summary += ": " + error.strip().splitlines()[-1][:200]
    row = s.scalars(
        select(Oops).where(Oops.attempt_id == attempt_id, Oops.fingerprint == fingerprint)
    ).first()
    if row is not None:  # the same mistake again: the entry shows the latest case
        row.text = f"{problem.title}: {summary}"
        row.counterexample = json.dumps(counterexample) if counterexample else None
        row.code = code
        return None
    row = Oops(
        created_at=instant,
        category=category,
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


def resolve_problem(store: Store, slug: str, instant: datetime) -> int:
    """Resolve every open entry of one problem (after solving it); how many."""
    with store.session() as s:
        prob = _problem(s, slug)
        rows = s.scalars(
            select(Oops).where(Oops.problem_id == prob.id, Oops.resolved_at.is_(None))
        ).all()
        for row in rows:
            row.resolved_at = instant
        return len(rows)


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
    return pq.open_oops(store)


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
