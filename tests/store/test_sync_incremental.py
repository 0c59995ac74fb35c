"""Incremental sync: only changed files are read and written, and several machines (homes with
their own deck folders) share one database without suspending each other's cards."""

from __future__ import annotations

import itertools
import os
import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from drill.config import Settings, load_settings
from drill.core.cards import DeckFileError
from drill.library import ensure_synced, sync_decks
from drill.review import answer, next_card
from drill.store.db import Store, open_store
from drill.store.models import Card, ReviewLog
from tests.conftest import SAMPLE_DECKS, at

DAY1 = at("2026-03-02T09:00:00Z")


def deck_text(name: str, ids: list[str], extra: str = "") -> str:
    cards = "\n".join(
        f"ID: {i}\nQ: What is {i}?{extra if n == 0 else ''}\nA: The answer to {i}.\n"
        for n, i in enumerate(ids)
    )
    return f'+++\nname = "{name}"\ntags = ["t"]\n+++\n\n{cards}'


def write_decks(folder: Path, decks: dict[str, list[str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, ids in decks.items():
        (folder / f"{name}.md").write_text(deck_text(name, ids))


def machine(tmp: Path, name: str, url: str, notes: Path | None = None) -> Settings:
    home = tmp / name
    home.mkdir(parents=True, exist_ok=True)
    decks = (f"notes={notes}",) if notes is not None else ()
    return replace(load_settings(home, decks=decks), database_url=url)


def states(store: Store) -> dict[str, tuple[bool, int, str, str]]:
    with store.read() as s:
        return {
            c.uid: (c.removed, c.reviews, c.source_root, c.source_path)
            for c in s.scalars(select(Card))
        }


@pytest.fixture
def no_shipped(only_sample: Path) -> None:
    """Hide the shipped decks (only_sample does), so counts are exact."""


def test_a_one_card_edit_reads_one_file_and_writes_one_card(
    tmp_path: Path, no_shipped: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = machine(tmp_path, "a", f"sqlite:///{tmp_path / 'shared.db'}")
    write_decks(settings.user_decks, {f"d{i}": [f"d{i}-c{j}" for j in range(50)] for i in range(5)})
    store = open_store(settings)
    first = sync_decks(store, settings)
    assert (first.added, first.files_read) == (250, 5)
    with store.read() as s:
        stamps = {c.uid: c.modified_at for c in s.scalars(select(Card))}
    path = settings.user_decks / "d3.md"
    path.write_text(path.read_text().replace("What is d3-c7?", "What, exactly, is d3-c7?"))
    os.utime(settings.user_decks / "d1.md")  # touched, content unchanged
    monkeypatch.setenv("DRILL_NOW", "2026-03-05T10:00:00Z")
    again = sync_decks(store, settings)
    assert (again.added, again.updated, again.suspended) == (0, 1, 0)
    assert again.files_read == 2  # d3 parsed, d1 only hashed
    with store.read() as s:
        changed = [c.uid for c in s.scalars(select(Card)) if c.modified_at != stamps[c.uid]]
    assert changed == ["d3-c7"]
    assert ensure_synced(store, settings) == (None, None)  # nothing changed since


def test_a_card_moved_between_files_keeps_its_history(tmp_path: Path, no_shipped: None) -> None:
    settings = machine(tmp_path, "a", f"sqlite:///{tmp_path / 'shared.db'}")
    write_decks(settings.user_decks, {"one": ["x", "y"], "two": ["z"]})
    store = open_store(settings)
    sync_decks(store, settings)
    card = next_card(store, settings, DAY1)
    assert card is not None
    answer(store, settings, card.id, 4, DAY1)
    moved = card.uid
    decks = {"one": ["x", "y"], "two": ["z"]}
    decks = {k: [i for i in v if i != moved] for k, v in decks.items()}
    decks["two"].append(moved)
    write_decks(settings.user_decks, decks)
    report = sync_decks(store, settings)
    assert report.suspended == 0
    removed, reviews, _, path = states(store)[moved]
    assert (removed, reviews, path) == (False, 1, "two.md")


def test_two_machines_with_different_paths_share_one_database(
    tmp_path: Path, no_shipped: None
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    notes_a, notes_b = tmp_path / "laptop" / "notes", tmp_path / "desktop" / "my-notes"
    write_decks(notes_a, {"algo": ["a1", "a2"], "ml": ["m1"]})
    shutil.copytree(notes_a, notes_b)
    a = machine(tmp_path, "a", url, notes_a)
    b = machine(tmp_path, "b", url, notes_b)
    write_decks(a.user_decks, {"only-on-a": ["oa"]})
    store_a, store_b = open_store(a), open_store(b)
    assert a.machine != b.machine
    assert sync_decks(store_a, a).added == 4
    report = sync_decks(store_b, b)  # same notes under another path: nothing new, nothing lost
    assert (report.added, report.suspended) == (0, 0)
    assert {k: v[0] for k, v in states(store_b).items()} == dict.fromkeys(
        ["a1", "a2", "m1", "oa"], False
    )
    assert states(store_a)["a1"][2:] == ("notes", "algo.md")
    # B edits a card; A sees the edit; A's next sync (its file unchanged) doesn't undo it.
    (notes_b / "algo.md").write_text(deck_text("algo", ["a1", "a2", "a3"]))
    assert sync_decks(store_b, b).added == 1
    assert sync_decks(store_a, a).suspended == 0
    assert not states(store_a)["a3"][0]
    # A deletes a file: its cards are suspended; B, which still has it unchanged, leaves that.
    (notes_a / "ml.md").unlink()
    assert sync_decks(store_a, a).suspended == 1
    for _ in range(2):
        assert sync_decks(store_b, b).suspended == 0
        assert sync_decks(store_a, a).suspended == 0
    assert states(store_a)["m1"][0] is True and states(store_a)["oa"][0] is False


def test_an_older_copy_of_a_file_on_a_new_machine_suspends_nothing(
    tmp_path: Path, no_shipped: None
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    a, b = machine(tmp_path, "a", url), machine(tmp_path, "b", url)
    write_decks(a.user_decks, {"deck": ["c1", "c2", "c3"]})
    write_decks(b.user_decks, {"deck": ["c1", "c2"]})  # B's copy is older
    store_a, store_b = open_store(a), open_store(b)
    sync_decks(store_a, a)
    assert sync_decks(store_b, b).suspended == 0
    assert states(store_a)["c3"][0] is False
    # When B itself removes a card it had seen, that is a removal.
    write_decks(b.user_decks, {"deck": ["c1"]})
    assert sync_decks(store_b, b).suspended == 1
    assert states(store_a)["c2"][0] is True


def test_a_card_id_already_held_by_another_file_is_an_error_naming_both(
    tmp_path: Path, no_shipped: None
) -> None:
    settings = machine(tmp_path, "a", f"sqlite:///{tmp_path / 'shared.db'}")
    write_decks(settings.user_decks, {"one": ["x"], "two": ["y"]})
    store = open_store(settings)
    sync_decks(store, settings)
    before = states(store)
    (settings.user_decks / "two.md").write_text(deck_text("two", ["y", "x"]))
    with pytest.raises(DeckFileError, match=r"two\.md:\d+: .*'x'.*one\.md"):
        sync_decks(store, settings)
    assert states(store) == before


@pytest.mark.parametrize("kind", ["dangling", "loop", "fifo", "device", "editor-lock", "folder"])
def test_files_that_are_not_regular_deck_files_are_passed_over(
    tmp_path: Path, no_shipped: None, kind: str
) -> None:
    settings = machine(tmp_path, "a", f"sqlite:///{tmp_path / 'shared.db'}")
    write_decks(settings.user_decks, {"good": ["g1"]})
    odd = settings.user_decks / "odd.md"
    if kind == "dangling":
        odd.symlink_to(settings.user_decks / "missing.md")
    elif kind == "loop":
        odd.symlink_to(settings.user_decks / "odd2.md")
        (settings.user_decks / "odd2.md").symlink_to(odd)
    elif kind == "fifo":
        os.mkfifo(odd)
    elif kind == "device":
        odd.symlink_to("/dev/zero")
    elif kind == "editor-lock":
        (settings.user_decks / ".#good.md").symlink_to("user@host.1234:1700000000")
    else:
        odd.mkdir()
    store = open_store(settings)
    report = sync_decks(store, settings)
    assert report.added == 1
    assert ensure_synced(store, settings) == (None, None)


def test_a_byte_order_mark_is_fine_and_bad_utf8_names_its_line(
    tmp_path: Path, no_shipped: None
) -> None:
    settings = machine(tmp_path, "a", f"sqlite:///{tmp_path / 'shared.db'}")
    settings.user_decks.mkdir(parents=True)
    (settings.user_decks / "bom.md").write_bytes(b"\xef\xbb\xbf" + deck_text("bom", ["b"]).encode())
    store = open_store(settings)
    assert sync_decks(store, settings).added == 1
    bad = deck_text("bad", ["x", "y"]).encode().replace(b"What is y?", b"What is \xff?")
    (settings.user_decks / "bad.md").write_bytes(bad)
    line = bad.split(b"\n").index(next(x for x in bad.split(b"\n") if b"\xff" in x)) + 1
    with pytest.raises(DeckFileError, match=rf"bad\.md:{line}: not UTF-8"):
        sync_decks(store, settings)


def test_an_answer_is_never_lost_while_another_drill_syncs(
    tmp_path: Path, no_shipped: None
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    a, b = machine(tmp_path, "a", url), machine(tmp_path, "b", url)
    write_decks(a.user_decks, {f"d{i}": [f"d{i}-{j}" for j in range(300)] for i in range(4)})
    store_a = open_store(a)
    sync_decks(store_a, a)
    ids = [c.id for c in _cards(store_a)][:40]
    shutil.copytree(a.user_decks, b.user_decks, dirs_exist_ok=True)
    for path in b.user_decks.glob("*.md"):
        path.write_text(path.read_text().replace("The answer", "An answer"))
    store_b = open_store(b)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def syncing() -> None:
        start.wait()
        try:
            sync_decks(store_b, b)
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)

    thread = threading.Thread(target=syncing)
    thread.start()
    start.wait()
    for card_id in ids:
        answer(store_a, a, card_id, 4, DAY1, session="s")
    thread.join()
    assert errors == []
    with store_a.read() as s:
        assert s.scalar(select(func.count()).select_from(ReviewLog)) == len(ids)
        assert all(c.reviews == 1 and c.back.startswith("An") for c in _cards(store_a)[:40])


def _cards(store: Store) -> list[Card]:
    with store.read() as s:
        return list(s.scalars(select(Card).order_by(Card.id)))


def test_concurrent_answers_to_one_card_both_count(tmp_path: Path, no_shipped: None) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    a, b = machine(tmp_path, "a", url), machine(tmp_path, "b", url)
    write_decks(a.user_decks, {"deck": ["only"]})
    store_a, store_b = open_store(a), open_store(b)
    sync_decks(store_a, a)
    card_id = _cards(store_a)[0].id
    start = threading.Barrier(2)

    def grade(store: Store, settings: Settings, session: str) -> None:
        start.wait()
        for _ in range(10):
            answer(store, settings, card_id, 4, DAY1, session=session)

    threads = [
        threading.Thread(target=grade, args=(store_a, a, "sa")),
        threading.Thread(target=grade, args=(store_b, b, "sb")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    card = _cards(store_a)[0]
    assert card.reviews == 20  # neither machine's answers overwrote the other's
    with store_a.read() as s:
        logs = list(s.scalars(select(ReviewLog).order_by(ReviewLog.id)))
    assert len(logs) == 20
    # Each answer started from the state the previous one left: the log is one chain.
    assert all(x.reps_after == y.reps_before for x, y in itertools.pairwise(logs))


def test_concurrent_syncs_of_new_cards_do_not_collide(tmp_path: Path, no_shipped: None) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    homes = [machine(tmp_path, name, url) for name in ("a", "b", "c")]
    for h in homes:
        write_decks(h.user_decks, {f"d{i}": [f"d{i}-{j}" for j in range(200)] for i in range(3)})
    stores = [open_store(h) for h in homes]
    start = threading.Barrier(len(homes))
    errors: list[BaseException] = []

    def run(store: Store, settings: Settings) -> None:
        start.wait()
        try:
            sync_decks(store, settings)
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=run, args=pair) for pair in zip(stores, homes, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(_cards(stores[0])) == 600


def test_the_sample_deck_syncs_from_a_named_root(tmp_path: Path, no_shipped: None) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    shutil.copy(SAMPLE_DECKS / "sample.md", folder / "sample.md")
    settings = machine(tmp_path, "a", f"sqlite:///{tmp_path / 'x.db'}", folder)
    store = open_store(settings)
    assert sync_decks(store, settings).added == 5
    assert {v[2] for v in states(store).values()} == {"notes"}
