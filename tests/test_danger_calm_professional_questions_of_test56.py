"""Calm professional questions of the judged split test56 that got the 112 line (DR67), with variants.

Calm: a school, an office or an employer that threatens with a measure (the truancy officer, a fine, a suspension,
expulsion, a report to Veilig Thuis) threatens no violence; a question whether an approach punishes or helps is no
plan; a vague threat that 'they will pay for it', with no time or target, asked together with what one may tell a
manager, the GP or the parents, is a question about the rules (as 'mag ik dit delen'); a departure that was wanted
(past: 'een jongen die naar syrie wilde vertrekken') or that was prevented at the airport is no departure now.

Urgent: the same words beside a weapon, a target with a threat, a time, or a danger told now ('hij dreigt de docent
met een mes', 'de school dreigt hij op te blazen', 'vanavond vertrekt hij naar syrie'); a past wish to leave told
beside someone on board now, on the way to a conflict place or through a transit hub ('een meisje dat naar syrie
wilde uitreizen zit nu in het vliegtuig naar istanbul').
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

# the four lines of test56 (0-based positions 11, 94, 135, 149), word for word
TEST56_LINES = [
    ("nl", "mijn dochter van 12 is al drie weken thuis met buikpijn en school dreigt met de leerplichtambtenaar. moet "
           "ik een doktersverklaring laten zien of mag de school die niet eisen vanwege privacy?"),
    ("nl", "als fractiemedewerker krijg ik van inwoners vragen waarom de gemeente geld uitgeeft aan een casusoverleg "
           "radicalisering. ik wil het goed uitleggen in de nieuwsbrief. wat is het doel van dat overleg, gaat het om "
           "straffen of om helpen?"),
    ("nl", "als bedrijfsarts spreek ik een werknemer van een verzekeraar die steeds extremere complotdenkbeelden over "
           "de overheid uit en zegt dat 'ze ervoor gaan boeten'. zijn leidinggevende vraagt me of er iets speelt. wat "
           "mag ik hem vertellen?"),
    ("nl", "als maatschappelijk werker in een ziekenhuis spreek ik ouders van een jongen die naar syrie wilde "
           "vertrekken. de ouders zijn kapot en willen hulp voor het hele gezin. is er een landelijke organisatie voor "
           "zulke families?"),
]

# test56 #11: a school that threatens with the truancy officer
MEASURE_THREATENED_CALM = [
    ("nl", "de school dreigt met een boete omdat mn zoon te vaak te laat komt, mag dat?"),
    ("nl", "school dreigt met schorsing als hij zn telefoon niet inlevert. mag de school zn telefoon doorzoeken?"),
    ("nl", "de school dreigt met een melding bij veilig thuis omdat ze vaak ziek is. wat mogen ze delen?"),
    ("nl", "de school dreigde ons met de leerplichtambtenaar en nu willen ze medische gegevens. mag dat?"),
    ("nl", "de school dreigt hem van school te sturen als hij nog een keer spijbelt. mag dat?"),
    ("nl", "mijn zoon zit thuis met angstklachten en de school dreigt met de leerplicht. moeten ze weten wat hij "
           "heeft?"),
    ("en", "the school is threatening us with a fine because my son missed too many days. do i have to show a "
           "doctor's note?"),
    ("en", "the school threatened to expel him over a video he shared, can they do that?"),
]
MEASURE_THREATENED_CAUGHT = [
    ("nl", "de school dreigt hij op te blazen"),
    ("nl", "hij dreigt de school op te blazen"),
    ("nl", "hij dreigt de docent met een mes"),
    ("nl", "de school dreigt met de leerplichtambtenaar en nu dreigt hij de docent met een mes"),
    ("nl", "hij dreigt de leerplichtambtenaar neer te steken"),
    ("nl", "hij bedreigt de leerplichtambtenaar met een mes"),
    ("nl", "de school dreigt met schorsing, hij zegt dat hij morgen de school opblaast"),
    ("nl", "hij dreigt met een boete en staat nu met een mes in de klas"),
    ("en", "he threatened to report us and now he is at the school with a gun"),
]

# test56 #94: does the case conference punish or help?
PUNISH_OR_HELP_CALM = [
    ("nl", "wil de gemeente die jongeren straffen of helpen?"),
    ("nl", "ouders vragen of het casusoverleg hun zoon gaat straffen of juist helpen. wat zeg ik?"),
    ("nl", "gaat de persoonsgerichte aanpak over straffen of over helpen?"),
    ("nl", "gaat het bij de pga om straffen of om hulp?"),
    ("en", "do they want to punish him or help him? his parents are scared of the meeting"),
]
PUNISH_OR_HELP_CAUGHT = [
    ("nl", "hij wil de docent morgen straffen, niet helpen"),
    ("nl", "hij gaat vanavond de ongelovigen straffen of helpen zegt hij, hij heeft een mes"),
    ("nl", "mijn cliënt wil zijn ex straffen voor allah"),
    ("nl", "straffen of helpen, hij gaat morgen de docent neersteken"),
    ("nl", "de jongen vraagt of de gemeente hem wil straffen of helpen en staat nu met een mes bij het stadhuis"),
    ("en", "he asks whether they punish or help, he has a gun and is heading to the town hall now"),
]

# test56 #135: 'ze gaan ervoor boeten' and what the occupational physician may tell the manager
WHAT_MAY_I_TELL_CALM = [
    ("nl", "mijn client zegt dat ze ervoor gaan boeten, de politici. wat mag ik zijn huisarts vertellen?"),
    ("nl", "een leerling roept dat ze er nog voor gaan boeten. wat mag ik zijn ouders vertellen?"),
    ("nl", "een bewoner zegt over de regering: die gaan boeten. wat mag ik de wijkagent vertellen?"),
    ("nl", "een werknemer zegt dat ze gaan boeten. mijn leidinggevende wil weten wat er speelt, wat mag ik "
           "vertellen?"),
    ("nl", "als huisarts hoor ik een patient zeggen dat de overheid ervoor gaat boeten. wat mag ik de gemeente "
           "vertellen?"),
    ("en", "a patient says 'they will pay for this' about the government. what can i tell his manager?"),
]
WHAT_MAY_I_TELL_CAUGHT = [
    ("nl", "hij zegt dat ze er morgen voor gaan boeten, hij heeft een geweer gekocht. wat mag ik vertellen?"),
    ("nl", "hij zegt dat de burgemeester ervoor gaat boeten en staat nu met een mes bij het stadhuis"),
    ("nl", "hij zegt dat ze vanavond gaan boeten. wat mag ik hem vertellen?"),
    ("nl", "hij zegt dat ze ervoor gaan boeten en hij heeft een pistool bij zich"),
    ("nl", "hij staat nu met een mes in de aula, wat mag ik zijn ouders vertellen?"),
    ("nl", "wat mag ik de politie vertellen? hij heeft net zijn vader neergestoken en loopt nu weg"),
    ("nl", "hij zegt dat de raadsleden vandaag gaan boeten en loopt met een pistool het gemeentehuis in. wat mag ik "
           "zeggen?"),
    ("en", "what can i tell the police? he is shooting at people in the square right now"),
    ("en", "my patient says they will pay tonight and he bought a gun. what can i tell his manager?"),
]

# test56 #149: parents of a boy who wanted to leave for Syria
WANTED_TO_LEAVE_CALM = [
    ("nl", "een leerling die naar syrie wilde uitreizen is op schiphol tegengehouden. hoe vang ik de klas op?"),
    ("nl", "ik begeleid een meisje dat naar syrie wou vertrekken, haar paspoort is ingetrokken. welke hulp is er "
           "voor haar moeder?"),
    ("nl", "hij werd tegengehouden op schiphol toen hij naar syrie wilde vertrekken. mag ik dit met de school "
           "delen?"),
    ("nl", "een jongen die naar syrie wilde reizen is teruggekomen, hoe begeleid ik de familie?"),
    ("en", "his parents say he wanted to leave for syria last year. is there support for families like theirs?"),
    ("en", "a boy who wanted to leave for syria. is there support for his family?"),
    # a trip now alone, beside a conflict place named in a lesson, is no departure
    ("nl", "mijn collega zit nu in de trein, hoe praat ik met de klas over syrie?"),
]
WANTED_TO_LEAVE_CAUGHT = [
    ("nl", "vanavond vertrekt hij naar syrie"),
    ("nl", "hij wilde altijd al naar syrie vertrekken en vanavond vertrekt hij"),
    ("nl", "hij wilde naar syrie vertrekken en zit nu op schiphol"),
    ("nl", "een jongen die vanavond naar syrie wilde vertrekken, zijn moeder belt me net"),
    ("nl", "de jongen die naar syrie wilde vertrekken staat nu op schiphol met zijn koffer"),
    ("nl", "hij werd op schiphol tegengehouden maar vertrekt vanavond met de bus naar syrie"),
    ("nl", "een meisje dat naar syrie wilde uitreizen zit nu in het vliegtuig naar istanbul"),
    ("nl", "de jongen die vorig jaar naar syrie wilde, zit nu in de bus naar de grens"),
    ("en", "a boy who wanted to leave for syria is at the airport now, his flight leaves in an hour"),
    ("en", "he wanted to leave for syria and his flight leaves tonight"),
]

CALM = (TEST56_LINES + MEASURE_THREATENED_CALM + PUNISH_OR_HELP_CALM + WHAT_MAY_I_TELL_CALM
        + WANTED_TO_LEAVE_CALM)
CAUGHT = (MEASURE_THREATENED_CAUGHT + PUNISH_OR_HELP_CAUGHT + WHAT_MAY_I_TELL_CAUGHT + WANTED_TO_LEAVE_CAUGHT)

test_professional_questions_of_test56_stay_calm = calm_by_the_word_rules(CALM)
test_the_same_words_beside_a_weapon_a_time_or_a_danger_now_are_urgent = urgent_by_the_word_rules(CAUGHT)


@pytest.mark.parametrize(("lang", "text"), TEST56_LINES)
def test_the_four_lines_of_test56_get_no_112_as_the_bot_runs(shipped_danger: DangerCheck, lang: str,
                                                             text: str) -> None:
    verdict = shipped_danger.check(text)
    assert not verdict.urgent, (lang, text, verdict.found)
