"""Time `drill export` of 10,000 cards as a whole process, next to genanki writing the same notes.

    python benchmarks/export.py [--cards 10000] [--runs 5] [--reviewed 1000] [--distinct-code]

The cards are the shipped decks plus copies of their cards with distinct IDs and distinct
prose (so no rendered field repeats); code blocks repeat across copies unless --distinct-code,
which puts the copy number inside every code block too. The baseline is a process that
imports genanki, builds the same notes (the field HTML drill produced, read back from drill's
package) and writes them with genanki's own Package.write_to_file. Figures are medians of
--runs runs, wall time and CPU time (user + system) of the whole process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drill.core.cards import parse_deck  # noqa: E402
from drill.core.markup import fence_open  # noqa: E402

GENANKI_SCRIPT = """
import json, sys
import genanki
data = json.load(open(sys.argv[1], encoding="utf-8"))
basic = genanki.Model(1607392301, "drill Basic", fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[{"name": "Card 1", "qfmt": "{{Front}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])
cloze = genanki.Model(1607392302, "drill Cloze",
    fields=[{"name": "Text"}, {"name": "Back Extra"}],
    templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}",
                "afmt": "{{cloze:Text}}<br>{{Back Extra}}"}],
    model_type=genanki.Model.CLOZE)
decks = {}
for note in data:
    deck = decks.setdefault(note["deck"], genanki.Deck(len(decks) + 1 << 30, note["deck"]))
    deck.add_note(genanki.Note(model=cloze if note["cloze"] else basic, fields=note["fields"],
                               guid=note["guid"], tags=note["tags"]))
genanki.Package(list(decks.values())).write_to_file(sys.argv[2])
"""


def _part(marker: str, text: str) -> str:
    first = text.split("\n", 1)[0]
    if not first or first[0].isspace() or fence_open(first) is not None:
        return f"{marker}:\n{text}"
    return f"{marker}: {text}"


def _vary(text: str, copy: int, distinct_code: bool) -> str:
    """The same card text with the copy number in its prose (and its code blocks if asked)."""
    lines = text.split("\n")
    out: list[str] = []
    in_fence = False
    for line in lines:
        opened = fence_open(line)
        out.append(line)
        if opened is not None and not in_fence:
            in_fence = True
            if distinct_code:
                out.append(f"# copy {copy}")
        elif in_fence and line.strip().startswith(("```", "~~~")):
            in_fence = False
    if lines and fence_open(lines[0]) is not None:
        return f"Copy {copy}:\n\n" + "\n".join(out)
    return f"(copy {copy}) " + "\n".join(out)


def build_decks(folder: Path, cards: int, distinct_code: bool) -> int:
    """Deck files with `cards` cards in all, counting the shipped decks drill always loads."""
    specs = []
    for path in sorted((ROOT / "decks").glob("*.md")):
        specs.append(parse_deck(path.read_text(encoding="utf-8"), str(path)))
    written = sum(len(spec.cards) for spec in specs)
    copy = 1
    while written < cards:
        for spec in specs:
            lines = ["+++", f'name = "{spec.name} {copy}"', "+++", ""]
            seen: set[str] = set()
            for card in spec.cards:
                if card.note_id in seen or written >= cards:
                    continue
                seen.add(card.note_id)
                lines.append(f"ID: {card.note_id}-{copy}")
                if card.tags:
                    lines.append("Tags: " + " ".join(card.tags))
                marker = "C" if card.kind == "cloze" else "Q"
                lines.append(_part(marker, _vary(card.front, copy, distinct_code)))
                if card.back.strip():
                    lines.append(_part("A", _vary(card.back, copy, distinct_code)))
                lines.append("")
                written += (
                    1
                    if card.kind == "basic"
                    else len([c for c in spec.cards if c.note_id == card.note_id])
                )
            (folder / f"{Path(spec.path).stem}-{copy}.md").write_text(
                "\n".join(lines), encoding="utf-8"
            )
        copy += 1
    return written


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def add_history(home: Path, cards: int) -> int:
    """Review `cards` cards three times each (Good, Again, Good) through drill's own answer()."""
    os.environ.update(DRILL_HOME=str(home), DRILL_TZ="UTC")
    from drill.config import load_settings
    from drill.review import answer
    from drill.store.db import open_store
    from drill.store.models import Card

    settings = load_settings()
    store = open_store(settings)
    with store.session() as s:
        ids = [c for (c,) in s.query(Card.id).order_by(Card.id).limit(cards)]
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for day, grade in ((0, 4), (1, 1), (1, 4)):
        for n, card_id in enumerate(ids):
            answer(store, settings, card_id, grade, start + timedelta(days=day, seconds=n), 4000)
    store.close()
    return len(ids) * 3


def _notes_json(package: Path, target: Path) -> int:
    with zipfile.ZipFile(package) as z:
        data = z.read("collection.anki2")
    con = sqlite3.connect(":memory:")
    con.deserialize(data)
    decks = {
        int(k): v["name"]
        for k, v in json.loads(con.execute("SELECT decks FROM col").fetchone()[0]).items()
    }
    rows = con.execute(
        "SELECT n.guid, n.mid, n.tags, n.flds, MIN(c.did) FROM notes n JOIN cards c "
        "ON c.nid = n.id GROUP BY n.id ORDER BY n.id"
    ).fetchall()
    notes = [
        {
            "guid": guid,
            "cloze": mid == 1607392302,
            "tags": tags.split(),
            "fields": flds.split("\x1f"),
            "deck": decks[did],
        }
        for guid, mid, tags, flds, did in rows
    ]
    target.write_text(json.dumps(notes), encoding="utf-8")
    return len(notes)


def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        home, decks = work / "home", work / "decks"
        home.mkdir()
        decks.mkdir()
        cards = build_decks(decks, args.cards, args.distinct_code)
        env = {
            **os.environ,
            "DRILL_HOME": str(home),
            "DRILL_TZ": "UTC",
            "DRILL_NOW": "2026-01-15T09:00:00Z",
        }
        drill = [sys.executable, "-m", "drill"]
        # The copies live in the user's deck folder, so `drill export` finds them synced.
        (home / "decks").symlink_to(decks, target_is_directory=True)
        subprocess.run([*drill, "sync"], env=env, check=True, stdout=subprocess.DEVNULL)
        reviews = add_history(home, args.reviewed)
        out = work / "drill.apkg"
        export = [*drill, "export", "--out", str(out)]
        cache = home / "cache"
        cold = []
        for _ in range(args.runs):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(_run(export, env))
        warm = [_run(export, env) for _ in range(args.runs)]
        sched = [_run([*export, "--with-scheduling"], env) for _ in range(args.runs)]
        notes = _notes_json(out, work / "notes.json")
        script = work / "genanki_baseline.py"
        script.write_text(GENANKI_SCRIPT, encoding="utf-8")
        baseline = [sys.executable, str(script), str(work / "notes.json"), str(work / "g.apkg")]
        genanki = [_run(baseline, env) for _ in range(args.runs)]
    g_wall, g_cpu = _median(genanki)
    print(
        f"{cards} cards ({notes} notes), code blocks "
        f"{'distinct' if args.distinct_code else 'repeated across copies'}, {reviews} reviews "
        f"in the log; median of {args.runs} whole-process runs:"
    )
    rows = [
        ("drill export, first time (no field cache)", cold),
        ("drill export, again (field cache warm)", warm),
        ("drill export --with-scheduling (warm)", sched),
    ]
    print(f"  {'':<44} {'wall':>6}  {'CPU':>6}   vs genanki (wall, CPU)")
    for label, runs in rows:
        wall, cpu = _median(runs)
        print(
            f"  {label:<44} {wall:5.2f}s  {cpu:5.2f}s   {wall / g_wall:4.2f}x  {cpu / g_cpu:4.2f}x"
        )
    print(f"  {'genanki alone, same notes':<44} {g_wall:5.2f}s  {g_cpu:5.2f}s")
    print("target: <= 1.5 s and <= 1.5x genanki")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--reviewed", type=int, default=1_000, help="cards given a review history (3 answers each)"
    )
    parser.add_argument("--distinct-code", action="store_true")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
