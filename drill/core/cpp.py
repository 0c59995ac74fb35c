"""C++ for a problem: its types from the Python signature, a starter, and the harness's `main`.

Pure: everything here works on signatures as source text (drill/problembank.py reads them from
the problem module without running it) and on the user's C++ source. The judge's C++ runner
(drill/judge/cpp.py) compiles what `harness_main` writes together with drill/judge/cpp/harness.hpp.

The harness converts arguments to the types of the user's own function (deduced from its
signature by the compiler), so the starter's types are advice: `int` where the examples fit in
32 bits, `long long` where they don't, `char` for lists of one-character strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from drill.core.names import camel
from drill.core.problems import ClassSig, FunctionSig, Param

INT32 = 2**31 - 1


CPP_SUFFIXES = (".cpp", ".cc", ".cxx")


def language_of(path: object) -> str:
    """ "cpp" for a C++ file (by its extension), else "python"."""
    return "cpp" if str(path).endswith(CPP_SUFFIXES) else "python"


class Unmappable(ValueError):
    """A problem whose signature has no C++ counterpart drill can generate (the reason)."""


# ---------------------------------------------------------------- types


def _split_union(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def _leaves(value: Any) -> Iterable[Any]:
    if isinstance(value, list | tuple):
        for item in value:
            yield from _leaves(item)
    else:
        yield value


def cpp_type(annotation: str | None, samples: Sequence[Any] = (), *, where: str = "") -> str:
    """The C++ type for a Python annotation; `samples` (values seen in EXAMPLES) decide
    `int` or `long long` and `string` or `char`. Raises Unmappable."""
    what = f"{where}: " if where else ""
    if annotation is None:
        raise Unmappable(f"{what}no type annotation")
    text = annotation.replace(" ", "").replace("typing.", "")
    optional = re.fullmatch(r"Optional\[(.*)\]", text)
    if optional:
        text = optional.group(1) + "|None"
    parts = [p for p in _split_union(text) if p != "None"]
    if len(parts) != 1:
        if not parts:
            return "void"
        raise Unmappable(f"{what}the union {annotation} has no C++ type")
    text = parts[0]
    if text in ("ListNode", "TreeNode"):
        return f"{text}*"
    if text in ("GraphNode", "RandomNode", "Node"):
        raise Unmappable("graph nodes and random-pointer lists are judged in Python only")
    if text == "int":
        big = any(
            isinstance(v, int) and not isinstance(v, bool) and abs(v) > INT32 for v in samples
        )
        return "long long" if big else "int"
    if text == "float":
        return "double"
    if text == "bool":
        return "bool"
    if text == "str":
        strings = [v for v in samples if isinstance(v, str)]
        return "char" if strings and all(len(v) == 1 for v in strings) and where else "string"
    inner = re.fullmatch(r"(?:list|List|Sequence)\[(.*)\]", text)
    if inner:
        leaves = [leaf for s in samples for leaf in _leaves(s)]
        element = cpp_type(inner.group(1), leaves, where=where or "element")
        if element == "void":
            raise Unmappable(f"{what}a list of None has no C++ type")
        return f"vector<{element}>"
    raise Unmappable(f"{what}{annotation} has no C++ counterpart in drill's harness")


def _param_decl(cpp: str, name: str) -> str:
    if cpp.startswith("vector") or cpp == "string":
        return f"{cpp}& {name}"
    return f"{cpp} {name}"


def _default(cpp: str) -> str:
    if cpp == "void":
        return ""
    if cpp.endswith("*"):
        return " nullptr"
    if cpp in ("int", "long long", "double"):
        return " 0"
    if cpp == "bool":
        return " false"
    if cpp == "char":
        return " ' '"
    return " {}"


@dataclass(frozen=True)
class CppMethod:
    py_name: str
    cpp_name: str
    returns: str
    params: tuple[tuple[str, str], ...]  # (name, C++ type)


@dataclass(frozen=True)
class CppPlan:
    """What the starter and the harness need to know about one problem."""

    kind: str  # "function" | "design"
    name: str  # FUNCTION (the class's name for a design problem)
    method: CppMethod | None = None  # function: the Solution method
    in_place: int = -1  # function: the parameter whose value after the call is the answer
    ctor: tuple[tuple[str, str], ...] = ()  # design: constructor parameters
    methods: tuple[CppMethod, ...] = ()  # design: the public methods


def _plain_params(sig: FunctionSig) -> list[Param]:
    params = [p for p in sig.params if p.name != "self"]
    odd = [p for p in params if p.kind not in ("normal", "posonly")]
    if odd:
        raise Unmappable(
            f"{sig.name}: *args, **kwargs and keyword-only parameters have no C++ form"
        )
    return params


def _samples_by_param(examples: Any) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    if not isinstance(examples, list | tuple):
        return found
    for case in examples:
        if isinstance(case, list | tuple) and len(case) == 2 and isinstance(case[0], dict):
            for key, value in case[0].items():
                found.setdefault(str(key), []).append(value)
            found.setdefault("return", []).append(case[1])
    return found


def _design_samples(examples: Any) -> dict[tuple[str, int], list[Any]]:
    """Design problems: argument values by (method, position), and "return" values by method
    at position -1; the constructor is "__init__" with its keyword arguments by position."""
    found: dict[tuple[str, int], list[Any]] = {}
    if not isinstance(examples, list | tuple):
        return found
    for case in examples:
        if not (isinstance(case, list | tuple) and len(case) == 2 and isinstance(case[0], dict)):
            continue
        spec, results = case
        for i, value in enumerate(dict(spec.get("init", {})).values()):
            found.setdefault(("__init__", i), []).append(value)
        ops = spec.get("ops", [])
        for k, op in enumerate(ops if isinstance(ops, list) else []):
            if not (isinstance(op, list | tuple) and len(op) == 2):
                continue
            name, args = op
            for i, value in enumerate(args):
                found.setdefault((str(name), i), []).append(value)
            if isinstance(results, list) and k < len(results):
                found.setdefault((str(name), -1), []).append(results[k])
    return found


def plan_for(
    sig: FunctionSig | ClassSig, constants: dict[str, object], *, node_kinds_declared: bool = False
) -> CppPlan:
    """The C++ plan of a problem from its reference's signature and module constants
    (EXAMPLES, IN_PLACE, CODEC, KINDS, and CPP: C++ types by parameter or "return" where the
    examples can't tell, e.g. `{"board": "vector<vector<char>>"}`). Raises Unmappable."""
    if isinstance(constants.get("NO_CPP"), str):
        raise Unmappable(str(constants["NO_CPP"]))
    if constants.get("CODEC") is not None:
        raise Unmappable("encode/decode (codec) problems are judged in Python only")
    kinds = constants.get("KINDS")
    if node_kinds_declared or (isinstance(kinds, dict) and kinds):
        raise Unmappable("graph, random-pointer and cyclic lists are judged in Python only")
    if isinstance(sig, ClassSig):
        seen = _design_samples(constants.get("EXAMPLES"))
        given = constants.get("CPP")  # a design problem: C++ return types by method name
        design_cpp = {str(k): str(v) for k, v in given.items()} if isinstance(given, dict) else {}
        ctor: tuple[tuple[str, str], ...] = ()
        methods = []
        for m in sig.methods:
            params = _plain_params(m)
            if m.name == "__init__":
                ctor = tuple(
                    (p.name, cpp_type(p.annotation, seen.get(("__init__", i), []), where=p.name))
                    for i, p in enumerate(params)
                )
                continue
            typed = tuple(
                (p.name, cpp_type(p.annotation, seen.get((m.name, i), []), where=p.name))
                for i, p in enumerate(params)
            )
            returns = design_cpp.get(m.name) or cpp_type(
                m.returns, seen.get((m.name, -1), []), where=f"{m.name}()"
            )
            methods.append(CppMethod(m.name, camel(m.name), returns, typed))
        if not methods:
            raise Unmappable(f"class {sig.name} has no public methods")
        return CppPlan("design", sig.name, ctor=ctor, methods=tuple(methods))
    samples = _samples_by_param(constants.get("EXAMPLES"))
    params = _plain_params(sig)
    declared = constants.get("CPP")
    declared = {str(k): str(v) for k, v in declared.items()} if isinstance(declared, dict) else {}
    typed = tuple(
        (
            p.name,
            declared.get(p.name) or cpp_type(p.annotation, samples.get(p.name, []), where=p.name),
        )
        for p in params
    )
    in_place_name = constants.get("IN_PLACE")
    in_place = -1
    if isinstance(in_place_name, str):
        names = [p.name for p in params]
        if in_place_name not in names:
            raise Unmappable(f"IN_PLACE = {in_place_name!r} is not a parameter")
        in_place = names.index(in_place_name)
        returns = "void"
    else:
        returns = declared.get("return") or cpp_type(
            sig.returns, samples.get("return", []), where="the answer"
        )
    method = CppMethod(sig.name, camel(sig.name), returns, typed)
    return CppPlan("function", sig.name, method=method, in_place=in_place)


# ---------------------------------------------------------------- the starter


def starter(title: str, plan: CppPlan) -> str:
    """A LeetCode-style C++17 file to start from: it compiles, and every answer is wrong."""
    lines = [
        f"// {title}: implement it, then save; drill judges every save.",
        "// LeetCode's environment: the standard library, `using namespace std`, ListNode and",
        "// TreeNode are there already (`drill solve --lang cpp`).",
        "",
    ]

    def method_text(m: CppMethod, indent: str) -> list[str]:
        params = ", ".join(_param_decl(t, n) for n, t in m.params)
        out = [f"{indent}{m.returns} {m.cpp_name}({params}) {{"]
        out.append(f"{indent}    // your code here")
        if m.returns != "void":
            out.append(f"{indent}    return{_default(m.returns)};")
        out.append(f"{indent}}}")
        return out

    if plan.kind == "design":
        lines += [f"class {plan.name} {{", "public:"]
        ctor = ", ".join(_param_decl(t, n) for n, t in plan.ctor)
        lines += [f"    {plan.name}({ctor}) {{", "    }"]
        for m in plan.methods:
            lines.append("")
            lines += method_text(m, "    ")
        lines.append("};")
    else:
        assert plan.method is not None
        lines += ["class Solution {", "public:"]
        lines += method_text(plan.method, "    ")
        lines.append("};")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the harness's main


_KEYWORDS = {"if", "for", "while", "switch", "return", "sizeof", "catch", "static_cast"}
_DEFINITION = re.compile(r"^\s*(?:[\w:<>,*&\s]+?)\b(\w+)\s*\([^;{}]*\)\s*(?:const\s*)?\{", re.M)
"""A function definition at the start of a line: `type name(params) [const] {`."""


def entry_point(source: str, plan: CppPlan) -> str:
    """How the harness reaches the user's code: `&Solution::name` (LeetCode's form) or a free
    function `name`, found in the source by the problem's name (any case, with or without
    underscores). Raises Unmappable when the file has neither."""
    if plan.kind == "design":
        if not re.search(rf"\b(?:class|struct)\s+{re.escape(plan.name)}\b", source):
            raise Unmappable(f"no class {plan.name}; define it as in the starter file")
        return plan.name
    assert plan.method is not None
    key = plan.name.replace("_", "").lower()
    names = [n for n in re.findall(r"\b([A-Za-z_]\w*)\s*\(", source) if n not in _KEYWORDS]
    matching = [n for n in names if n.replace("_", "").lower() == key]
    solution = re.search(r"\b(?:class|struct)\s+Solution\b", source)
    if solution:
        inside = source[solution.end() :]
        found = [
            n
            for n in re.findall(r"\b([A-Za-z_]\w*)\s*\(", inside)
            if n.replace("_", "").lower() == key
        ]
        if found:
            return f"&Solution::{found[0]}"
        # LeetCode's name may differ from drill's (isPalindrome for is_palindrome_number):
        # a Solution with one public method means that one.
        defined = {
            m.group(1)
            for m in _DEFINITION.finditer(inside)
            if m.group(1) not in _KEYWORDS and m.group(1) != "Solution"
        }
        if len(defined) == 1:
            return f"&Solution::{defined.pop()}"
        raise Unmappable(
            f"class Solution has no method {plan.method.cpp_name}; name it as in the starter"
        )
    if matching:
        return str(matching[0])
    raise Unmappable(
        f"no function {plan.method.cpp_name}; define it, or LeetCode's class Solution with that "
        "method (see the starter: drill solve --lang cpp)"
    )


def _cxx_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def harness_main(plan: CppPlan, entry: str, harness: str, solution: str) -> str:
    """The translation unit g++ compiles: the harness, the user's file, and a `main` that
    serves the judge's requests. `#line` keeps g++'s messages on the user's own file:line."""
    head = [
        f"#include {_cxx_string(harness)}",
        f"#include {_cxx_string(solution)}",
        '#line 1 "drill-harness"',
        "int main(int argc, char **argv) {",
        "    if (__asan_set_error_report_callback)",
        "        __asan_set_error_report_callback(drill::on_sanitizer_report);",
    ]
    if plan.kind == "function":
        body = [
            f"    static auto call = drill::bind({entry}, {plan.in_place});",
            "    return drill::serve(argc, argv, [](const drill::Json &given, double *elapsed) {",
            "        return call.run(given, elapsed);",
            "    });",
            "}",
        ]
        return "\n".join(head + body) + "\n"
    # The constructor's arguments as named locals: a constructor may take them by reference.
    ctor_locals = [
        f"        auto ctor{i} = drill::From<{t}>::get(init.a.at({i}), {_cxx_string(n)});"
        for i, (n, t) in enumerate(plan.ctor)
    ]
    ctor_args = ", ".join(f"ctor{i}" for i in range(len(plan.ctor)))
    dispatch = []
    for i, m in enumerate(plan.methods):
        keyword = "if" if i == 0 else "else if"
        dispatch.append(
            f"                {keyword} (name == {_cxx_string(m.py_name)}) "
            f"o += drill::method(obj, &{entry}::{m.cpp_name}, args);"
        )
    body = [
        "    return drill::serve(argc, argv, [](const drill::Json &given, double *elapsed) {",
        "        const drill::Json &init = given.a.at(0);",
        "        const drill::Json &ops = given.a.at(1);",
        *ctor_locals,
        "        double start = drill::thread_cpu_s();",
        f"        {entry} obj({ctor_args});" if ctor_args else f"        {entry} obj;",
        '        std::string o = "[";',
        "        for (size_t k = 0; k < ops.a.size(); ++k) {",
        "            const std::string &name = ops.a[k].a.at(0).s;",
        "            const drill::Json &args = ops.a[k].a.at(1);",
        "            if (k) o += ',';",
        "            try {",
        *dispatch,
        '                else throw drill::Bad("no method " + name);',
        "            } catch (const std::bad_alloc &) {",
        "                throw;",
        "            } catch (const std::exception &exc) {",
        "                throw std::runtime_error(std::string(exc.what()) + "
        '" (during operation " + std::to_string(k) + ": " + name + ")");',
        "            }",
        "        }",
        "        *elapsed = drill::thread_cpu_s() - start;",
        '        return o + "]";',
        "    });",
        "}",
    ]
    return "\n".join(head + body) + "\n"
