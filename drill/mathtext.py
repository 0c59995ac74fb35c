"""LaTeX math as plain Unicode text that keeps its meaning: `\\frac{1}{1+e^{-z}}` -> `1/(1 + e⁻ᶻ)`.

pylatexenc's LatexWalker does the lexing (braces, macros, `\\text{... $x$ ...}`); this module
reads the node tree as math: it consumes each command's arguments itself, attaches sub- and
superscripts to their base, and writes a linear form with the grouping made explicit.

The rules that keep a formula's meaning on one line:

- a `\\frac` numerator or denominator of more than one symbol is parenthesised, `(a + b)/c`,
  and so is a whole fraction that sits next to a factor, `(1/m)XᵀX`, or is a function's
  argument, `log(p/(1 − p))`;
- a sub/superscript becomes Unicode only when every character of the whole group has a
  Unicode form (`xⁱ⁺¹`); otherwise it is written `^(...)`/`_(...)`, or `^c` for one character
  that ends its term; never half converted;
- `\\sqrt` of more than one symbol is `√(x + 1)`; norms, `\\left( \\right)` and friends keep their
  delimiters; a command this module does not know is kept as LaTeX source, `\\name{...}`.

`to_unicode` raises on input it cannot read (unbalanced braces, environments, a `^` with nothing
after it); the caller shows the source instead.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


class UnsupportedLatex(ValueError):
    """The formula uses something this renderer does not read; show the source instead."""


# ---------------------------------------------------------------- tokens from pylatexenc


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # "chr" one character, "grp" a {group}, "mac" a \macro, "math" $..$ inside \text
    text: str = ""
    kids: tuple[_Tok, ...] = ()


@lru_cache(maxsize=1)
def _empty_context() -> Any:
    """No macro takes arguments: this module consumes them, the same way for every command."""
    from pylatexenc.macrospec import LatexContextDb

    return LatexContextDb()


def _tokens(nodes: Sequence[Any]) -> tuple[_Tok, ...]:
    from pylatexenc import latexwalker as lw

    out: list[_Tok] = []
    for node in nodes:
        if node is None:
            continue
        if node.isNodeType(lw.LatexCharsNode):
            out.extend(_Tok("chr", ch) for ch in node.chars)
        elif node.isNodeType(lw.LatexGroupNode):
            out.append(_Tok("grp", kids=_tokens(node.nodelist)))
        elif node.isNodeType(lw.LatexMacroNode):
            out.append(_Tok("mac", node.macroname))
        elif node.isNodeType(lw.LatexMathNode):
            out.append(_Tok("math", kids=_tokens(node.nodelist)))
        elif node.isNodeType(lw.LatexCommentNode):  # `$5%$`: a percent sign, not a comment
            out.extend(_Tok("chr", ch) for ch in "%" + node.comment)
        elif node.isNodeType(lw.LatexSpecialsNode):
            out.extend(_Tok("chr", ch) for ch in node.specials_chars)
        else:  # environments (cases, matrices): no faithful one-line form here
            raise UnsupportedLatex(f"unsupported LaTeX construct: {type(node).__name__}")
    return tuple(out)


def _parse(latex: str) -> tuple[_Tok, ...]:
    from pylatexenc.latexwalker import LatexWalker

    walker = LatexWalker(latex, latex_context=_empty_context(), tolerant_parsing=False)
    nodes, _, _ = walker.get_latex_nodes()
    return _tokens(nodes)


# ---------------------------------------------------------------- tables

_SUP = {
    **dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True)),
    **dict(zip("+-−=()", "⁺⁻⁻⁼⁽⁾", strict=True)),
    **dict(zip("abcdefghijklmnoprstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", strict=True)),
    **dict(zip("ABDEGHIJKLMNOPRTUVW", "ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ", strict=True)),
    **dict(zip("αβγδεϵθιφϕχ", "ᵅᵝᵞᵟᵋᵋᶿᶥᵠᵠᵡ", strict=True)),
    "⊤": "ᵀ",  # X^\top, the transpose, is conventionally Xᵀ
}
_SUB = {
    **dict(zip("0123456789", "₀₁₂₃₄₅₆₇₈₉", strict=True)),
    **dict(zip("+-−=()", "₊₋₋₌₍₎", strict=True)),
    **dict(zip("aehijklmnoprstuvx", "ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ", strict=True)),
    **dict(zip("βγρφϕχ", "ᵦᵧᵨᵩᵩᵪ", strict=True)),
}
SUPERSCRIPTS = frozenset(_SUP.values())
SUBSCRIPTS = frozenset(_SUB.values())

_SPACES = {",": 1, ":": 1, ">": 1, ";": 1, " ": 1, "quad": 2, "qquad": 4, "!": 0, "\\": 4}
_SPACES |= {"thinspace": 1, "medspace": 1, "thickspace": 1, "enspace": 1, "negthinspace": 0}

_OWN_SYMBOLS = {
    "ne": "≠", "neq": "≠", "mid": "|", "top": "⊤", "intercal": "⊤", "prime": "'",
    "neg": "¬", "lnot": "¬", "land": "∧", "lor": "∨", "wedge": "∧", "vee": "∨",
    "implies": "⟹", "impliedby": "⟸", "iff": "⟺", "gets": "←", "colon": ":",
    "cdotp": "·", "bmod": "mod", "mod": "mod", "Re": "ℜ", "Im": "ℑ", "varnothing": "∅",
    "dots": "…", "ldots": "…", "cdots": "⋯", "lVert": "‖", "rVert": "‖", "Vert": "‖",
    "lvert": "|", "rvert": "|", "vert": "|", "langle": "⟨", "rangle": "⟩", "lbrace": "{",
    "rbrace": "}", "coloneqq": "≔", "triangleq": "≜", "mp": "∓", "div": "÷",
}  # fmt: skip


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_REL = _names(
    "le leq ge geq ne neq approx approxeq in notin ni to rightarrow leftarrow gets Rightarrow "
    "Leftarrow leftrightarrow Leftrightarrow longrightarrow longleftarrow Longrightarrow "
    "Longleftarrow iff implies impliedby mapsto sim simeq cong equiv propto mid subset "
    "subseteq supset supseteq subsetneq ll gg perp parallel prec succ preceq succeq leqslant "
    "geqslant asymp doteq triangleq coloneqq models vdash lesssim gtrsim colon"
)
_BIN = _names(
    "cdot times pm mp div odot oplus otimes ominus circ ast star setminus cup cap wedge vee "
    "land lor bmod mod bullet sqcup sqcap uplus diamond cdotp"
)
_OPEN = {"(": "(", "[": "[", "{": "{", "lbrace": "{", "langle": "⟨", "lfloor": "⌊", "lceil": "⌈"}
_CLOSE = {")": ")", "]": "]", "}": "}", "rbrace": "}", "rangle": "⟩", "rfloor": "⌋", "rceil": "⌉"}
_BARS = {"|": "‖", "lVert": "‖", "rVert": "‖", "Vert": "‖", "lvert": "|", "rvert": "|"}
_BARS |= {"vert": "|"}
_BIG_OPS = {
    "sum": "∑", "prod": "∏", "coprod": "∐", "int": "∫", "iint": "∬", "iiint": "∭",
    "oint": "∮", "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂",
    "bigvee": "⋁", "bigwedge": "⋀", "bigsqcup": "⨆",
}  # fmt: skip
_OP_NAMES = _names(
    "log ln lg exp sin cos tan cot sec csc sinh cosh tanh coth arcsin arccos arctan arg max "
    "min sup inf lim det dim ker deg gcd hom Pr argmax argmin"
)
_OP_NAMES_SPELLED = {"limsup": "lim sup", "liminf": "lim inf"}
_NOOPS = _names(
    "displaystyle textstyle scriptstyle scriptscriptstyle limits nolimits middle nonumber notag "
    "relax mathstrut strut big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr bigm "
    "Bigm biggm Biggm"
)
_FRACS = frozenset({"frac", "dfrac", "tfrac", "cfrac"})
_BINOMS = frozenset({"binom", "dbinom", "tbinom"})
_ACCENTS = {
    "hat": "\u0302", "widehat": "\u0302", "tilde": "\u0303", "widetilde": "\u0303",
    "bar": "\u0304", "overline": "\u0305", "vec": "\u20d7", "overrightarrow": "\u20d7",
    "dot": "\u0307", "ddot": "\u0308", "check": "\u030c", "breve": "\u0306",
    "acute": "\u0301", "grave": "\u0300", "underline": "\u0332",
}  # fmt: skip
_PER_CHAR_ACCENTS = frozenset({"bar", "overline", "underline"})  # a line over several characters
_FONTS = {
    "mathbf": "BOLD", "boldsymbol": "BOLD", "bm": "BOLD", "pmb": "BOLD",
    "mathbb": "DOUBLE-STRUCK", "mathcal": "SCRIPT", "mathscr": "SCRIPT", "mathfrak": "FRAKTUR",
    "mathrm": "", "mathit": "", "mathsf": "", "mathtt": "", "mathnormal": "",
}  # fmt: skip
_TEXTS = _names("text textrm textit textbf texttt textsf textup textnormal mbox emph hbox")
_DROP_ARG = frozenset({"color", "phantom", "hphantom", "vphantom", "label"})
_PASS_ARG = frozenset({"underbrace", "overbrace", "boxed", "cancel", "mathop", "mathord"})

_LITERALS = {"%": "%", "$": "$", "&": "&", "#": "#", "_": "_", "backslash": "\\"}


@lru_cache(maxsize=512)
def _library_symbol(name: str) -> str | None:
    """A plain symbol from pylatexenc's own tables (Greek, arrows, relations, \\infty, ...)."""
    from pylatexenc.latex2text import get_default_latex_context_db as text_db
    from pylatexenc.latexwalker import get_default_latex_context_db as walker_db

    spec = text_db().get_macro_spec(name)
    repl = getattr(spec, "simplify_repl", None)
    if not isinstance(repl, str) or "%" in repl or not repl.strip():
        return None
    takes = walker_db().get_macro_spec(name)
    argspec: object = getattr(getattr(takes, "args_parser", None), "argspec", "")
    if argspec:
        return None  # a command with arguments, not a symbol
    return repl


def _symbol(name: str) -> str | None:
    return _OWN_SYMBOLS.get(name) or _library_symbol(name)


@lru_cache(maxsize=1024)
def _styled(style: str, ch: str) -> str:
    """`x` in a math alphabet (𝐱, ℝ, 𝒩); the character itself where Unicode has no such letter."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return ch
    for drop in ("LATIN ", "GREEK ", " LETTER", "LUNATE "):
        name = name.replace(drop, "")
    for candidate in (f"MATHEMATICAL {style} {name}", f"{style} {name}"):
        if style == "FRAKTUR" and candidate.startswith("FRAKTUR"):
            candidate = candidate.replace("FRAKTUR", "BLACK-LETTER")
        try:
            return unicodedata.lookup(candidate)
        except KeyError:
            continue
    return ch


# ---------------------------------------------------------------- rendered pieces


@dataclass(slots=True)
class _Item:
    """One rendered atom with the class (as TeX has) that decides spacing and grouping.

    cls: ord, op (∑), opname (log), bin, rel, punct, open, close, bar (| or ‖, paired when
    joined), frac, paren (a whole bracketed group: \\left(..\\right), a wrapped fraction), space.
    Joining also marks a bin with nothing before it as unary: `−x`.
    """

    text: str
    cls: str = "ord"
    glued: str | None = None  # the text to use when a letter or digit follows with no space
    glued_open: bool = False  # ... and when an opening bracket follows
    width: int = 0  # an explicit space's width
    delim: str = ""  # for open/close/bar: the bracket itself
    compound: bool = False  # several symbols in one item: a {group}, a spaced \text{...}
    wrap_scripted: bool = False  # parenthesise before adding scripts: √x, {a+b}


def _atom_count(items: Sequence[_Item]) -> int:
    """How many symbols: a bracketed run `(a + b)` or `|x|` counts once, spaces not at all."""
    xs = [it for it in items if it.cls != "space"]
    count = i = 0
    while i < len(xs):
        it = xs[i]
        if it.cls == "open":
            depth, j = 0, i
            while j < len(xs):
                depth += {"open": 1, "close": -1}.get(xs[j].cls, 0)
                if depth == 0:
                    break
                j += 1
            i = j
        elif it.cls == "bar":
            j = next((k for k in range(i + 1, len(xs)) if xs[k].delim == it.delim), i)
            i = j
        count += 1
        i += 1
    return count


def _is_single(items: Sequence[_Item]) -> bool:
    xs = [it for it in items if it.cls != "space"]
    if _atom_count(xs) != 1:
        return False
    if len(xs) == 1:
        only = xs[0]
        return not only.compound and only.cls in ("ord", "paren", "opname", "open", "close", "bar")
    return True


def _join(items: Sequence[_Item], compact: bool = False) -> str:
    """Items as one line, spaced like TeX: `a + b`, `x = 1`, `−x`, `(1/m)XᵀX`, `log x`.

    compact (inside sub/superscripts): no spaces around operators, `i=1`.
    """
    xs: list[tuple[_Item, int]] = []
    pending = 0
    for it in items:
        if it.cls == "space":
            pending += it.width
            continue
        xs.append((it, pending if xs else 0))
        pending = 0
    cls = [it.cls for it, _ in xs]
    texts = [it.text for it, _ in xs]

    opened: dict[str, int] = {}
    for k, (it, _) in enumerate(xs):
        if it.cls == "bar":
            if it.delim in opened:
                cls[opened.pop(it.delim)], cls[k] = "open", "close"
            else:
                opened[it.delim] = k
    for k in opened.values():  # an unpaired bar is a relation: P(A | B), p ‖ q
        cls[k] = "rel"

    for k in range(len(xs)):
        if cls[k] == "bin" and (
            k == 0 or cls[k - 1] in ("bin", "unary", "rel", "open", "punct", "op", "opname")
        ):
            cls[k] = "unary"

    for k in range(len(xs)):
        if cls[k] != "frac":
            continue
        prev = cls[k - 1] if k else None
        nxt = cls[k + 1] if k + 1 < len(xs) else None
        alone_before = prev in (None, "bin", "unary", "rel", "open", "punct", "op")
        alone_after = nxt in (None, "rel", "punct", "close") or (
            nxt == "bin" and texts[k + 1] in ("+", "−", "±", "∓")
        )
        if not (alone_before and alone_after):
            texts[k], cls[k] = f"({texts[k]})", "paren"

    out: list[str] = []
    for k, (_, explicit) in enumerate(xs):
        if k:
            a, b = cls[k - 1], cls[k]
            need = 0
            if not compact and ("bin" in (a, b) or "rel" in (a, b) or a == "punct"):
                need = 1
            if a == "op" and b in ("ord", "open", "op", "opname", "frac", "paren"):
                need = 1
            if b == "op" and a in ("ord", "close", "frac", "paren"):
                need = 1
            if a == "opname" and b in ("ord", "op", "opname", "frac"):
                need = 1
            if b == "opname" and a in ("ord", "close", "frac", "paren", "opname"):
                need = 1
            gap = max(explicit, need)
            before = xs[k - 1][0]
            first = texts[k][:1]
            if (
                gap == 0
                and before.glued is not None
                and texts[k - 1] == before.text
                and (first.isalnum() or (before.glued_open and first in "(["))
            ):
                out[-1] = before.glued
            out.append(" " * gap)
        out.append(texts[k])
    return "".join(out)


# ---------------------------------------------------------------- the reader


class _Cursor:
    def __init__(self, toks: Sequence[_Tok]) -> None:
        self.toks = toks
        self.i = 0

    def _skip(self) -> None:
        while self.i < len(self.toks) and self._is_space(self.toks[self.i]):
            self.i += 1

    @staticmethod
    def _is_space(tok: _Tok) -> bool:
        return tok.kind == "chr" and tok.text.isspace()

    def peek(self) -> _Tok | None:
        self._skip()
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Tok | None:
        tok = self.peek()
        if tok is not None:
            self.i += 1
        return tok

    def take_raw(self) -> _Tok | None:
        """The very next token, spaces included (numbers: `1 2` is not 12)."""
        if self.i < len(self.toks):
            self.i += 1
            return self.toks[self.i - 1]
        return None


def _is_chr(tok: _Tok | None, chars: str) -> bool:
    return tok is not None and tok.kind == "chr" and tok.text in chars and len(tok.text) == 1


def _script(items: Sequence[_Item], table: dict[str, str], mark: str) -> tuple[str, str, bool]:
    """One sub/superscript group: (its best form, its `^(...)` form, whether it converted)."""
    text = _join(items, compact=True)
    if not text:
        return "", "", True
    paren = f"{mark}({text})"
    if all(ch in table for ch in text):
        return "".join(table[ch] for ch in text), paren, True
    return (f"{mark}{text}" if len(text) == 1 else paren), paren, False


def _accent(name: str, items: Sequence[_Item]) -> _Item:
    text = _join(items)
    mark = _ACCENTS[name]
    head = 1
    while head < len(text) and unicodedata.combining(text[head]):
        head += 1
    rest = text[head:]
    if text and all(ch in SUBSCRIPTS or ch in SUPERSCRIPTS or ch == "'" for ch in rest):
        return _Item(text[:head] + mark + rest)
    if name in _PER_CHAR_ACCENTS:
        marked = "".join(ch + mark if not unicodedata.combining(ch) else ch for ch in text)
        return _Item(marked, compound=True)
    return _Item(f"{name}({text})")


def to_unicode(latex: str) -> str:
    """The formula as one line of Unicode; raises UnsupportedLatex (or pylatexenc's error)."""
    return _join(_Reader().items(_parse(latex))).strip()


class _Reader:
    def items(self, toks: Sequence[_Tok], compact: bool = False) -> list[_Item]:
        cur = _Cursor(toks)
        out: list[_Item] = []
        while (tok := cur.take()) is not None:
            if _is_chr(tok, "^_"):
                cur.i -= 1
                out.append(self._scripts(_Item(""), cur, compact))
                continue
            item = self._atom(tok, cur, compact, single=False)
            if item is None:
                continue
            if item.cls != "space":
                item = self._scripts(item, cur, compact)
            out.append(item)
        return out

    def _arg(self, cur: _Cursor, compact: bool) -> list[_Item]:
        tok = cur.take()
        if tok is None:
            raise UnsupportedLatex("a command or ^/_ is missing its argument")
        if tok.kind == "grp":
            return self.items(tok.kids, compact)
        if _is_chr(tok, "^_}"):
            raise UnsupportedLatex("a command or ^/_ is missing its argument")
        item = self._atom(tok, cur, compact, single=True)
        return [] if item is None else [item]

    def _scripts(self, base: _Item, cur: _Cursor, compact: bool) -> _Item:
        primes = ""
        sub: list[_Item] | None = None
        sup: list[_Item] | None = None
        while True:
            tok = cur.peek()
            if _is_chr(tok, "'"):
                cur.take()
                primes += "'"
            elif _is_chr(tok, "^") and sup is None:
                cur.take()
                sup = self._arg(cur, compact=True)
            elif _is_chr(tok, "_") and sub is None:
                cur.take()
                sub = self._arg(cur, compact=True)
            else:
                break
        if not primes and sub is None and sup is None:
            return base
        sub_best, sub_paren, sub_ok = _script(sub or [], _SUB, "_")
        sup_best, sup_paren, sup_ok = _script(sup or [], _SUP, "^")
        if base.cls == "op" and sub and sup and not (sub_ok and sup_ok):
            sub_best, sup_best = sub_paren, sup_paren  # limits fall back together: ∑_(i∈S)^(n)
        if sup_best and not sub_ok:  # `_c` then `^2` would read as one script: `_(c)²`
            sub_best = sub_paren
        body = base.text
        if base.cls == "frac" or base.wrap_scripted:
            body = f"({body})"
        head = body + primes
        text = head + sub_best + sup_best
        glued = None  # a bare `^c` at the end must not run into a following letter: `^(c)x`
        if sup_best and not sup_ok and sup_best != sup_paren:
            glued = head + sub_best + sup_paren
        elif not sup_best and not sub_ok and sub_best != sub_paren:
            glued = head + sub_paren
        cls = "ord" if base.cls == "frac" else base.cls
        return _Item(text, cls, glued=glued, delim=base.delim)

    def _atom(self, tok: _Tok, cur: _Cursor, compact: bool, single: bool) -> _Item | None:
        if tok.kind == "grp":
            inner = [it for it in self.items(tok.kids, compact) if it.cls != "space"]
            if not inner:
                return _Item("")
            if len(inner) == 1:
                return inner[0]
            return _Item(_join(inner, compact), compound=True, wrap_scripted=True)
        if tok.kind == "math":
            return _Item(_join(self.items(tok.kids, compact), compact), compound=True)
        if tok.kind == "mac":
            return self._macro(tok.text, cur, compact)
        return self._char(tok.text, cur, single)

    def _char(self, ch: str, cur: _Cursor, single: bool) -> _Item | None:
        if ch.isdigit():
            digits = ch
            while not single and cur.i < len(cur.toks):
                nxt = cur.toks[cur.i]
                after = cur.toks[cur.i + 1] if cur.i + 1 < len(cur.toks) else None
                if _is_chr(nxt, "0123456789"):
                    digits += nxt.text
                    cur.i += 1
                elif (
                    _is_chr(nxt, ".")
                    or (nxt.kind == "grp" and len(nxt.kids) == 1 and _is_chr(nxt.kids[0], ","))
                ) and _is_chr(after, "0123456789"):
                    digits += "." if nxt.kind == "chr" else ","  # 0.95, 73{,}856
                    cur.i += 1
                else:
                    break
            return _Item(digits)
        if ch in "+-":
            return _Item("−" if ch == "-" else "+", "bin")
        if ch in "=<>:":
            return _Item(ch, "rel")
        if ch in ",;":
            return _Item(ch, "punct")
        if ch in "([":
            return _Item(ch, "open", delim=ch)
        if ch in ")]":
            return _Item(ch, "close", delim=ch)
        if ch == "|":
            return _Item("|", "bar", delim="|")
        if ch in "~&":
            return _Item("", "space", width=1)
        if ch.isspace():
            return None
        return _Item(ch)

    def _delimiter(self, cur: _Cursor) -> str:
        tok = cur.take()
        if tok is None:
            raise UnsupportedLatex("\\left or \\right without a delimiter")
        if tok.kind == "chr":
            return "" if tok.text == "." else {"<": "⟨", ">": "⟩"}.get(tok.text, tok.text)
        if tok.kind == "mac":
            name = tok.text
            found = _BARS.get(name) or _OPEN.get(name) or _CLOSE.get(name) or _symbol(name)
            if found is not None:
                return found
        raise UnsupportedLatex("unknown \\left/\\right delimiter")

    def _left_right(self, cur: _Cursor, compact: bool) -> _Item:
        opening = self._delimiter(cur)
        depth, start = 1, cur.i
        while cur.i < len(cur.toks):
            tok = cur.toks[cur.i]
            if tok.kind == "mac" and tok.text == "left":
                depth += 1
            elif tok.kind == "mac" and tok.text == "right":
                depth -= 1
                if depth == 0:
                    break
            cur.i += 1
        else:
            raise UnsupportedLatex("\\left without \\right")
        inner = self.items(cur.toks[start : cur.i], compact)
        cur.i += 1
        closing = self._delimiter(cur)
        return _Item(opening + _join(inner, compact) + closing, "paren")

    def _macro(self, name: str, cur: _Cursor, compact: bool) -> _Item | None:
        if name in _SPACES:
            return _Item("", "space", width=_SPACES[name])
        if name in _NOOPS:
            return None
        if name in _FRACS:
            num, den = self._arg(cur, compact), self._arg(cur, compact)
            text = "/".join(
                _join(part, compact) if _is_single(part) else f"({_join(part, compact)})"
                for part in (num, den)
            )
            return _Item(text, "frac")
        if name in _BINOMS:
            n, k = self._arg(cur, compact), self._arg(cur, compact)
            return _Item(f"C({_join(n, compact)}, {_join(k, compact)})")
        if name == "sqrt":
            return self._sqrt(cur, compact)
        if name in _ACCENTS:
            return _accent(name, self._arg(cur, compact))
        if name in _FONTS:
            arg = self._arg(cur, compact)
            style = _FONTS[name]
            styled = "".join(_styled(style, ch) for ch in _join(arg, compact)) if style else None
            if len([it for it in arg if it.cls != "space"]) == 1:
                only = next(it for it in arg if it.cls != "space")
                return _Item(styled if styled is not None else only.text, only.cls)
            text = styled if styled is not None else _join(arg, compact)
            return _Item(text, compound=_atom_count(arg) > 1)
        if name in _TEXTS:
            text = self._text(cur)
            return _Item(text, compound=" " in text.strip())
        if name == "operatorname":
            if _is_chr(cur.peek(), "*"):
                cur.take()
            return _Item(_join(self._arg(cur, compact=True), compact=True), "opname")
        if name in _OP_NAMES or name in _OP_NAMES_SPELLED:
            return _Item(_OP_NAMES_SPELLED.get(name, name), "opname")
        if name in _BIG_OPS:
            return _Item(_BIG_OPS[name], "op")
        if name == "left":
            return self._left_right(cur, compact)
        if name in ("right", "end", "begin"):
            raise UnsupportedLatex(f"unexpected \\{name}")
        if name == "pmod":
            return _Item(f" (mod {_join(self._arg(cur, compact), compact)})")
        if name == "not":
            tok = cur.take()
            if tok is None:
                raise UnsupportedLatex("\\not without a symbol")
            negated = self._atom(tok, cur, compact, single=True)
            if negated is None or not negated.text:
                raise UnsupportedLatex("\\not without a symbol")
            first = unicodedata.normalize("NFC", negated.text[0] + "\u0338")
            return _Item(first + negated.text[1:], negated.cls)
        if name in ("overset", "underset", "stackrel"):
            over, base = self._arg(cur, compact), self._arg(cur, compact)
            table, mark = (_SUB, "_") if name == "underset" else (_SUP, "^")
            _, paren, _ = _script(over, table, mark)
            return _Item(_join(base, compact) + paren, "rel" if _is_rel(base) else "ord")
        if name in _DROP_ARG:
            self._arg(cur, compact)
            return None
        if name == "textcolor":
            self._arg(cur, compact)
            return _Item(_join(self._arg(cur, compact), compact), compound=True)
        if name in _PASS_ARG:
            arg = self._arg(cur, compact)
            return _Item(_join(arg, compact), compound=_atom_count(arg) > 1, wrap_scripted=True)
        if name in ("hspace", "hspace*", "mspace"):
            self._arg(cur, compact)
            return _Item("", "space", width=1)
        if name in _LITERALS:
            return _Item(_LITERALS[name])
        if name in _OPEN:
            return _Item(_OPEN[name], "open", delim=_OPEN[name])
        if name in _CLOSE:
            return _Item(_CLOSE[name], "close", delim=_CLOSE[name])
        if name in _BARS:
            return _Item(_BARS[name], "bar", delim=_BARS[name])
        symbol = _symbol(name)
        if symbol is not None:
            cls = "rel" if name in _REL else "bin" if name in _BIN else "ord"
            return _Item(symbol, cls)
        return self._unknown(name, cur, compact)

    def _unknown(self, name: str, cur: _Cursor, compact: bool) -> _Item:
        """A command this module does not know stays LaTeX source, its {arguments} rendered."""
        text = "\\" + name
        while (tok := cur.peek()) is not None and tok.kind == "grp":
            cur.take()
            text += "{" + _join(self.items(tok.kids, compact), compact) + "}"
        return _Item(text + (" " if text[-1].isalpha() else ""), compound=True)

    def _sqrt(self, cur: _Cursor, compact: bool) -> _Item:
        index: list[_Tok] = []
        if _is_chr(cur.peek(), "["):
            cur.take()
            while (tok := cur.take_raw()) is not None and not _is_chr(tok, "]"):
                index.append(tok)
            if tok is None:
                raise UnsupportedLatex("\\sqrt[ without ]")
        radicand = self._arg(cur, compact)
        body = _join(radicand, compact)
        sign = "√"
        if index:
            degree = self.items(index, compact=True)
            _, raised, _ = _script(degree, _SUP, "^")  # ³√ is ∛; ⁵√x; ^(n+1)√x
            sign = {"2": "√", "3": "∛", "4": "∜"}.get(_join(degree, compact=True), raised + "√")
        if _is_single(radicand):
            return _Item(sign + body, glued=f"{sign}({body})", glued_open=True, wrap_scripted=True)
        return _Item(f"{sign}({body})", wrap_scripted=True)

    def _text(self, cur: _Cursor) -> str:
        tok = cur.take()
        if tok is None:
            raise UnsupportedLatex("\\text without its argument")
        return " ".join(self._text_of((tok,) if tok.kind != "grp" else tok.kids).split())

    def _text_of(self, toks: Sequence[_Tok]) -> str:
        out: list[str] = []
        cur = _Cursor(toks)
        while (tok := cur.take_raw()) is not None:
            if tok.kind == "chr":
                out.append(" " if tok.text in "~\n" else tok.text)
            elif tok.kind == "grp":
                out.append(self._text_of(tok.kids))
            elif tok.kind == "math":
                out.append(_join(self.items(tok.kids)))
            elif tok.text in _SPACES:
                out.append(" " * min(_SPACES[tok.text], 1))
            elif tok.text in _TEXTS or tok.text in _FONTS:
                nxt = cur.take()
                if nxt is not None:
                    out.append(self._text_of(nxt.kids if nxt.kind == "grp" else (nxt,)))
            elif tok.text in _LITERALS or tok.text in ("{", "}"):
                out.append(_LITERALS.get(tok.text, tok.text))
            else:
                out.append(_symbol(tok.text) or "\\" + tok.text)
        return "".join(out)


def _is_rel(items: Sequence[_Item]) -> bool:
    xs = [it for it in items if it.cls != "space"]
    return len(xs) == 1 and xs[0].cls == "rel"
