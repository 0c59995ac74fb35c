"""Binding ids and the user's keymap (config.toml [keys]): the key to show, unknown ids."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import partial
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen


def bindings_of(classes: Iterable[type]) -> list[Binding]:
    """Every declared Binding (with an id) of the given screens and widgets."""
    out: list[Binding] = []
    for cls in classes:
        declared: list[BindingType] = list(getattr(cls, "BINDINGS", []))
        for item in Binding.make_bindings(declared):
            if item.id:
                out.append(item)
    return out


def key_for(
    app: App[Any], bindings: Iterable[Binding], binding_id: str, keymap: Mapping[str, str]
) -> str:
    """How the first key of a binding is shown, after the user's remapping."""
    for binding in bindings:
        if binding.id == binding_id:
            keys = keymap.get(binding_id, binding.key)
            first = keys.split(",")[0].strip()
            return app.get_key_display(binding.with_key(first))
    return "?"


def unknown_ids(keymap: Mapping[str, str], bindings: Iterable[Binding]) -> list[str]:
    """Ids in the user's [keys] table that no binding declares (typos, renamed ids)."""
    known = {b.id for b in bindings}
    return sorted(k for k in keymap if k not in known)


def remappable() -> list[type]:
    """Every screen and modal whose BINDINGS the user may remap (and the app's own)."""
    from drill.tui.app import DrillApp
    from drill.tui.screens.browse import BrowseScreen
    from drill.tui.screens.home import HomeScreen
    from drill.tui.screens.oops import OopsScreen
    from drill.tui.screens.problems import ProblemsScreen
    from drill.tui.screens.review import ReviewScreen
    from drill.tui.screens.solve import SolveScreen
    from drill.tui.screens.summary import SummaryScreen
    from drill.tui.widgets.confirm import Confirm
    from drill.tui.widgets.oops_form import OopsForm
    from drill.tui.widgets.text_prompt import TextPrompt

    return [
        DrillApp,
        HomeScreen,
        ReviewScreen,
        SummaryScreen,
        BrowseScreen,
        ProblemsScreen,
        SolveScreen,
        OopsScreen,
        Confirm,
        OopsForm,
        TextPrompt,
    ]


def palette_commands(app: App[Any], screen: Screen[Any]) -> Iterator[SystemCommand]:
    """The screen's enabled bindings as command palette entries: `Review (r)`, ..."""
    seen: set[str] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        if not (active.enabled and binding.id and binding.show and binding.description):
            continue  # widgets' own keys (cursor moves) stay out of the palette
        ident = binding.id
        if ident in seen or binding.action in ("quit", "app.quit", "command_palette"):
            continue
        seen.add(ident)
        key = app.get_key_display(binding)
        yield SystemCommand(
            f"{binding.description} ({key})",
            binding.tooltip or binding.description,
            partial(app.run_action, binding.action, active.node),
        )
