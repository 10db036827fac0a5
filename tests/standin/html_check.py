"""Telegram text rules for the Bot API stand-in: HTML parse mode, lengths, entities.

``parse_html(text)`` follows the algorithm of TDLib's ``parse_html`` (what api.telegram.org runs)
and returns the plain text plus Bot API ``MessageEntity`` dicts with UTF-16 offsets, or raises
``HtmlError`` whose message is the part after "Bad Request: can't parse entities: ".

Deliberately *stricter* than Telegram, on the rules the Bot API documentation states but the
server forgives (a bot relying on the forgiveness is one server change away from breaking):

* a bare ``&`` that does not start ``&lt; &gt; &amp; &quot; &#N; &#xH;`` is an error (Telegram
  keeps it literally, e.g. ``&nbsp;``; the docs say it must be escaped). As in TDLib the ``;``
  may be omitted and a numeric entity for a lone surrogate is an error;
* ``<a>`` without ``href`` is an error (Telegram uses the link text as the URL);
* attributes other than the documented ones are an error (Telegram ignores them).

A bare ``>`` is accepted, like Telegram. Tag names are case-insensitive, end tags may be empty
(``</>``). Nesting restrictions (no entities inside code/pre) are not errors; Telegram silently
drops such inner entities and so does this module for ``code`` inside ``pre``.
"""

from __future__ import annotations

import re

MAX_TEXT = 4096
MAX_CAPTION = 1024

# Like TDLib: the ";" is optional, a named entity ends at the first non-alphanumeric character.
_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)(?![A-Za-z0-9])|#([0-9]+)|#[xX]([0-9a-fA-F]+));?")
_SURROGATE_ERROR = ("Text contains invalid Unicode characters after decoding HTML entities, "
                    "check for unmatched surrogate code units")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SIMPLE = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic",
    "u": "underline", "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
    "del": "strikethrough", "tg-spoiler": "spoiler", "code": "code", "pre": "pre",
}
_TAGS = set(_SIMPLE) | {"a", "span", "blockquote", "tg-emoji"}
_ATTRS = {"a": {"href"}, "span": {"class"}, "code": {"class"}, "tg-emoji": {"emoji-id"},
          "blockquote": {"expandable"}}


class HtmlError(ValueError):
    """Telegram's "can't parse entities" reason (without the prefix)."""


def utf16_len(s: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's limits and entity offsets."""
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def _byte_offset(text: str, i: int) -> int:
    return len(text[:i].encode("utf-8", "surrogatepass"))


def _decode_entities(value: str) -> str:
    def repl(m: re.Match[str]) -> str:
        return _entity_char(m) or m.group(0)
    return _ENTITY_RE.sub(repl, value)


def _entity_char(m: re.Match[str]) -> str:
    if m.group(1):
        return _NAMED[m.group(1)]
    code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
    if code == 0 or code > 0x10FFFF:
        return ""  # not an entity: TDLib keeps it literally
    if 0xD800 <= code <= 0xDFFF:
        raise HtmlError(_SURROGATE_ERROR)
    return chr(code)


def parse_html(text: str, *, strict: bool = True) -> tuple[str, list[dict]]:
    """Parse Telegram HTML; return (plain text, entities). Raises HtmlError."""
    out: list[str] = []
    pos16 = 0  # UTF-16 offset in the output
    stack: list[dict] = []  # open tags: tag, start, entity
    entities: list[dict] = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "&":
            m = _ENTITY_RE.match(text, i)
            ch = _entity_char(m) if m else ""
            if ch:
                out.append(ch)
                pos16 += utf16_len(ch)
                i = m.end()  # type: ignore[union-attr]
                continue
            if strict:
                raise HtmlError(f'Unescaped "&" at byte offset {_byte_offset(text, i)}; '
                                "write &amp; (Telegram docs require it)")
        if c != "<":
            out.append(c)
            pos16 += 2 if ord(c) > 0xFFFF else 1
            i += 1
            continue
        begin = i
        at = _byte_offset(text, begin)
        i += 1
        if i < n and text[i] == "/":  # end tag
            if not stack:
                raise HtmlError(f"Unexpected end tag at byte offset {at}")
            j = i + 1
            while j < n and not text[j].isspace() and text[j] != ">":
                j += 1
            end_name = text[i + 1:j]
            while j < n and text[j].isspace():
                j += 1
            if j >= n or text[j] != ">":
                raise HtmlError(f"Unclosed end tag at byte offset {at}")
            top = stack.pop()
            if end_name and end_name.lower() != top["tag"]:
                raise HtmlError(f'Unmatched end tag at byte offset {at}, expected '
                                f'"</{top["tag"]}>", found "</{end_name}>"')
            entity = top["entity"]
            if entity is not None and pos16 > top["start"]:
                entity["offset"] = top["start"]
                entity["length"] = pos16 - top["start"]
                entities.append(entity)
            i = j + 1
            continue
        # start tag
        j = i
        while j < n and not text[j].isspace() and text[j] != ">":
            j += 1
        if j >= n:
            raise HtmlError(f"Unclosed start tag at byte offset {at}")
        tag = text[i:j].lower()
        if tag not in _TAGS:
            raise HtmlError(f'Unsupported start tag "{tag}" at byte offset {at}')
        attrs: dict[str, str] = {}
        i = j
        while True:
            while i < n and text[i].isspace():
                i += 1
            if i >= n:
                raise HtmlError(f"Unclosed start tag at byte offset {at}")
            if text[i] == ">":
                i += 1
                break
            a0 = i
            while i < n and not text[i].isspace() and text[i] not in "=>":
                i += 1
            name = text[a0:i].lower()
            if not name:
                raise HtmlError(f'Empty attribute name in the tag "{tag}" at byte offset {at}')
            while i < n and text[i].isspace():
                i += 1
            if i >= n or text[i] != "=":
                if tag == "blockquote" and name == "expandable":
                    attrs[name] = ""
                    continue
                raise HtmlError(f"Expected equal sign in declaration of an attribute of the "
                                f'tag "{tag}" at byte offset {at}')
            i += 1
            while i < n and text[i].isspace():
                i += 1
            if i >= n:
                raise HtmlError(f'Unclosed start tag "{tag}" at byte offset {at}')
            if text[i] in "'\"":
                q = text[i]
                end = text.find(q, i + 1)
                if end < 0:
                    raise HtmlError(f"Unclosed start tag at byte offset {at}")
                attrs[name] = _decode_entities(text[i + 1:end])
                i = end + 1
            else:
                v0 = i  # unquoted: letters, digits, "." and "-" only (lower-cased), like TDLib
                while i < n and (text[i].isascii() and text[i].isalnum() or text[i] in ".-"):
                    i += 1
                if i < n and not text[i].isspace() and text[i] != ">":
                    raise HtmlError("Unexpected end of name token at byte offset "
                                    f"{_byte_offset(text, v0)}")
                attrs[name] = text[v0:i].lower()
        unknown = [a for a in attrs if a not in _ATTRS.get(tag, ())]
        if strict and unknown:
            raise HtmlError(f'Unsupported attribute "{unknown[0]}" in the tag "{tag}" '
                            f"at byte offset {at}")
        stack.append({"tag": tag, "start": pos16,
                      "entity": _make_entity(tag, attrs, stack, at)})
    if stack:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1]["tag"]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _make_entity(tag: str, attrs: dict[str, str], stack: list[dict], at: int) -> dict | None:
    if tag == "a":
        href = attrs.get("href", "")
        if not href:
            raise HtmlError(f'Tag "a" at byte offset {at} must have a non-empty attribute '
                            '"href" (stand-in rule)')
        return {"type": "text_link", "url": href}
    if tag == "span":
        if attrs.get("class") != "tg-spoiler":
            raise HtmlError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        return {"type": "spoiler"}
    if tag == "tg-emoji":
        if not attrs.get("emoji-id", "").isdigit():
            raise HtmlError(f'Tag "tg-emoji" must have a numeric "emoji-id" at byte offset {at}')
        return {"type": "custom_emoji", "custom_emoji_id": attrs["emoji-id"]}
    if tag == "blockquote":
        return {"type": "expandable_blockquote" if "expandable" in attrs else "blockquote"}
    if tag == "code" and stack and stack[-1]["tag"] == "pre":
        lang = attrs.get("class", "")
        pre = stack[-1]["entity"]
        if lang.startswith("language-") and pre is not None and len(lang) > 9:
            pre["language"] = lang[9:]
        return None  # merged into the surrounding pre, like Telegram
    return {"type": _SIMPLE[tag]}


def strip_text(text: str, entities: list[dict]) -> tuple[str, list[dict]]:
    """Trim leading/trailing whitespace like Telegram, clipping entity ranges."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    lead = utf16_len(text[:len(text) - len(text.lstrip())])
    size = utf16_len(stripped)
    result = []
    for e in entities:
        start = max(e["offset"] - lead, 0)
        end = min(e["offset"] + e["length"] - lead, size)
        if end > start:
            result.append({**e, "offset": start, "length": end - start})
    return stripped, result


def format_text(text: str | None, parse_mode: str | None, *, limit: int,
                what: str = "message text") -> tuple[str, list[dict]]:
    """Apply parse_mode, trim and check length. Raises ValueError with Telegram's description
    (without "Bad Request: ")."""
    text = text or ""
    mode = (parse_mode or "").lower()
    if mode == "html":
        try:
            plain, entities = parse_html(text)
        except HtmlError as exc:
            raise ValueError(f"can't parse entities: {exc}") from None
    elif mode in ("", "markdown", "markdownv2"):
        plain, entities = text, []  # Markdown is not parsed by the stand-in
    else:
        raise ValueError("unsupported parse_mode")
    plain, entities = strip_text(plain, entities)
    if not plain and what == "message text":
        raise ValueError("message text is empty")
    if utf16_len(plain) > limit:
        raise ValueError("message is too long" if what == "message text"
                         else "message caption is too long")
    return plain, entities


_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![^\s.,;:!?)])")


def command_entities(text: str) -> list[dict]:
    """bot_command entities, as Telegram attaches them to incoming messages."""
    return [{"type": "bot_command", "offset": utf16_len(text[:m.start()]),
             "length": utf16_len(m.group(0))} for m in _COMMAND_RE.finditer(text)]
