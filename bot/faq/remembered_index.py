"""A language's FAQ index, built once per content and code and then read back from the cache folder.

Building the Dutch index (every variant folded, stemmed and read for its direction of sharing) takes a few
hundred milliseconds; reading it back takes a tenth of that, which is what keeps a cold ``helpdesk ask`` near
the ``import telegram`` floor. The file is named by a digest of everything the index is built from (the
targets with their variants and answers, synonyms, subject words, parties) and of the bot's code
(:mod:`bot.remembered`), so an edited answer or a changed matcher builds a new one. That digest is taken over
their pickle, which is five times quicker to make than their ``repr`` (1.5 MB of text); equal bytes mean equal
content, and where two starts happen to pickle the same content differently the index is only built once more.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Sequence

from bot.faq.language_index import LanguageIndex, Target
from bot.remembered import keep, recall, remembered_file

__all__ = ["remembered_index"]


def remembered_index(lang: str, targets: Sequence[Target], synonyms: Iterable[Sequence[str]],
                     subject: Iterable[str] = (), parties: Iterable[Sequence[str]] = ()) -> LanguageIndex:
    """The same index as ``LanguageIndex(...)`` with these arguments, read back when built before."""
    groups = tuple(tuple(g) for g in synonyms)
    subject, parties = tuple(subject), tuple(tuple(p) for p in parties)
    made_from = pickle.dumps((lang, tuple(targets), groups, subject, parties), protocol=pickle.HIGHEST_PROTOCOL)
    path = remembered_file("index", made_from)
    found = recall(path)
    if isinstance(found, LanguageIndex):
        return found
    index = LanguageIndex(lang, targets, groups, subject, parties)
    keep(path, index)
    return index
