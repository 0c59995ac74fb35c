"""A titled bar chart (plotext): the due forecast, reviews per day, solve minutes by week."""

from __future__ import annotations

from textual_plotext import PlotextPlot


class BarChart(PlotextPlot):
    """One series of bars, or two side by side (a figure and its target)."""

    DEFAULT_CSS = """
    BarChart { height: 10; }
    """

    shown: tuple[str, list[str], list[float], list[float] | None] | None = None

    def show(
        self,
        title: str,
        labels: list[str],
        values: list[float],
        target: list[float] | None = None,
        names: tuple[str, str] = ("", ""),
    ) -> None:
        self.shown = (title, labels, values, target)  # what it plots, as given
        plt = self.plt
        plt.clear_data()
        plt.title(title)
        if target is None:
            plt.bar(labels, values, marker="sd")
        else:
            plt.multiple_bar(labels, [values, target], labels=list(names), marker="sd")  # type: ignore[call-arg]
        step = max(1, len(labels) // 10)  # a label every few bars, so none overlap
        plt.xticks([float(i) for i in range(1, len(labels) + 1)][::step], labels[::step])
        self.refresh()
