"""Typo repair against the FAQ's vocabulary (bot/faq/typos.py): a misspelt word is repaired to its closest
vocabulary word, a known word never is, and a word asked again is remembered; the remembered repairs are not
kept with a remembered index, which repairs the same after being read back."""

from __future__ import annotations

import pickle

from bot.faq.typos import TypoIndex

VOCABULARY = ["wijkagent", "gemeente", "radicalisering", "toestemming"]


def test_a_misspelt_word_is_repaired_and_a_known_word_is_not() -> None:
    typos = TypoIndex(VOCABULARY)
    repaired = typos.repair("wijkagnet")
    assert repaired is not None and repaired[0] == "wijkagent" and 0.82 <= repaired[1] < 1
    assert typos.repair("vandaag") is None  # a Dutch word, not a typo of anything
    assert typos.repair("ipv") is None  # too short to be a typo


def test_a_repair_asked_again_is_remembered_and_not_kept_when_read_back() -> None:
    typos = TypoIndex(VOCABULARY)
    first = typos.repair("toestemmnig")
    assert typos.repair("toestemmnig") is first  # the same object: looked up, not worked out again
    read_back = pickle.loads(pickle.dumps(typos))
    assert read_back.__getstate__() == {"_buckets": typos.__getstate__()["_buckets"]}
    assert read_back.repair("toestemmnig") == first
