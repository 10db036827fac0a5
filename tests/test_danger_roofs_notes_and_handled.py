"""Acute danger told without the usual words: a person up on a roof, a note meant to be read after the writer is
gone, a whole supply of pills swallowed, "zoek me niet" with a goodbye or a search in vain, a bag left behind that
"goes off at 3". Calm: the same words in ordinary use (a roofer, a newsletter, an alarm clock, young people
hanging out up there), and a danger already handled: in custody and everyone safe, even with a time ("vanmiddag"),
unless a later sentence tells of a new danger; a farewell speech, a self-defence lesson with rubber knives, drill
lyrics, nerf guns, a client moved elsewhere."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

CAUGHT = [
    # up on a roof at all, not only at its edge
    ("nl", "er zit een meisje op het dak van onze school en ze wil met niemand praten"),
    ("en", "my client is standing on the roof of her block of flats and keeps crying"),
    ("nl", "hij is net op het dak geklommen van de flat aan de overkant"),
    # a note to be read after the writer is gone
    ("nl", "tegen de tijd dat je dit leest ben ik al weg, sorry"),
    ("en", "a pupil posted: by the time you read this i'll be gone"),
    ("en", "she texted 'if you're reading this i'm already gone'"),
    # a whole supply swallowed after talk of pills or being done with everything
    ("nl", "ze zei dat ze klaar was met alles en heeft de hele strip ingenomen"),
    ("en", "she had a bottle of pills in her room and says she took them all already"),
    ("en", "he says he is done with everything and swallowed them all"),
    # gone after a goodbye and "don't look for me", not found on a train
    ("nl", "in de trein naar groningen appte hij 'bedankt voor alles, zoek me niet' en we kunnen hem niet vinden"),
    ("en", "on the night train my student texted 'dont look for me', we searched every carriage"),
    # an explosive named only by what it does
    ("nl", "iemand heeft een tas op de balie gezet en zei dat die om 4 uur afgaat"),
    ("en", "a man left a backpack in the hall and said it will go off at noon"),
    # the all-clear, then a new danger in a later sentence; the all-clear and a danger in one sentence
    ("en", "the police took away the boy, everyone is safe. but his friend says he will stab the teacher tonight"),
    ("en", "everyone is safe now, he is in custody. but his brother is on his way here with a gun right now"),
    ("en", "everyone is safe now, he is in custody, but his brother is on his way here with a gun right now"),
    # a farewell speech, a toy, lyrics beside a real danger with a time; a farewell voice note at the railway
    ("nl", "tijdens zijn afscheidsspeech zei hij dat hij morgen de school opblaast"),
    ("en", "he has a toy gun and a real knife and says he'll use it right now"),
    ("en", "she sent a farewell voice note and says she is at the railway crossing now"),
]

CALM = [
    ("nl", "de dakdekker staat op het dak, mag een leerling van de bouwopleiding meekijken?"),
    ("en", "dad is standing on the roof fixing the gutter, can the kids watch?"),
    ("nl", "de leerlingen zitten vaak op het dak van de fietsenstalling te chillen, hoe spreek ik ze aan?"),
    ("nl", "als je dit leest, heb je de nieuwsbrief van de jongerenraad ontvangen"),
    ("en", "when you read this the course is over, thanks for everything"),
    ("nl", "mijn wekker gaat om 7 uur af, kan het gesprek om 9 uur?"),
    ("en", "the fire alarm will go off at 10 for a drill, should students leave their bags behind?"),
    ("nl", "ik zoek een stagiair voor de jongerenwerkplaats, bedankt voor alles"),
    # a danger already handled: in custody or taken away, and everyone safe; a sentence served
    ("nl", "de politie heeft vanmiddag een jongen opgehaald die met een mes dreigde. hij zit vast en iedereen is "
           "weer veilig. moet ik nog iets melden?"),
    ("en", "this morning the police took away the man who threatened staff with a knife. everyone is safe now. "
           "do we need a report?"),
    ("nl", "haar oom reisde lang geleden uit naar irak en heeft zijn straf uitgezeten. hoe praat ik met haar?"),
    ("nl", "de cliënt die met een mes dreigde is overgeplaatst naar een andere groep. hoe doen we de nabespreking?"),
    # a farewell speech for someone retiring; a self-defence lesson with rubber knives; drill lyrics; nerf guns
    ("nl", "onze teamleider houdt vrijdag haar afscheidsspeech, ze gaat met pensioen. hoe vertellen we het de "
           "jongeren?"),
    ("en", "our youth worker is retiring and gives his farewell speech tonight, the kids are sad"),
    ("nl", "bij de judoclub oefenen we met rubber messen tegen een aanval, mag dat met 12-jarigen?"),
    ("en", "my pupils keep rapping drill lyrics with 'i'll shoot you' in them, how do i talk about it?"),
    ("en", "the scouts want a nerf gun battle at camp tomorrow, any advice?"),
    ("nl", "de kinderen spelen met speelgoed pistolen op het plein, is dat erg?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_a_roof_a_note_for_after_an_overdose_a_goodbye_on_the_move_a_timed_bag_or_a_new_danger_is_urgent(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert verdict.urgent, (lang, text, verdict.found)


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_the_same_words_in_ordinary_use_or_a_danger_already_handled_stay_calm(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)
