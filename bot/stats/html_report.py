"""``helpdesk stats --html FILE``: one self-contained page with inline SVG charts (no script, no CDN, no fonts
to fetch), so it opens from a file or a mail attachment on a locked-down municipal laptop.

Every chart is a ``<figure>`` with an ``<svg role="img">`` and a ``<table>`` of the same numbers beside it,
for screen readers and for copying. Every text from the database is escaped.
"""

from __future__ import annotations

from html import escape

from bot.stats.measure import Figures, Spread
from bot.stats.text_report import minutes_text

__all__ = ["bar_chart", "html_report"]

STYLE = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
         "h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}figure{margin:1rem 0}"
         "table{border-collapse:collapse;font-size:.9rem}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;"
         "text-align:left}td.n{text-align:right}.cards{display:flex;gap:1rem;flex-wrap:wrap}"
         ".card{border:1px solid #ccd;border-radius:.4rem;padding:.6rem 1rem;min-width:9rem}"
         ".card b{display:block;font-size:1.6rem}svg text{font-size:12px;font-family:system-ui,sans-serif}")
BAR = "#3b6ea8"
ROW = 22
LABEL = 190
WIDTH = 620


def bar_chart(title: str, rows: dict[str, float], *, unit: str = "", fmt: str = "{:.0f}") -> str:
    """A horizontal bar chart as inline SVG plus the table of its numbers; '(none)' when there is nothing."""
    if not rows:
        return f"<figure><figcaption>{escape(title)}</figcaption><p>(none)</p></figure>"
    top = max(rows.values()) or 1
    height = ROW * len(rows) + 10
    parts = [f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{WIDTH}" height="{height}" '
             f'viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg">']
    for index, (name, value) in enumerate(rows.items()):
        y = index * ROW + 5
        width = max((WIDTH - LABEL - 70) * value / top, 1)
        label = escape(name if len(name) <= 28 else name[:27] + "…")
        shown = escape(fmt.format(value) + unit)
        parts += [f'<text x="{LABEL - 6}" y="{y + 14}" text-anchor="end">{label}</text>',
                  f'<rect class="bar" x="{LABEL}" y="{y}" width="{width:.1f}" height="{ROW - 6}" fill="{BAR}">'
                  f'<title>{escape(name)}: {shown}</title></rect>',
                  f'<text x="{LABEL + width + 5:.1f}" y="{y + 14}">{shown}</text>']
    parts.append("</svg>")
    table = "".join(f"<tr><td>{escape(name)}</td><td class=n>{escape(fmt.format(value) + unit)}</td></tr>"
                    for name, value in rows.items())
    return (f"<figure><figcaption>{escape(title)}</figcaption>{''.join(parts)}"
            f"<details><summary>numbers</summary><table>{table}</table></details></figure>")


def _card(label: str, value: str) -> str:
    return f'<div class="card">{escape(label)}<b>{escape(value)}</b></div>'


def _spread_rows(claim: Spread, answer: Spread) -> dict[str, float]:
    rows: dict[str, float] = {}
    for name, spread in (("claim", claim), ("first answer", answer)):
        if spread.median is not None and spread.p90 is not None:
            rows[f"{name}: median"] = spread.median / 60
            rows[f"{name}: p90"] = spread.p90 / 60
    return rows


def html_report(figures: Figures) -> str:
    since = figures.since[:10] if figures.since else "everything kept"
    cards = "".join([
        _card("tickets", str(figures.tickets)), _card("open", str(figures.open)),
        _card("overdue", str(figures.overdue)),
        _card("time to claim (median)", minutes_text(figures.to_claim.median)),
        _card("time to claim (p90)", minutes_text(figures.to_claim.p90)),
        _card("first answer (median)", minutes_text(figures.to_first_answer.median)),
        _card("first answer (p90)", minutes_text(figures.to_first_answer.p90)),
        _card("unanswered questions", str(figures.unanswered)),
    ])
    examples = "".join(f"<li>{escape(text)}</li>" for text in figures.unanswered_examples) or "<li>(none)</li>"
    body = [
        f"<h1>Help desk figures</h1><p>At {escape(figures.at[:16])} UTC, since {escape(since)}.</p>",
        f'<div class="cards">{cards}</div>',
        "<h2>Tickets</h2>",
        bar_chart("Tickets per municipality", dict(figures.per_municipality)),
        bar_chart("Tickets per day", dict(figures.per_day)),
        bar_chart("Tickets per urgency", dict(figures.per_urgency)),
        bar_chart("Response times (hours, real time from sending)", _spread_rows(figures.to_claim,
                                                                                 figures.to_first_answer),
                  unit=" h", fmt="{:.1f}"),
        bar_chart("Closed, by reason", dict(figures.closed_reasons)),
        "<h2>The bot's use</h2>",
        bar_chart("Flows started per role", dict(figures.use_per_role)),
        bar_chart("Flows started per flow", dict(figures.use_per_flow)),
        bar_chart("Thumbs-down answers per FAQ entry", dict(figures.thumbs_down)),
        f"<h2>Unanswered questions ({figures.unanswered})</h2><p>The latest, as stored (personal data masked):</p>"
        f"<ul>{examples}</ul>",
    ]
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Help desk figures</title>'
            f'<meta name="viewport" content="width=device-width,initial-scale=1"><style>{STYLE}</style></head>'
            f'<body>{"".join(body)}</body></html>\n')
