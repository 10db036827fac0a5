"""``helpdesk ask``: answer questions without a conversation, exactly as the bot would answer them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from bot.content.model import Content
from bot.content.schema import ROLES
from bot.engine.faq_reply import match_reply

__all__ = ["answer", "answer_batch"]


def answer(content: Content, question: str, lang: str = "nl", role: str | None = None) -> dict[str, Any]:
    """``{"faq_id", "answer", "score", "suggestions"}``; ``faq_id`` is None unless the bot answers confidently."""
    lang = lang if lang in ("nl", "en") else "nl"
    role = role if role in ROLES else None
    match = content.faq_index.match(question[:1000], lang, role)
    reply = match_reply(content, match, lang)
    return {
        "faq_id": match.target if match.verdict == "answer" else None,
        "answer": reply.text,
        "score": match.score,
        "suggestions": list(match.suggestions),
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
            result = {"faq_id": None, "answer": "", "score": 0.0, "suggestions": [], "error": f"bad input line: {exc}"}
        yield json.dumps(result, ensure_ascii=False)
