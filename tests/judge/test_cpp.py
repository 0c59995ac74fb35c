"""C++ solutions: types from the Python signature, starters, the harness, and verdicts.

The judging tests compile with the system g++ (`.ci/run` installs it) and share one cache, so
the harness's precompiled header is built once for the module.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from drill.config import shipped_dir
from drill.core.cpp import Unmappable, cpp_type, entry_point, plan_for
from drill.core.problems import ClassSig, FunctionSig, Param
from drill.judge.cpp import build, compiler, trim_sanitizer_report
from drill.judge.runner import JudgeResult, cpp_cache, judge
from drill.problembank import cpp_plan, cpp_starter, read_meta
from tests.conftest import env_for
from tests.e2e.test_cli import DRILL

PROBLEMS = shipped_dir("problems")


def meta_of(slug: str):  # type: ignore[no-untyped-def]
    (path,) = PROBLEMS.glob(f"*/{slug}.py")
    return read_meta(path)


# ---------------------------------------------------------------- types (pure)


@pytest.mark.parametrize(
    ("annotation", "samples", "expected"),
    [
        ("int", [3, -7], "int"),
        ("int", [3, 2**31], "long long"),
        ("int", [-(2**31) - 1], "long long"),
        ("float", [], "double"),
        ("bool", [], "bool"),
        ("str", ["abc"], "string"),
        ("list[int]", [[1, 2], [2**40]], "vector<long long>"),
        ("list[list[int]]", [[[1]]], "vector<vector<int>>"),
        ("List[List[str]]", [[["5", "."], ["3", "9"]]], "vector<vector<char>>"),
        ("list[str]", [["ab", "c"]], "vector<string>"),
        ("ListNode | None", [], "ListNode*"),
        ("Optional[TreeNode]", [], "TreeNode*"),
        ("TreeNode", [], "TreeNode*"),
        ("None", [], "void"),
    ],
)
def test_python_types_map_to_cpp(annotation: str, samples: list[object], expected: str) -> None:
    assert cpp_type(annotation, samples, where="x") == expected


@pytest.mark.parametrize(
    "annotation", ["dict[int, int]", "set[int]", "tuple[int, int]", "int | str", None, "Any"]
)
def test_unmappable_types_say_so(annotation: str | None) -> None:
    with pytest.raises(Unmappable):
        cpp_type(annotation, [], where="x")


def test_two_sum_starter_is_leetcodes_signature() -> None:
    text = cpp_starter(meta_of("two-sum"))
    assert "class Solution {" in text
    assert "vector<int> twoSum(vector<int>& nums, int target) {" in text
    assert "return {};" in text


def test_design_in_place_and_node_starters() -> None:
    stack = cpp_starter(meta_of("min-stack"))
    assert "class MinStack {" in stack and "int getMin() {" in stack
    assert "void push(int val) {" in stack and "MinStack() {" in stack
    assert "void moveZeroes(vector<int>& nums) {" in cpp_starter(meta_of("move-zeroes"))
    assert "ListNode* reverseList(ListNode* head) {" in cpp_starter(meta_of("reverse-linked-list"))
    assert "vector<vector<char>>& board" in cpp_starter(meta_of("sudoku-solver"))


def test_problems_without_a_cpp_form_say_why() -> None:
    for slug in ("clone-graph", "encode-and-decode-strings", "copy-list-with-random-pointer"):
        with pytest.raises(Unmappable, match=r"Python only|no C\+\+ counterpart"):
            cpp_plan(meta_of(slug))


def test_entry_point_finds_leetcode_class_or_free_function() -> None:
    plan = plan_for(FunctionSig("is_valid_bst", (Param("root", "TreeNode | None"),), "bool"), {})
    assert entry_point("class Solution { public: bool isValidBST(TreeNode* r) {} };", plan) == (
        "&Solution::isValidBST"
    )
    assert entry_point("bool is_valid_bst(TreeNode* r) { return true; }", plan) == "is_valid_bst"
    with pytest.raises(Unmappable, match="isValidBst"):
        entry_point("int other(int x) { return x; }", plan)
    design = plan_for(ClassSig("MinStack", (FunctionSig("top", (Param("self"),), "int"),)), {})
    with pytest.raises(Unmappable, match="no class MinStack"):
        entry_point("class Other {};", design)


def test_sanitizer_report_is_cut_to_the_users_frames() -> None:
    report = (
        "==7==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x6020 at pc 0x55\n"
        "READ of size 4 at 0x6020 thread T0\n"
        "    #0 0x55aa  (/proc/self/exe+0x4241a)\n"
        "SUMMARY: AddressSanitizer: heap-buffer-overflow\n"
    )
    text = trim_sanitizer_report(report, "/home/u/sol.cpp")
    assert text.splitlines()[0] == "ERROR: AddressSanitizer: heap-buffer-overflow"


# ---------------------------------------------------------------- judging (g++)

needs_gxx = pytest.mark.skipif(compiler() is None, reason="g++ is installed by .ci/run")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cpp-home")


def _write(tmp: Path, code: str) -> Path:
    path = tmp / "sol.cpp"
    path.write_text(code)
    return path


def run(home: Path, slug: str, code: str, tmp: Path, **kw: object) -> JudgeResult:
    return judge(meta_of(slug), _write(tmp, code), home, **kw)  # type: ignore[arg-type]


TWO_SUM = """
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); ++i) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
"""


@needs_gxx
def test_leetcode_cpp_file_is_accepted_with_its_time_and_memory(home: Path, tmp_path: Path) -> None:
    result = run(home, "two-sum", TWO_SUM, tmp_path)
    assert result.verdict == "accepted", result.report()
    assert result.language == "cpp"
    assert result.complexity is not None and result.complexity["ok"]
    assert result.run_n is not None and result.run_n >= 8192
    assert result.run_time_s is not None and result.run_time_s < 0.05
    assert result.isolation  # the same jail as Python
    assert result.peak_bytes is not None and result.peak_bytes > 1 << 20
    assert "C++17:" in result.report()


@needs_gxx
def test_unchanged_file_is_not_compiled_again(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "sol.cpp"
    path.write_text(TWO_SUM + "// cache test\n")
    plan = cpp_plan(meta_of("two-sum"))
    first = build(plan, path, cpp_cache(home))
    second = build(plan, path, cpp_cache(home))
    assert first.binary is not None and not first.cached
    assert second.cached and second.binary == first.binary
    assert second.binary.stat().st_mtime_ns == first.binary.stat().st_mtime_ns
    path.write_text(TWO_SUM + "// changed\n")
    assert not build(plan, path, cpp_cache(home)).cached
    sanitized = build(plan, path, cpp_cache(home), sanitize=True)
    assert sanitized.binary != first.binary  # other flags, another binary


@needs_gxx
def test_wrong_answer_has_a_shrunk_counterexample(home: Path, tmp_path: Path) -> None:
    wrong = TWO_SUM.replace("return {it->second, i};", "return {it->second, i + (i > 3)};")
    result = judge(meta_of("two-sum"), _write(tmp_path, wrong), None, growth=False, seed=7)
    assert result.verdict == "wrong_answer", result.report()
    assert result.counterexample is not None
    # The same mistake in Python, on the same seed: the same inputs, shrunk to the same case.
    python = tmp_path / "wrong.py"
    python.write_text(
        "def two_sum(nums, target):\n"
        "    seen = {}\n"
        "    for i, x in enumerate(nums):\n"
        "        if target - x in seen:\n"
        "            return [seen[target - x], i + (i > 3)]\n"
        "        seen[x] = i\n"
    )
    same = judge(meta_of("two-sum"), python, None, growth=False, seed=7)
    assert same.verdict == "wrong_answer"
    assert same.counterexample == result.counterexample


@needs_gxx
def test_compile_error_points_at_the_users_file_and_line(home: Path, tmp_path: Path) -> None:
    broken = TWO_SUM.replace("seen[nums[i]] = i;", "seen[nums[i]] = ;")
    result = run(home, "two-sum", broken, tmp_path)
    assert result.verdict == "compile_error"
    line = broken.splitlines().index("            seen[nums[i]] = ;") + 1
    assert result.message.startswith(f"{tmp_path / 'sol.cpp'}:{line}:")
    assert "error" in result.message
    assert "harness.hpp" not in (result.error or "")


@needs_gxx
def test_missing_method_is_a_compile_error_naming_it(home: Path, tmp_path: Path) -> None:
    result = run(home, "two-sum", "class Solution { public: int other() { return 0; } };", tmp_path)
    assert result.verdict == "compile_error"
    assert "twoSum" in result.message


@needs_gxx
def test_sanitizer_catches_an_out_of_bounds_read(home: Path, tmp_path: Path) -> None:
    oob = TWO_SUM.replace(
        "unordered_map<int, int> seen;",
        "unordered_map<int, int> seen;\n        volatile int sink = nums[nums.size()];\n"
        "        (void)sink;",
    )
    plain = run(home, "two-sum", oob, tmp_path, growth=False)
    assert plain.verdict in ("accepted", "wrong_answer", "runtime_error")  # undefined, unseen
    result = run(home, "two-sum", oob, tmp_path, growth=False, sanitize=True)
    assert result.verdict == "runtime_error", result.report()
    assert "heap-buffer-overflow" in result.message
    assert f"{tmp_path / 'sol.cpp'}:" in (result.error or "")  # the user's own frame


@needs_gxx
def test_endless_loop_is_a_time_limit(home: Path, tmp_path: Path) -> None:
    code = (
        "class Solution { public: vector<int> twoSum(vector<int>& n, int t) {"
        " volatile long x = 0; while (true) ++x; } };"
    )
    result = run(home, "two-sum", code, tmp_path)
    assert result.verdict == "time_limit", result.report()


@needs_gxx
def test_memory_hog_is_a_memory_limit(home: Path, tmp_path: Path) -> None:
    code = (
        "class Solution { public: vector<int> twoSum(vector<int>& n, int t) {"
        " vector<vector<long>> v; while (true) v.emplace_back(1 << 20, 1); } };"
    )
    result = run(home, "two-sum", code, tmp_path)
    assert result.verdict == "memory_limit", result.report()


@needs_gxx
def test_quadratic_cpp_is_too_slow(home: Path, tmp_path: Path) -> None:
    code = """
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        for (int i = 0; i < (int)nums.size(); ++i)
            for (int j = i + 1; j < (int)nums.size(); ++j)
                if (nums[i] + nums[j] == target) return {i, j};
        return {};
    }
};
"""
    result = run(home, "two-sum", code, tmp_path)
    assert result.verdict == "too_slow", result.report()


REVERSE_LIST = """
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = nullptr;
        while (head) { ListNode* next = head->next; head->next = prev; prev = head; head = next; }
        return prev;
    }
};
"""

INVERT_TREE = """
class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        if (!root) return nullptr;
        swap(root->left, root->right);
        invertTree(root->left);
        invertTree(root->right);
        return root;
    }
};
"""

MIN_STACK = """
class MinStack {
    vector<pair<int, int>> items;
public:
    MinStack() {}
    void push(int val) {
        items.push_back({val, items.empty() ? val : min(val, items.back().second)});
    }
    void pop() { items.pop_back(); }
    int top() { return items.back().first; }
    int getMin() { return items.back().second; }
};
"""

MOVE_ZEROES = """
class Solution {
public:
    void moveZeroes(vector<int>& nums) {
        int w = 0;
        for (int x : nums) if (x != 0) nums[w++] = x;
        while (w < (int)nums.size()) nums[w++] = 0;
    }
};
"""


@needs_gxx
@pytest.mark.parametrize(
    ("slug", "code"),
    [
        ("reverse-linked-list", REVERSE_LIST),
        ("invert-binary-tree", INVERT_TREE),
        ("min-stack", MIN_STACK),
        ("move-zeroes", MOVE_ZEROES),
    ],
    ids=["list", "tree", "design", "in-place"],
)
def test_each_shape_is_accepted(home: Path, tmp_path: Path, slug: str, code: str) -> None:
    result = run(home, slug, code, tmp_path)
    assert result.verdict == "accepted", result.report()


@needs_gxx
def test_in_place_answer_is_the_argument_after_the_call(home: Path, tmp_path: Path) -> None:
    lazy = MOVE_ZEROES.replace("while (w < (int)nums.size()) nums[w++] = 0;", "")
    result = run(home, "move-zeroes", lazy, tmp_path, growth=False)
    assert result.verdict == "wrong_answer"


@needs_gxx
def test_design_exception_names_the_operation(home: Path, tmp_path: Path) -> None:
    throwing = MIN_STACK.replace(
        "int getMin() { return items.back().second; }",
        'int getMin() { throw std::logic_error("not yet"); }',
    )
    result = run(home, "min-stack", throwing, tmp_path, growth=False)
    assert result.verdict == "runtime_error"
    assert "not yet" in result.message and "during operation" in result.message
    assert "get_min" in result.message


# ---------------------------------------------------------------- the CLI


@needs_gxx
def test_cli_judges_a_cpp_file_by_its_extension(tmp_path: Path) -> None:
    sol = tmp_path / "two_sum.cpp"
    sol.write_text(TWO_SUM)
    done = subprocess.run(
        [DRILL, "judge", "two-sum", str(sol), "--json", "--no-growth"],
        capture_output=True,
        text=True,
        env=env_for(tmp_path / "home"),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["verdict"] == "accepted" and out["language"] == "cpp"
    assert out["run"]["compile_s"] is not None and out["run"]["compile_s"] > 0


def test_cli_without_a_compiler_names_the_package(tmp_path: Path) -> None:
    sol = tmp_path / "two_sum.cpp"
    sol.write_text(TWO_SUM)
    env = env_for(tmp_path / "home", DRILL_CXX="no-such-compiler")
    done = subprocess.run(
        [DRILL, "judge", "two-sum", str(sol)], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "install g++" in done.stderr
    assert "Traceback" not in done.stderr


def test_cli_problem_without_cpp_form_is_one_line(tmp_path: Path) -> None:
    sol = tmp_path / "clone.cpp"
    sol.write_text("class Solution {};")
    done = subprocess.run(
        [DRILL, "judge", "clone-graph", str(sol)],
        capture_output=True,
        text=True,
        env=env_for(tmp_path / "home"),
        check=False,
    )
    assert done.returncode == 2
    assert "clone-graph has no C++ version" in done.stderr and done.stderr.count("\n") == 1


@needs_gxx
def test_solve_in_cpp_writes_a_cpp_starter_and_keeps_python_apart(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = env_for(home)
    done = subprocess.run(
        [DRILL, "solve", "two-sum", "--plain", "--now", "--lang", "cpp"],
        input="q\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr  # left open
    starter = home / "workspace" / "two_sum.cpp"
    assert "vector<int> twoSum(vector<int>& nums, int target)" in starter.read_text()
    python = subprocess.run(
        [DRILL, "solve", "two-sum", "--plain", "--now"],
        input="q\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert "resumed" not in python.stdout  # the C++ attempt is its own
    assert (home / "workspace" / "two_sum.py").is_file()
    assert starter.read_text().startswith("// Two Sum")


def test_problems_cpp_column_names_why_not(tmp_path: Path) -> None:
    done = subprocess.run(
        [DRILL, "problems", "--cpp", "--json"],
        capture_output=True,
        text=True,
        env=env_for(tmp_path / "home"),
        check=True,
    )
    rows = {row["problem"]: row["cpp"] for row in json.loads(done.stdout)}
    assert rows["two-sum"] == "yes" and rows["min-stack"] == "yes"
    assert rows["clone-graph"].startswith("no: graph nodes")
    assert sum(value == "yes" for value in rows.values()) >= 180


@needs_gxx
def test_const_methods_and_leetcodes_own_method_name_are_accepted(
    home: Path, tmp_path: Path
) -> None:
    const = TWO_SUM.replace("int target) {", "int target) const {")
    assert run(home, "two-sum", const, tmp_path, growth=False).verdict == "accepted"
    # LeetCode calls it isPalindrome; drill's name is is_palindrome_number: the only method wins.
    palindrome = """
class Solution {
public:
    bool isPalindrome(int x) {
        if (x < 0) return false;
        long long reversed = 0;
        for (int y = x; y > 0; y /= 10) reversed = reversed * 10 + y % 10;
        return reversed == x;
    }
};
"""
    result = run(home, "palindrome-number", palindrome, tmp_path, growth=False)
    assert result.verdict == "accepted", result.report()


@needs_gxx
def test_a_constructor_taking_a_reference_compiles(home: Path, tmp_path: Path) -> None:
    starter = cpp_starter(meta_of("range-sum-query-immutable"))
    assert "vector<int>& nums" in starter
    result = run(home, "range-sum-query-immutable", starter, tmp_path, growth=False)
    assert result.verdict in ("wrong_answer", "runtime_error"), result.report()


def test_big_integer_problems_say_they_are_python_only() -> None:
    with pytest.raises(Unmappable, match="64-bit"):
        cpp_plan(meta_of("unique-paths"))
    assert "uint32_t reverseBits(uint32_t n)" in cpp_starter(meta_of("reverse-bits"))
