"""The report's two charts, drawn as inline SVG so the page loads nothing remote."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from alerts.report.model import percent, short_day
from alerts.report.palette import (
    MAX_SOURCES_CHARTED,
    NHS_GREY,
    NHS_PALE_GREY,
    OTHER_COLOUR,
    SENTIMENT_COLOURS,
    TEXT_COLOUR,
)

if TYPE_CHECKING:
    from alerts.report.model import WeeklyReport


def _nice_ceiling(value: float) -> tuple[float, float]:
    """An axis maximum and gridline step for values up to `value` (steps of 1, 2 or 5 x 10^n)."""
    if value <= 0:
        return 4.0, 1.0
    raw_step = value / 4
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw_step)
    step = max(step, 1.0)
    return math.ceil(value / step) * step, step


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def volume_chart_svg(report: WeeklyReport) -> Markup:
    """Stacked bars: mentions per London day, one colour per source, the day's total on top."""
    # A narrow canvas with large type: on a phone the chart shrinks to about 60%, and its labels
    # must still be readable there.
    width, height = 560, 300
    left, right, top, bottom = 40, 4, 28, 56
    plot_width, plot_height = width - left - right, height - top - bottom
    charted = [source for source in report.volume if source.total][:MAX_SOURCES_CHARTED]
    rest = [source for source in report.volume if source.total][MAX_SOURCES_CHARTED:]
    series = [(source.label, source.colour, source.daily) for source in charted]
    if rest:
        other = tuple(sum(source.daily[i] for source in rest) for i in range(len(report.days)))
        series.append(("Other sources", OTHER_COLOUR, other))
    totals = [sum(values[i] for _label, _colour, values in series) for i in range(len(report.days))]
    maximum, step = _nice_ceiling(max(totals, default=0))
    slot = plot_width / len(report.days)
    bar = slot * 0.62

    def y(value: float) -> float:
        return top + plot_height - value / maximum * plot_height

    busiest = max(range(len(totals)), key=lambda i: (totals[i], -i)) if totals else 0
    description = (
        f"Mentions per day from {short_day(report.days[0])} to {short_day(report.days[-1])}: "
        + ", ".join(f"{short_day(day)} {total}" for day, total in zip(report.days, totals, strict=True))
        + (f". Busiest day {short_day(report.days[busiest])}." if any(totals) else ".")
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="volume-title volume-desc" style="max-width:620px; height:auto; display:block;" '
        'font-family="Arial, Helvetica, sans-serif">',
        '<title id="volume-title">Mentions per day by source</title>',
        f'<desc id="volume-desc">{escape(description)}</desc>',
    ]
    gridline = 0.0
    while gridline <= maximum + 1e-9:
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(gridline):.1f}" y2="{y(gridline):.1f}" '
            f'stroke="{"#aeb7bd" if gridline == 0 else NHS_PALE_GREY}" stroke-width="1"/>'
            f'<text x="{left - 8}" y="{y(gridline) + 5:.1f}" text-anchor="end" font-size="15" '
            f'fill="{NHS_GREY}">{_number(gridline)}</text>'
        )
        gridline += step
    for index, day in enumerate(report.days):
        x = left + index * slot + (slot - bar) / 2
        base = 0
        for label, colour, values in series:
            value = values[index]
            if value:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y(base + value):.1f}" width="{bar:.1f}" '
                    f'height="{y(base) - y(base + value):.1f}" fill="{colour}">'
                    f"<title>{escape(label)}, {escape(short_day(day))}: {value}</title></rect>"
                )
                base += value
        centre = x + bar / 2
        weight = ' font-weight="bold"' if index == busiest and totals[index] else ""
        parts.append(
            f'<text x="{centre:.1f}" y="{y(totals[index]) - 7:.1f}" text-anchor="middle" font-size="17"'
            f'{weight} fill="{TEXT_COLOUR}">{totals[index]}</text>'
            f'<text x="{centre:.1f}" y="{height - bottom + 23}" text-anchor="middle" font-size="17" '
            f'fill="{TEXT_COLOUR}">{day:%a}</text>'
            f'<text x="{centre:.1f}" y="{height - bottom + 45}" text-anchor="middle" font-size="15" '
            f'fill="{NHS_GREY}">{day.day} {day:%b}</text>'
        )
    parts.append("</svg>")
    # Safe: every text above is a number, a fixed string or passed through escape().
    return Markup("".join(parts))  # noqa: S704


def _spread_labels(positions: list[float], gap: float, low: float, high: float) -> list[float]:
    """Move label positions apart by at least `gap`, keeping their order and the bounds."""
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    placed = [positions[i] for i in order]
    for i in range(1, len(placed)):
        placed[i] = max(placed[i], placed[i - 1] + gap)
    overflow = placed[-1] - high if placed else 0
    if overflow > 0:
        placed = [p - overflow for p in placed]
        for i in range(len(placed) - 2, -1, -1):
            placed[i] = min(placed[i], placed[i + 1] - gap)
    placed = [max(p, low) for p in placed]
    result = [0.0] * len(positions)
    for rank, original in enumerate(order):
        result[original] = placed[rank]
    return result


def sentiment_chart_svg(report: WeeklyReport) -> Markup:
    """Lines: each day's share of negative, neutral and positive mentions, labelled at their ends."""
    width, height = 560, 290
    left, right, top, bottom = 48, 124, 16, 56
    plot_width, plot_height = width - left - right, height - top - bottom
    slot = plot_width / len(report.days)

    def x(index: int) -> float:
        return left + slot * (index + 0.5)

    def y(share: float) -> float:
        return top + plot_height - share * plot_height

    week = {
        label: (sum(getattr(day, label) for day in report.sentiment) / classified if classified else None)
        for label in SENTIMENT_COLOURS
        for classified in [sum(day.classified for day in report.sentiment)]
    }
    description = "Daily share of mentions by sentiment. " + "; ".join(
        f"{short_day(day.day)}: "
        + (
            ", ".join(f"{percent(day.share(label))} {label}" for label in SENTIMENT_COLOURS)
            if day.classified
            else "no classified mentions"
        )
        for day in report.sentiment
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="sentiment-title sentiment-desc" style="max-width:620px; height:auto; display:block;" '
        'font-family="Arial, Helvetica, sans-serif">',
        '<title id="sentiment-title">Sentiment by day, share of mentions</title>',
        f'<desc id="sentiment-desc">{escape(description)}</desc>',
    ]
    for gridline in (0.0, 0.25, 0.5, 0.75, 1.0):
        parts.append(
            f'<line x1="{left}" x2="{width - right + 8}" y1="{y(gridline):.1f}" y2="{y(gridline):.1f}" '
            f'stroke="{"#aeb7bd" if gridline == 0 else NHS_PALE_GREY}" stroke-width="1"/>'
            f'<text x="{left - 8}" y="{y(gridline) + 5:.1f}" text-anchor="end" font-size="15" '
            f'fill="{NHS_GREY}">{gridline:.0%}</text>'
        )
    ends: list[tuple[str, float, int]] = []
    for label, colour in SENTIMENT_COLOURS.items():
        dash = ' stroke-dasharray="6 4"' if label == "neutral" else ""
        segment: list[str] = []
        segments: list[list[str]] = []
        last: tuple[int, float] | None = None
        for index, day in enumerate(report.sentiment):
            share = day.share(label)
            if share is None:
                if segment:
                    segments.append(segment)
                segment = []
                continue
            segment.append(f"{x(index):.1f},{y(share):.1f}")
            last = (index, share)
            parts.append(
                f'<circle cx="{x(index):.1f}" cy="{y(share):.1f}" r="4" fill="{colour}">'
                f"<title>{escape(short_day(day.day))}: {share:.0%} {label} ({getattr(day, label)} of "
                f"{day.classified})</title></circle>"
            )
        if segment:
            segments.append(segment)
        for points in segments:
            if len(points) > 1:
                parts.append(
                    f'<polyline points="{" ".join(points)}" fill="none" stroke="{colour}" stroke-width="3"'
                    f'{dash} stroke-linejoin="round"/>'
                )
        if last is not None:
            ends.append((label, y(last[1]), last[0]))
    label_positions = _spread_labels([end[1] for end in ends], 21, top + 6, top + plot_height)
    for (label, _y, _index), position in zip(ends, label_positions, strict=True):
        parts.append(
            f'<text x="{width - right + 14}" y="{position + 6:.1f}" font-size="16" font-weight="bold" '
            f'fill="{SENTIMENT_COLOURS[label]}">{label.capitalize()}'
            f'<tspan font-weight="normal" fill="{NHS_GREY}"> {percent(week[label])}</tspan></text>'
        )
    for index, weekday in enumerate(report.days):
        parts.append(
            f'<text x="{x(index):.1f}" y="{height - bottom + 23}" text-anchor="middle" font-size="17" '
            f'fill="{TEXT_COLOUR}">{weekday:%a}</text>'
            f'<text x="{x(index):.1f}" y="{height - bottom + 44}" text-anchor="middle" font-size="13" '
            f'fill="{NHS_GREY}">{weekday.day} {weekday:%b}</text>'
        )
    parts.append("</svg>")
    # Safe: every text above is a number, a fixed string or passed through escape().
    return Markup("".join(parts))  # noqa: S704
