"""How a FAQ answer looks to the user: the answer, its sources, related entries and feedback buttons.

``helpdesk ask`` uses the same functions, so what it prints is exactly what a user would see.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.content.model import Content, Source
from bot.engine.buttons import faq_button, feedback_button
from bot.engine.local_contact import local_contact_line
from bot.engine.navigation import menu_button, nav_row
from bot.texts.engine import say
from bot.engine.replies import Button, TextReply
from bot.faq.verdict import Match

__all__ = ["answer_reply", "answer_text", "first_question", "match_reply", "question_label", "with_sources"]

LABEL_MAX_CHARS = 60


def with_sources(text: str, sources: Iterable[Source], lang: str) -> str:
    listed = "\n".join(f"- {source.render()}" for source in sources)
    return f"{text}\n\n{say('sources', lang)}\n{listed}" if listed else text


def answer_text(content: Content, entry_id: str, lang: str, *, note: str = "") -> str:
    """The answer, then ``note`` (a line for the asker's situation, e.g. the town named), then the sources."""
    entry = content.faq[entry_id]
    answer = entry.answer.get(lang)
    return with_sources(f"{answer}\n\n{note}" if note else answer, entry.sources, lang)


def first_question(content: Content, entry_id: str, lang: str) -> str:
    """An entry's first question variant in ``lang`` (its id when it has none)."""
    return (content.faq[entry_id].questions.get(lang) or (entry_id,))[0]


def question_label(content: Content, entry_id: str, lang: str) -> str:
    """A button label for an entry: its first question variant, shortened."""
    label = first_question(content, entry_id, lang)
    return label if len(label) <= LABEL_MAX_CHARS else label[: LABEL_MAX_CHARS - 1].rstrip() + "…"


def answer_reply(content: Content, entry_id: str, lang: str, *, feedback: bool = True,
                 also: Sequence[str] = (), also_asked: str | None = None, note: str = "") -> TextReply:
    """The answer with its sources, a button to each related entry and to each of ``also`` (the matcher's
    runner-ups: the entry meant when the answer is a neighbour of it), then the feedback buttons. ``also_asked``:
    the entry that answers a second question in the same message, said under the answer and offered first."""
    entry = content.faq[entry_id]
    asked = also_asked if also_asked in content.faq and also_asked != entry_id else None
    first = (asked,) if asked is not None else ()
    further = dict.fromkeys(i for i in (*first, *entry.related, *also) if i in content.faq and i != entry_id)
    rows: list[tuple[Button, ...]] = [
        (Button(faq_button(rel), "→ " + question_label(content, rel, lang)),) for rel in further
    ]
    if feedback:
        rows.append((Button(feedback_button("up", entry_id), say("feedback_up", lang)),
                     Button(feedback_button("down", entry_id), say("feedback_down", lang))))
        rows.append(nav_row(lang))
    text = answer_text(content, entry_id, lang, note=note)
    if asked is not None:
        text = f"{text}\n\n{say('also_asked', lang, question=first_question(content, asked, lang))}"
    return TextReply(text, tuple(rows))


def match_reply(content: Content, match: Match, lang: str, *, story: bool = False, question: str = "") -> TextReply:
    """The reply for a matcher verdict: the answer, "did you mean" with buttons, or an honest no-answer (``story``:
    the message told a situation in several sentences, so the no-answer does not ask for one). ``question``, the
    message answered, may add a line for the town it names (:mod:`bot.engine.local_contact`)."""
    if match.verdict == "answer" and match.target:
        note = local_contact_line(content, match.target, question, lang) if question else ""
        return answer_reply(content, match.target, lang, also=match.suggestions, also_asked=match.also_asked,
                            note=note)
    if match.verdict == "suggest" and match.suggestions:
        rows = tuple((Button(faq_button(s), question_label(content, s, lang)),) for s in match.suggestions)
        asking = "did_you_mean" if len(rows) > 1 else "did_you_mean_one"
        return TextReply(say(asking, lang), (*rows, nav_row(lang)))
    return no_answer_reply(lang, story=story)


def no_answer_reply(lang: str, *, story: bool = False) -> TextReply:
    """The honest "no reliable answer" (it ends with "Acuut gevaar? Bel 112."), with the two guides as a way on:
    a vague "wat moet ik doen" or "en nu?" is often a worry or a sharing question not yet put into words, and a
    story nothing answers surely is often one of the two as well."""
    guides = tuple((menu_button(item, lang),) for item in ("signalling", "sharing"))
    return TextReply(say("no_answer_story" if story else "no_answer", lang), (*guides, nav_row(lang)))
