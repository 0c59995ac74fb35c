"""The past year of reviews, a day a cell, as Anki's Review Heatmap add-on draws it (plotext)."""

from __future__ import annotations

from datetime import date, timedelta

from textual_plotext import PlotextPlot

EMPTY = (60, 60, 60)
"""A day in the year with no answer."""
OUTSIDE = (0, 0, 0)
"""A cell before the year starts or after today."""
GREENS = [(14, 68, 41), (0, 109, 50), (38, 166, 65), (57, 211, 83)]
"""Fewer to more answers, by quarter of the busiest day (GitHub's and the add-on's greens)."""


def heatmap_cells(
    days: dict[date, int], first: date, last: date
) -> list[list[tuple[int, int, int]]]:
    """Seven rows (Monday first) of one column a week, from the week holding `first`."""
    start = first - timedelta(days=first.weekday())
    weeks = (last - start).days // 7 + 1
    busiest = max(days.values(), default=0)
    rows: list[list[tuple[int, int, int]]] = [[OUTSIDE] * weeks for _ in range(7)]
    for week in range(weeks):
        for weekday in range(7):
            day = start + timedelta(days=week * 7 + weekday)
            if day < first or day > last:
                continue
            n = days.get(day, 0)
            if n == 0 or busiest == 0:
                rows[weekday][week] = EMPTY
            else:
                rows[weekday][week] = GREENS[min(3, (4 * n - 1) // busiest)]
    return rows


class ReviewHeatmap(PlotextPlot):
    """Sized to the year so each day is exactly one character cell."""

    DEFAULT_CSS = """
    ReviewHeatmap { height: 7; width: 53; }
    """

    def show(self, days: dict[date, int], first: date, last: date) -> None:
        cells = heatmap_cells(days, first, last)
        self.styles.width = len(cells[0])
        plt = self.plt
        plt.clear_data()
        plt.matrix_plot(cells)
        plt.xlabel("")
        plt.ylabel("")
        plt.xticks([])
        plt.yticks([])
        plt.frame(False)
        self.refresh()
