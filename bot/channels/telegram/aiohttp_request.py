"""PTB's network layer on aiohttp instead of httpx.

PTB lets an application bring its own ``BaseRequest``. Under load the httpx/httpcore pool spends more CPU
per request than the whole help desk does per turn (measured with bench/telegram_bench.py and py-spy);
aiohttp's client is leaner. Behaviour stays PTB's: status and body go back to PTB, which maps them to
its errors; timeouts become TimedOut and connection problems NetworkError.

Calls without files go as one JSON body (``application/json``, which the Bot API accepts like a form,
https://core.telegram.org/bots/api#making-requests): one ``json.dumps`` instead of PTB's JSON-encoding of
every non-string value followed by URL-encoding of the whole form. Uploads stay multipart.
"""

from __future__ import annotations

import asyncio
import json

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

__all__ = ["AiohttpRequest"]


class AiohttpRequest(BaseRequest):
    def __init__(self, *, connections: int = 8, read_timeout: float = 20.0, connect_timeout: float = 10.0) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(connector=connector, headers={"User-Agent": self.USER_AGENT})

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: object = BaseRequest.DEFAULT_NONE,
                         write_timeout: object = BaseRequest.DEFAULT_NONE,
                         connect_timeout: object = BaseRequest.DEFAULT_NONE,
                         pool_timeout: object = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if self._session is None:
            raise RuntimeError("AiohttpRequest is not initialized")
        read = read_timeout if isinstance(read_timeout, (int, float)) else self._read_timeout
        connect = connect_timeout if isinstance(connect_timeout, (int, float)) else self._connect_timeout
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read)
        body, headers = _body(request_data)
        try:
            async with self._session.request(method, url, data=body, headers=headers, timeout=timeout) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as exc:  # nothing was sent: safe to retry, unlike a read timeout
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        except asyncio.TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc


_JSON_HEADERS = {"Content-Type": "application/json"}


def _body(request_data: RequestData | None) -> tuple[aiohttp.FormData | bytes | None, dict[str, str] | None]:
    """(body, headers) of one call: multipart with files, JSON otherwise, nothing for a call without parameters."""
    if request_data is None:
        return None, None
    if request_data.contains_files:
        form = aiohttp.FormData()
        for name, value in request_data.json_parameters.items():
            form.add_field(name, value)
        for name, (filename, content, mime) in request_data.multipart_data.items():  # type: ignore[misc]
            form.add_field(name, content, filename=filename, content_type=mime)
        return form, None
    parameters = request_data.parameters
    if not parameters:
        return None, None
    return json.dumps(parameters, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), _JSON_HEADERS
