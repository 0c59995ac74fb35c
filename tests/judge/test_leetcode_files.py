"""Solutions written as LeetCode wants them are judged unchanged: `class Solution` with the
camelCase method, `List`/`Optional` without imports, LeetCode's parameter names, the user's own
ListNode/TreeNode classes. One file per bank problem in tests/judge/leetcode/<slug>.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from drill.config import shipped_dir
from drill.judge.runner import judge
from drill.problembank import module_paths, read_meta

HERE = Path(__file__).parent / "leetcode"
MODULES = {p.stem: p for p in module_paths([shipped_dir("problems")])}
FILES = sorted(HERE.glob("*.py"))


def test_there_are_leetcode_files_for_at_least_thirty_problems() -> None:
    slugs = {f.stem for f in FILES}
    assert len(slugs) >= 30, len(slugs)
    assert slugs <= set(MODULES), slugs - set(MODULES)


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_a_leetcode_file_is_accepted_as_it_is(path: Path, tmp_path: Path) -> None:
    meta = read_meta(MODULES[path.stem])
    result = judge(meta, path, tmp_path / "home", max_examples=60, growth=False)
    assert result.verdict == "accepted", result.report()


def test_a_missing_function_names_both_ways_to_write_it(tmp_path: Path) -> None:
    solution = tmp_path / "s.py"
    solution.write_text("class Solution:\n    def a(self, x): ...\n    def b(self, x): ...\n")
    result = judge(read_meta(MODULES["two-sum"]), solution, tmp_path / "home", growth=False)
    assert result.verdict == "compile_error"
    assert "LeetCode's `class Solution` with a method `twoSum`" in result.report()


def test_leetcode_acronym_names_find_their_method_beside_a_helper(tmp_path: Path) -> None:
    solution = tmp_path / "s.py"
    solution.write_text(
        "class Solution:\n"
        "    def isValidBST(self, root: Optional[TreeNode]) -> bool:\n"
        "        return self.check(root, float('-inf'), float('inf'))\n\n"
        "    def check(self, node, lo, hi):\n"
        "        if node is None:\n"
        "            return True\n"
        "        if not lo < node.val < hi:\n"
        "            return False\n"
        "        left = self.check(node.left, lo, node.val)\n"
        "        return left and self.check(node.right, node.val, hi)\n"
    )
    meta = read_meta(MODULES["validate-bst"])
    result = judge(meta, solution, tmp_path / "home", max_examples=40, growth=False)
    assert result.verdict == "accepted", result.report()
    assert result.report().count("no function named") == 0


def test_a_wrong_answer_on_the_growth_checks_big_input_is_wrong(tmp_path: Path) -> None:
    solution = tmp_path / "s.py"
    solution.write_text(
        "def two_sum(nums, target):\n"
        "    if len(nums) > 100:\n"
        "        return [0, 1]  # right on every small input, anything on big ones\n"
        "    seen = {}\n"
        "    for i, x in enumerate(nums):\n"
        "        if target - x in seen:\n"
        "            return [seen[target - x], i]\n"
        "        seen[x] = i\n"
    )
    result = judge(read_meta(MODULES["two-sum"]), solution, tmp_path / "home", max_examples=60)
    assert result.verdict == "wrong_answer", result.report()
    assert "large(n=" in result.report()
