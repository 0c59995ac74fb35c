"""Terminal math keeps its meaning: grouping, whole scripts, norms, and every shipped formula."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drill.core.markup import split_segments
from drill.mathtext import to_unicode
from drill.render import math_to_unicode, unicode_math

DECKS = Path(__file__).resolve().parents[2] / "decks"


@pytest.mark.parametrize(
    ("latex", "shown"),
    [
        # the formulas that used to change meaning
        (r"\frac{1}{1+e^{-z}}", "1/(1 + e⁻ᶻ)"),
        (r"\frac{x_j-\mu_j}{s_j}", "(xⱼ − μⱼ)/sⱼ"),
        (r"\|w\|", "‖w‖"),
        (r"y^{(i)}", "y⁽ⁱ⁾"),
        (r"\sum_{i=1}^m", "∑ᵢ₌₁ᵐ"),
        (r"0.95^{20}", "0.95²⁰"),
        # grouping
        (r"\frac{a+b}{c+d}", "(a + b)/(c + d)"),
        (r"\frac{1}{2}", "1/2"),
        (r"\frac{20}{x_i}", "20/xᵢ"),
        (r"\frac{2PR}{P + R}", "(2PR)/(P + R)"),
        (r"\frac{\frac{a}{b}}{c}", "(a/b)/c"),
        (r"\frac{(a+b)^2}{c}", "(a + b)²/c"),
        (r"\frac{1}{m}X^\top X", "(1/m)XᵀX"),
        (r"\log\frac{p}{1-p}", "log(p/(1 − p))"),
        (r"1 - \frac{1}{K}", "1 − 1/K"),
        (r"\frac{a}{b}\cdot c", "(a/b) · c"),
        (r"\left\lfloor\frac{W + 2P - K}{S}\right\rfloor + 1", "⌊(W + 2P − K)/S⌋ + 1"),
        # scripts: whole group or ^(...), never half
        (r"\sum_{i=1}^{m} x_i", "∑ᵢ₌₁ᵐ xᵢ"),
        (r"\sum_{i \in S}^{n} x_i", "∑_(i∈S)^(n) xᵢ"),
        (r"\sum_{k=0}^{\infty}", "∑_(k=0)^(∞)"),
        (r"\prod_{i<l} S_i", "∏_(i<l) Sᵢ"),
        (r"\int_0^1 f", "∫₀¹ f"),
        (r"W^{[l]}", "W^([l])"),
        (r"n^{1.585}", "n^(1.585)"),
        (r"e^{z_j}", "e^(zⱼ)"),
        (r"2^{h+1}", "2ʰ⁺¹"),
        (r"p_{data}", "p_(data)"),
        (r"n_{in}", "nᵢₙ"),
        (r"Q^*", "Q^*"),
        (r"e^q x", "e^(q)x"),  # a bare one-character script must not swallow what follows
        (r"\sigma_\epsilon^2", "σ_(ϵ)²"),
        (r"\hat{y}_i^{(t-1)}", "y\u0302ᵢ⁽ᵗ⁻¹⁾"),
        (r"X^\top", "Xᵀ"),
        (r"\sigma'(z)", "σ'(z)"),
        # norms and delimiters
        (r"\lVert x \rVert_2", "‖x‖₂"),
        (r"\left( a+b \right)^2", "(a + b)²"),
        (r"\left\|\mathbf{x}\right\|", "‖𝐱‖"),
        (r"|x - y|", "|x − y|"),
        (r"P(A \mid B)", "P(A | B)"),
        # accents, alphabets, roots
        (r"\hat{y}", "y\u0302"),
        (r"\bar{x}", "x\u0304"),
        (r"\tilde{x}", "x\u0303"),
        (r"\vec{v}", "v\u20d7"),
        (r"\hat{\mathbf{x}}", "𝐱\u0302"),
        (r"\mathbb{R}^n", "ℝⁿ"),
        (
            r"\mathbb{E}[X] + \mathbb{N} + \mathbb{Z} + \mathbb{Q} + \mathbb{C}",
            "𝔼[X] + ℕ + ℤ + ℚ + ℂ",
        ),
        (r"\mathcal{N}(\mu, \sigma^2)", "𝒩(μ, σ²)"),
        (r"\mathcal{L}", "ℒ"),
        (r"\sqrt{x}", "√x"),
        (r"\sqrt{x+1}", "√(x + 1)"),
        (r"\sqrt{n}x", "√(n)x"),
        (r"\sqrt[3]{x}", "∛x"),
        (r"\frac{s}{\sqrt{n}}", "s/√n"),
        # operators, relations, names, text
        (r"a \cdot b \times c", "a · b × c"),
        (r"a \le b \ge c \ne d \approx e \in S", "a ≤ b ≥ c ≠ d ≈ e ∈ S"),
        (r"\log x + \exp(y) + \max_j z_j - \min(a,b)", "log x + exp(y) + maxⱼ zⱼ − min(a, b)"),
        (r"\operatorname{Var}(X) + 2\operatorname{Cov}(X, Y)", "Var(X) + 2 Cov(X, Y)"),
        (r"\frac{1}{\text{its rank}}", "1/(its rank)"),
        (r"\alpha\beta\gamma\Theta", "αβγΘ"),
        (r"\partial f + \nabla J", "∂f + ∇J"),
        (r"p \to \infty", "p → ∞"),
        (r"-\log\hat{y}", "−log y\u0302"),
        (r"(-1, 1)", "(−1, 1)"),
        (r"\pm 1", "±1"),
        (r"73{,}856", "73,856"),
        (r"\binom{4}{2}", "C(4, 2)"),
        (r"\not\in", "∉"),
        (r"\foo{x} + 1", r"\foo{x} + 1"),  # unknown commands are kept as source
    ],
)
def test_formula_is_shown_with_its_meaning(latex: str, shown: str) -> None:
    assert math_to_unicode(latex) == shown


@pytest.mark.parametrize(
    "latex",
    [r"\frac{1}{", r"x^", r"a}", r"\left( x", r"\begin{cases} a \\ b \end{cases}", r"\right)"],
)
def test_unreadable_latex_is_shown_as_its_source(latex: str) -> None:
    assert math_to_unicode(latex) == latex


def test_unicode_math_converts_math_and_leaves_code_alone() -> None:
    text = "The sigmoid $\\sigma(z) = \\frac{1}{1+e^{-z}}$, `$x^2$` in code,\n\n$$\\|w\\|^2$$\nend"
    assert unicode_math(text) == (
        "The sigmoid σ(z) = 1/(1 + e⁻ᶻ), `$x^2$` in code,\n\n\n    ‖w‖²\n\nend"
    )


# ---------------------------------------------------------------- properties

_TERMS = st.sampled_from(
    ["a", "b", "x", "y", "2", "10", r"\alpha", r"\mu", r"\sigma", "x_i", "y^2", r"\hat{y}"]
)
_OPS = st.sampled_from(["+", "-", r"\cdot", "=", r"\times"])


@st.composite
def _multi_symbol(draw: st.DrawFn) -> str:
    terms = draw(st.lists(_TERMS, min_size=2, max_size=4))
    out = terms[0]
    for term in terms[1:]:
        out += f" {draw(_OPS)} {term}"
    return out


@given(
    _multi_symbol(),
    _multi_symbol(),
    st.sampled_from(["", "z = ", "2", r"\log", "1 - "]),
    st.sampled_from(["", " + 1", "y", r" \le 3"]),
)
def test_a_fraction_of_sums_keeps_both_groups(num: str, den: str, before: str, after: str) -> None:
    shown = math_to_unicode(f"{before}\\frac{{{num}}}{{{den}}}{after}")
    assert f"({math_to_unicode(num)})/({math_to_unicode(den)})" in shown


def _is_script(ch: str, kind: str) -> bool:
    name = unicodedata.name(ch, "")
    if kind == "^":
        return "SUPERSCRIPT" in name or name.startswith("MODIFIER LETTER")
    return "SUBSCRIPT" in name


@given(st.text(alphabet="abcqxyz0123456789+-=()ABCQXY*.,", min_size=1, max_size=6))
@pytest.mark.parametrize("mark", ["^", "_"])
def test_a_script_group_is_converted_whole_or_kept_whole(mark: str, group: str) -> None:
    shown = math_to_unicode(f"w{mark}{{{group}}}")
    assert shown.startswith("w")
    rest = shown[1:]
    if all(_is_script(ch, mark) for ch in rest):
        assert len(rest) == len(group)  # every character converted, none dropped
    elif len(group) == 1:
        assert rest == mark + math_to_unicode(group)
    else:
        assert rest.startswith(mark + "(") and rest.endswith(")")
        assert not any(_is_script(ch, mark) for ch in rest)


# ---------------------------------------------------------------- every shipped formula


@cache
def _shipped_formulas() -> tuple[str, ...]:
    found: dict[str, None] = {}
    for deck in sorted(DECKS.glob("*.md")):
        for seg in split_segments(deck.read_text(encoding="utf-8")):
            if seg.kind in ("math_inline", "math_display"):
                found[seg.text] = None
    return tuple(found)


_BRACED = r"\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}"
_ATOM = rf"(?:[A-Za-z]|\d+(?:\.\d+)?|\\[A-Za-z]+(?:\s*{_BRACED})*)"
_SCRIPT = rf"(?:\s*[_^]\s*(?:{_BRACED}|\\[A-Za-z]+|[A-Za-z0-9])|')"
_ONE_SYMBOL = re.compile(rf"\s*{_ATOM}{_SCRIPT}*\s*")


def _frac_args(latex: str) -> list[str]:
    """The LaTeX of every \\frac numerator and denominator, nested ones included (pylatexenc)."""
    from pylatexenc import latexwalker as lw

    out: list[str] = []

    def walk(nodes: list[object] | None) -> None:
        for node in nodes or []:
            if isinstance(node, lw.LatexMacroNode) and node.nodeargd is not None:
                args = [a for a in node.nodeargd.argnlist if a is not None]
                if node.macroname in ("frac", "dfrac", "tfrac"):
                    for arg in args:
                        src = arg.latex_verbatim()
                        out.append(src[1:-1] if isinstance(arg, lw.LatexGroupNode) else src)
                walk(args)
            elif isinstance(node, lw.LatexGroupNode | lw.LatexEnvironmentNode):
                walk(node.nodelist)

    walk(lw.LatexWalker(latex, tolerant_parsing=False).get_latex_nodes()[0])
    return out


_CLOSERS = {"(": ")", "[": "]", "{": "}", "⌊": "⌋", "⌈": "⌉", "⟨": "⟩", "|": "|", "‖": "‖"}


def _self_delimited(shown: str) -> bool:
    """`(a + b)²`, `‖x‖`, `⌊x⌋`: brackets already hold the whole thing together."""
    if not shown or shown[0] not in _CLOSERS:
        return False
    depth = 0
    for i, ch in enumerate(shown):
        if shown[0] in "|‖":
            end = shown.find(shown[0], 1)
            tail = shown[end + 1 :] if end > 0 else None
            break
        depth += (ch in "([{⌊⌈⟨") - (ch in ")]}⌋⌉⟩")
        if depth == 0:
            tail = shown[i + 1 :]
            break
    else:
        return False
    if tail is None:
        return False
    scripts = re.sub(r"[_^](?:\([^()]*\)|\S)", "", tail)
    return all(_is_script(ch, "^") or _is_script(ch, "_") or ch == "'" for ch in scripts)


def test_every_shipped_formula_renders_with_its_grouping() -> None:
    formulas = _shipped_formulas()
    assert len(formulas) > 500  # the decks hold several hundred distinct formulas
    for latex in formulas:
        shown = to_unicode(latex)  # raises if the renderer cannot read it
        assert math_to_unicode(latex) == (shown or latex)
        assert "^{" not in shown and "_{" not in shown, (latex, shown)
        assert "\\" not in shown, (latex, shown)  # no shipped formula uses an unknown command
        flat = shown.replace(" ", "")
        for arg in _frac_args(latex):
            if _ONE_SYMBOL.fullmatch(arg):
                continue
            part = math_to_unicode(arg).replace(" ", "")
            assert f"({part})" in flat or _self_delimited(part), (latex, arg, shown)


@given(st.text(alphabet="\\{}^_$ax1+-()[]|'.fracsqtleigh", max_size=40))
def test_any_input_gives_text_not_an_error(latex: str) -> None:
    assert isinstance(math_to_unicode(latex), str)
