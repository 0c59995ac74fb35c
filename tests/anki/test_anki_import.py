"""`drill import`: packages made by Anki's own exporter (and by drill) become deck-file cards."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from drill.anki.export import export_package
from drill.anki.importer import (
    AnkiPackageError,
    ImportConflictError,
    card_id_for_guid,
    import_package,
    read_package,
    sanitize_tag,
)
from drill.config import Settings, load_settings
from drill.core.cards import parse_deck
from drill.review import answer
from drill.store.db import Store, open_store
from drill.store.models import Card, ReviewLog
from tests.anki.conftest import Mini, at

NOW = at("2025-04-01T09:00:00Z")


def _add(col: Any, notetype: str, deck: str, tags: list[str], **fields: str) -> str:
    note = col.new_note(col.models.by_name(notetype))
    for name, value in fields.items():
        note[name.replace("_", " ")] = value
    note.tags = tags
    col.add_note(note, col.decks.id(deck))
    return str(note.guid)


@pytest.fixture(scope="module")
def anki_made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One collection built with the real Anki, exported by Anki in its current and legacy
    layouts; returns the package paths and each note's GUID."""
    from anki.collection import Collection, ExportAnkiPackageOptions

    folder = tmp_path_factory.mktemp("anki-made")
    col = Collection(str(folder / "collection.anki2"))
    deck, sub = "Interview::Python", "Interview::Python::Advanced"
    guids = {
        "dict": _add(
            col,
            "Basic",
            deck,
            ["python", "日本語", "a::b"],
            Front="What does <b>dict.get</b> cost?",
            Back="O(1) on average &amp; a coffee costs $5<div>Q: not a marker</div>",
        ),
        "code": _add(
            col,
            "Basic",
            deck,
            [],
            Front="Solve \\(x^2 &lt; 4\\) and \\[\\sum_i x_i\\]",
            Back='<pre><code class="language-python">def f(x):\n    return x &lt; 2</code></pre>',
        ),
        "cloze": _add(
            col,
            "Cloze",
            deck,
            ["geo"],
            Text="{{c1::Paris}} is the capital of {{c2::<b>France</b>::country}}",
            Back_Extra="Europe",
        ),
        "reversed": _add(col, "Basic (and reversed card)", deck, [], Front="hola", Back="hello"),
        "media": _add(col, "Basic", deck, [], Front='<img src="cat.png">', Back="a cat"),
        "heading": _add(
            col,
            "Basic",
            sub,
            [],
            Front="<h2>Big-O</h2>Which is faster?<br># not a heading",
            Back="<ul><li>O(1)</li><li>O(n)</li></ul>",
        ),
    }
    packages = {}
    for name, legacy in (("latest", False), ("legacy", True)):
        packages[name] = folder / f"{name}.apkg"
        col.export_anki_package(
            out_path=str(packages[name]),
            options=ExportAnkiPackageOptions(with_scheduling=False, with_media=True, legacy=legacy),
            limit=None,
        )
    col.close()
    yield {"packages": packages, "guids": guids}


@pytest.fixture
def fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_shipped_decks: None
) -> Iterator[tuple[Settings, Store]]:
    home = tmp_path / "fresh"
    home.mkdir()
    monkeypatch.setenv("DRILL_HOME", str(home))
    settings = load_settings(home)
    store = open_store(settings)
    yield settings, store
    store.close()


def _cards(store: Store, deck: str | None = None) -> dict[str, Card]:
    with store.session() as s:
        cards = {c.uid: c for c in s.scalars(select(Card))}
        s.expunge_all()
    return cards


@pytest.mark.parametrize("layout", ["latest", "legacy"])
def test_a_package_from_ankis_exporter_imports_as_cards(
    anki_made: dict[str, Any], fresh: tuple[Settings, Store], layout: str
) -> None:
    settings, store = fresh
    guids = anki_made["guids"]
    package = anki_made["packages"][layout]
    report = import_package(store, settings, package, instant=NOW)

    assert report.layout == {"latest": "collection.anki21b", "legacy": "collection.anki21"}[layout]
    assert report.deck == "Interview::Python"
    assert report.deck_file == settings.user_decks / "interview-python.md"
    assert (report.notes, report.cards, report.added) == (5, 6, 6)
    assert [(s.guid, s.reason) for s in report.skipped] == [(guids["media"], "media-only notes")]

    spec = parse_deck(report.deck_file.read_text(encoding="utf-8"), str(report.deck_file))
    cards = {c.uid: c for c in spec.cards}
    assert set(cards) == set(_cards(store))
    ids = {name: card_id_for_guid(guid) for name, guid in guids.items()}

    basic = cards[ids["dict"]]
    assert basic.kind == "basic" and basic.front == "What does **dict.get** cost?"
    assert basic.back == "O(1) on average & a coffee costs \\$5\n\nQ\\: not a marker"
    assert basic.tags == ("a::b", "python")  # the Japanese tag has no drill spelling

    code = cards[ids["code"]]
    assert code.front == "Solve $x^2 < 4$ and $$\\sum_i x_i$$"
    assert code.back == "```python\ndef f(x):\n    return x < 2\n```"

    first, second = cards[ids["cloze"]], cards[ids["cloze"] + "::c2"]
    assert first.kind == second.kind == "cloze" and (first.ord, second.ord) == (1, 2)
    assert first.front == "{{c1::Paris}} is the capital of {{c2::**France**::country}}"
    assert first.back == "Europe" and first.tags == ("geo",)

    assert (cards[ids["reversed"]].front, cards[ids["reversed"]].back) == ("hola", "hello")

    heading = cards[ids["heading"]]
    assert heading.front == "**Big-O**\n\nWhich is faster?  \n\\# not a heading"
    assert heading.back == "- O(1)\n- O(n)"
    assert heading.tags == ("Advanced",)  # the subdeck below the imported deck


def test_reimporting_an_updated_package_updates_the_same_cards(
    fresh: tuple[Settings, Store], tmp_path: Path
) -> None:
    from anki.collection import Collection, ExportAnkiPackageOptions

    settings, store = fresh
    col = Collection(str(tmp_path / "mine.anki2"))
    keep = _add(col, "Basic", "Spanish", [], Front="perro", Back="dog")
    edit = _add(col, "Basic", "Spanish", [], Front="gato", Back="cta")
    gone = _add(col, "Basic", "Spanish", [], Front="pez", Back="fish")

    def export(name: str) -> Path:
        path = tmp_path / name
        col.export_anki_package(
            out_path=str(path),
            options=ExportAnkiPackageOptions(with_scheduling=False, with_media=False, legacy=False),
            limit=None,
        )
        return path

    first = import_package(store, settings, export("v1.apkg"), instant=NOW)
    assert (first.deck, first.added) == ("Spanish", 3)
    before = _cards(store)
    answer(store, settings, before[card_id_for_guid(edit)].id, 4, NOW)

    note = col.get_note(col.db.scalar("SELECT id FROM notes WHERE guid = ?", edit))
    note["Back"] = "cat"
    col.update_note(note)
    col.remove_notes([col.db.scalar("SELECT id FROM notes WHERE guid = ?", gone)])
    second = import_package(store, settings, export("v2.apkg"), instant=NOW)
    col.close()

    assert (second.added, second.updated, second.unchanged, second.removed) == (0, 1, 1, 1)
    after = _cards(store)
    edited = after[card_id_for_guid(edit)]
    assert edited.id == before[card_id_for_guid(edit)].id and edited.back == "cat"
    assert edited.reviews == 1 and edited.due is not None  # history kept
    assert after[card_id_for_guid(keep)].id == before[card_id_for_guid(keep)].id
    assert after[card_id_for_guid(gone)].removed  # suspended, as for any card left out
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(ReviewLog)) == 1


def test_a_drill_export_imports_back_with_its_ids_and_markdown(
    mini: Mini, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "mini.apkg"
    export_package(mini.store, mini.settings, package, instant=NOW)
    original = {c.uid: c for c in _cards(mini.store).values()}

    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setenv("DRILL_HOME", str(other))
    settings = load_settings(other)
    store = open_store(settings)
    try:
        report = import_package(store, settings, package, instant=NOW)
        imported = _cards(store)
    finally:
        store.close()
    assert report.layout == "collection.anki2" and report.deck == "Mini"
    assert set(imported) == set(original)  # the GUID drill:<ID> gives the ID back
    for uid, card in imported.items():
        assert (card.kind, card.ord) == (original[uid].kind, original[uid].ord), uid
    assert imported["m-basic"].front == original["m-basic"].front
    assert imported["m-basic"].back == original["m-basic"].back
    assert imported["m-math"].front == original["m-math"].front
    assert imported["m-cloze"].front == original["m-cloze"].front
    assert imported["m-code"].front == original["m-code"].front.replace(":\n```", ":\n\n```")


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buffer.getvalue()


def _damaged_zip() -> bytes:
    data = bytearray(_zip({"collection.anki2": b"SQLite format 3\x00" + b"x" * 4000}))
    data[60:70] = b"0123456789"  # inside the deflated entry
    return bytes(data)


def _collection_without_notes() -> bytes:
    import sqlite3

    from drill.anki.export import SCHEMA

    con = sqlite3.connect(":memory:")
    con.executescript(SCHEMA)
    con.execute("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', '{}', '{}', '{}', '{}')")
    con.commit()
    return con.serialize()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 not really a zip", "not a zip archive"),
        (_zip({"media": b"{}"}), "holds no collection"),
        (_zip({"meta": b"\x08\x03", "collection.anki21b": b"garbage"}), "not valid zstd"),
        (_zip({"collection.anki2": b"SQLite format 3\x00" + b"\x00" * 200}), "collection.anki2"),
        (_zip({"meta": b"\x08\x07", "collection.anki21b": b""}), "newer Anki"),
        (_damaged_zip(), "cannot read collection.anki2"),
        (_zip({"collection.anki2": _collection_without_notes()}), "no notes drill can import"),
    ],
    ids=["not-zip", "no-collection", "bad-zstd", "bad-sqlite", "newer-anki", "crc", "empty"],
)
def test_a_corrupt_or_unknown_package_is_one_error_and_writes_nothing(
    fresh: tuple[Settings, Store], tmp_path: Path, content: bytes, message: str
) -> None:
    settings, store = fresh
    package = tmp_path / "broken.apkg"
    package.write_bytes(content)
    with pytest.raises(AnkiPackageError, match=message) as err:
        import_package(store, settings, package, instant=NOW)
    assert "\n" not in str(err.value) and str(package) in str(err.value)
    assert not settings.user_decks.exists()
    assert not _cards(store)


def test_a_non_anki_sqlite_file_is_rejected(fresh: tuple[Settings, Store], tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE things (x)")
    con.commit()
    con.close()
    package = tmp_path / "other.apkg"
    package.write_bytes(_zip({"collection.anki2": db.read_bytes()}))
    with pytest.raises(AnkiPackageError, match="not an Anki collection"):
        read_package(package)


def test_import_never_overwrites_a_hand_written_deck_or_reuses_a_deck_name(
    anki_made: dict[str, Any], mini: Mini
) -> None:
    package = anki_made["packages"]["latest"]
    mine = mini.home / "decks" / "interview-python.md"
    mine.write_text('+++\nname = "Mine"\n+++\n\nID: x\nQ: q\nA: a\n', encoding="utf-8")
    with pytest.raises(ImportConflictError, match="not written by drill import"):
        import_package(mini.store, mini.settings, package, instant=NOW)
    with pytest.raises(ImportConflictError, match="deck name 'Mine' is already used by"):
        import_package(mini.store, mini.settings, package, deck="Mine", instant=NOW)
    own = mini.home / "own.apkg"
    export_package(mini.store, mini.settings, own, instant=NOW)
    with pytest.raises(ImportConflictError, match=r"card ID 'm-basic' .* already used at"):
        import_package(mini.store, mini.settings, own, deck="Mini again", instant=NOW)
    own.unlink()
    assert mine.read_text(encoding="utf-8").startswith('+++\nname = "Mine"')
    assert sorted(p.name for p in (mini.home / "decks").iterdir()) == [
        "interview-python.md",
        "mini.md",
    ]


def test_guids_become_valid_distinct_card_ids() -> None:
    assert card_id_for_guid("drill:bigo-list-append") == "bigo-list-append"
    assert card_id_for_guid("abcDEF123") == "anki-abcDEF123"
    odd = card_id_for_guid("pWZ^yk],R5")
    assert odd.startswith("anki-pWZykR5-") and odd == card_id_for_guid("pWZ^yk],R5")
    assert card_id_for_guid("pWZ^yk],R5") != card_id_for_guid("pWZ^yk]/R5")
    assert card_id_for_guid("!#$%").startswith("anki-") and ":" not in card_id_for_guid("a:b")
    assert [sanitize_tag(t) for t in ("a::b", "Café", "日本", "x y", "-x-")] == [
        "a::b",
        "Cafe",
        None,
        "x-y",
        "x",
    ]


@pytest.mark.parametrize("layout", ["collection.anki21", "collection.anki21b"])
def test_a_zip_bomb_is_refused_without_filling_memory(tmp_path: Path, layout: str) -> None:
    import resource
    import zipfile

    import zstandard

    from drill.anki.importer import MAX_COLLECTION_BYTES, AnkiPackageError, read_package

    bomb = tmp_path / "bomb.apkg"
    size = MAX_COLLECTION_BYTES + (64 << 20)
    block = b"SQLite format 3\x00" + bytes((1 << 20) - 16)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        if layout.endswith("21b"):
            writer = zstandard.ZstdCompressor().compressobj()
            packed = b"".join(writer.compress(block) for _ in range(size >> 20)) + writer.flush()
            archive.writestr(layout, packed)
        else:
            with archive.open(layout, "w", force_zip64=True) as member:
                for _ in range(size >> 20):
                    member.write(block)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss << 10
    with pytest.raises(AnkiPackageError, match="unpacks to more than 256 MiB"):
        read_package(bomb)
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss << 10) - before
    assert grown < 2 * MAX_COLLECTION_BYTES  # never the whole bomb, nor two copies of it
