"""The Telegram Bot API stand-in, exercised through the real python-telegram-bot stack."""

from __future__ import annotations

import asyncio
import datetime
import http.server
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Conflict, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from tests.standin.bot_api import BotApiStandIn
from tests.standin.html_check import HtmlError, parse_html, utf16_len

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:TEST-token"
CHAT = 4242


@pytest.fixture(autouse=True)
def no_leftover_threads():
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        extra = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not extra:
            return
        time.sleep(0.01)
    pytest.fail(f"threads left behind: {extra}")


@pytest.fixture
def api():
    with BotApiStandIn() as standin:
        standin.add_chat(CHAT)
        yield standin


def run_bot(api: BotApiStandIn, coro_fn, token: str = TOKEN):
    """Run coro_fn(bot) with a real, initialised PTB Bot pointed at the stand-in."""
    async def main():
        bot = telegram.Bot(token, base_url=api.base_url, base_file_url=api.base_file_url)
        async with bot:
            return await coro_fn(bot)
    return asyncio.run(main())


def keyboard(*data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(d[:10] or "x", callback_data=d)]
                                 for d in data])


# ---------------------------------------------------------------- basic methods

def test_get_me_and_url_shape(api):
    me = run_bot(api, lambda bot: bot.get_me())
    assert me.is_bot and me.id == 123456 and me.username == "standin_bot"
    assert api.base_url == f"http://127.0.0.1:{api.port}/bot"
    assert api.base_file_url == f"http://127.0.0.1:{api.port}/file/bot"
    assert api.call_count("getMe") >= 1


def test_send_message_html_ok(api):
    text = '<b>Vet</b> &amp; <a href="https://example.org">link</a> <pre><code class="language-py">x &lt; 1</code></pre>'
    markup = keyboard("menu:start")
    msg = run_bot(api, lambda bot: bot.send_message(CHAT, text, parse_mode="HTML",
                                                    reply_markup=markup))
    assert msg.text == "Vet & link x < 1"
    assert msg.chat.id == CHAT and msg.from_user.id == 123456 and msg.message_id == 1
    types = {e.type: e for e in msg.entities}
    assert set(types) == {"bold", "text_link", "pre"}
    assert types["pre"].language == "py" and types["text_link"].url == "https://example.org"
    assert msg.reply_markup == markup
    [sent] = api.sent(CHAT)
    method, params, message = sent
    assert method == "sendMessage" and params["parse_mode"] == "HTML" and params["chat_id"] == CHAT
    assert message["text"] == sent.text == "Vet & link x < 1" and sent.chat_id == CHAT
    assert sent.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "menu:start"
    assert api.messages(CHAT) == ["Vet & link x < 1"]


@pytest.mark.parametrize("text", ["<b>open", "<b><i>x</b></i>", "a < b", "Tom & Jerry",
                                  "<a>no href</a>", "<blink>x</blink>", "x</b>"])
def test_send_message_bad_html(api, text):
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        run_bot(api, lambda bot: bot.send_message(CHAT, text, parse_mode="HTML"))
    assert api.sent() == []


def test_message_length_limit_counts_parsed_utf16(api):
    async def go(bot):
        await bot.send_message(CHAT, "x" * 4096)
        await bot.send_message(CHAT, "&lt;" * 4096, parse_mode="HTML")  # 4096 after decoding
        await bot.send_message(CHAT, "<b>" + "y" * 4096 + "</b>", parse_mode="HTML")
        for too_long in ("x" * 4097, "😀" * 2049):  # 2049 emoji = 4098 UTF-16 units
            with pytest.raises(BadRequest, match="(?i)message is too long"):
                await bot.send_message(CHAT, too_long)
        with pytest.raises(BadRequest, match="(?i)message text is empty"):
            await bot.send_message(CHAT, "  <b> </b> ", parse_mode="HTML")
    run_bot(api, go)
    assert len(api.sent(CHAT)) == 3


def test_callback_data_over_64_bytes(api):
    run_bot(api, lambda bot: bot.send_message(CHAT, "ok", reply_markup=keyboard("é" * 32)))
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
        run_bot(api, lambda bot: bot.send_message(CHAT, "no", reply_markup=keyboard("a" * 65)))
    with pytest.raises(BadRequest, match="(?i)reply markup is too long"):
        run_bot(api, lambda bot: bot.send_message(
            CHAT, "many", reply_markup=keyboard(*[str(i) for i in range(101)])))
    assert api.messages(CHAT) == ["ok"]


def test_unknown_chat_and_bad_token(api):
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        run_bot(api, lambda bot: bot.send_message(999, "hello"))
    api.token = TOKEN
    with pytest.raises(InvalidToken):
        run_bot(api, lambda bot: bot.get_me(), token="999:wrong")
    run_bot(api, lambda bot: bot.get_me())


def test_edit_message_text(api):
    async def go(bot):
        msg = await bot.send_message(CHAT, "Kies:", reply_markup=keyboard("a", "b"))
        edited = await bot.edit_message_text("Gekozen: <i>a</i>", CHAT, msg.message_id,
                                             parse_mode="HTML")
        assert edited.text == "Gekozen: a" and edited.edit_date is not None
        assert edited.reply_markup is None  # no reply_markup = keyboard removed, like Telegram
        with pytest.raises(BadRequest, match="(?i)message is not modified"):
            await bot.edit_message_text("Gekozen: <i>a</i>", CHAT, msg.message_id,
                                        parse_mode="HTML")
        with pytest.raises(BadRequest, match="(?i)message to edit not found"):
            await bot.edit_message_text("x", CHAT, 777)
        await bot.edit_message_reply_markup(CHAT, msg.message_id, reply_markup=keyboard("c"))
        with pytest.raises(BadRequest, match="(?i)message is not modified"):
            await bot.edit_message_reply_markup(CHAT, msg.message_id, reply_markup=keyboard("c"))
        assert await bot.delete_message(CHAT, msg.message_id)
        with pytest.raises(BadRequest, match="(?i)message to delete not found"):
            await bot.delete_message(CHAT, msg.message_id)
    run_bot(api, go)
    assert [s.method for s in api.sent(CHAT)] == [
        "sendMessage", "editMessageText", "editMessageReplyMarkup", "deleteMessage"]
    assert api.messages(CHAT) == []


def test_answer_callback_query(api):
    async def go(bot):
        msg = await bot.send_message(CHAT, "Kies:", reply_markup=keyboard("yes"))
        qid = api.push_callback(CHAT, "yes")
        [update] = await bot.get_updates()
        assert update.callback_query.id == qid and update.callback_query.data == "yes"
        assert update.callback_query.message.message_id == msg.message_id
        assert await bot.answer_callback_query(qid, text="Done")
        with pytest.raises(BadRequest, match="(?i)query is too old"):
            await bot.answer_callback_query(qid)
        with pytest.raises(BadRequest, match="(?i)query ID is invalid"):
            await bot.answer_callback_query("12345")
        # a callback on a message the stand-in never sent: a synthetic old bot message
        old = api.push_callback(CHAT, "old", message_id=500)
        updates = await bot.get_updates(offset=update.update_id + 1)
        assert updates[0].callback_query.message.message_id == 500
        await bot.edit_message_text("updated", CHAT, 500)
        await bot.answer_callback_query(old)
    run_bot(api, go)
    assert [(a["callback_query_id"] != "", a.get("text")) for a in api.callback_answers] == [
        (True, "Done"), (True, None)]


def test_send_document_bytes(api):
    async def go(bot):
        msg = await bot.send_document(CHAT, b"%PDF decision record", filename="besluit.pdf",
                                      caption="<b>Verslag</b>", parse_mode="HTML")
        assert msg.document.file_name == "besluit.pdf" and msg.caption == "Verslag"
        file = await bot.get_file(msg.document.file_id)
        assert bytes(await file.download_as_bytearray()) == b"%PDF decision record"
        with pytest.raises(BadRequest, match="(?i)there is no document"):
            await bot.send_document(CHAT, document=None)
    run_bot(api, go)
    [sent] = api.sent(CHAT)
    assert sent.params["document"]["file_name"] == "besluit.pdf"
    assert sent.params["document"]["content"] == b"%PDF decision record"
    assert sent.message["document"]["mime_type"] == "application/pdf"
    assert api.messages(CHAT) == ["Verslag"]


def test_my_commands_per_language_and_scope(api):
    async def go(bot):
        await bot.set_my_commands([("start", "Begin"), ("help", "Hulp")], language_code="nl")
        await bot.set_my_commands([("start", "Start")])
        await bot.set_my_commands([("admin", "Beheer")],
                                  scope=telegram.BotCommandScopeChat(CHAT))
        assert [c.command for c in await bot.get_my_commands(language_code="nl")] == [
            "start", "help"]
        assert [c.description for c in await bot.get_my_commands()] == ["Start"]
        assert await bot.get_my_commands(language_code="en") == ()
        with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
            await bot.set_my_commands([("Bad-Command", "x")])
        await bot.delete_my_commands(language_code="nl")
    run_bot(api, go)
    assert api.commands == {("default", ""): [{"command": "start", "description": "Start"}],
                            (f"chat:{CHAT}", ""): [{"command": "admin", "description": "Beheer"}]}


def test_chat_action_and_unknown_method(api):
    async def go(bot):
        assert await bot.send_chat_action(CHAT, "typing")
        with pytest.raises(BadRequest, match="(?i)wrong parameter action"):
            await bot.send_chat_action(CHAT, "dancing")
        with pytest.raises(telegram.error.EndPointNotFound):
            await bot.do_api_request("sendDance", api_kwargs={"chat_id": CHAT})
    run_bot(api, go)
    assert api.call_count("sendDance") == 1
    assert [c.status for c in api.calls if c.method == "sendDance"] == [404]


def test_json_get_and_case_insensitive_requests(api):
    def call(method, path, body=None, ctype="application/json"):
        req = urllib.request.Request(f"{api.base_url}1:x/{path}", method=method, data=body,
                                     headers={"Content-Type": ctype})
        with urllib.request.urlopen(req, timeout=2) as resp:
            return json.loads(resp.read())
    markup = {"inline_keyboard": [[{"text": "Ja", "callback_data": "ja"}]]}
    sent = call("POST", "SENDMESSAGE", json.dumps(
        {"chat_id": CHAT, "text": "json", "reply_markup": markup}).encode())
    assert sent["result"]["reply_markup"] == markup
    assert call("GET", f"sendMessage?chat_id={CHAT}&text=query")["result"]["text"] == "query"
    with pytest.raises(urllib.error.HTTPError) as info:
        call("POST", "sendMessage", b"chat_id=1&text=x", "application/x-www-form-urlencoded")
    assert json.loads(info.value.read()) == {
        "ok": False, "error_code": 400, "description": "Bad Request: chat not found"}
    assert api.messages(CHAT) == ["json", "query"]


def test_multipart_filename_with_quote(api):
    run_bot(api, lambda bot: bot.send_document(CHAT, b"x", filename='rapport "v2".txt'))
    assert api.sent(CHAT)[0].message["document"]["file_name"] == 'rapport "v2".txt'


# ---------------------------------------------------------------- updates

def test_get_updates_offset_confirms(api):
    async def go(bot):
        first = api.push_message(CHAT, "/start", first_name="Anne", language_code="nl")
        second = api.push_message(CHAT, "hallo")
        updates = await bot.get_updates()
        assert [u.update_id for u in updates] == [first, second]
        assert updates[0].message.text == "/start"
        assert updates[0].message.entities[0].type == "bot_command"
        assert updates[0].effective_user.language_code == "nl"
        assert [u.update_id for u in await bot.get_updates()] == [first, second]  # unconfirmed
        assert [u.update_id for u in await bot.get_updates(offset=second)] == [second]
        assert await bot.get_updates(offset=second + 1) == ()
        assert api.pending_updates == []
        api.push_sticker(CHAT)
        api.push_photo(CHAT, caption="foto")
        api.push_voice(CHAT)
        api.push_document(CHAT, file_name="a.txt", content="tekst")
        api.push_edited_message(CHAT, 1, "/start opnieuw")
        kinds = await bot.get_updates(offset=second + 1, limit=4)
        sticker, photo, voice, document = (u.message for u in kinds)
        assert (sticker.sticker.emoji, photo.caption, voice.voice.mime_type,
                document.document.file_name) == ("🙂", "foto", "audio/ogg", "a.txt")
        file = await bot.get_file(photo.photo[-1].file_id)
        assert (await file.download_as_bytearray()).startswith(b"\xff\xd8")
        rest = await bot.get_updates(offset=kinds[-1].update_id + 1)
        assert rest[0].edited_message.text == "/start opnieuw"
    run_bot(api, go)
    assert api.call_count("getUpdates") == 6


def test_long_poll_waits_for_push(api):
    async def go(bot):
        threading.Timer(0.2, api.push_message, (CHAT, "later")).start()
        start = time.monotonic()
        updates = await bot.get_updates(timeout=5)
        assert updates[0].message.text == "later" and 0.15 < time.monotonic() - start < 2
        start = time.monotonic()
        assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=0.3) == ()
        assert 0.25 < time.monotonic() - start < 1.5
    run_bot(api, go)


def test_second_get_updates_terminates_the_first(api):
    async def go(bot):
        # PTB gives getUpdates its own pool of one connection, so use a second Bot instance
        first = asyncio.create_task(bot.get_updates(timeout=5))
        await asyncio.sleep(0.1)
        async with telegram.Bot(TOKEN, base_url=api.base_url) as other:
            assert await other.get_updates(timeout=0) == ()
        with pytest.raises(Conflict, match="(?i)terminated by other getUpdates"):
            await first
    run_bot(api, go)


def test_polling_application_end_to_end(api):
    async def start(update, context):
        await update.message.reply_text(f"Welkom, <b>{update.effective_user.first_name}</b>",
                                        parse_mode="HTML", reply_markup=keyboard("go"))

    async def pressed(update, context):
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("Gekozen")

    async def go():
        app = Application.builder().token(TOKEN).base_url(api.base_url).build()
        app.add_handler(CommandHandler("start", start))
        app.add_handler(CallbackQueryHandler(pressed))
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0, timeout=1)
            api.push_message(CHAT, "/start", first_name="Ilse")
            assert await api.await_messages(CHAT, 1) == ["Welkom, Ilse"]
            api.push_callback(CHAT, "go")
            await api.await_for(lambda: api.messages(CHAT) == ["Gekozen"])
            await app.updater.stop()
            await app.stop()
    asyncio.run(go())
    assert len(api.callback_answers) == 1
    latency = api.stats()["latency"]
    assert len(latency) == 2 and all(reply >= pushed for _, pushed, reply in latency)


# ---------------------------------------------------------------- failure injection

@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_429_raises_retry_after_without_effect(api):
    api.fail_next("sendMessage", status=429, retry_after=7)
    with pytest.raises(RetryAfter) as info:
        run_bot(api, lambda bot: bot.send_message(CHAT, "hallo"))
    assert info.value.retry_after in (7, datetime.timedelta(seconds=7))
    assert api.sent() == []
    run_bot(api, lambda bot: bot.send_message(CHAT, "hallo"))
    assert api.messages(CHAT) == ["hallo"]


def test_502_and_500_raise_network_error(api):
    async def go(bot):
        api.fail_next("SENDMESSAGE", status=502)
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(CHAT, "a")
        api.fail_next("*", status=500)
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await bot.send_message(CHAT, "b")
    run_bot(api, go)
    assert api.sent() == []
    raw = urllib.request.Request(f"{api.base_url}x/getMe", method="POST")
    api.fail_next("getMe", status=502)
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(raw, timeout=2)
    assert info.value.code == 502 and b"<center>nginx" in info.value.read()


def test_delay_provokes_client_timeout(api):
    api.delay_next("sendMessage", 0.5)
    with pytest.raises(TimedOut):
        run_bot(api, lambda bot: bot.send_message(CHAT, "slow", read_timeout=0.1))
    # Like Telegram after a client timeout, the message may still have been sent.
    api.wait_for(lambda: api.messages(CHAT) == ["slow"], timeout=2)


def test_blocked_chat_is_forbidden(api):
    api.block_chat(CHAT)
    with pytest.raises(telegram.error.Forbidden, match="(?i)blocked"):
        run_bot(api, lambda bot: bot.send_message(CHAT, "x"))


# ---------------------------------------------------------------- webhook

class _Receiver(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fail_first: int = 0):
        self.received: list[tuple[dict, dict]] = []
        self.fail_first = fail_first
        self.lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with outer.lock:
                    failing = outer.fail_first > 0
                    outer.fail_first -= 1
                    if not failing:
                        outer.received.append((dict(self.headers), json.loads(body)))
                self.send_response(500 if failing else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05})

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()
        self.thread.join()


def test_webhook_delivery_with_secret(api):
    with _Receiver(fail_first=1) as receiver:
        url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"

        async def go(bot):
            assert await bot.set_webhook(url, secret_token="s3cret-Token_1")
            info = await bot.get_webhook_info()
            assert info.url == url
            with pytest.raises(Conflict, match="(?i)webhook is active"):
                await bot.get_updates()
        run_bot(api, go)
        update_id = api.push_message(CHAT, "via webhook")
        api.wait_for(lambda: receiver.received, timeout=2)
        headers, update = receiver.received[0]
        assert headers["X-Telegram-Bot-Api-Secret-Token"] == "s3cret-Token_1"
        assert update["update_id"] == update_id and update["message"]["text"] == "via webhook"
        api.wait_for(lambda: not api.pending_updates, timeout=2)
        info = run_bot(api, lambda bot: bot.get_webhook_info())
        assert info.pending_update_count == 0
        assert "500" in info.last_error_message  # the first attempt failed and was retried
        run_bot(api, lambda bot: bot.delete_webhook())
        api.push_message(CHAT, "polled again")
        assert run_bot(api, lambda bot: bot.get_updates())[0].message.text == "polled again"
        assert len(receiver.received) == 1


def test_webhook_gives_up_then_resumes(api):
    api.webhook_attempts, api.webhook_retry_delay = 2, 0.01
    with _Receiver(fail_first=2) as receiver:
        url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
        run_bot(api, lambda bot: bot.set_webhook(url))
        api.push_message(CHAT, "eerste")
        api.wait_for(lambda: api.stats()["webhook_failed_attempts"] == 2, timeout=2)
        info = run_bot(api, lambda bot: bot.get_webhook_info())
        assert info.pending_update_count == 1 and info.last_error_message
        api.push_message(CHAT, "tweede")  # a new push resumes delivery, in order
        api.wait_for(lambda: len(receiver.received) == 2, timeout=2)
        assert [u["message"]["text"] for _, u in receiver.received] == ["eerste", "tweede"]
        assert "X-Telegram-Bot-Api-Secret-Token" not in receiver.received[0][0]
        run_bot(api, lambda bot: bot.delete_webhook())


def test_ptb_webhook_mode(api):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def echo(update, context):
        await update.message.reply_text("echo " + update.message.text.split()[-1])

    async def go():
        app = Application.builder().token(TOKEN).base_url(api.base_url).build()
        app.add_handler(CommandHandler("start", echo))
        async with app:
            await app.start()
            await app.updater.start_webhook(
                listen="127.0.0.1", port=port, url_path="tg",
                webhook_url=f"http://127.0.0.1:{port}/tg", secret_token="geheim")
            api.push_message(CHAT, "/start webhook")
            assert await api.await_messages(CHAT, 1) == ["echo webhook"]
            await app.updater.stop()
            await app.stop()
    asyncio.run(go())
    assert api.webhook["secret_token"] == "geheim"


# ---------------------------------------------------------------- helpers and modes

def test_wait_helpers_and_reset(api):
    threading.Timer(0.1, lambda: run_bot(api, lambda bot: bot.send_message(CHAT, "hoi"))).start()
    assert api.wait_for_messages(CHAT, 1, timeout=2) == ["hoi"]
    with pytest.raises(TimeoutError):
        api.wait_for_messages(CHAT, 2, timeout=0.1)
    before = api.push_message(CHAT, "x")
    api.reset()
    assert api.sent() == [] and api.pending_updates == [] and api.calls == []
    assert api.push_message(CHAT, "y") > before  # update ids keep increasing across reset


def test_separate_process_mode():
    proc = subprocess.Popen([sys.executable, "-m", "tests.standin.bot_api", "--port", "0"],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("PORT ")
        base = f"http://127.0.0.1:{int(line.split()[1])}"

        def call(path, body=None):
            data = json.dumps(body).encode() if body is not None else None
            req = urllib.request.Request(base + path, data=data,
                                         headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=2) as resp:
                return json.loads(resp.read())

        me = call("/bot42:abc/getMe", {})
        assert me["ok"] and me["result"]["id"] == 42
        assert call("/_standin/push", {"kind": "message", "chat_id": 7, "text": "hi"})["ok"]
        assert call("/bot42:abc/sendMessage", {"chat_id": 7, "text": "reply"})["ok"]
        assert call("/_standin/sent?chat_id=7")["result"][0]["message"]["text"] == "reply"
        stats = call("/_standin/stats")["result"]
        assert stats["calls"] == {"getMe": 1, "sendMessage": 1}
        [[chat_id, pushed, replied]] = stats["latency"]
        assert chat_id == 7 and replied >= pushed
    finally:
        proc.terminate()
        proc.wait(5)
        proc.stdout.close()
    assert proc.returncode == 0


# ---------------------------------------------------------------- HTML checker details

@pytest.mark.parametrize("html, message", [
    ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
    ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
    ("é <unknown>", 'Unsupported start tag "unknown" at byte offset 3'),
    ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
    ("x &nbsp; y", 'Unescaped "&" at byte offset 2'),
    ('<span class="red">x</span>', 'Tag "span" must have class "tg-spoiler"'),
    ("<a>x</a>", 'Tag "a" at byte offset 0 must have a non-empty attribute "href"'),
    ('<b style="x">y</b>', 'Unsupported attribute "style" in the tag "b"'),
    ("x <b", "Unclosed start tag at byte offset 2"),
    # cases from TDLib's own test suite (byte offsets count UTF-8 bytes)
    ("🏟 🏟&lt;<i    aba  =  ", 'Unclosed start tag "i" at byte offset 13'),
    ("🏟 🏟&lt;<i    aba  =  190azAz-.,", "Unexpected end of name token at byte offset 27"),
    ("🏟 🏟&lt;<b></b></", "Unexpected end tag at byte offset 20"),
    ("🏟 🏟&lt;<i>a</i   ", "Unclosed end tag at byte offset 17"),
    ("🏟 🏟&lt;<i>a</em   >", 'Unmatched end tag at byte offset 17, expected "</i>", found "</em>"'),
    ("&#xDFDF", "unmatched surrogate code units"),
])
def test_html_errors(html, message):
    with pytest.raises(HtmlError) as info:
        parse_html(html)
    assert message in str(info.value)


def test_html_tdlib_compatible_parsing():
    assert parse_html("🏟 🏟<i>🏟 &lt🏟</i>") == ("🏟 🏟🏟 <🏟", [
        {"type": "italic", "offset": 5, "length": 6}])
    assert parse_html("<a href=telegram.org>x</a> <a   href=  'x.org?&lt;'>y</a>")[1] == [
        {"type": "text_link", "url": "telegram.org", "offset": 0, "length": 1},
        {"type": "text_link", "url": "x.org?<", "offset": 2, "length": 1}]


def test_html_entities_and_offsets():
    text, entities = parse_html(
        "😀 <tg-spoiler>a</tg-spoiler><span class=\"tg-spoiler\">b</span>&#128512;&#x41;&quot;"
        "<blockquote expandable>q</blockquote><U>u</>")
    assert text == '😀 ab😀A"qu' and utf16_len(text) == 11
    assert [(e["type"], e["offset"], e["length"]) for e in entities] == [
        ("spoiler", 3, 1), ("spoiler", 4, 1), ("expandable_blockquote", 9, 1),
        ("underline", 10, 1)]
