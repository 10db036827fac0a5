"""The languages the help desk speaks, named once.

Every other module iterates over :data:`LANGUAGES` or falls back to :data:`DEFAULT`; none names a language
code itself (a test holds this). A :class:`~bot.content.model.Text` holds one wording per language, and
``helpdesk check`` lists every text, FAQ entry and flow that lacks one, with its file and line.

Adding a language is adding its code here (with the name it calls itself), then its wordings in the
content and the catalogue, and a stemmer and stop words for the FAQ matcher: see the README's
"Adding a third language".
"""

from __future__ import annotations

__all__ = ["DEFAULT", "LANGUAGES", "NAMES", "known"]

LANGUAGES: tuple[str, ...] = ("nl", "en")  # ISO 639-1 codes, as content files and Telegram write them
DEFAULT = LANGUAGES[0]  # a new user, a stored session without one, every municipal contact, and any missing wording
NAMES: dict[str, str] = {"nl": "Nederlands", "en": "English"}  # each language in its own words, for documents


def known(code: object) -> str:
    """``code`` when the help desk speaks it, else :data:`DEFAULT` (e.g. a stored value from an older format)."""
    return code if isinstance(code, str) and code in LANGUAGES else DEFAULT
