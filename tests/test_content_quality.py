"""What a professional reads must be well laid out, plainly worded and point to primary sources.

These rules hold the review of issue 11 in place (see docs/content-review.md): no closing sentence glued onto
the last bullet, no research-note phrasing, no aggregator copies as sources, and 112 wherever acute danger
is mentioned, with one consistent in-doubt number.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import yaml

from bot.content.fields import reflow
from bot.content.model import Content, FaqEntry

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("nl", "en")

# Copies of documents on third-party sites; cite the publisher (wetten.overheid.nl, EUR-Lex, AP, ...) instead.
AGGREGATOR_HOSTS = ("fdocuments.nl", "studylibnl.com", "docplayer.nl", "docplayer.net", "pressreader.com",
                    "comminit.com", "github.com", "5dok.net", "adoc.pub", "expydoc.com")
# The files reviewed line by line in docs/content-review.md; the style rules below hold for them.
REVIEWED = {f"faq/{name}.yaml" for name in (
    "casusoverleg_en_convenant", "delen_en_privacy", "gemeente_en_escalatie", "over_deze_bot", "rol_docent",
    "rol_jongerenwerker", "rol_politie", "rol_zorg", "signalering", "wetgeving")}
# Phrasing of a research note rather than advice to a professional.
RESEARCH_NOTE = re.compile(
    r"gebruikte bronnen|bronnen die deze bot gebruikt|uit de bronnen|niet bevestigd in de|"
    r"sources used|sources this bot uses|from the sources|not confirmed in the", re.IGNORECASE)
ACUTE = re.compile(r"acuut gevaar|direct gevaar|acute danger|immediate danger", re.IGNORECASE)
LIST_ITEM = re.compile(r"^(- |• |\d+[.)] )")


def answers(content: Content) -> list[tuple[str, str, str]]:
    return [(entry.id, lang, entry.answer.get(lang)) for entry in content.faq.values() for lang in LANGS]


def closing_lines(raw: str) -> list[str]:
    """Lines written flush under a bullet list in the YAML: each opens a new paragraph."""
    lines = raw.splitlines()
    return [line.strip() for before, line in zip(lines, lines[1:])
            if LIST_ITEM.match(before.strip()) and line.strip() and not LIST_ITEM.match(line.strip())
            and not line[:1].isspace()]


def reviewed(content: Content) -> list[FaqEntry]:
    return [entry for entry in content.faq.values() if entry.where.path in REVIEWED]


def raw_answers() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted((ROOT / "faq").glob("*.yaml")):
        for entry in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("faq", []):
            found += [(entry["id"], lang, entry["answer"][lang]) for lang in LANGS]
    return found


def test_a_sentence_under_a_list_becomes_its_own_paragraph() -> None:
    text = "Let op:\n- een;\n- twee.\nBespreek het met een collega."
    assert reflow(text) == "Let op:\n- een;\n- twee.\n\nBespreek het met een collega."


def test_an_indented_line_under_a_bullet_continues_that_bullet() -> None:
    text = "Stappen:\n- bel eerst 112\n  en daarna je leidinggevende;\n- schrijf op wat je zag.\nKlaar."
    assert reflow(text) == "Stappen:\n- bel eerst 112 en daarna je leidinggevende;\n- schrijf op wat je zag.\n\nKlaar."


def test_wrapped_lines_of_a_paragraph_still_join_with_a_space() -> None:
    assert reflow("Een lange zin\ndie verder gaat.\n\nTweede alinea.") == "Een lange zin die verder gaat.\n\nTweede alinea."


def test_no_shipped_answer_glues_its_closing_paragraph_onto_the_last_bullet(shipped_content: Content) -> None:
    glued = []
    for entry_id, lang, raw in raw_answers():
        shown = shipped_content.faq[entry_id].answer.get(lang)
        glued += [(entry_id, lang, line[:40]) for line in closing_lines(raw) if f"\n\n{line}" not in shown]
    assert glued == []


def test_sources_are_primary_not_aggregator_copies(shipped_content: Content) -> None:
    weak = [(entry.id, source.url) for entry in shipped_content.faq.values() for source in entry.sources
            if (urlparse(source.url).hostname or "").removeprefix("www.").endswith(AGGREGATOR_HOSTS)]
    assert weak == []


def test_reviewed_sources_carry_no_known_typo_or_feed_link(shipped_content: Content) -> None:
    assert [e.id for e in reviewed(shipped_content) for s in e.sources
            if "inschtting" in s.url or "channel=rss" in s.url] == []


def test_answers_give_advice_not_research_notes(shipped_content: Content) -> None:
    notes = [(entry_id, lang, match.group(0)) for entry_id, lang, text in answers(shipped_content)
             for match in [RESEARCH_NOTE.search(text)] if match]
    assert notes == []


def test_every_answer_that_mentions_acute_danger_says_112(shipped_content: Content) -> None:
    missing = [(entry_id, lang) for entry_id, lang, text in answers(shipped_content)
               if ACUTE.search(text) and "112" not in text]
    assert missing == []


def test_the_acute_danger_answer_opens_with_112_and_gives_the_in_doubt_number(shipped_content: Content) -> None:
    answer = shipped_content.faq["acuut_gevaar"].answer
    assert answer.wordings["nl"].startswith("Acuut gevaar? Bel nu 112.")
    assert answer.wordings["en"].startswith("Acute danger? Call 112 now.")
    assert "0900 8844" in answer.wordings["nl"] and "0900 8844" in answer.wordings["en"]


def test_in_doubt_advice_names_the_police_number_never_yes(shipped_content: Content) -> None:
    """Where an answer tells a worried user what to do when unsure if it is acute, it is 0900 8844."""
    in_doubt = re.compile(r"twijfel je of het acuut is|not sure whether it is acute", re.IGNORECASE)
    wrong = [(entry_id, lang) for entry_id, lang, text in answers(shipped_content)
             for paragraph in text.split("\n") if in_doubt.search(paragraph) and "0900 8844" not in paragraph]
    assert wrong == []


def test_english_answers_call_the_fg_the_data_protection_officer(shipped_content: Content) -> None:
    bare = [entry.id for entry in reviewed(shipped_content)
            if re.search(r"\bFG\b", entry.answer.wordings["en"]) or
            ("DPO" in entry.answer.wordings["en"]
             and "data protection officer (DPO)" not in entry.answer.wordings["en"])]
    assert bare == []


def test_dutch_answers_explain_fg_on_first_use(shipped_content: Content) -> None:
    bare = [entry.id for entry in reviewed(shipped_content)
            if re.search(r"\bFG\b", entry.answer.wordings["nl"])
            and "functionaris gegevensbescherming (FG)" not in entry.answer.wordings["nl"]]
    assert bare == []


def test_no_answer_opens_a_how_question_with_yes(shipped_content: Content) -> None:
    how = re.compile(r"^(hoe|how)\b", re.IGNORECASE)
    wrong = [entry.id for entry in reviewed(shipped_content)
             if any(how.match(q) for q in entry.questions["nl"][:1] + entry.questions["en"][:1])
             and (re.match(r"Ja\b", entry.answer.wordings["nl"]) or re.match(r"Yes\b", entry.answer.wordings["en"]))]
    assert wrong == []


JARGON = ("kernpartijen", "casuspartijen", "externe casuspartners", "kenmerk 2097800", "onderwijsbewindspersoon",
          "core parties", "external case partners", "designated case holder", "government member responsible")
STIFF_ENGLISH = ("It can, but not without thought", "In the police:", "Good that you take this seriously")


def test_answers_avoid_jargon_and_stiff_english(shipped_content: Content) -> None:
    found = [(entry.id, word) for entry in reviewed(shipped_content) for text in entry.answer.wordings.values()
             for word in JARGON + STIFF_ENGLISH if word.lower() in text.lower()]
    assert found == []


# The law an answer cites by article ("artikel 9 AVG", "art. 7:457 BW") is among its sources, so a professional can
# check the article (C47's scan found fifteen answers citing a law none of their sources carried).
CITED_LAW = re.compile(
    r"\b(?:artikel|artikelen|art\.)\s+[\d:.]+[a-z]?(?:\s*(?:lid|,|en|of)\s*[\w:.()]+)*?\s+(?:van de |van het )?"
    r"(AVG|UAVG|BW|Burgerlijk Wetboek|Sv|Wetboek van Strafvordering|Sr|Wetboek van Strafrecht|Wpg|Jeugdwet|"
    r"Gemeentewet|Grondwet|EVRM)\b")
LAW_IN_TITLE = {
    "AVG": ("AVG", "2016/679", "GDPR"), "UAVG": ("UAVG", "Uitvoeringswet AVG"),
    "BW": ("Burgerlijk Wetboek", "BW"), "Burgerlijk Wetboek": ("Burgerlijk Wetboek", "BW"),
    "Sv": ("Strafvordering",), "Wetboek van Strafvordering": ("Strafvordering",),
    "Sr": ("Strafrecht", "Sr"), "Wetboek van Strafrecht": ("Strafrecht", "Sr"),
    "Wpg": ("Wpg", "politiegegevens"), "Jeugdwet": ("Jeugdwet",), "Gemeentewet": ("Gemeentewet",),
    "Grondwet": ("Grondwet",), "EVRM": ("EVRM",)}


def test_a_law_cited_by_article_is_among_the_sources(shipped_content: Content) -> None:
    unsourced = [(entry.id, found.group(0)) for entry in shipped_content.faq.values()
                 for found in CITED_LAW.finditer(entry.answer.get("nl"))
                 if not any(name in source.title for source in entry.sources
                            for name in LAW_IN_TITLE[found.group(1)])]
    assert unsourced == []
