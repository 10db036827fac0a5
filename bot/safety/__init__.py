"""Safety checks on what users type: acute danger first (see ``faq/danger.yaml``)."""

from bot.safety.detector import DangerCheck
from bot.safety.rules import DangerRules, DangerVerdict

__all__ = ["DangerCheck", "DangerRules", "DangerVerdict"]
