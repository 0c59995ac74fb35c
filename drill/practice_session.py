"""One practice session: the use case the TUI's Solve screen and `drill solve --plain` both drive.

preview -> start (the timer starts; an open attempt resumes with the user's file as they left
it) -> judge on every save (each judged version kept with the attempt) -> accepted or give up ->
an insight card. It is the only caller of the judge for practice, so both UIs judge with the
same seed, limits and store rules.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from drill import oops, practice
from drill.config import Settings
from drill.core.cpp import Unmappable
from drill.core.problems import ProblemMeta, Verdict
from drill.errors import DrillError
from drill.judge.runner import JudgeResult, Progress, judge
from drill.practice import AttemptView, RunOutcome
from drill.problembank import cpp_starter, reference_source, starter_code
from drill.store.db import Store


@dataclass(frozen=True)
class Judged:
    """One save, judged and stored."""

    result: JudgeResult
    outcome: RunOutcome
    open_oops: int = 0
    """Open Oops entries of the problem, counted when an attempt with mistakes is accepted."""
    compared: str = ""
    """When accepted: the best runs in each language ("C++ 0.8 ms, 3.1 MiB · Python ...")."""

    @property
    def verdict(self) -> Verdict:
        return self.result.verdict


@dataclass(frozen=True)
class GaveUp:
    outcome: RunOutcome
    reference: str


class PracticeSession:
    """A problem opened for practice: read first, then a timed attempt.

    `open` finds an attempt left open (which `start` resumes); until `start`, nothing is
    timed and nothing is stored."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        meta: ProblemMeta,
        now: Callable[[], datetime],
        *,
        language: str = "python",
        sanitize: bool = False,
    ) -> None:
        self.store, self.settings, self.meta, self.now = store, settings, meta, now
        self.language, self.sanitize = language, sanitize
        self.attempt: AttemptView | None = None
        self.judged_code: str | None = None
        self.finished = False
        self.open_attempt = practice.open_attempt(store, meta, language)

    def starter(self) -> str:
        """The file a new attempt starts from, in the session's language (C++: Unmappable
        when the problem's signature has no C++ form, NoCompiler without g++)."""
        if self.language == "cpp":
            from drill.judge.cpp import INSTALL_HINT, NoCompiler, compiler

            if compiler() is None:
                raise NoCompiler(INSTALL_HINT)
            try:
                return cpp_starter(self.meta)
            except Unmappable as exc:
                raise DrillError(f"{self.meta.slug} has no C++ version: {exc}") from None
        return starter_code(self.meta)

    def compare(self) -> str:
        """This problem's best accepted runs in each language, side by side ("" if none)."""
        best = practice.best_runs(self.store, self.meta.slug)
        order = [self.language] + [lang for lang in sorted(best) if lang != self.language]
        shown = [best[lang] for lang in order if lang in best]
        if not shown:
            return ""
        sizes = {run.n for run in shown}
        at = f" at n={shown[0].n}" if len(sizes) == 1 else ""
        return (
            " · ".join(run.label() + ("" if len(sizes) == 1 else f" (n={run.n})") for run in shown)
            + at
        )

    @property
    def started(self) -> bool:
        return self.attempt is not None

    @property
    def resumes(self) -> bool:
        """Whether `start` picks up an attempt left open (its timer already running)."""
        return self.open_attempt is not None

    @property
    def show_patterns(self) -> bool:
        """The pattern tags give the approach away: shown once solved or given up, or always
        when `[practice] show_patterns` says so."""
        return self.finished or self.settings.practice.show_patterns

    def start(self) -> AttemptView:
        """Start the timed attempt (or resume the open one); returns it."""
        if self.attempt is None:
            self.attempt = practice.start_attempt(
                self.store,
                self.settings,
                self.meta,
                self.starter(),
                self.now(),
                language=self.language,
            )
            if self.attempt.last_code is not None:
                self.judged_code = self.attempt.last_code
            else:
                self.judged_code = self.attempt.solution_path.read_text(
                    encoding="utf-8", errors="replace"
                )
        return self.attempt

    def _require(self) -> AttemptView:
        if self.attempt is None:
            raise DrillError("the attempt has not started; start it first")
        if self.finished:
            raise DrillError("the attempt is finished")
        return self.attempt

    @property
    def path(self) -> Path:
        return self._require().solution_path

    def read_code(self) -> str:
        return self.path.read_text(encoding="utf-8", errors="replace")

    def changed(self) -> str | None:
        """The file's code when it differs from the last judged (or starter) version."""
        if self.attempt is None or self.finished:
            return None
        code = self.read_code()
        return None if code == self.judged_code else code

    def forget_judged(self) -> None:
        """Judge the file next time even if it has not changed (`j`)."""
        self.judged_code = None

    def judge(
        self,
        code: str,
        *,
        progress: Callable[[Progress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Judged:
        """Judge `code` (the file as saved), store the run, end the attempt when accepted.

        Raises judge.Cancelled when `cancel` is set (a newer save wins)."""
        attempt = self._require()
        self.judged_code = code
        result = judge(
            self.meta,
            attempt.solution_path,
            self.settings.home,
            max_examples=self.settings.judge_examples,
            limits=self.settings.judge_limits(),
            progress=progress,
            cancel=cancel,
            seed=attempt.seed,
            language=self.language,
            sanitize=self.sanitize,
        )
        if cancel is not None and cancel.is_set():
            from drill.judge.runner import Cancelled

            raise Cancelled()
        outcome = practice.record_run(
            self.store, self.settings, attempt.id, result.to_json(), code, self.now()
        )
        self.attempt = outcome.attempt
        open_oops = 0
        if outcome.finished:
            self.finished = True
            if outcome.attempt.failed_runs:
                open_oops = len(oops.list_oops(self.store, problem=self.meta.slug))
        compared = self.compare() if result.accepted else ""
        return Judged(result, outcome, open_oops, compared)

    def give_up(self) -> GaveUp:
        attempt = self._require()
        outcome = practice.give_up(
            self.store, self.settings, attempt.id, self.read_code(), self.now()
        )
        self.finished = True
        return GaveUp(outcome, reference_source(self.meta))

    def add_insight(self, text: str) -> str:
        """The key insight of a solved problem, as a card in the Insights deck; its ID."""
        return oops.add_insight(
            self.store, self.settings, self.meta.slug, self.meta.title, text, self.meta.patterns
        )
