"""Rules for the shipped content beyond what `helpdesk check` enforces: size, quality and honesty."""

from __future__ import annotations

import re

from bot.content.model import Content

# Phone numbers as the domain sources give them (../shared/domain/FACTS.md §3.4); no others may appear.
# FACTS.md's numbers, and 113 Zelfmoordpreventie's free number (source: https://www.113.nl)
ALLOWED_NUMBERS = {"112", "0900 8844", "088 20 80 080", "0900-1113111", "0800-7000", "14 079", "0800-0113",
                   "0800-1205",  # Meldpunt Zorgwekkend Gedrag: regioburgemeesters.nl (faq/praktijkvragen_15.yaml)
                   "0800-2000",  # Veilig Thuis: rijksoverheid.nl, huiselijk geweld (faq/meldpunten_en_ketenpartners)
                   "088 154 00 00"}  # Meldpunt Verdachte Transacties Chemicaliën: nctv.nl, precursoren voor explosieven (faq/praktijkvragen_54.yaml)
NUMBER = re.compile(r"(?<![\w.-])(?:0\d{2,3}[ -]?\d[\d -]{3,10}\d|112|14 0\d\d)(?![\w-])")


def all_texts(content: Content) -> list[str]:
    texts = [e.answer.get(lang) for e in content.faq.values() for lang in ("nl", "en")]
    for flow in content.flows.values():
        for node in flow.nodes.values():
            for attr in ("text", "reasons"):
                value = getattr(node, attr, None)
                if value is not None:
                    texts += value.wordings.values()
    return texts


def test_faq_has_at_least_80_entries_in_both_languages(shipped_content: Content) -> None:
    assert len(shipped_content.faq) >= 80
    for entry in shipped_content.faq.values():
        assert entry.answer.wordings["nl"] and entry.answer.wordings["en"]
        assert len(entry.questions["nl"]) >= 3 and len(entry.questions["en"]) >= 3


def test_answers_are_short_enough_to_act_on(shipped_content: Content) -> None:
    too_long = {e.id: len(e.answer.get(lang)) for e in shipped_content.faq.values() for lang in ("nl", "en")
                if len(e.answer.get(lang)) > 1200}
    assert too_long == {}


def test_every_answer_cites_a_web_source(shipped_content: Content) -> None:
    assert all(any(s.url.startswith("https://") or s.url.startswith("http://") for s in e.sources)
               for e in shipped_content.faq.values())


def test_only_phone_numbers_from_the_sources_appear(shipped_content: Content) -> None:
    found = {m.group(0).strip() for text in all_texts(shipped_content) for m in NUMBER.finditer(text)}
    assert found <= ALLOWED_NUMBERS


def test_a_disclaimer_entry_exists_in_both_languages(shipped_content: Content) -> None:
    disclaimer = shipped_content.faq["disclaimer"].answer
    assert "geen juridisch advies" in disclaimer.wordings["nl"] and "not legal advice" in disclaimer.wordings["en"]
