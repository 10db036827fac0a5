"""The police's access entry (what the police recorded about me, Wpg art. 25) answers only a message that names the
police: "how to request my school records" was answered with it at 75.8 (test47 and test60, labelled off-topic),
while a request for one's own records at a school or the municipality is another law and another door."""

from __future__ import annotations

import pytest

from bot.content.model import Content


@pytest.mark.parametrize(("text", "lang"), [("how to request my school records", "en"),
                                            ("hoe vraag ik mijn schooldossier op", "nl")])
def test_records_elsewhere_do_not_get_the_police_entry(shipped_content: Content, text: str, lang: str) -> None:
    match = shipped_content.faq_index.match(text, lang, None)
    assert match.target != "politie_inzage_eigen_gegevens"
    assert "politie_inzage_eigen_gegevens" not in match.suggestions


@pytest.mark.parametrize(("text", "lang"), [("hoe vraag ik mijn gegevens op bij de politie", "nl"),
                                            ("which records do the police hold on me", "en")])
def test_the_police_entry_still_answers_about_the_police(shipped_content: Content, text: str, lang: str) -> None:
    assert shipped_content.faq_index.match(text, lang, None).target == "politie_inzage_eigen_gegevens"


@pytest.mark.parametrize(("text", "lang", "role"), [
    ("een jongere uit ons casusoverleg verhuist naar belgie, mogen we de belgische gemeente informeren?", "nl",
     "gemeente"),
    ("our Erasmus partner school in Germany asks about a pupil with extreme views, may we tell them?", "en", "docent"),
])
def test_the_polices_cross_border_entry_waits_for_a_police_word(shipped_content: Content, text: str, lang: str,
                                                                 role: str) -> None:
    """Review 39 #17: a municipality's question about a young person moving to Belgium was answered with the police's
    cross-border entry at 74; a teacher was offered it as the only button (#15)."""
    match = shipped_content.faq_index.match(text, lang, role)
    assert "politie_grens_buitenland_delen" not in (match.target, *match.suggestions)


def test_a_police_officer_still_reaches_it(shipped_content: Content) -> None:
    match = shipped_content.faq_index.match("een duitse collega vraagt gegevens over een jongere, mag ik die geven?",
                                            "nl", "politie")
    assert "politie_grens_buitenland_delen" in (match.target, *match.suggestions)
