"""Rendering for Telegram without a network: escaping, splitting under 4096, keyboards, the flood guard."""

from __future__ import annotations

from bot.address import Address
from bot.channels.telegram.flood import FloodGuard
from bot.channels.telegram.render import MAX_MESSAGE, render, split_text, telegram_length
from bot.engine import Button, DocumentReply, TextReply


def test_text_is_escaped_for_html_parse_mode() -> None:
    [out] = render(TextReply("<b>Ahmed</b> & co > 3"))
    assert out.html == "&lt;b&gt;Ahmed&lt;/b&gt; &amp; co &gt; 3"


def test_long_text_is_split_at_paragraphs_and_buttons_go_on_the_last_part() -> None:
    paragraph = "Een zin over delen. " * 60
    reply = TextReply("\n\n".join([paragraph] * 6), ((Button("menu:home", "Menu"),),))
    parts = render(reply)
    assert len(parts) >= 2 and all(telegram_length(p.html) <= MAX_MESSAGE for p in parts)
    assert [p.keyboard is not None for p in parts] == [False] * (len(parts) - 1) + [True]
    assert all(p.html.startswith("Een zin") for p in parts)


def test_split_counts_emoji_as_two_units_and_never_breaks_a_character() -> None:
    parts = split_text("🙂" * 3000)
    assert all(telegram_length(p) <= MAX_MESSAGE for p in parts) and "".join(parts) == "🙂" * 3000


def test_document_reply_becomes_a_file_with_a_caption() -> None:
    [out] = render(DocumentReply("afwegingsverslag-2026-11-28.md", "# Verslag\n", "Je verslag"))
    assert (out.filename, out.document, out.html) == ("afwegingsverslag-2026-11-28.md", b"# Verslag\n", "Je verslag")


def test_keyboard_carries_the_short_button_ids() -> None:
    [out] = render(TextReply("Kies", ((Button("o:sharing:danger:yes", "Ja"), Button("o:sharing:danger:no", "Nee")),)))
    assert [[b.callback_data for b in row] for row in out.keyboard.inline_keyboard] == \
        [["o:sharing:danger:yes", "o:sharing:danger:no"]]


def test_flood_guard_warns_once_then_drops_until_the_window_passes() -> None:
    guard = FloodGuard(limit=3, seconds=10)
    verdicts = [guard.check(Address("telegram", "1"), t) for t in (0, 1, 2, 3, 4)]
    assert verdicts == ["ok", "ok", "ok", "warn", "drop"]
    assert guard.check(Address("telegram", "2"), 4) == "ok"
    assert guard.check(Address("telegram", "1"), 15) == "ok"


def test_flood_guard_alerts_once_per_flood_and_again_in_the_next() -> None:
    guard = FloodGuard(limit=1, seconds=10)
    user = Address("telegram", "1")
    assert [guard.check(user, t) for t in (0, 1, 2)] == ["ok", "warn", "drop"]
    assert guard.first_alert(user) and not guard.first_alert(user)
    assert guard.check(user, 20) == "ok"  # the flood is over
    assert [guard.check(user, t) for t in (21, 22)] == ["warn", "drop"] and guard.first_alert(user)
