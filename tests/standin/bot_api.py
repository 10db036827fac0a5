"""A stand-in for api.telegram.org: a real HTTP server on 127.0.0.1 for end-to-end tests.

The real python-telegram-bot stack (``telegram.Bot``, ``Application`` polling, webhook mode)
talks to it over loopback HTTP/1.1 exactly as it would talk to Telegram::

    with BotApiStandIn() as api:
        bot = telegram.Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url)
        api.push_message(42, "/start")          # a user writes to the bot
        ...                                     # the bot polls, replies
        api.wait_for_messages(42, 1)            # -> ["Welcome ..."]

Server
    ``BotApiStandIn(token=None, *, port=0, username="standin_bot", first_name="Stand-in
    Bot")``; ``start()`` binds 127.0.0.1 (a free port unless
    given) and serves from a background thread with its own asyncio loop, so sync and async
    tests can both use it; ``stop()``; context manager. ``base_url`` is
    ``http://127.0.0.1:PORT/bot`` and ``base_file_url`` ``http://127.0.0.1:PORT/file/bot``
    (PTB appends the token). Stdlib only; keep-alive HTTP/1.1 on asyncio streams.

Requests (what is emulated)
    ``GET|POST /bot<TOKEN>/<method>`` with parameters in the query string and/or a JSON,
    form-urlencoded or multipart body. Form values are strings; JSON-typed parameters
    (reply_markup, commands, scope, ...) may be JSON text or JSON values. Method names are
    case-insensitive. Any token is accepted unless ``standin.token`` is set; then another token
    gets 401 ``Unauthorized``; an empty token or unknown method gets 404 ``Not Found``.
    Responses are Telegram's compact JSON: ``{"ok":true,"result":...}`` (plus ``description``
    where Telegram sends one, e.g. setWebhook) or
    ``{"ok":false,"error_code":400,"description":"Bad Request: ..."}``.

    Methods: getMe, getUpdates, setWebhook, deleteWebhook, getWebhookInfo, sendMessage,
    editMessageText, editMessageReplyMarkup, deleteMessage, answerCallbackQuery, sendDocument,
    sendChatAction, getFile, setMyCommands, getMyCommands, deleteMyCommands, close, logOut.
    ``GET /file/bot<TOKEN>/<file_path>`` serves files known from uploads and pushed media.

    getUpdates: offset confirms earlier updates (negative offset keeps the last -offset),
    limit 1-100, timeout = long poll held until an update arrives; a newer getUpdates ends a
    waiting one with 409 "Conflict: terminated by other getUpdates request; ...", and while a
    webhook is set getUpdates answers 409 "Conflict: can't use getUpdates method while webhook
    is active; ...". allowed_updates is remembered (default: all but chat_member,
    message_reaction, message_reaction_count) and filters updates as they are pushed.

    setWebhook records url (http:// is allowed, unlike Telegram, since tests run on loopback),
    secret_token, max_connections, allowed_updates, drop_pending_updates. Pending updates are
    POSTed one at a time, in order, as JSON with ``X-Telegram-Bot-Api-Secret-Token``; a 2xx
    answer confirms the update. Otherwise delivery is retried (``webhook_attempts``, default 4,
    backoff from ``webhook_retry_delay`` 0.05 s, x3); after that the update stays pending,
    getWebhookInfo shows last_error_date/last_error_message, and delivery resumes on the next
    push, setWebhook or ``redeliver()``. A method call in the webhook answer is ignored.

    Validation (the errors a bot must never trigger): empty text (after trimming whitespace,
    like Telegram) "message text is empty"; more than 4096 UTF-16 code units after entity
    parsing "message is too long" (caption: 1024, "message caption is too long"); HTML
    parse_mode checked by ``html_check.parse_html`` (TDLib's algorithm, a little stricter: see
    there) -> "can't parse entities: ..."; inline keyboards: not an array of arrays, a button
    without exactly one action ("can't parse inline keyboard button: Text buttons are unallowed
    in the inline keyboard"), empty text, callback_data empty or over 64 bytes
    ("BUTTON_DATA_INVALID"), more than 100 buttons ("reply markup is too long"); unknown chat
    "chat not found" (a chat is known once an update from it was pushed or after
    ``add_chat``); edits of unknown messages "message to edit not found", of user messages
    "message can't be edited", without change "message is not modified: ..."; deleteMessage
    of unknown "message to delete not found"; reply to unknown message "message to be replied
    not found"; answerCallbackQuery for unknown or already answered ids "query is too old and
    response timeout expired or query ID is invalid"; sendDocument without a file "there is
    no document in the request"; wrong chat actions, invalid bot commands
    ("BOT_COMMAND_INVALID"), language codes and command scopes.

    Sent messages get per-chat increasing message_ids (shared with pushed user messages, as in
    a private chat), date, chat, from = the bot (id = the token's numeric prefix), text and
    entities (computed from the HTML) or document/caption, reply_markup for inline keyboards,
    reply_to_message, edit_date after edits. As on Telegram, editMessageText without
    reply_markup removes the message's inline keyboard.

How PTB 22.x talks to it (observed with httpx 0.28): every call is ``POST`` with
``application/x-www-form-urlencoded`` (never JSON): strings verbatim, everything else JSON-encoded
(``5``, ``true``, ``{"inline_keyboard": [[...]]}`` with ", " separators); calls without
parameters (getMe) have an empty body and no Content-Type; uploads switch the whole call to
``multipart/form-data`` (other parameters become text parts; httpx writes ``"`` in file names as
``%22``). The help desk's own request layer (``bot/channels/telegram/aiohttp_request.py``) sends calls
without files as one ``application/json`` body instead, with typed values (``41``, ``true``, objects), as
Telegram accepts; uploads stay multipart. ``Bot.initialize()`` (``async with bot``,
``Application.initialize``) calls getMe first;
``run_polling``/``start_polling`` calls deleteWebhook, then getUpdates with ``timeout`` and
``offset`` (0 at first), and a final getUpdates(timeout=0) on stop to confirm the last offset.
getUpdates has its own one-connection pool, so one Bot can't long-poll twice at once. PTB maps
400 -> BadRequest, 401/404 -> InvalidToken (EndPointNotFound via do_api_request), 403 ->
Forbidden, 409 -> Conflict, 429 + retry_after -> RetryAfter, other statuses -> NetworkError;
it drops the "Bad Request: " prefix and ``str.capitalize()``s the rest (lower-casing it:
"Button_data_invalid"), so match descriptions case-insensitively.

Not emulated: Markdown/MarkdownV2 parsing (text taken literally, only lengths checked), other
methods (404), inline_message_id edits, flood limits (use ``fail_next(..., status=429)``),
Telegram's 48-hour edit/delete windows and callback-query expiry, media other than documents
sent by the bot, webhook TLS certificates, parallel webhook connections, Bot API local mode.

Failure injection
    ``fail_next(method, status=429, retry_after=1, times=1, description=None)``: the next
    ``times`` calls of method ("*" = any) fail without effect: 429 with
    ``parameters.retry_after`` (PTB raises RetryAfter), 502/503/504 with nginx's HTML page (PTB
    raises NetworkError), 500 ``Internal Server Error``, or any other status with a Telegram
    description (403 defaults to "Forbidden: bot was blocked by the user").
    ``delay_next(method, seconds, times=1)`` holds the next call(s) before processing them; the
    call still takes effect afterwards even if the client gave up (the real ambiguity of a
    client timeout). ``block_chat(chat_id)``: sends to it get 403 "bot was blocked by the user".

Test helpers (thread-safe; from sync tests, async tests, or other threads)
    ``push_message(chat_id, text, *, user_id=None, chat_type="private", first_name="Test",
    language_code=None)`` (bot_command entities like Telegram), ``push_callback(chat_id, data,
    *, message_id=None, ...)`` -> callback_query id (the message is the bot's message with that
    id, or its latest, preferably with an inline keyboard, or a synthetic old one),
    ``push_sticker``, ``push_photo``, ``push_voice``, ``push_document``,
    ``push_edited_message(chat_id, message_id, text)``, ``push_raw(update)``; all but
    push_callback return the update_id. ``add_chat``, ``sent(chat_id=None)`` -> [Sent(method,
    params, message)] for sendMessage/sendDocument/edits/deleteMessage/sendChatAction in order
    (params decoded: JSON fields parsed, chat_id int, uploads as {file_name, mime_type, size,
    content}); ``messages(chat_id)`` -> texts (captions for documents) the chat shows now;
    ``message_objects(chat_id)``; ``callback_answers``; ``commands`` ({(scope, language_code):
    [...]}, scope "default", "all_private_chats", "chat:<id>", ...); ``calls`` (every API
    request: Call(method, params, time, status)); ``call_count(method)``; ``pending_updates``;
    ``webhook``; ``wait_for(predicate, timeout=5)`` (re-runs the predicate, without the
    stand-in's lock, after every state change; raises TimeoutError listing what was sent);
    ``wait_for_messages(chat_id, n, timeout=5)`` (n = messages the bot created in the chat;
    returns ``messages(chat_id)``);
    ``await await_messages(chat_id, n)`` / ``await await_for(predicate)``; ``stats()``;
    ``reset()`` (update_ids keep increasing so a running poller is not confused).

Separate process (benchmarks)
    ``python -m tests.standin.bot_api --port 0 [--token T]`` prints ``PORT <n>`` and serves until
    SIGTERM/SIGINT. Control endpoints (JSON in, ``{"ok":true,"result":...}`` out):

    * ``POST /_standin/push``: ``{"kind": "message", "chat_id": 1, "text": "hi", ...}`` with kind
      message|callback|sticker|photo|voice|document|edited_message and the helper's keyword
      arguments, or ``{"update": {...}}`` for a raw update; a JSON list pushes several.
    * ``GET /_standin/sent?chat_id=``, ``GET /_standin/messages?chat_id=``, ``GET /_standin/calls``,
      ``GET /_standin/callback_answers``, ``GET /_standin/commands``, ``GET /_standin/webhook``.
    * ``POST /_standin/fail_next`` ``{"method", "status", "retry_after", "times", "description"}``,
      ``POST /_standin/delay_next`` ``{"method", "seconds", "times"}``, ``POST /_standin/add_chat``
      ``{"chat_id", ...}``, ``POST /_standin/block_chat`` ``{"chat_id"}``, ``POST /_standin/reset``.
    * ``GET /_standin/stats``: ``{"requests", "calls": {method: n}, "pushed", "sent",
      "pending_updates", "webhook_delivered", "webhook_failed_attempts", "latency": [[chat_id,
      message_time, reply_time|null], ...]}``; times are ``time.time()`` seconds: when the update
      was pushed and when the first sendMessage/sendDocument/editMessageText/
      editMessageReplyMarkup to that chat after it succeeded.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import collections
import itertools
import json
import mimetypes
import re
import signal
import threading
import time
import traceback
from dataclasses import dataclass
from typing import Any, Callable, Iterator
from urllib.parse import parse_qsl, urlsplit

from .html_check import MAX_CAPTION, MAX_TEXT, command_entities, format_text
from .http_io import (REASONS, HttpClient, HttpServer, Request, Response, UploadedFile,
                      parse_params)

_METHODS = {m.lower(): m for m in (
    "getMe", "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo", "sendMessage",
    "editMessageText", "editMessageReplyMarkup", "deleteMessage", "answerCallbackQuery",
    "sendDocument", "sendChatAction", "getFile", "setMyCommands", "getMyCommands",
    "deleteMyCommands", "close", "logOut")}
_REPLY_METHODS = {"sendMessage", "sendDocument", "editMessageText", "editMessageReplyMarkup"}
_NOT_BY_DEFAULT = {"chat_member", "message_reaction", "message_reaction_count"}
_BUTTON_ACTIONS = ("url", "callback_data", "web_app", "login_url", "switch_inline_query",
                   "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
                   "copy_text", "callback_game", "pay")
_CHAT_ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice",
                 "upload_voice", "upload_document", "choose_sticker", "find_location",
                 "record_video_note", "upload_video_note"}
_JSON_PARAMS = {"reply_markup", "entities", "caption_entities", "reply_parameters",
                "link_preview_options", "commands", "scope", "allowed_updates"}
_NOT_MODIFIED = ("message is not modified: specified new message content and reply markup are "
                 "exactly the same as a current content and reply markup of the message")
_WEBHOOK_CONFLICT = ("Conflict: can't use getUpdates method while webhook is active; use "
                     "deleteWebhook to delete the webhook first")
_TERMINATED = ("Conflict: terminated by other getUpdates request; make sure that only one bot "
               "instance is running")
_DEFAULT_DESCRIPTIONS = {400: "Bad Request: injected failure", 401: "Unauthorized",
                         403: "Forbidden: bot was blocked by the user", 404: "Not Found",
                         409: _TERMINATED, 500: "Internal Server Error"}
_API_PATH = re.compile(r"^/bot([^/]*)/([^/]+)/?$")
_FILE_PATH = re.compile(r"^/file/bot([^/]*)/(.+)$")


def _nginx_page(status: int) -> bytes:
    title = f"{status} {REASONS.get(status, 'Error')}"
    return (f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}"
            "</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n"
            ).encode()


def _clone(obj: Any) -> Any:
    """Deep copy of JSON-like data (much faster than copy.deepcopy)."""
    if isinstance(obj, dict):
        return {k: _clone(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_clone(v) for v in obj]
    return obj


def _dumps(obj: Any) -> bytes:
    def default(o: Any) -> Any:
        if isinstance(o, bytes):
            return base64.b64encode(o).decode()
        if hasattr(o, "_asdict"):
            return o._asdict()
        return vars(o)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=default).encode()


class ApiError(Exception):
    def __init__(self, code: int, description: str, parameters: dict | None = None):
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


def _bad(description: str) -> ApiError:
    return ApiError(400, "Bad Request: " + description)


@dataclass
class Call:
    method: str
    params: dict
    time: float
    status: int | None = None


class _Described:  # an ok result that carries Telegram's "description" field
    def __init__(self, result: Any, description: str):
        self.result, self.description = result, description


class _Params:
    def __init__(self, raw: dict[str, Any], files: dict[str, UploadedFile]):
        self.raw, self.files = raw, files

    def str(self, key: str, default: str | None = None) -> str | None:
        v = self.raw.get(key)
        if v is None:
            return default
        if isinstance(v, (dict, list)):
            raise _bad(f'field "{key}" must be of type String')
        return str(v)

    def int(self, key: str, default: int | None = None) -> int | None:
        v = self.raw.get(key)
        if v is None or v == "":
            return default
        try:
            if isinstance(v, bool) or isinstance(v, float) and not v.is_integer():
                raise ValueError
            return int(v)
        except (TypeError, ValueError):
            raise _bad(f'field "{key}" must be of type Integer') from None

    def float(self, key: str, default: float) -> float:
        try:
            return float(self.raw.get(key) or default)
        except (TypeError, ValueError):
            raise _bad(f'field "{key}" must be of type Number') from None

    def bool(self, key: str) -> bool:
        v = self.raw.get(key)
        return v is True or isinstance(v, str) and v.lower() in ("true", "1") or v == 1

    def json(self, key: str, what: str | None = None) -> Any:
        v = self.raw.get(key)
        if isinstance(v, str):
            try:
                return json.loads(v)
            except ValueError:
                raise _bad(f"can't parse {what or key} JSON object") from None
        return v

    def decoded(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in self.raw.items():
            if k in _JSON_PARAMS and isinstance(v, str):
                try:
                    v = json.loads(v)
                except ValueError:
                    pass
            elif k in ("chat_id", "message_id") and isinstance(v, str) and v.lstrip("-").isdigit():
                v = int(v)
            out[k] = v
        for k, f in self.files.items():
            out[k] = {"file_name": f.filename, "mime_type": f.content_type,
                      "size": len(f.content), "content": f.content}
        return out


class Sent:
    """One successful outgoing call: ``method``, decoded ``params``, resulting ``message``
    (None for deleteMessage/sendChatAction). Unpacks like a tuple ``(method, params,
    message)``. Stored compactly (raw parameters, message as JSON) so that a long benchmark
    run does not burden the garbage collector; params and message are fresh copies on access."""

    __slots__ = ("method", "chat_id", "_params", "_message")

    def __init__(self, method: str, chat_id: int, params: _Params, message: dict | None):
        self.method, self.chat_id, self._params = method, chat_id, params
        self._message = _dumps(message) if message is not None else None

    @property
    def params(self) -> dict:
        return {**self._params.decoded(), "chat_id": self.chat_id}

    @property
    def message(self) -> dict | None:
        return json.loads(self._message) if self._message is not None else None

    @property
    def text(self) -> str | None:
        message = self.message or {}
        return message.get("text", message.get("caption"))

    def _asdict(self) -> dict:
        return {"method": self.method, "params": self.params, "message": self.message}

    def __iter__(self) -> Iterator[Any]:
        return iter((self.method, self.params, self.message))

    def __repr__(self) -> str:
        return f"Sent({self.method!r}, chat_id={self.chat_id!r}, text={self.text!r})"


class BotApiStandIn:
    """See the module docstring."""

    def __init__(self, token: str | None = None, *, port: int = 0,
                 username: str = "standin_bot", first_name: str = "Stand-in Bot"):
        self.token = token
        self.port = port
        self.username, self.first_name = username, first_name
        self.webhook_attempts = 4
        self.webhook_retry_delay = 0.05
        self.webhook_timeout = 10.0
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._version = 0  # bumped on every state change, for wait_for
        self._ids = itertools.count(1)
        self._next_update_id = 100000001
        self._bot_id = self._token_id(token) or 7000000001
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: HttpServer | None = None
        self._http = HttpClient()
        self._pollers: list[asyncio.Future] = []
        self._wh_event: asyncio.Event | None = None
        self._wh_task: asyncio.Task | None = None
        # Counts the changes the webhook worker waits for (a push, setWebhook, deleteWebhook,
        # reset, redeliver), bumped under the lock as they happen. The worker notes the count
        # when it takes an update, so the push of that very update, whose kick may reach the
        # loop only after the worker has started posting it, cannot resume it after a give-up.
        self._wh_wakes = 0
        self._clear()

    def _clear(self) -> None:
        self._chats: dict[int, dict] = {}
        self._mids: dict[int, int] = {}
        self._messages: dict[int, dict[int, dict]] = {}
        self._own: set[tuple[int, int]] = set()
        self._created: collections.Counter[int] = collections.Counter()
        self._sent: list[Sent] = []
        self._updates: list[dict] = []
        self._pushed = 0
        self._open_callbacks: dict[str, int] = {}
        self._answers: list[dict] = []
        self._commands: dict[tuple[str, str], list[dict]] = {}
        self._calls: collections.deque[Call] = collections.deque(maxlen=200_000)
        self._counts: collections.Counter[str] = collections.Counter()
        self._failures: dict[str, list[tuple]] = {}
        self._delays: dict[str, list[float]] = {}
        self._webhook: dict | None = None
        self._webhook_error: tuple[int, str] | None = None
        self._wh_delivered = self._wh_failed = 0
        self._allowed_updates: list[str] | None = None
        self._files: dict[str, dict] = {}
        self._blocked: set[int] = set()
        self._latency: list[list] = []
        self._open_latency: dict[int, list[int]] = {}

    # ----------------------------------------------------------------- lifecycle
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def start(self, port: int | None = None) -> BotApiStandIn:
        if self._thread is not None:
            raise RuntimeError("already started")
        ready = threading.Event()
        errors: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, args=(port or self.port, ready, errors),
                                        name="BotApiStandIn", daemon=True)
        self._thread.start()
        ready.wait(10)
        if errors:
            self._thread.join()
            self._thread = None
            raise errors[0]
        return self

    def _run(self, port: int, ready: threading.Event, errors: list) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._server = HttpServer(self._handle)
        try:
            self.port = loop.run_until_complete(self._server.start("127.0.0.1", port))
            self._wh_event = asyncio.Event()
        except BaseException as exc:  # noqa: BLE001 - reported to start()
            errors.append(exc)
            loop.close()
            ready.set()
            return
        self._loop = loop
        ready.set()
        try:
            loop.run_forever()
        finally:
            self._loop = None
            loop.run_until_complete(self._server.close())
            tasks = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for t in tasks:
                t.cancel()
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            self._http.close()
            loop.run_until_complete(asyncio.sleep(0))
            loop.close()

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if thread is None:
            return
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._thread = None
        self._pollers.clear()
        self._wh_task = None

    def __enter__(self) -> BotApiStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _kick(self) -> None:
        loop = self._loop
        if loop is not None:
            try:
                loop.call_soon_threadsafe(self._on_kick)
            except RuntimeError:
                pass

    def _on_kick(self) -> None:  # in the server loop
        for fut in self._pollers:
            if not fut.done():
                fut.set_result("kick")
        if self._wh_event is not None:
            self._wh_event.set()
        if self._webhook is not None and (self._wh_task is None or self._wh_task.done()):
            self._wh_task = asyncio.get_running_loop().create_task(self._webhook_worker())

    # ----------------------------------------------------------------- HTTP dispatch
    async def _handle(self, req: Request) -> Response:
        try:
            return await self._route(req)
        except Exception as exc:  # a stand-in bug: make it visible instead of dropping the line
            traceback.print_exc()
            return self._error(ApiError(500, f"Internal Server Error: stand-in bug: {exc!r}"))

    async def _route(self, req: Request) -> Response:
        if req.path.startswith("/_standin/"):
            return await self._control(req)
        m = _API_PATH.match(req.path)
        if m and m.group(1):
            return await self._api(req, m.group(1), m.group(2))
        m = _FILE_PATH.match(req.path)
        if m and req.method in ("GET", "HEAD"):
            with self._lock:
                f = next((f for f in self._files.values() if f["path"] == m.group(2)), None)
            if f is not None and (self.token is None or m.group(1) == self.token):
                return Response(200, f["content"], f["meta"].get("mime_type",
                                                                 "application/octet-stream"))
        return self._error(ApiError(404, "Not Found"))

    @staticmethod
    def _error(err: ApiError) -> Response:
        body: dict[str, Any] = {"ok": False, "error_code": err.code,
                                "description": err.description}
        if err.parameters:
            body["parameters"] = err.parameters
        return Response(err.code, _dumps(body))

    async def _api(self, req: Request, token: str, name: str) -> Response:
        if self.token is not None and token != self.token:
            return self._error(ApiError(401, "Unauthorized"))
        method = _METHODS.get(name.lower())
        try:
            raw, files = parse_params(req)
        except (ValueError, UnicodeDecodeError):
            raw, files = None, {}
        call = Call(method or name, dict(raw or {}), time.time())
        with self._lock:
            self._calls.append(call)
            self._counts[call.method] += 1
            if self.token is None and self._token_id(token):
                self._bot_id = self._token_id(token)
        response = await self._dispatch(method, raw, files)
        call.status = response.status
        return response

    async def _dispatch(self, method: str | None, raw: dict | None, files: dict) -> Response:
        if method is None:
            return self._error(ApiError(404, "Not Found"))
        if raw is None:
            return self._error(_bad("can't parse request body"))
        delay = self._take_injected(self._delays, method)
        if delay:
            await asyncio.sleep(delay)
        failure = self._take_injected(self._failures, method)
        if failure:
            return self._failure(*failure)
        handler = getattr(self, "_m_" + method)
        params = _Params(raw, files)
        try:
            if asyncio.iscoroutinefunction(handler):
                result = await handler(params)
                with self._lock:
                    return self._ok(result)
            with self._lock:
                result = handler(params)
                self._changed()
                return self._ok(result)
        except ApiError as err:
            return self._error(err)

    @staticmethod
    def _ok(result: Any) -> Response:
        body: dict[str, Any] = {"ok": True, "result": result}
        if isinstance(result, _Described):
            body = {"ok": True, "result": result.result, "description": result.description}
        return Response(200, _dumps(body))

    def _take_injected(self, table: dict[str, list], method: str) -> Any:
        with self._lock:
            for key in (method.lower(), "*"):
                queue = table.get(key)
                if queue:
                    return queue.pop(0)
        return None

    def _failure(self, status: int, retry_after: int, description: str | None) -> Response:
        if status == 429:
            return self._error(ApiError(429, description or
                                        f"Too Many Requests: retry after {retry_after}",
                                        {"retry_after": retry_after}))
        if status in (502, 503, 504):
            return Response(status, _nginx_page(status), "text/html")
        return self._error(ApiError(status, description or _DEFAULT_DESCRIPTIONS.get(
            status, f"Error {status}")))

    @staticmethod
    def _token_id(token: str | None) -> int | None:
        prefix = (token or "").split(":")[0]
        return int(prefix) if prefix.isdigit() else None

    # ----------------------------------------------------------------- shared pieces
    def _bot_user(self) -> dict:
        return {"id": self._bot_id, "is_bot": True, "first_name": self.first_name,
                "username": self.username}

    def _resolve_chat(self, value: Any) -> dict:
        if value is None or value == "":
            raise _bad("chat_id is empty")
        chat = None
        if isinstance(value, str) and value.startswith("@"):
            chat = next((c for c in self._chats.values()
                         if c.get("username", "").lower() == value[1:].lower()), None)
        elif not isinstance(value, bool):
            try:
                chat = self._chats.get(int(value))
            except (TypeError, ValueError):
                pass
        if chat is None:
            raise _bad("chat not found")
        return chat

    def _chat(self, p: _Params) -> dict:
        chat = self._resolve_chat(p.raw.get("chat_id"))
        if chat["id"] in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def _next_mid(self, chat_id: int) -> int:
        self._mids[chat_id] = self._mids.get(chat_id, 0) + 1
        return self._mids[chat_id]

    def _format(self, p: _Params, key: str, limit: int) -> tuple[str, list[dict]]:
        what = "message text" if key == "text" else "caption"
        mode = p.str("parse_mode")
        try:
            text, entities = format_text(p.str(key), mode, limit=limit, what=what)
        except ValueError as exc:
            raise _bad(str(exc)) from None
        explicit = p.json("entities" if key == "text" else "caption_entities")
        if not mode and isinstance(explicit, list):
            entities = explicit
        return text, entities

    def _markup(self, p: _Params, inline_only: bool = False) -> dict | None:
        markup = p.json("reply_markup", "reply keyboard markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise _bad('field "inline_keyboard" of the InlineKeyboardMarkup should be an '
                           "Array of Arrays")
            buttons = [b for row in rows for b in row]
            for b in buttons:
                self._check_button(b)
            if len(buttons) > 100:
                raise _bad("reply markup is too long")
            return {"inline_keyboard": [row for row in rows if row]}
        if inline_only:
            raise _bad("inline keyboard expected")
        if "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
                raise _bad('field "keyboard" of the ReplyKeyboardMarkup should be an Array of '
                           "Arrays")
            for b in (b for row in rows for b in row):
                text = b if isinstance(b, str) else b.get("text") if isinstance(b, dict) else None
                if not isinstance(text, str) or not text.strip():
                    raise _bad("keyboard button text is empty")
            return None
        if markup.get("remove_keyboard") or markup.get("force_reply"):
            return None
        raise _bad("can't parse reply keyboard markup JSON object")

    @staticmethod
    def _check_button(b: Any) -> None:
        prefix = "can't parse inline keyboard button: "
        if not isinstance(b, dict):
            raise _bad(prefix + "InlineKeyboardButton must be an Object")
        if not isinstance(b.get("text"), str):
            raise _bad(prefix + 'Field "text" must be of type String')
        if not b["text"].strip():
            raise _bad(prefix + "button text must be non-empty")
        actions = [k for k in _BUTTON_ACTIONS if k in b]
        if not actions:
            raise _bad(prefix + "Text buttons are unallowed in the inline keyboard")
        if len(actions) > 1:
            raise _bad(prefix + "exactly one of the optional fields must be used")
        if "callback_data" in b:
            data = b["callback_data"]
            if not isinstance(data, str) or not 1 <= len(data.encode()) <= 64:
                raise _bad("BUTTON_DATA_INVALID")
        if "url" in b and (not isinstance(b["url"], str) or not b["url"].strip()
                           or any(c.isspace() for c in b["url"])):
            raise _bad("BUTTON_URL_INVALID")

    def _reply_to(self, p: _Params, chat: dict) -> dict | None:
        rp = p.json("reply_parameters") or {}
        if not isinstance(rp, dict):
            raise _bad("can't parse reply parameters JSON object")
        mid = rp.get("message_id", p.int("reply_to_message_id"))
        if mid is None:
            return None
        target = self._messages.get(chat["id"], {}).get(int(mid))
        if target is None:
            if rp.get("allow_sending_without_reply") or p.bool("allow_sending_without_reply"):
                return None
            raise _bad("message to be replied not found")
        return {k: v for k, v in target.items() if k != "reply_to_message"}

    def _new_bot_message(self, chat: dict, p: _Params, **content: Any) -> dict:
        reply_to = self._reply_to(p, chat)
        msg = {"message_id": self._next_mid(chat["id"]), "from": self._bot_user(),
               "chat": chat, "date": int(time.time()), **content}
        if reply_to:
            msg["reply_to_message"] = reply_to
        self._messages.setdefault(chat["id"], {})[msg["message_id"]] = msg
        self._own.add((chat["id"], msg["message_id"]))
        self._created[chat["id"]] += 1
        return msg

    def _record(self, method: str, p: _Params, chat_id: int, msg: dict | None) -> None:
        self._sent.append(Sent(method, chat_id, p, msg))
        if method in _REPLY_METHODS:
            now = time.time()
            for idx in self._open_latency.pop(chat_id, ()):
                self._latency[idx][2] = now

    def _editable(self, p: _Params) -> dict:
        if p.raw.get("inline_message_id"):
            raise _bad("MESSAGE_ID_INVALID (inline messages are not emulated)")
        chat = self._chat(p)
        mid = p.int("message_id")
        if mid is None:
            raise _bad("message identifier is not specified")
        msg = self._messages.get(chat["id"], {}).get(mid)
        if msg is None:
            raise _bad("message to edit not found")
        if (chat["id"], mid) not in self._own:
            raise _bad("message can't be edited")
        return msg

    def _store_file(self, content: bytes, file_name: str | None, mime: str | None,
                    folder: str = "documents", **extra: Any) -> dict:
        n = next(self._ids)
        ext = (file_name or "").rpartition(".")[2] if "." in (file_name or "") else "bin"
        meta = {"file_id": f"BQACAgQAAxkBAAIStandIn{n:06d}", "file_unique_id": f"AgADSt{n:06d}",
                "file_size": len(content), **extra}
        if folder == "documents":
            meta["file_name"] = file_name or f"file_{n}.{ext}"
            meta["mime_type"] = mime or mimetypes.guess_type(meta["file_name"])[0] or \
                "application/octet-stream"
        self._files[meta["file_id"]] = {"content": content, "path": f"{folder}/file_{n}.{ext}",
                                        "meta": meta}
        return dict(meta)

    # ----------------------------------------------------------------- API methods
    def _m_getMe(self, p: _Params) -> dict:
        return {**self._bot_user(), "can_join_groups": True,
                "can_read_all_group_messages": False, "supports_inline_queries": False,
                "can_connect_to_business": False, "has_main_web_app": False}

    async def _m_getUpdates(self, p: _Params) -> list[dict]:
        offset = p.int("offset", 0) or 0
        limit = min(max(p.int("limit", 100) or 100, 1), 100)
        timeout = max(p.float("timeout", 0.0), 0.0)
        allowed = p.json("allowed_updates")
        with self._lock:
            if self._webhook is not None:
                raise ApiError(409, _WEBHOOK_CONFLICT)
            if isinstance(allowed, list):
                self._allowed_updates = allowed or None
            if offset > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            elif offset < 0:
                self._updates = self._updates[offset:]
            batch = self._updates[:limit]
        for fut in self._pollers:
            if not fut.done():
                fut.set_result("terminated")
        self._pollers.clear()
        if batch or timeout <= 0:
            return batch
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            fut = loop.create_future()
            self._pollers.append(fut)
            try:
                reason = await asyncio.wait_for(fut, max(deadline - loop.time(), 0))
            except asyncio.TimeoutError:
                return []
            finally:
                if fut in self._pollers:
                    self._pollers.remove(fut)
            if reason == "terminated":
                raise ApiError(409, _TERMINATED)
            with self._lock:
                if self._webhook is not None:
                    raise ApiError(409, _WEBHOOK_CONFLICT)
                batch = self._updates[:limit]
            if batch:
                return batch

    def _m_setWebhook(self, p: _Params) -> _Described:
        url = p.str("url") or ""
        if not url:
            return self._m_deleteWebhook(p)
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        secret = p.str("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise _bad("secret token contains unallowed characters")
        max_conn = p.int("max_connections", 40) or 40
        if not 1 <= max_conn <= 100:
            raise _bad("bad webhook: max_connections must be between 1 and 100")
        allowed = p.json("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = allowed or None
        if p.bool("drop_pending_updates"):
            self._updates.clear()
        hook = {"url": url, "secret_token": secret, "max_connections": max_conn}
        same = self._webhook == hook
        self._webhook = hook
        self._webhook_error = None
        self._wake_webhook()
        return _Described(True, "Webhook is already set" if same else "Webhook was set")

    def _m_deleteWebhook(self, p: _Params) -> _Described:
        if p.bool("drop_pending_updates"):
            self._updates.clear()
        was = self._webhook is not None
        self._webhook = None
        self._wake_webhook()
        return _Described(True, "Webhook was deleted" if was else "Webhook is already deleted")

    def _m_getWebhookInfo(self, p: _Params) -> dict:
        info: dict[str, Any] = {"url": "", "has_custom_certificate": False,
                                "pending_update_count": len(self._updates)}
        if self._webhook is not None:
            info.update(url=self._webhook["url"], ip_address="127.0.0.1",
                        max_connections=self._webhook["max_connections"])
            if self._allowed_updates:
                info["allowed_updates"] = list(self._allowed_updates)
            if self._webhook_error:
                info["last_error_date"], info["last_error_message"] = self._webhook_error
        return info

    def _m_sendMessage(self, p: _Params) -> dict:
        chat = self._chat(p)
        text, entities = self._format(p, "text", MAX_TEXT)
        markup = self._markup(p)
        msg = self._new_bot_message(chat, p, text=text)
        if entities:
            msg["entities"] = entities
        if markup:
            msg["reply_markup"] = markup
        self._record("sendMessage", p, chat["id"], msg)
        return msg

    def _m_editMessageText(self, p: _Params) -> dict:
        msg = self._editable(p)
        if "text" not in msg:
            raise _bad("there is no text in the message to edit")
        text, entities = self._format(p, "text", MAX_TEXT)
        markup = self._markup(p, inline_only=True)
        if (text, entities, markup) == (msg["text"], msg.get("entities", []),
                                        msg.get("reply_markup")):
            raise _bad(_NOT_MODIFIED)
        msg["text"] = text
        self._set_optional(msg, entities=entities, reply_markup=markup)
        msg["edit_date"] = int(time.time())
        self._record("editMessageText", p, msg["chat"]["id"], msg)
        return msg

    def _m_editMessageReplyMarkup(self, p: _Params) -> dict:
        msg = self._editable(p)
        markup = self._markup(p, inline_only=True)
        if markup == msg.get("reply_markup"):
            raise _bad(_NOT_MODIFIED)
        self._set_optional(msg, reply_markup=markup)
        msg["edit_date"] = int(time.time())
        self._record("editMessageReplyMarkup", p, msg["chat"]["id"], msg)
        return msg

    @staticmethod
    def _set_optional(msg: dict, **fields: Any) -> None:
        for key, value in fields.items():
            if value:
                msg[key] = value
            else:
                msg.pop(key, None)

    def _m_deleteMessage(self, p: _Params) -> bool:
        chat = self._chat(p)
        mid = p.int("message_id")
        if mid is None:
            raise _bad("message identifier is not specified")
        if self._messages.get(chat["id"], {}).pop(mid, None) is None:
            raise _bad("message to delete not found")
        self._own.discard((chat["id"], mid))
        self._record("deleteMessage", p, chat["id"], None)
        return True

    def _m_sendDocument(self, p: _Params) -> dict:
        chat = self._chat(p)
        value = p.raw.get("document")
        upload = p.files.get("document")
        if upload is None and isinstance(value, str) and value.startswith("attach://"):
            upload = p.files.get(value[len("attach://"):])
        if upload is not None:
            if not upload.content:
                raise _bad("file must be non-empty")
            document = {"content": upload.content, "name": upload.filename,
                        "mime": upload.content_type}
        elif isinstance(value, str) and value in self._files:
            document = {"meta": dict(self._files[value]["meta"])}
        elif isinstance(value, str) and value.startswith(("http://", "https://")):
            document = {"content": b"", "name": urlsplit(value).path.rpartition("/")[2] or None,
                        "mime": None}
        elif value:
            raise _bad("wrong file identifier/HTTP URL specified")
        else:
            raise _bad("there is no document in the request")
        caption, entities = self._format(p, "caption", MAX_CAPTION)
        markup = self._markup(p)
        self._reply_to(p, chat)  # validate before storing anything
        meta = document.get("meta") or self._store_file(document["content"], document["name"],
                                                        document["mime"])
        msg = self._new_bot_message(chat, p, document=meta)
        self._set_optional(msg, caption=caption, caption_entities=entities, reply_markup=markup)
        self._record("sendDocument", p, chat["id"], msg)
        return msg

    def _m_sendChatAction(self, p: _Params) -> bool:
        chat = self._chat(p)
        if p.str("action") not in _CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        self._record("sendChatAction", p, chat["id"], None)
        return True

    def _m_answerCallbackQuery(self, p: _Params) -> bool:
        qid = p.str("callback_query_id") or ""
        if qid not in self._open_callbacks:
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        if len(p.str("text") or "") > 200:
            raise _bad("MESSAGE_TOO_LONG")
        chat_id = self._open_callbacks.pop(qid)
        answer = {k: v for k, v in p.decoded().items() if k != "callback_query_id"}
        self._answers.append({"callback_query_id": qid, "chat_id": chat_id, **answer})
        return True

    def _m_getFile(self, p: _Params) -> dict:
        f = self._files.get(p.str("file_id") or "")
        if f is None:
            raise _bad("invalid file_id")
        return {k: f["meta"][k] for k in ("file_id", "file_unique_id", "file_size")} | {
            "file_path": f["path"]}

    def _command_key(self, p: _Params) -> tuple[str, str]:
        scope = p.json("scope") or {"type": "default"}
        kind = scope.get("type") if isinstance(scope, dict) else None
        lang = p.str("language_code") or ""
        if lang and not re.fullmatch(r"[a-z]{2}", lang):
            raise _bad("invalid language code specified")
        if kind in ("default", "all_private_chats", "all_group_chats",
                    "all_chat_administrators"):
            return kind, lang
        if kind in ("chat", "chat_administrators", "chat_member"):
            key = f"{kind}:{self._resolve_chat(scope.get('chat_id'))['id']}"
            if kind == "chat_member":
                key += f":{int(scope.get('user_id') or 0)}"
            return key, lang
        raise _bad("unsupported bot command scope type")

    def _m_setMyCommands(self, p: _Params) -> bool:
        commands = p.json("commands")
        if not isinstance(commands, list):
            raise _bad('field "commands" must be an Array')
        if len(commands) > 100:
            raise _bad("BOT_COMMANDS_TOO_MUCH")
        clean = []
        for c in commands:
            if not isinstance(c, dict) or not re.fullmatch(r"[a-z0-9_]{1,32}",
                                                           str(c.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(c.get("description", "")).strip()) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
            clean.append({"command": c["command"], "description": c["description"]})
        key = self._command_key(p)
        if clean:
            self._commands[key] = clean
        else:
            self._commands.pop(key, None)
        return True

    def _m_getMyCommands(self, p: _Params) -> list[dict]:
        return self._commands.get(self._command_key(p), [])

    def _m_deleteMyCommands(self, p: _Params) -> bool:
        self._commands.pop(self._command_key(p), None)
        return True

    def _m_close(self, p: _Params) -> bool:
        return True

    def _m_logOut(self, p: _Params) -> bool:
        return True

    # ----------------------------------------------------------------- webhook delivery
    async def _webhook_worker(self) -> None:
        while True:
            with self._lock:
                hook = self._webhook
                update = self._updates[0] if hook and self._updates else None
                seen = self._wh_wakes
            if hook is None:
                return
            if update is None:
                await self._wake_after(seen)
                continue
            body = _dumps(update)
            headers = {"Content-Type": "application/json"}
            if hook["secret_token"]:
                headers["X-Telegram-Bot-Api-Secret-Token"] = hook["secret_token"]
            delivered = False
            for attempt in range(max(self.webhook_attempts, 1)):
                if attempt:
                    await asyncio.sleep(self.webhook_retry_delay * 3 ** (attempt - 1))
                if self._webhook is not hook:
                    break
                try:
                    status, _ = await self._http.post(hook["url"], body, headers,
                                                      self.webhook_timeout)
                    if 200 <= status < 300:
                        delivered = True
                        break
                    error = (f"Wrong response from the webhook: {status} "
                             f"{REASONS.get(status, 'Unknown')}")
                except asyncio.TimeoutError:
                    error = "Read timeout expired"
                except ConnectionRefusedError:
                    error = "Connection refused"
                except (OSError, ValueError, asyncio.IncompleteReadError) as exc:
                    error = f"Connection failed: {exc!r}"
                with self._lock:
                    self._webhook_error = (int(time.time()), error)
                    self._wh_failed += 1
                    self._changed()
            with self._lock:
                if delivered:
                    self._wh_delivered += 1
                    self._updates = [u for u in self._updates if u is not update]
                    self._changed()
                    continue
                if self._webhook is not hook:
                    continue
            await self._wake_after(seen)  # gave up: paused until the next push / setWebhook / redeliver

    async def _wake_after(self, seen: int) -> None:
        """Return once something the worker waits for has happened since the count was ``seen``."""
        assert self._wh_event is not None
        while True:
            self._wh_event.clear()  # cleared before the check, so a later kick is never lost
            with self._lock:
                if self._wh_wakes != seen:
                    return
            await self._wh_event.wait()

    def _wake_webhook(self) -> None:
        with self._lock:
            self._wh_wakes += 1
        self._kick()

    def redeliver(self) -> None:
        """Resume webhook delivery after it gave up on an update."""
        self._wake_webhook()

    # ----------------------------------------------------------------- pushing updates
    def add_chat(self, chat_id: int, *, chat_type: str = "private", first_name: str = "Test",
                 title: str | None = None, username: str | None = None) -> dict:
        with self._lock:
            chat = self._chats.get(chat_id)
            if chat is None:
                chat = {"id": chat_id, "type": chat_type}
                if chat_type == "private":
                    chat["first_name"] = first_name
                else:
                    chat["title"] = title or f"Test {chat_type} {chat_id}"
                if username:
                    chat["username"] = username
                self._chats[chat_id] = chat
            return chat

    def block_chat(self, chat_id: int, blocked: bool = True) -> None:
        with self._lock:
            (self._blocked.add if blocked else self._blocked.discard)(chat_id)

    def _push(self, update: dict, chat_id: int | None) -> int:
        with self._lock:
            update = _clone(update)
            uid = update.get("update_id")
            if uid is None:
                uid = self._next_update_id
            self._next_update_id = max(self._next_update_id, uid + 1)
            update = {"update_id": uid, **{k: v for k, v in update.items() if k != "update_id"}}
            kind = next(iter(k for k in update if k != "update_id"), "")
            allowed = self._allowed_updates
            if (kind not in _NOT_BY_DEFAULT) if allowed is None else (kind in allowed):
                self._updates.append(update)
            self._pushed += 1
            if chat_id is not None:
                self._open_latency.setdefault(chat_id, []).append(len(self._latency))
                self._latency.append([chat_id, time.time(), None])
            self._wh_wakes += 1  # with the append, so the worker sees both or neither
            self._changed()
        self._kick()
        return uid

    def _incoming(self, chat_id: int, user_id: int | None, chat_type: str, first_name: str,
                  language_code: str | None, message_id: int | None = None,
                  **content: Any) -> dict:
        chat = self.add_chat(chat_id, chat_type=chat_type, first_name=first_name)
        user = {"id": user_id if user_id is not None else
                chat_id if chat_type == "private" else 5000001,
                "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        mid = message_id if message_id is not None else self._next_mid(chat_id)
        msg = {"message_id": mid, "from": user, "chat": chat, "date": int(time.time()), **content}
        self._messages.setdefault(chat_id, {})[mid] = msg
        return msg

    def _push_content(self, chat_id: int, user_id: int | None, chat_type: str, first_name: str,
                      language_code: str | None, **content: Any) -> int:
        with self._lock:
            msg = self._incoming(chat_id, user_id, chat_type, first_name, language_code,
                                 **content)
            return self._push({"message": msg}, chat_id)

    def push_message(self, chat_id: int, text: str, *, user_id: int | None = None,
                     chat_type: str = "private", first_name: str = "Test",
                     language_code: str | None = None) -> int:
        content: dict[str, Any] = {"text": text}
        if entities := command_entities(text):
            content["entities"] = entities
        return self._push_content(chat_id, user_id, chat_type, first_name, language_code,
                                  **content)

    def push_sticker(self, chat_id: int, *, emoji: str = "🙂", user_id: int | None = None,
                     chat_type: str = "private", first_name: str = "Test") -> int:
        with self._lock:
            sticker = self._store_file(b"RIFF-standin-sticker", "sticker.webp", None, "stickers",
                                       type="regular", width=512, height=512,
                                       is_animated=False, is_video=False, emoji=emoji)
        return self._push_content(chat_id, user_id, chat_type, first_name, None,
                                  sticker=sticker)

    def push_photo(self, chat_id: int, *, caption: str | None = None,
                   content: bytes = b"\xff\xd8\xff standin photo", user_id: int | None = None,
                   chat_type: str = "private", first_name: str = "Test") -> int:
        with self._lock:
            sizes = [self._store_file(content, "photo.jpg", None, "photos", width=w, height=h)
                     for w, h in ((90, 67), (800, 600))]
        extra = {"caption": caption} if caption else {}
        return self._push_content(chat_id, user_id, chat_type, first_name, None, photo=sizes,
                                  **extra)

    def push_voice(self, chat_id: int, *, duration: int = 3,
                   content: bytes = b"OggS standin voice", user_id: int | None = None,
                   chat_type: str = "private", first_name: str = "Test") -> int:
        with self._lock:
            voice = self._store_file(content, "voice.oga", None, "voice", duration=duration,
                                     mime_type="audio/ogg")
        return self._push_content(chat_id, user_id, chat_type, first_name, None, voice=voice)

    def push_document(self, chat_id: int, *, file_name: str = "document.pdf",
                      content: bytes | str = b"%PDF-1.4 standin", mime_type: str | None = None,
                      caption: str | None = None, user_id: int | None = None,
                      chat_type: str = "private", first_name: str = "Test") -> int:
        data = content.encode() if isinstance(content, str) else content
        with self._lock:
            document = self._store_file(data, file_name, mime_type)
        extra = {"caption": caption} if caption else {}
        return self._push_content(chat_id, user_id, chat_type, first_name, None,
                                  document=document, **extra)

    def push_edited_message(self, chat_id: int, message_id: int, text: str, *,
                            user_id: int | None = None, chat_type: str = "private",
                            first_name: str = "Test") -> int:
        with self._lock:
            msg = self._messages.get(chat_id, {}).get(message_id)
            if msg is None or (chat_id, message_id) in self._own:
                msg = self._incoming(chat_id, user_id, chat_type, first_name, None,
                                     message_id=message_id)
                msg["date"] -= 60
            msg["text"] = text
            self._set_optional(msg, entities=command_entities(text))
            msg["edit_date"] = int(time.time())
            return self._push({"edited_message": msg}, chat_id)

    def push_callback(self, chat_id: int, data: str, *, message_id: int | None = None,
                      user_id: int | None = None, chat_type: str = "private",
                      first_name: str = "Test", language_code: str | None = None) -> str:
        with self._lock:
            chat = self.add_chat(chat_id, chat_type=chat_type, first_name=first_name)
            own = {mid: m for mid, m in self._messages.get(chat_id, {}).items()
                   if (chat_id, mid) in self._own}
            if message_id is None and own:
                with_kb = [mid for mid, m in own.items() if m.get("reply_markup")]
                message_id = max(with_kb or own)
            msg = own.get(message_id) if message_id is not None else None
            if msg is None:  # a synthetic old bot message, registered so the bot can edit it
                mid = message_id if message_id is not None else self._next_mid(chat_id)
                self._mids[chat_id] = max(self._mids.get(chat_id, 0), mid)
                msg = {"message_id": mid, "from": self._bot_user(), "chat": chat,
                       "date": int(time.time()) - 3600, "text": "(earlier message)"}
                self._messages.setdefault(chat_id, {})[mid] = msg
                self._own.add((chat_id, mid))
            user = {"id": user_id if user_id is not None else
                    chat_id if chat_type == "private" else 5000001,
                    "is_bot": False, "first_name": first_name}
            if language_code:
                user["language_code"] = language_code
            qid = str(4_000_000_000_000_000_000 + next(self._ids))
            self._open_callbacks[qid] = chat_id
            self._push({"callback_query": {"id": qid, "from": user, "message": msg,
                                           "chat_instance": str(abs(chat_id) * 7919 + 13),
                                           "data": data}}, chat_id)
            return qid

    def push_raw(self, update: dict) -> int:
        """Push an update dict as is (update_id assigned unless given); registers its chat."""
        with self._lock:
            chat_id = None
            for key, obj in update.items():
                if not isinstance(obj, dict):
                    continue
                chat = obj.get("chat") or (obj.get("message") or {}).get("chat")
                if isinstance(chat, dict) and "id" in chat:
                    self._chats.setdefault(chat["id"], dict(chat))
                    chat_id = chat["id"]
                if key == "callback_query" and "id" in obj:
                    self._open_callbacks[str(obj["id"])] = chat_id or 0
            return self._push(update, chat_id)

    # ----------------------------------------------------------------- inspection
    def sent(self, chat_id: int | None = None) -> list[Sent]:
        with self._lock:
            return [s for s in self._sent if chat_id is None or s.chat_id == chat_id]

    def message_objects(self, chat_id: int) -> list[dict]:
        with self._lock:
            return [_clone(m) for mid, m in sorted(self._messages.get(chat_id, {}).items())
                    if (chat_id, mid) in self._own]

    def messages(self, chat_id: int) -> list[str]:
        return [m.get("text", m.get("caption", "")) for m in self.message_objects(chat_id)]

    @property
    def callback_answers(self) -> list[dict]:
        with self._lock:
            return list(self._answers)

    @property
    def commands(self) -> dict[tuple[str, str], list[dict]]:
        with self._lock:
            return _clone(self._commands)

    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._calls)

    def call_count(self, method: str) -> int:
        with self._lock:
            return self._counts[_METHODS.get(method.lower(), method)]

    @property
    def pending_updates(self) -> list[dict]:
        with self._lock:
            return list(self._updates)

    @property
    def webhook(self) -> dict | None:
        with self._lock:
            return dict(self._webhook) if self._webhook else None

    def stats(self) -> dict:
        with self._lock:
            return {"requests": sum(self._counts.values()), "calls": dict(self._counts),
                    "pushed": self._pushed, "sent": len(self._sent),
                    "pending_updates": len(self._updates),
                    "webhook_delivered": self._wh_delivered,
                    "webhook_failed_attempts": self._wh_failed,
                    "latency": [list(x) for x in self._latency]}

    def _changed(self) -> None:  # call with the lock held
        self._version += 1
        self._cond.notify_all()

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Block until predicate() is truthy, re-checking after every state change; return
        its value. The predicate runs without the stand-in's lock, so it may use any helper."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                version = self._version
            result = predicate()
            if result:
                return result
            with self._cond:
                while self._version == version:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise TimeoutError(
                            f"condition not met within {timeout}s; sent so far: "
                            f"{[(s.method, s.chat_id, s.text) for s in self._sent]}")
                    self._cond.wait(remaining)

    def wait_for_messages(self, chat_id: int, n: int, timeout: float = 5.0) -> list[str]:
        self.wait_for(lambda: self._created[chat_id] >= n, timeout)
        return self.messages(chat_id)

    async def await_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Async wait_for: polls without blocking the caller's event loop."""
        deadline = time.monotonic() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if time.monotonic() > deadline:
                raise TimeoutError(f"condition not met within {timeout}s")
            await asyncio.sleep(0.005)

    async def await_messages(self, chat_id: int, n: int, timeout: float = 5.0) -> list[str]:
        await self.await_for(lambda: self._created[chat_id] >= n, timeout)
        return self.messages(chat_id)

    # ----------------------------------------------------------------- injection, reset
    def fail_next(self, method: str, status: int = 429, retry_after: int = 1, times: int = 1,
                  description: str | None = None) -> None:
        with self._lock:
            self._failures.setdefault(method.lower(), []).extend(
                [(status, retry_after, description)] * times)

    def delay_next(self, method: str, seconds: float, times: int = 1) -> None:
        with self._lock:
            self._delays.setdefault(method.lower(), []).extend([seconds] * times)

    def reset(self) -> None:
        with self._lock:
            self._clear()
            self._changed()
        self._wake_webhook()

    # ----------------------------------------------------------------- control endpoints
    async def _control(self, req: Request) -> Response:
        name = req.path[len("/_standin/"):].strip("/")
        query = dict(parse_qsl(req.query))
        try:
            body = json.loads(req.body) if req.body.strip() else {}
            chat_id = int(query["chat_id"]) if query.get("chat_id") else None
            action = self._control_actions(body, chat_id).get(name)
            if action is None:
                return self._error(ApiError(404, "Not Found"))
            result = action()
        except Exception as exc:  # noqa: BLE001 - bad arguments are the caller's problem
            return self._error(_bad(f"{type(exc).__name__}: {exc}"))
        return Response(200, _dumps({"ok": True, "result": result}))

    def _control_actions(self, body: Any, chat_id: int | None) -> dict[str, Callable[[], Any]]:
        pushers = {"message": self.push_message, "callback": self.push_callback,
                   "sticker": self.push_sticker, "photo": self.push_photo,
                   "voice": self.push_voice, "document": self.push_document,
                   "edited_message": self.push_edited_message}

        def push(item: dict) -> Any:
            if "update" in item:
                return self.push_raw(item["update"])
            kwargs = dict(item)
            kind = kwargs.pop("kind", "message")
            if kind not in pushers:
                raise ValueError(f"unknown kind {kind!r}; one of {sorted(pushers)}")
            return pushers[kind](**kwargs)

        return {
            "push": lambda: [push(i) for i in body] if isinstance(body, list) else push(body),
            "sent": lambda: [s._asdict() for s in self.sent(chat_id)],
            "messages": lambda: self.messages(chat_id or 0),
            "calls": lambda: self.calls,
            "callback_answers": lambda: self.callback_answers,
            "commands": lambda: [{"scope": k[0], "language_code": k[1], "commands": v}
                                 for k, v in self.commands.items()],
            "webhook": lambda: self.webhook,
            "stats": self.stats,
            "fail_next": lambda: self.fail_next(**body),
            "delay_next": lambda: self.delay_next(**body),
            "add_chat": lambda: self.add_chat(**body),
            "block_chat": lambda: self.block_chat(**body),
            "reset": self.reset,
        }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Telegram Bot API stand-in server")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token", default=None)
    args = parser.parse_args(argv)
    standin = BotApiStandIn(args.token, port=args.port).start()
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    print(f"PORT {standin.port}", flush=True)
    while not stop.wait(0.5):
        pass
    standin.stop()


if __name__ == "__main__":
    main()
