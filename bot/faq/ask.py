"""``helpdesk ask``: answer questions without a conversation, exactly as the bot would answer them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from bot.content.model import Content
from bot.content.schema import ROLES
from bot.engine import emergency
from bot.engine.faq_reply import first_question, match_reply
from bot.engine.turn import DANGER_READ_CHARS, MAX_TEXT_CHARS
from bot.faq.message import read_message
from bot.texts.engine import say

__all__ = ["answer", "answer_batch"]


def answer(content: Content, question: str, lang: str = "nl", role: str | None = None) -> dict[str, Any]:
    """``{"faq_id", "answer", "urgent", "score", "suggestions", "also_asked", "lang", "verdict"}``; ``faq_id`` is None
    unless the bot answers confidently; ``also_asked`` is the entry for a second question in the message.
    ``lang`` is the user's language; a question clearly in the other language is
    matched and answered in that one (the returned ``lang``). ``urgent``: the question describes acute danger,
    and the answer then starts with the emergency reply (112 first), as in the chat; a calm question that tells of
    suicide or self-harm starts with the 113 line instead."""
    lang = lang if lang in ("nl", "en") else "nl"
    role = role if role in ROLES else None
    danger = emergency.verdict(content, question[:DANGER_READ_CHARS])  # as in the chat: past what is read, too
    question = question[:MAX_TEXT_CHARS]
    match, asked_in = content.faq_index.match_asked(question, lang, role)
    match = emergency.with_suicide_entry(content, match, danger)
    reply = match_reply(content, match, asked_in, story=read_message(question).story, question=question)
    text = reply.text
    if match.verdict == "suggest":  # the chat shows these as buttons; here they are a list under the question
        asked, _, rest = text.partition("\n\n")
        listed = "".join(f"\n- {first_question(content, s, asked_in)}" for s in match.suggestions)
        text = f"{asked}{listed}" if danger.urgent else f"{asked}{listed}\n\n{rest}".rstrip()
    if danger.urgent:  # as in the chat: 112 first, and no "no reliable answer" after it
        first = emergency.emergency_reply(content, asked_in, danger).text
        text = first if match.verdict == "none" else f"{first}\n\n{emergency.without_headline(text)}"
    elif danger.suicide_talk:  # as in the chat: the 113 line above, without the alarm
        text = f"{say('emergency_suicide', asked_in)}\n\n{text}"
    return {
        "faq_id": match.target if match.verdict == "answer" else None,
        "answer": text,
        "urgent": danger.urgent,
        "score": match.score,
        "suggestions": list(match.suggestions),
        "also_asked": match.also_asked,
        "lang": asked_in,
        "verdict": "low_margin" if match.low_margin else match.verdict,
    }


def answer_batch(content: Content, lines: Iterable[str]) -> Iterator[str]:
    """One JSON line out per JSON line in (``{"q", "role", "lang"}``), in order; a bad line gets an error line."""
    for line in lines:
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            result = answer(content, str(item["q"]), item.get("lang") or "nl", item.get("role"))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            result = {"faq_id": None, "answer": "", "urgent": False, "score": 0.0, "suggestions": [], "error": f"bad input line: {exc}"}
        yield json.dumps(result, ensure_ascii=False)
