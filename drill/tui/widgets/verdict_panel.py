"""The judge's verdict, live: cases passed while judging, then the verdict and its evidence."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.markup import escape
from textual.widgets import Label, Static

from drill.judge.runner import JudgeResult, Progress
from drill.practice import RunOutcome
from drill.tui.fmt import clock, plural

TITLES = {
    "accepted": "✓ Accepted",
    "wrong_answer": "✗ Wrong answer",
    "runtime_error": "✗ Runtime error",
    "time_limit": "✗ Time limit exceeded",
    "memory_limit": "✗ Memory limit exceeded",
    "output_limit": "✗ Output limit exceeded",
    "compile_error": "✗ Does not compile",
    "too_slow": "◔ Correct, but too slow",
}
PHASES = {"examples": "examples", "hypothesis": "generated cases", "growth": "growth check"}


class VerdictPanel(VerticalScroll, can_focus=False):
    """A wrong answer shows the minimal input, then expected and actual side by side."""

    DEFAULT_CSS = """
    VerdictPanel {
        height: auto; max-height: 14; min-height: 3;
        border: round $primary 50%; padding: 0 1;
        &.-accepted { border: round $success; }
        &.-failed { border: round $error; }
        &.-judging { border: round $warning; }
        & > #head { text-style: bold; width: 100%; }
        &.-accepted > #head { color: $text-success; }
        &.-failed > #head { color: $text-error; }
        & > #body { width: 100%; }
        & > #sides { height: auto; }
        & > #sides > Static { width: 1fr; height: auto; border: round $primary 40%; padding: 0 1; }
        & > #trace { color: $text-muted; width: 100%; }
        & > .-hidden { display: none; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Label("", id="head")
        yield Static("", id="body")
        with Horizontal(id="sides", classes="-hidden"):
            yield Static("", id="expected")
            yield Static("", id="got")
        yield Static("", id="trace", classes="-hidden", markup=False)

    def _state(self, name: str) -> None:
        for state in ("-accepted", "-failed", "-judging"):
            self.set_class(state == name, state)

    def _sides(self, expected: str | None = None, got: str | None = None) -> None:
        sides = self.query_one("#sides")
        sides.set_class(expected is None, "-hidden")
        if expected is not None:
            self.query_one("#expected", Static).update(escape(expected))
            self.query_one("#expected").border_title = "expected"
            self.query_one("#got", Static).update(escape(got or ""))
            self.query_one("#got").border_title = "your output"

    def _trace(self, text: str | None) -> None:
        trace = self.query_one("#trace", Static)
        trace.set_class(not text, "-hidden")
        trace.update(text or "")

    def note(self, title: str, message: str) -> None:
        """A plain message in place of a verdict."""
        self._state("")
        self.query_one("#head", Label).update(title)
        self.query_one("#body", Static).update(escape(message))
        self._sides()
        self._trace(None)

    def waiting(self, message: str) -> None:
        self.note("Waiting for a save", message)

    def judging(self, progress: Progress | None = None) -> None:
        self._state("-judging")
        self.query_one("#head", Label).update("Judging…")
        text = "starting the judge"
        if progress is not None:
            phase = PHASES.get(progress.phase, progress.phase)
            text = f"{plural(progress.passed, 'case')} passed · now: {phase}"
        self.query_one("#body", Static).update(text)

    def show(self, result: JudgeResult, outcome: RunOutcome | None) -> None:
        accepted = result.verdict == "accepted"
        self._state("-accepted" if accepted else "-failed")
        title = TITLES.get(result.verdict, result.verdict.replace("_", " "))
        self.query_one("#head", Label).update(
            f"{title} · {result.passed}/{result.total} cases · {result.elapsed_s:.2f} s"
        )
        lines: list[str] = []
        if result.message and result.message != "wrong answer":
            lines.append(escape(result.message))
        ce = result.counterexample
        if ce is not None:
            lines.append(f"[b]input[/b] {escape(ce.input)}")
        growth = growth_line(result)
        if growth:
            lines.append(growth)
        if accepted and outcome is not None:
            lines.append(
                f"Solved in [b]{clock(outcome.minutes * 60)}[/b] after "
                f"{plural(outcome.attempt.runs, 'run')}; grade {outcome.grade}, "
                f"re-solve on {outcome.next_due.isoformat() if outcome.next_due else '—'}."
            )
        elif outcome is not None and outcome.oops_id is not None:
            lines.append(f"[dim]Added to the Oops List as #{outcome.oops_id}.[/dim]")
        self.query_one("#body", Static).update("\n".join(lines))
        if ce is not None and result.verdict == "wrong_answer":
            self._sides(ce.expected, ce.got)
        else:
            self._sides()
        self._trace(result.error if result.verdict != "wrong_answer" else None)
        self.scroll_home(animate=False)


def growth_line(result: JudgeResult) -> str:
    """`growth n^1.07 (reference n^1.07, target O(n))`, or "" when not measured."""
    c = result.complexity
    if not c:
        return ""
    mark = "ok" if c.get("ok") else "too steep"
    return (
        f"growth n^{float(c['exponent']):.2f} (reference n^{float(c['reference_exponent']):.2f}, "
        f"target {escape(str(c['target']))}): {mark}"
    )
