"""Minimal, fast HTTP/1.1 plumbing for the Bot API stand-in (stdlib asyncio only).

* ``HttpServer``: keep-alive HTTP/1.1 server on asyncio streams. Each request is read completely
  (Content-Length or chunked body, ``Expect: 100-continue`` honoured) and handed to an async
  handler returning a ``Response``. Requests on one connection are answered in order.
* ``parse_params``: decodes Bot API parameters from the query string plus a JSON,
  ``application/x-www-form-urlencoded`` or ``multipart/form-data`` body, the three encodings
  api.telegram.org accepts.
* ``HttpClient``: tiny POST client with one idle keep-alive connection per host (used for
  webhook delivery).
"""

from __future__ import annotations

import asyncio
import json
import re
import ssl
from dataclasses import dataclass, field
from typing import Awaitable, Callable
from urllib.parse import parse_qsl, unquote_to_bytes, urlsplit

REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
            404: "Not Found", 409: "Conflict", 413: "Request Entity Too Large",
            429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout"}


@dataclass
class Request:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self, keep_alive: bool) -> bytes:
        extra = "".join(f"{k}: {v}\r\n" for k, v in self.headers.items())
        head = (f"HTTP/1.1 {self.status} {REASONS.get(self.status, 'Unknown')}\r\n"
                f"Server: nginx/1.18.0\r\nContent-Type: {self.content_type}\r\n"
                f"Content-Length: {len(self.body)}\r\n{extra}"
                f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n")
        return head.encode("latin-1") + self.body


@dataclass
class UploadedFile:
    filename: str
    content_type: str
    content: bytes


Handler = Callable[[Request], Awaitable[Response]]


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    chunks = []
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
        if size == 0:
            while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers
                pass
            return b"".join(chunks)
        chunks.append(await reader.readexactly(size))
        await reader.readexactly(2)


def _parse_head(head: bytes) -> tuple[str, str, str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    method, target, version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
    return method.upper(), target, version.strip(), headers


class HttpServer:
    def __init__(self, handler: Handler):
        self._handler = handler
        self._server: asyncio.AbstractServer | None = None
        self._tasks: set[asyncio.Task] = set()
        self.port = 0

    async def start(self, host: str, port: int) -> int:
        self._server = await asyncio.start_server(self._connection, host, port, backlog=1024)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _connection(self, reader: asyncio.StreamReader,
                          writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                except asyncio.LimitOverrunError:
                    writer.write(Response(431, b"", "text/plain").encode(False))
                    return
                try:
                    method, target, version, headers = _parse_head(head)
                except ValueError:
                    writer.write(Response(400, b"", "text/plain").encode(False))
                    return
                if headers.get("expect", "").lower() == "100-continue":
                    writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                try:
                    if "chunked" in headers.get("transfer-encoding", "").lower():
                        body = await _read_chunked(reader)
                    else:
                        length = int(headers.get("content-length") or 0)
                        body = await reader.readexactly(length) if length else b""
                except (asyncio.IncompleteReadError, ConnectionError, ValueError):
                    return
                conn = headers.get("connection", "").lower()
                keep = conn != "close" if version == "HTTP/1.1" else conn == "keep-alive"
                path, _, query = target.partition("?")
                response = await self._handler(Request(method, path, query, headers, body))
                writer.write(response.encode(keep))
                if not keep:
                    await writer.drain()
                    return
                if writer.transport.get_write_buffer_size() > 1 << 16:
                    await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            writer.close()


_PARAM_RE = re.compile(r';\s*([\w*.-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


def _header_params(value: str) -> dict[str, str]:
    params = {}
    for name, raw in _PARAM_RE.findall(value):
        if raw.startswith('"'):
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        if name.endswith("*"):  # RFC 5987: utf-8''percent-encoded
            name = name[:-1]
            raw = unquote_to_bytes(raw.split("'", 2)[-1]).decode("utf-8", "replace")
        else:  # httpx/browsers escape " and control characters HTML5-style
            raw = re.sub(r"%(22|0[0-9A-F]|1[0-9A-F])", lambda m: chr(int(m.group(1), 16)), raw)
        params[name.lower()] = raw
    return params


def parse_multipart(body: bytes, boundary: str) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    for part in body.split(b"--" + boundary.encode("latin-1"))[1:]:
        if part.startswith(b"--"):
            break
        head, _, content = part.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        content = content.removesuffix(b"\r\n")
        headers = _parse_head(b"X / HTTP/1.1\r\n" + head)[3]
        disposition = _header_params(";" + headers.get("content-disposition", "").partition(";")[2])
        name = disposition.get("name", "")
        if "filename" in disposition:
            files[name] = UploadedFile(disposition["filename"],
                                       headers.get("content-type", "application/octet-stream"),
                                       content)
        else:
            fields[name] = content.decode("utf-8", "replace")
    return fields, files


def parse_params(req: Request) -> tuple[dict[str, object], dict[str, UploadedFile]]:
    """Bot API parameters of a request. Raises ValueError on an undecodable body."""
    params: dict[str, object] = dict(parse_qsl(req.query, keep_blank_values=True)) \
        if req.query else {}
    files: dict[str, UploadedFile] = {}
    ctype = req.headers.get("content-type", "")
    mime = ctype.split(";")[0].strip().lower()
    if not req.body:
        return params, files
    if mime == "application/json":
        data = json.loads(req.body)
        if not isinstance(data, dict):
            raise ValueError("JSON object expected")
        params.update(data)
    elif mime == "multipart/form-data":
        boundary = _header_params(ctype).get("boundary")
        if not boundary:
            raise ValueError("multipart boundary missing")
        fields, files = parse_multipart(req.body, boundary)
        params.update(fields)
    else:  # form-urlencoded (also the fallback, like Telegram)
        params.update(parse_qsl(req.body.decode("utf-8", "replace"), keep_blank_values=True))
    return params, files


class HttpClient:
    """POST-only HTTP/1.1 client keeping one idle connection per (scheme, host, port)."""

    def __init__(self) -> None:
        self._idle: dict[tuple, tuple[asyncio.StreamReader, asyncio.StreamWriter]] = {}

    async def post(self, url: str, body: bytes, headers: dict[str, str],
                   timeout: float) -> tuple[int, bytes]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"unsupported URL {url!r}")
        tls = parts.scheme == "https"
        port = parts.port or (443 if tls else 80)
        key = (tls, parts.hostname, port)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        head = (f"POST {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n"
                + "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n")
        request = head.encode("latin-1") + body
        for attempt in (0, 1):
            conn = self._idle.pop(key, None)
            reused = conn is not None
            if conn is None:
                conn = await asyncio.wait_for(asyncio.open_connection(
                    parts.hostname, port, ssl=ssl.create_default_context() if tls else None),
                    timeout)
            try:
                status, data, keep = await asyncio.wait_for(self._exchange(conn, request),
                                                            timeout)
            except (ConnectionError, asyncio.IncompleteReadError):
                conn[1].close()
                if reused and attempt == 0:
                    continue  # stale keep-alive connection: retry once on a fresh one
                raise
            except BaseException:
                conn[1].close()
                raise
            if keep:
                self._idle[key] = conn
            else:
                conn[1].close()
            return status, data
        raise ConnectionError("unreachable")

    @staticmethod
    async def _exchange(conn, request: bytes) -> tuple[int, bytes, bool]:
        reader, writer = conn
        writer.write(request)
        await writer.drain()
        while True:
            first, _, rest = (await reader.readuntil(b"\r\n\r\n")).partition(b"\r\n")
            code = int(first.split()[1])
            headers = _parse_head(b"X / Y\r\n" + rest)[3]
            if not 100 <= code < 200:
                break
        keep = headers.get("connection", "").lower() != "close"
        if "chunked" in headers.get("transfer-encoding", "").lower():
            data = await _read_chunked(reader)
        elif "content-length" in headers:
            data = await reader.readexactly(int(headers["content-length"]))
        else:
            data, keep = await reader.read(), False
        return code, data, keep

    def close(self) -> None:
        for _, writer in self._idle.values():
            writer.close()
        self._idle.clear()
