"""Which entries are scored for a message (bot/faq/candidates.py): when more entries share the same evidence than
are kept, those whose questions use the message's terms most often go first, not whichever comes first in the FAQ."""

from __future__ import annotations

from bot.faq.candidates import TIE_ROOM, gather
from bot.faq.language_index import LanguageIndex, Target
from bot.faq.message import read_message


def test_entries_tied_on_shared_terms_are_kept_by_how_often_their_questions_use_them() -> None:
    wanted = 2
    crowd = [Target(f"crowd{n}", {"nl": ["moet ik dit melden", "hoe werkt dat"]}) for n in range(wanted * TIE_ROOM + 3)]
    asked_often = Target("twijfel", {"nl": ["moet ik het melden", "moet ik melden of niet", "wanneer moet ik melden"]})
    index = LanguageIndex("nl", [*crowd, asked_often], ())
    known = [q for q in index.query_terms(read_message("moet ik het melden of niet")) if q.confidence > 0]
    kept = gather(index, known, wanted, 0.5)
    assert len(crowd) in kept  # the last entry in the FAQ, but the one that asks this most
    assert len(kept) == wanted * TIE_ROOM


def test_an_entry_lacking_only_the_weakest_word_is_tied_for_a_question_but_not_for_a_story() -> None:
    wanted = 1
    exact = Target("exact", {"nl": ["wat zijn signalen van radicalisering"]})
    lacking = Target("signalen", {"nl": ["signalen van radicalisering"]})
    others = [Target(f"other{n}", {"nl": [f"wat doet partner {n}"]}) for n in range(6)]  # "wat" is the weakest word
    index = LanguageIndex("nl", [exact, lacking, *others], ())
    known = [q for q in index.query_terms(read_message("wat zijn signalen van radicalisering")) if q.confidence > 0]
    assert set(gather(index, known, wanted, 0.5)) == {0, 1}
    assert gather(index, known, wanted, 0.5, weakest_word_slack=False) == [0]
