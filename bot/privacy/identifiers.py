"""Personal data that points to a place or an account: postcode, street and house number, licence plate,
social media handle or profile link, and a school class code ("uit 3B", "klas 2a").

Each pattern is strict about its shape and about what surrounds it, so that years ("in 2017 en 2018"),
counts ("op het Stationsplein 3 jongens"), technical words ("3D", "5G") and organisation links are left alone.
"""

from __future__ import annotations

import re

from bot.privacy.findings import Finding, Span, scan

__all__ = ["find_identifiers"]

_S = r"[ \t\u00a0]"  # a space within a line
_L = r"[^\W\d_]"  # a unicode letter

_STREET = ("straat|weg|laan|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|markt|plantsoen|ring|baan"
           "|wal|veld|erf|haven|burg|kamp|akker|hoek|dam")
_HOUSE = r"\d{1,5}(?:-\d{1,4}|-?[a-zA-Z])?(?![\w-])"
_POSTCODE = re.compile(rf"""(?<![\w-])(?P<digits>[1-9]\d{{3}}){_S}?(?P<letters>[A-Za-z]{{2}})(?![\w-])
    (?P<house>(?:{_S}*,{_S}*|{_S}+)(?i:(?:huisnummer|huisnr\.?|nummer|nr\.?){_S}*)?{_HOUSE})?""", re.X)
_STREET_BEFORE = re.compile(rf"(?<![\w-]){_L}[\w'’.-]*(?i:{_STREET}){_S}+{_HOUSE}(?:{_S}*,{_S}*|{_S}+)$")
# Two letters after four digits that are more likely a word than a postcode ("in 2017 en 2018", "1500 km").
_WORDS = frozenset("""en in op of om te is al nu na ik je ze we er de zo ja an at as be by do go he if it me my
    no on or so to up us am pm km kg cm mm ml mg kb mb gb tb cc ha dl cl ct nr ca nl eu vs uk ad bc id tv pc
    ma di wo do vr za""".split())

# Street and house number: a street word (Kerkstraat, Van Goghstraat, Laan van Meerdervoort), then the number.
_STRONG = "straat|laan|weg|plein|gracht|kade|singel|steeg|dreef|plantsoen|straatweg|dijk|boulevard"
_NOT_PREFIX = frozenset("""op in aan bij naar uit hij zij ze ik wij we woont woonde wonen at on in lives lived he she
    the de het een tot en of ook nu daar hier""".split())
_STREET_WORD = re.compile(rf"""(?<![\w'’-])
    (?P<street> (?:Laan|Plein|Weg|Kade|Dreef|Singel|Park|Burgemeester|Prins|Prinses|Koningin|Graaf)
                  {_S}+(?:(?:van|de|der|den|het|'t){_S}+){{0,2}}[A-Z]{_L}+(?:{_S}+[A-Z]{_L}+)?
              | (?:(?P<prefix>(?:[A-Z]{_L}{{0,4}}\.|[A-Z]{_L}*)(?:{_S}+(?:van|de|der|den|het|'t|ter|ten))*){_S}+)?
                  [A-Z]{_L}*[\w'’.-]*?(?:{_STREET})
              | (?P<lower>[a-z]{_L}{{2,}}(?:{_STRONG})) )
    {_S}+(?:(?i:nr\.?|nummer|no\.?){_S}*)?
    (?P<house>\d{{1,4}}(?:{_S}?[a-zA-Z](?![\w'’-])|-\d{{1,4}}|-[a-zA-Z])?)(?![\w,.]\d|[\w%‰-])""", re.X)
_COUNTED = re.compile(rf"{_S}*(?i:jongens|jongeren|meiden|mannen|vrouwen|personen|mensen|keer|uur|minuten|"
                      r"dagen|weken|maanden|jaar|euro|km|kilometer|meter|procent|people|times|hours|days|years|boys)\b")

# Dutch licence plates: the sidecodes 1-14, groups joined by hyphens.
_SIDECODES = ("LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
              "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D")
_SIDECODE = "|".join(code.replace("LLL", "[A-Z]{3}").replace("LL", "[A-Z]{2}").replace("L", "[A-Z]")
                     .replace("DDD", r"\d{3}").replace("DD", r"\d{2}").replace("D", r"\d") for code in _SIDECODES)
_PLATE = re.compile(rf"(?<![\w-])(?:{_SIDECODE})(?![\w-])")
_PLATE_CUE = re.compile(rf"(?i:kenteken(?:nummer)?|nummerbord|licen[cs]e{_S}+plate|number{_S}+plate|plate)"
                        rf"(?:{_S}+(?:is|was))?{_S}*:?{_S}*(?P<plate>(?i:{_SIDECODE})|[A-Za-z0-9]{{6}}(?![\w-]))")

# Accounts: @handles, profile links, and a name after a platform cue that has digits, _ or dots in it.
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])")
_PROFILE = re.compile(r"""(?<![\w/])(?:https?://)?(?:www\.|m\.|vm\.)?
    (?:instagram\.com|tiktok\.com|facebook\.com|fb\.com|x\.com|twitter\.com|youtube\.com|youtu\.be|t\.me|telegram\.me
      |snapchat\.com|linkedin\.com|reddit\.com|twitch\.tv|discord\.com|discord\.gg|threads\.net|vk\.com|kick\.com
      |gab\.com|rumble\.com|bitchute\.com)
    /[^\s,;)\]>"']+""", re.X | re.I)
_ACCOUNT_CUE = re.compile(rf"""(?i:insta(?:gram)?|snap(?:chat)?|tiktok|telegram|discord|twitter|youtube|twitch|gamertag
      |account(?:naam)?|gebruikersnaam|username|user{_S}?name|handle|profiel(?:naam)?
      |noemt{_S}+(?:hij{_S}+|ze{_S}+|zij{_S}+)?zich(?:zelf)?|calls{_S}+(?:himself|herself|themselves))
    (?![\w])(?:{_S}+(?:is|was|heet|heette)(?![\w]))?(?:{_S}*:{_S}*|{_S}+)(?:als{_S}+|as{_S}+)?["'“‘]?
    (?P<handle>(?=[\w.]*[A-Za-z])(?=[\w.]*[\d_.])[A-Za-z0-9_][\w.]{{2,29}}[A-Za-z0-9_])(?![\w@])""", re.X)

# School classes: "klas 2a", "groep 7b", "class 4C", "uit 3B", "in H4B".
_CODE = r"(?:[1-8][A-Za-z]\d?|[HVMTGhvmtg][1-6][A-Za-z]|[1-6][HVMhvm][A-Za-z]\d?)"
_CLASS_CUE = re.compile(rf"(?<![\w-])(?i:klas|klasse|groep|class|group|form|mentorklas){_S}+(?P<code>{_CODE})(?![\w-])")
_CLASS_AFTER = re.compile(rf"(?<![\w-])(?i:uit|in|van|from|of|zit{_S}+in|zat{_S}+in){_S}+"
                          rf"(?P<code>[1-6][A-Za-z]\d?|[HVMT][1-6][A-Za-z]|[1-6][HVM][A-Z]\d?)(?![\w-])")
_NOT_CLASS = frozenset({"2D", "3D", "4D", "2G", "3G", "4G", "5G", "4K", "5K", "1E", "2E", "3E", "4E", "5E", "6E",
                        "1V", "2V", "3M", "1M", "2M", "5M", "6M", "1H", "2H", "3H", "4H", "5H", "6H", "1T", "2T",
                        "1G", "6G", "1K", "2K", "3K", "8K", "1B", "1A", "1X", "2X", "3X", "4X", "5X", "6X",
                        "1S", "2S", "3S", "1N", "2N", "3R", "1C"})


def find_identifiers(text: str) -> list[Finding]:
    found = [*scan("postcode", text, _POSTCODE, _postcode), *scan("address", text, _STREET_WORD, _address),
             *scan("plate", text, _PLATE, lambda m: m.span()),
             *scan("plate", text, _PLATE_CUE, lambda m: m.span("plate")),
             *scan("handle", text, _PROFILE, _profile), *scan("handle", text, _HANDLE, _handle),
             *scan("handle", text, _ACCOUNT_CUE, _account),
             *scan("class", text, _CLASS_CUE, lambda m: m.span()),
             *scan("class", text, _CLASS_AFTER, _class_after)]
    return _join_street_and_postcode(text, found)


def _join_street_and_postcode(text: str, found: list[Finding]) -> list[Finding]:
    """"Laan van Meerdervoort 12a, 2517 AB" is one address: the street joins the postcode after it."""
    streets = {f.end: f for f in found if f.kind == "address"}
    joined: list[Finding] = []
    for f in found:
        if f.kind == "postcode":
            for end, street in streets.items():
                if street.start < f.start and text[end:f.start].strip(" ,\t") == "":
                    f = Finding("postcode", street.start, f.end, text[street.start:f.end])
        joined.append(f)
    return joined


def _postcode(m: re.Match[str]) -> Span | None:
    letters = m["letters"]
    street = _STREET_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
    wordlike = letters.lower() in _WORDS
    if letters.upper() in ("SA", "SD", "SS"):
        return None
    if letters.isupper():
        if wordlike and 1900 <= int(m["digits"]) <= 2099:  # "sinds 2015 IS", "IN 2017 EN 2018"
            return None
    elif wordlike or (m["house"] is None and street is None):  # lowercase only with a house number: "1234ab 12"
        return None
    return (m.start() if street is None else street.start()), m.end()



def _address(m: re.Match[str]) -> Span | None:
    if _COUNTED.match(m.string, m.end()):
        return None
    start = m.start()
    prefix = m["prefix"]
    if prefix is not None and prefix.split()[0].casefold() in _NOT_PREFIX:
        start = m.start() + len(prefix.split()[0])
        start += len(m.string[start:]) - len(m.string[start:].lstrip())
    return start, m.end()


def _profile(m: re.Match[str]) -> Span | None:
    return m.start(), m.end() - len(m[0]) + len(m[0].rstrip(".!?"))


def _handle(m: re.Match[str]) -> Span | None:
    handle = m[0].casefold()
    return None if handle.endswith("bot") or handle.startswith("@bot") else m.span()  # bots (@BotFather)


def _account(m: re.Match[str]) -> Span | None:
    handle = m["handle"]
    if re.fullmatch(r"\d+(?:e|ste|de|jarige?|x)?|[\w]+\.(?:nl|com|org)|\w+\.\w{1,2}", handle, re.I):
        return None
    return m.span("handle")


def _class_after(m: re.Match[str]) -> Span | None:
    return None if m["code"].upper() in _NOT_CLASS else m.span("code")
