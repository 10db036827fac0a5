"""The languages the help desk speaks, named once.

Every other module iterates over :data:`LANGUAGES` or falls back to :data:`DEFAULT`; none names a language
code itself (a test holds this). A :class:`Text` holds one wording per language, and
``helpdesk check`` lists every text, FAQ entry and flow that lacks one, with its file and line.

Adding a language is adding its code here (with the name it calls itself), then its wordings in the
content and the catalogue, and a stemmer and stop words for the FAQ matcher: see the README's
"Adding a third language".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["DEFAULT", "LANGUAGES", "NAMES", "Text", "known"]

LANGUAGES: tuple[str, ...] = ("nl", "en")  # ISO 639-1 codes, as content files and Telegram write them
DEFAULT = LANGUAGES[0]  # a new user, a stored session without one, every municipal contact, and any missing wording
NAMES: dict[str, str] = {"nl": "Nederlands", "en": "English"}  # each language in its own words, for documents


def known(code: object) -> str:
    """``code`` when the help desk speaks it, else :data:`DEFAULT` (e.g. a stored value from an older format)."""
    return code if isinstance(code, str) and code in LANGUAGES else DEFAULT


class Text:
    """A user-facing text, one wording per language: ``Text(nl="Hallo", en="Hello")`` or ``Text({"nl": ...})``.

    :attr:`wordings` holds them by language code. :meth:`get` gives the wording in a language, or the
    default language's when that one has none (``helpdesk check`` reports such a gap, so it is a fallback
    for a half-translated new language, never the normal case). A text is an immutable, hashable value.
    """

    __slots__ = ("wordings",)
    wordings: Mapping[str, str]

    def __init__(self, wordings: Mapping[str, str] | None = None, /, **by_language: str) -> None:
        object.__setattr__(self, "wordings", MappingProxyType({**(wordings or {}), **by_language}))

    def get(self, lang: str) -> str:
        return self.wordings.get(lang) or self.wordings.get(DEFAULT, "")

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Text cannot be changed (tried to set {name!r})")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and dict(self.wordings) == dict(other.wordings)

    def __hash__(self) -> int:
        return hash(frozenset(self.wordings.items()))

    def __repr__(self) -> str:
        return f"Text({', '.join(f'{lang}={wording!r}' for lang, wording in self.wordings.items())})"

    def __reduce__(self) -> tuple[type[Text], tuple[dict[str, str]]]:
        # a mapping proxy cannot be pickled: the FAQ entries kept in the cache folder (bot.content.remembered_entries)
        # hold their answers as texts
        return Text, (dict(self.wordings),)
