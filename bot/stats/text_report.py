"""``helpdesk stats`` as plain text: the same figures as the HTML report, readable in a terminal or a mail."""

from __future__ import annotations

from bot.stats.measure import Figures, Spread

__all__ = ["minutes_text", "text_report"]


def minutes_text(value: float | None) -> str:
    if value is None:
        return "-"
    if value < 60:
        return f"{value:.0f} min"
    if value < 48 * 60:
        return f"{value / 60:.1f} h"
    return f"{value / 1440:.1f} d"


def _spread(name: str, spread: Spread) -> str:
    return (f"  {name:<26} median {minutes_text(spread.median):>8}   p90 {minutes_text(spread.p90):>8}   "
            f"({spread.count} tickets)")


def _table(title: str, rows: dict[str, int]) -> list[str]:
    lines = [title]
    lines += [f"  {name:<40} {count:>5}" for name, count in rows.items()] or ["  (none)"]
    return lines + [""]


def text_report(figures: Figures) -> str:
    since = figures.since[:10] if figures.since else "everything kept"
    lines = [f"Help desk figures at {figures.at[:16]} (since {since})", "",
             f"Tickets: {figures.tickets}   open: {figures.open}   overdue (unclaimed past the reminder time): "
             f"{figures.overdue}", "", "Response times (real time from sending):",
             _spread("time to claim", figures.to_claim), _spread("time to first answer", figures.to_first_answer), ""]
    lines += _table("Tickets per municipality:", figures.per_municipality)
    lines += _table("Tickets per urgency:", figures.per_urgency)
    lines += _table("Closed, by reason:", figures.closed_reasons)
    lines += _table("Use per role (flows started):", figures.use_per_role)
    lines += _table("Use per flow (flows started):", figures.use_per_flow)
    lines += [f"Unanswered questions: {figures.unanswered}"]
    lines += [f"  {text}" for text in figures.unanswered_examples] + [""]
    lines += _table("Thumbs-down answers per FAQ entry:", figures.thumbs_down)
    return "\n".join(lines).rstrip() + "\n"
