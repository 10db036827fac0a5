"""An entry a message cannot reach (it names none of the entry's ``needs_one_of`` words) is left out by meaning as
well as by words: it takes no candidate's place and is not the "closest by meaning" the others are measured against."""

from __future__ import annotations

import pytest

from bot.content.model import Content
from bot.faq.ask import answer
from bot.faq.message import read_message


def _position(content: Content, entry: str) -> int:
    return next(n for n, target in enumerate(content.faq_index.targets) if target.id == entry)


def test_an_entry_whose_needed_words_the_message_lacks_cannot_be_reached(shipped_content: Content) -> None:
    index = shipped_content.faq_index
    victim = _position(shipped_content, "politie_slachtoffer_informeren_pga")  # needs a word for a victim
    _, named = index._lexical_read(read_message("wat mag de politie vertellen over een jongere in de pga?"), "nl", None)
    assert not named.reaches(victim, needs_subject=False)
    reached = "wat mag de politie het slachtoffer vertellen over een jongere in de pga?"
    _, named = index._lexical_read(read_message(reached), "nl", None)
    assert named.reaches(victim, needs_subject=False)


@pytest.mark.parametrize(("question", "entry"), [
    ("ik werk in de jeugdhulp. mag ik zonder toestemming delen met de gemeente als ik zorgen heb over radicalisering",
     "jeugdhulp_delen"),
])
def test_a_question_once_crowded_out_by_an_unreachable_entry_is_answered(
        shipped_content: Content, question: str, entry: str) -> None:
    if shipped_content.faq_index.semantic is None:
        pytest.skip("the reading by meaning is off")
    assert answer(shipped_content, question, "nl")["faq_id"] == entry
