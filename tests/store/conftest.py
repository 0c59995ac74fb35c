"""Fixtures: an open store in a temporary home holding only the sample deck, and a PostgreSQL
cluster for the tests that run on both databases."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import msgspec
import pytest

from drill.config import Settings, load_settings
from drill.library import sync_decks
from drill.store.db import Store, open_store


@pytest.fixture
def settings(sample_home: Path, only_sample: Path) -> Settings:
    return load_settings(sample_home)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = open_store(settings)
    sync_decks(s, settings)
    yield s
    s.close()


def with_limits(settings: Settings, **limits: object) -> Settings:
    """The settings with some `[review]` keys changed (the others as the user has them)."""
    return replace(settings, review=msgspec.structs.replace(settings.review, **limits))


def _pg_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on a Unix socket in a temporary folder (no TCP), one per
    test process; the tests that need it are skipped where the server is not installed."""
    pytest.importorskip("psycopg")
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries are not installed")
    root = Path(tempfile.mkdtemp(prefix="drill-pg-"))  # outside pytest's root-only folders
    data = root / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        as_user = ["runuser", "-u", "postgres", "--"]
        os.chmod(root, 0o777)
    port = str(54000 + os.getpid() % 1000)
    subprocess.run(
        [*as_user, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "drill"],
        check=True,
        capture_output=True,
    )
    options = f"-k {root} -p {port} -c listen_addresses='' -c fsync=off"
    subprocess.run(
        [
            *as_user,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-l",
            str(root / "log"),
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://drill@/postgres?host={root}&port={port}"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def fresh_database(postgres_url: str, name: str) -> str:
    """The URL of an empty database `name` on the cluster (dropped first if it was there)."""
    import psycopg

    base = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return postgres_url.replace("/postgres?", f"/{name}?")
