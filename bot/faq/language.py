"""Which language one message is written in, from its function words.

    detect_language("can i share police info with the youth worker?", "nl") -> "en"
    detect_language("datalek", "en") -> "en"   (nothing to go on: the user's language)

The user's language stands unless the message is clearly in the other one: at least two marker words of
the other language and more than twice as many as of the user's.
"""

from __future__ import annotations

from bot.faq.normalise import fold

__all__ = ["detect_language", "leans_to_other"]

# Function words that occur in one language only (so not "in", "is", "of", "we", "die", "was", "had").
_MARKERS = {
    "nl": frozenset(
        """aan als ben bent bij dan dat de deze dit doe doen een en er geen hebben heb hebt heeft het hij hoe
        hoeveel ik je jij kan kun kunnen kunt mag meer met mij mijn moet moeten mogen naar niet nog nu ook
        over ze zich zijn zou wat wie waar wanneer welke waarom wordt worden voor van uit omdat maar wel
        iets iemand alleen graag zonder tegen mee daar hier""".split()),
    "en": frozenset(
        """the a an and are be been can could did do does doing for from has have having how i if into it its
        my our should shall that their them then there these they this those to what when where which who
        whom why with without would you your about may must need someone anyone tell share""".split()),
}


def detect_language(text: str, default: str) -> str:
    """``"nl"`` or ``"en"``: ``default`` unless ``text`` is clearly in the other language."""
    other, own, theirs = _markers(text, default)
    return other if theirs >= 2 and theirs > 2 * own else _known(default)


def leans_to_other(text: str, default: str) -> bool:
    """Not clearly in another language, but leaning to it: a marker word of the other language and none of the
    user's ("what is subsidiarity" in a Dutch session). Such a message is answered in the other language when
    that language answers it with certainty."""
    _, own, theirs = _markers(text, default)
    return theirs > 0 and own == 0


def _known(lang: str) -> str:
    return lang if lang in _MARKERS else "nl"


def _markers(text: str, default: str) -> tuple[str, int, int]:
    """The other language, and how many words of ``text`` mark the default language and the other one."""
    default = _known(default)
    other = "en" if default == "nl" else "nl"
    words = fold(text).split()
    return other, sum(word in _MARKERS[default] for word in words), sum(word in _MARKERS[other] for word in words)
