"""The judge's verdicts, counterexamples, progress, example database and result shape."""

from __future__ import annotations

import ast
import marshal
import textwrap
import threading
from pathlib import Path

import pytest

from drill.config import shipped_dir
from drill.judge.runner import Cancelled, JudgeResult, Limits, ProblemModuleError, Progress, judge
from drill.problembank import read_meta
from tests.judge.conftest import CORRECT_TWO_SUM, TWO_SUM, JudgeFn

PROBLEMS = shipped_dir("problems")


def _solve(tmp_path: Path, slug_path: Path, source: str, **kwargs: object) -> JudgeResult:
    sol = tmp_path / "sol.py"
    sol.write_text(textwrap.dedent(source))
    return judge(read_meta(slug_path), sol, tmp_path / "home", **kwargs)  # type: ignore[arg-type]


def test_correct_solution_is_accepted_with_a_growth_report(run_judge: JudgeFn) -> None:
    result = run_judge(CORRECT_TWO_SUM, growth=True)
    assert result.verdict == "accepted"
    assert result.passed == result.total > 30
    assert result.counterexample is None and result.error is None
    assert result.complexity is not None and result.complexity["ok"] is True
    assert result.complexity["target"] == "O(n)"


def test_hypothesis_failure_is_shrunk_to_a_minimal_input(run_judge: JudgeFn) -> None:
    # Passes every EXAMPLE (all have < 7 numbers), fails from 7 numbers on.
    result = run_judge(
        CORRECT_TWO_SUM.replace("seen = {}", "seen = {}\n    if len(nums) > 6:\n        return [0]")
    )
    assert result.verdict == "wrong_answer"
    assert result.counterexample is not None
    kwargs = ast.literal_eval(result.counterexample.input)
    assert len(kwargs["nums"]) == 7  # shrunk to the smallest failing length
    assert ast.literal_eval(result.counterexample.got) == [0]
    assert result.passed >= 6  # the EXAMPLES passed first


def test_past_failures_replay_first(run_judge: JudgeFn) -> None:
    source = CORRECT_TWO_SUM.replace(
        "seen = {}", "seen = {}\n    if len(nums) > 6:\n        return [0]"
    )
    first = run_judge(source)
    again = run_judge(source)
    assert again.verdict == first.verdict == "wrong_answer"
    assert again.counterexample == first.counterexample
    # The replayed failure comes straight after the 6 EXAMPLES, no search needed.
    assert first.passed > 6
    assert again.passed == 6


def test_runtime_error_traceback_is_trimmed_to_the_users_file(run_judge: JudgeFn) -> None:
    result = run_judge(
        """
        def helper(nums):
            return nums[len(nums)]

        def two_sum(nums, target):
            return helper(nums)
        """
    )
    assert result.verdict == "runtime_error"
    error = result.error or ""
    assert "IndexError" in error
    assert "solution.py" in error and "in helper" in error
    assert "drill/judge" not in error and "hypothesis" not in error


def test_wrong_signature_is_a_clear_runtime_error(run_judge: JudgeFn) -> None:
    result = run_judge("def two_sum(numbers, goal):\n    return [0, 1]\n")
    assert result.verdict == "runtime_error"
    assert "unexpected keyword argument 'nums'" in (result.error or "")


def test_mutating_the_input_does_not_fool_the_judge(run_judge: JudgeFn) -> None:
    # Clearing nums after answering must not change the recorded input or the expected value.
    result = run_judge(CORRECT_TWO_SUM.replace("seen = {}", "seen = {}\n    nums = nums"))
    assert result.verdict == "accepted"
    wrong = run_judge(
        """
        def two_sum(nums, target):
            nums.clear()
            return [0, 0]
        """
    )
    assert wrong.counterexample is not None
    assert ast.literal_eval(wrong.counterexample.input)["nums"]  # still the original numbers


def test_linked_list_problem_converts_nodes_both_ways(tmp_path: Path) -> None:
    path = PROBLEMS / "linked-list" / "reverse-linked-list.py"
    ok = _solve(
        tmp_path,
        path,
        """
        def reverse_list(head):
            prev = None
            while head:
                head.next, prev, head = prev, head, head.next
            return prev
        """,
        max_examples=20,
        growth=False,
    )
    assert ok.verdict == "accepted"
    as_list = _solve(
        tmp_path,
        path,
        """
        def reverse_list(head):
            out = []
            while head:
                out.append(head.val)
                head = head.next
            return out[::-1]
        """,
        max_examples=20,
        growth=False,
    )
    assert as_list.verdict == "runtime_error"
    assert "return a ListNode" in as_list.message


def test_design_problem_names_the_first_wrong_operation(tmp_path: Path) -> None:
    result = _solve(
        tmp_path,
        PROBLEMS / "stack" / "min-stack.py",
        """
        class MinStack:
            def __init__(self):
                self.items = []
            def push(self, val):
                self.items.append(val)
            def pop(self):
                self.items.pop()
            def top(self):
                return self.items[-1]
            def get_min(self):
                return self.items[0]
        """,
        max_examples=50,
        growth=False,
    )
    assert result.verdict == "wrong_answer"
    assert "first difference at operation" in result.message
    assert "get_min()" in result.message


def test_quadratic_solution_is_too_slow(run_judge: JudgeFn) -> None:
    result = run_judge(
        (Path(__file__).parents[1] / "problems" / "wrong" / "two-sum.py").read_text(),
        growth=True,
    )
    assert result.verdict == "too_slow"
    assert result.complexity is not None
    assert result.complexity["exponent"] > result.complexity["reference_exponent"] + 0.5
    assert result.elapsed_s < 5  # growing n stopped early


def test_progress_is_reported_live_from_a_thread(tmp_path: Path) -> None:
    seen: list[Progress] = []
    out: list[JudgeResult] = []
    sol = tmp_path / "sol.py"
    sol.write_text(CORRECT_TWO_SUM)

    def work() -> None:
        out.append(judge(read_meta(TWO_SUM), sol, None, max_examples=40, progress=seen.append))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=30)
    assert out and out[0].verdict == "accepted"
    passed = [p.passed for p in seen]
    assert passed == sorted(passed) and passed[-1] > 0
    assert {p.phase for p in seen} >= {"hypothesis", "growth"}


def test_cancel_stops_the_judgement(tmp_path: Path) -> None:
    sol = tmp_path / "sol.py"
    sol.write_text(CORRECT_TWO_SUM)
    cancel = threading.Event()
    seen: list[Progress] = []

    def on_progress(progress: Progress) -> None:
        seen.append(progress)
        cancel.set()  # e.g. the user saved the file again

    with pytest.raises(Cancelled):
        judge(read_meta(TWO_SUM), sol, None, max_examples=5000, cancel=cancel, progress=on_progress)
    assert 0 < len(seen) < 50


def test_a_broken_problem_module_is_a_problem_error(tmp_path: Path) -> None:
    broken = tmp_path / "arrays-hashing" / "broken-sum.py"
    broken.parent.mkdir()
    broken.write_text(TWO_SUM.read_text().replace("seen: dict[int, int] = {}", "seen = None"))
    sol = tmp_path / "sol.py"
    sol.write_text(CORRECT_TWO_SUM)
    with pytest.raises(ProblemModuleError, match="reference raised"):
        judge(read_meta(broken), sol, None, max_examples=10)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # a wrong reference: it disagrees with the module's own EXAMPLES
        (("return [i, j]", "return [j, i]"), r"reference gives \[2, 1\] on EXAMPLES\[0\]"),
        # a large(n) that never returns
        (
            ("    nums = rng.sample(", "    while True:\n        pass\n    nums = rng.sample("),
            r"large\(128, rng\) did not finish",
        ),
    ],
    ids=["wrong-reference", "hanging-large"],
)
def test_a_faulty_problem_module_is_never_blamed_on_the_solution(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    broken = tmp_path / "arrays-hashing" / "faulty-sum.py"
    broken.parent.mkdir()
    source = TWO_SUM.read_text()
    assert change[0] in source
    broken.write_text(source.replace(change[0], change[1], 1))
    sol = tmp_path / "sol.py"
    sol.write_text(CORRECT_TWO_SUM)
    with pytest.raises(ProblemModuleError, match=message):
        judge(read_meta(broken), sol, tmp_path / "home", max_examples=10)


def test_json_has_the_documented_shape(run_judge: JudgeFn) -> None:
    data = run_judge("def two_sum(nums, target):\n    return [0, 0]\n").to_json()
    assert {
        "problem",
        "verdict",
        "passed",
        "total",
        "elapsed_s",
        "counterexample",
        "error",
        "complexity",
    } <= set(data)
    assert data["problem"] == "two-sum"
    assert data["verdict"] == "wrong_answer"
    assert set(data["counterexample"]) == {"input", "expected", "got"}
    assert ast.literal_eval(data["counterexample"]["got"]) == [0, 0]


def test_human_report_shows_the_counterexample_as_literals(run_judge: JudgeFn) -> None:
    report = run_judge("def two_sum(nums, target):\n    return [0, 0]\n").report()
    assert report.startswith("two-sum: wrong answer")
    assert "input:    {'nums': [4, 9, 2, 8], 'target': 11}" in report
    assert "expected: [1, 2]" in report
    assert "got:      [0, 0]" in report


def test_solution_output_is_captured(run_judge: JudgeFn) -> None:
    result = run_judge(CORRECT_TWO_SUM.replace("seen = {}", "seen = {}\n    print('debug', nums)"))
    assert result.verdict == "accepted"
    assert result.output.startswith("debug [4, 9, 2, 8]")


def test_floats_are_compared_with_a_tolerance(tmp_path: Path) -> None:
    result = _solve(
        tmp_path,
        PROBLEMS / "heap" / "find-median-from-data-stream.py",
        """
        import bisect
        class MedianFinder:
            def __init__(self):
                self.v = []
            def add_num(self, num):
                bisect.insort(self.v, num)
            def find_median(self):
                n = len(self.v)
                m = (self.v[(n - 1) // 2] + self.v[n // 2]) / 2
                return m * (1 + 1e-9)
        """,
        max_examples=30,
        growth=False,
        limits=Limits(),
    )
    assert result.verdict == "accepted"


def test_a_recursive_answer_survives_the_growth_check(tmp_path: Path) -> None:
    # The growth check reaches 32,768 nodes; a correct recursive reversal must not be a
    # runtime error just because Python's default recursion limit is 1,000.
    result = _solve(
        tmp_path,
        PROBLEMS / "linked-list" / "reverse-linked-list.py",
        """
        def reverse_list(head):
            if head is None or head.next is None:
                return head
            new_head = reverse_list(head.next)
            head.next.next = head
            head.next = None
            return new_head
        """,
    )
    assert result.verdict == "accepted", result.report()
    assert result.complexity is not None and result.complexity["ok"]


RARE_BUG = """
def two_sum(nums, target):
    seen = {}
    for j, x in enumerate(nums):
        if target - x in seen:
            if hash((tuple(nums), target)) % 100 == 0:  # wrong on about 1 input in 100
                return [j, j]
            return [seen[target - x], j]
        seen[x] = j
"""


@pytest.mark.parametrize("attempt_seed", [11, 22, 33, 44, 55])
def test_a_bug_on_one_input_in_a_hundred_is_caught_with_600_inputs(
    tmp_path: Path, attempt_seed: int
) -> None:
    sol = tmp_path / "solution.py"
    sol.write_text(RARE_BUG)
    result = judge(read_meta(TWO_SUM), sol, None, growth=False, seed=attempt_seed, max_examples=600)
    assert result.verdict == "wrong_answer", result.report()
    assert result.seed == attempt_seed


def test_seeds_vary_the_inputs_and_repeat_them(tmp_path: Path) -> None:
    sol = tmp_path / "solution.py"
    sol.write_text(RARE_BUG)
    runs = [
        judge(read_meta(TWO_SUM), sol, None, growth=False, seed=s).counterexample
        for s in (11, 11, 22)
    ]
    assert runs[0] == runs[1]  # the same seed: the same inputs, the same shrunk case
    assert runs[0] != runs[2]


def test_a_tuple_is_not_the_list_the_problem_asks_for(run_judge: JudgeFn) -> None:
    result = run_judge(
        CORRECT_TWO_SUM.replace("return [seen[target - x], j]", "return (seen[target - x], j)")
    )
    assert result.verdict == "wrong_answer"
    assert result.message == "returned a tuple; the answer is a list"


def test_a_float_answer_is_compared_within_the_declared_tolerance(tmp_path: Path) -> None:
    median = PROBLEMS / "binary-search" / "median-of-two-sorted-arrays.py"
    close = """
    def find_median_sorted_arrays(nums1, nums2):
        merged = sorted(nums1 + nums2)
        n = len(merged)
        middle = merged[n // 2] if n % 2 else (merged[n // 2 - 1] + merged[n // 2]) / 2
        return middle * (1 + 1e-9)
    """
    result = _solve(tmp_path, median, close, growth=False)
    assert result.verdict == "accepted", result.report()  # TOLERANCE = 1e-6 there
    off = close.replace("1e-9", "1e-4")
    assert _solve(tmp_path, median, off, growth=False).verdict == "wrong_answer"


def test_the_second_search_adds_inputs_and_its_failure_is_the_verdict(tmp_path: Path) -> None:
    """Beside the first search (here: the EXAMPLES and four generated inputs), a second one on
    another core draws inputs of its own while the first search and the growth check run: a
    bug the first search's few inputs miss (on seed 1) is found and shrunk there."""
    sol = tmp_path / "solution.py"
    common = "len(nums) > 4 and nums[0] > nums[1]"  # no EXAMPLE, many generated inputs
    sol.write_text(RARE_BUG.replace("hash((tuple(nums), target)) % 100 == 0", common))
    alone = judge(read_meta(TWO_SUM), sol, None, max_examples=1, second=False, seed=1)
    assert alone.verdict == "accepted" and alone.total < 20, alone.report()
    beside = judge(read_meta(TWO_SUM), sol, None, max_examples=1, second=True, seed=1)
    assert beside.verdict == "wrong_answer", beside.report()
    assert beside.counterexample is not None
    case = ast.literal_eval(beside.counterexample.input)
    assert len(case["nums"]) == 5 and case["nums"][0] > case["nums"][1]  # shrunk there
    correct = tmp_path / "correct.py"
    correct.write_text(textwrap.dedent(CORRECT_TWO_SUM))
    counted = judge(read_meta(TWO_SUM), correct, None, max_examples=1, second=True, seed=1)
    assert counted.verdict == "accepted" and counted.total > alone.total + 5, counted.report()


def test_large_inputs_are_kept_per_problem_version_and_a_broken_one_is_rebuilt(
    tmp_path: Path,
) -> None:
    meta = read_meta(PROBLEMS / "trees" / "level-order-traversal.py")
    alt = Path(__file__).parent.parent / "problems" / "alt" / "level-order-traversal.py"
    home = tmp_path / "home"
    first = judge(meta, alt, home, max_examples=20)
    kept = sorted((home / "cache" / "large").glob("level-order-traversal-*.marshal"))
    assert first.verdict == "accepted" and kept, first.report()
    assert len({p.name.split("-")[-2] for p in kept}) == 1  # one version of the module
    for path in kept:
        path.write_bytes(b"not marshal")  # a torn write, a disk error: rebuilt, never trusted
    again = judge(meta, alt, home, max_examples=20)
    assert again.verdict == "accepted", again.report()
    rebuilt = [p for p in kept if p.exists() and p.read_bytes() != b"not marshal"]
    assert rebuilt and all(isinstance(marshal.loads(p.read_bytes()), dict) for p in rebuilt)
