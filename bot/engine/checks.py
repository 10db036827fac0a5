"""Checks a question node applies to a typed answer before saving it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.model import Content, Text

__all__ = ["ANSWER_MAX_CHARS", "CheckResult", "run_check"]

ANSWER_MAX_CHARS = 2000


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    value: str = ""
    problem: Text | None = None


def run_check(name: str, text: str, content: Content) -> CheckResult:
    value = text.strip()
    if not value:
        return CheckResult(False, problem=Text("Typ je antwoord als tekst.", "Please type your answer as text."))
    if len(value) > ANSWER_MAX_CHARS:
        return CheckResult(False, problem=Text(
            f"Dat is te lang; houd het onder de {ANSWER_MAX_CHARS} tekens.",
            f"That is too long; please keep it under {ANSWER_MAX_CHARS} characters.",
        ))
    return CheckResult(True, value)
