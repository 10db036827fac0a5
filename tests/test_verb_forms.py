"""A Dutch verb form the FAQ never uses is read as its infinitive, so a passive question finds the entry its active
twin finds."""

from __future__ import annotations

import pytest

from bot.content.load import Content
from bot.faq.verb_forms import infinitive


@pytest.mark.parametrize(("form", "expected"), [
    ("gedeeld", "delen"),          # ge- + stem + d, a long vowel written double
    ("gemeld", "melden"),          # a stem ending in d takes no second d
    ("gevraagd", "vragen"),
    ("gepest", "pesten"),
    ("gelegd", "leggen"),          # a short vowel: the consonant doubles
    ("ingelicht", "inlichten"),    # a separable prefix before ge-
    ("uitgenodigd", "uitnodigen"),
    ("opgepakt", "oppakken"),
    ("doorgegeven", "doorgeven"),  # a strong participle after a separable prefix
    ("gegeven", "geven"),
    ("verwijderd", "verwijderen"),  # be-, ver-, ont-: no ge-
    ("bewaard", "bewaren"),
    ("deelt", "delen"),            # the present
    ("meldt", "melden"),
    ("geeft", "geven"),
    ("gebruikt", "gebruiken"),
    ("leest", "lezen"),
])
def test_a_regular_verb_form_reads_as_its_infinitive(form: str, expected: str) -> None:
    assert infinitive(form) == expected


@pytest.mark.parametrize("word", [
    "delen", "melden",            # already the infinitive
    "geleden", "gevolgen", "gebouwen", "gedachten",  # ge- nouns and adverbs, not strong participles
    "aangeslagen",                # shaken, not "aanslagen" (attacks)
    "gezond", "gewond", "gebed", "gehad",
    "buurt", "krant", "sport", "kaart",  # common words ending in t, not forms of a rare verb
    "beste", "grote", "ruimte",   # past tenses are not read: these end alike
    "recht", "plicht",
])
def test_a_word_that_only_looks_like_a_verb_form_keeps_its_own_term(word: str) -> None:
    assert infinitive(word) is None


def test_a_form_the_faq_never_uses_counts_as_its_infinitive(lexical_content: Content) -> None:
    dutch = lexical_content.faq_index.language("nl")
    assert "uitgelekt" not in dutch.surface or dutch.analyzer.stem("uitgelekt") in dutch.idf
    assert dutch.verb_term("aangeklaagd") == dutch.analyzer.stem("aanklagen")
    assert dutch.verb_term("gezond") is None  # no verb form
    assert lexical_content.faq_index.language("en").verb_term("aangeklaagd") is None


def test_a_passive_question_finds_the_entry_its_active_twin_finds(lexical_content: Content) -> None:
    index = lexical_content.faq_index
    active = index.match("kunnen ze mij hiervoor aanklagen als ik het doorgeef", "nl")
    passive = index.match("kan ik hiervoor aangeklaagd worden als ik het doorgeef", "nl")
    assert active.target is not None
    assert passive.target == active.target
