"""What ``helpdesk mask`` and ``helpdesk municipality`` print: findings and understood places, as plain text."""

from __future__ import annotations

from collections.abc import Iterable

from bot.content.model import Text
from bot.privacy.findings import DOUBT, Finding

__all__ = ["findings_report", "said_report"]


def findings_report(text: str, findings: Iterable[Finding], masked: str) -> str:
    """One line per finding (kind, where, text), then the masked text; doubts are marked as asked, not masked."""
    lines = []
    for f in findings:
        note = "   (asked about, not masked)" if f.kind == DOUBT else ""
        lines.append(f"{f.kind:<10} {f.start:>4}-{f.end:<4} {f.text!r}{note}")
    return "\n".join([*(lines or ["no personal data found"]), "", "masked:", masked])


def said_report(ok: bool, value: str, lines: Iterable[Text | None], choices: Iterable[str], lang: str) -> str:
    """What the bot says to a typed municipality, and the value it would save (or the buttons it would offer)."""
    said = [line.get(lang) for line in lines if line is not None]
    if ok:
        said.append(f"saved: {value}")
    said += [f"button: {label}" for label in choices]
    return "\n".join(said)
