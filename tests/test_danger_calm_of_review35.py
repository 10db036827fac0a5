"""Three calm messages of reading review 35 that got the 112 line (DR68), with variants.

Calm: a weapon taken away ('het mes is afgepakt', 'the knife was confiscated') and someone caught with a knife ('is
op school met een mes in zn tas gepakt', 'was caught with a knife') tell a danger that is over; the wish to leave a
group and harm feared as the price of leaving ('is bang dat ze hem iets aandoen als hij weggaat') is no plan, and
advice or help to get ('waar kan ik advies krijgen') is no weapon sought; a shooting named as the kind of a
role-play in a game ('schoolschietpartij rollenspellen') and being absorbed in it ('ze gaan er helemaal in op') is
a game.

Urgent: the same words beside a knife drawn now, people at the door with knives now, a plan with a time, a knife not
taken away, or someone still bleeding.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

# reading review 35, questions #3 and #13 word for word, and the Dutch twin of #24
REVIEW35_LINES = [
    ("nl", "heb een ijssalon. mn bijbaner van 16 vertelde dat hij vorige week op school met een mes in zn tas is "
           "gepakt en nu geschorst is, en dat 'die leraar het verdiende'. het mes is afgepakt en hij is gewoon thuis. "
           "mag ik zn school of zn ouders bellen, ik ben alleen zn baas"),
    ("nl", "jongerenwerker. een jongen van 17 wil uit een extreemrechtse groep stappen maar is bang dat ze hem iets "
           "aandoen als hij weggaat, ze weten waar hij woont. hij wil geen politie. mag ik toch de politie of de "
           "gemeente inlichten en waar kan ik advies krijgen voor zo'n uitstap?"),
    ("nl", "ik maak roblox games en heb een server daarvoor. een kind van 13 zet steeds 'schoolschietpartij' "
           "rollenspellen op met zn vrienden en ze gaan er helemaal in op. moet ik contact opnemen met zn ouders, de "
           "school, of hem gewoon bannen? ik ken alleen zn gebruikersnaam"),
]

# #3: a knife taken away, someone caught with a knife
KNIFE_TAKEN_CALM = [
    ("en", "i run an ice-cream parlour. my 16-year-old employee told me he was caught with a knife in his bag at "
           "school last week and is now suspended, and that 'that teacher deserved it'. the knife was taken away and "
           "he is just at home. may i call his school or his parents, i'm only his boss"),
    ("nl", "mn bijbaner van 16 is met een mes gepakt en nu geschorst"),
    ("nl", "ik ben voetbaltrainer. een speler van 15 is op school met een mes op zak betrapt, het mes is in beslag "
           "genomen en hij is thuis. mag ik dat met het bestuur bespreken?"),
    ("en", "as a youth worker: a girl (15) was caught carrying a knife at the station, the knife was confiscated and "
           "she is home with her mum. can i tell her school?"),
    ("nl", "de buurvrouw vertelde dat haar zoon met een mes in zijn jas is gepakt bij de supermarkt. het mes is hem "
           "afgepakt. moet ik iets melden?"),
]
KNIFE_TAKEN_CAUGHT = [
    ("nl", "hij heeft net zijn broer gestoken, het mes is afgepakt maar hij bloedt heel erg"),
    ("nl", "hij heeft zijn moeder het mes afgepakt en loopt nu ermee naar buiten"),
    ("nl", "het mes is nog niet afgepakt, hij staat nog in de aula"),
    ("en", "the knife was taken away but he has a second knife and is walking to the classroom now"),
    ("nl", "hij trekt nu een mes in de kantine en dreigt zijn docent te steken"),
]

# #13: leaving a group, harm feared as its price
LEAVING_A_GROUP_CALM = [
    ("nl", "een jongen wil uit een groep stappen en is bang dat ze hem iets aandoen"),
    ("nl", "een meisje wil stoppen met haar groepje, ze is bang dat ze haar iets aandoen als ze uitstapt. ze wil niet "
           "dat ik het meld"),
    ("nl", "mijn leerling wil uit de bende, hij is bang dat ze hem wat aandoen als hij weggaat. hij wil geen hulp"),
    ("nl", "een jongen wil uit de groep stappen, hij is bang dat ze hem iets aandoen. waar kan ik hulp krijgen?"),
    ("en", "a boy of 17 wants to leave a far-right group but is afraid they'll hurt him if he leaves, they know where "
           "he lives. he wants no police. where can i get advice?"),
]
LEAVING_A_GROUP_CAUGHT = [
    ("nl", "hij wil uit de groep, nu staan ze met messen voor zijn deur"),
    ("nl", "ze staan nu met messen voor de deur, hij is bang dat ze hem iets aandoen als hij weggaat"),
    ("nl", "hij is bang dat ze hem vanavond iets aandoen, ze weten waar hij woont"),
    ("nl", "ze gaan hem vanavond iets aandoen als hij weggaat"),
    ("nl", "ze gaan hem morgen iets aandoen als hij uit de groep stapt"),
    ("nl", "hij wil uit de groep stappen en ze hebben gezegd dat ze hem morgen na school neersteken"),
    ("en", "he wants out of the group and they are outside his house right now with knives"),
    ("nl", "hij vraagt waar hij een pistool kan krijgen om de leraar morgen neer te schieten"),
    ("nl", "niemand mag weg zegt hij en hij wil geen politie of er vallen doden"),
]

# #24: a shooting role-play in a game
ROLE_PLAY_CALM = [
    ("nl", "een kind van 13 zet steeds 'schoolschietpartij' rollenspellen op met zn vrienden en ze gaan er helemaal "
           "in op. moet ik contact opnemen met zn ouders, de school, of hem gewoon bannen?"),
    ("en", "i make roblox games and run a server for them. a kid (13) keeps setting up 'school shooting' roleplays "
           "with his friends and they get really into it. do i contact his parents, the school, or just ban him?"),
    ("nl", "ik ben moderator van een minecraft server. twee jongens spelen steeds een aanslag na en ze gaan er "
           "helemaal in op. moet ik hun ouders inlichten?"),
    ("nl", "als docent zie ik dat mijn leerlingen in fortnite steeds oorlogje spelen en ze gaan er echt in op, is dat "
           "erg?"),
    ("nl", "mijn zoon van 12 doet op discord 'aanslag' rollenspellen met vrienden. moet ik de school inlichten?"),
]
ROLE_PLAY_CAUGHT = [
    ("nl", "ze gaan er helemaal in op en morgen om 8 uur gaan ze echt de school binnen met het geweer van zijn vader"),
    ("nl", "na het schietpartij rollenspel zegt hij dat hij morgen echt met het pistool van zijn vader naar school "
           "gaat"),
    ("en", "a kid in our school shooting roleplay server says he will bring his dad's gun to school tomorrow at 9"),
    ("nl", "hij zegt dat hij morgen om 9 uur op school de hele klas gaat neerschieten, hij heeft een pistool van zijn "
           "oom"),
]

CALM = REVIEW35_LINES + KNIFE_TAKEN_CALM + LEAVING_A_GROUP_CALM + ROLE_PLAY_CALM
CAUGHT = KNIFE_TAKEN_CAUGHT + LEAVING_A_GROUP_CAUGHT + ROLE_PLAY_CAUGHT

test_a_weapon_taken_a_feared_harm_and_a_role_play_stay_calm = calm_by_the_word_rules(CALM)
test_the_same_words_beside_a_knife_now_a_time_or_a_weapon_kept_are_urgent = urgent_by_the_word_rules(CAUGHT)


@pytest.mark.parametrize(("lang", "text"), REVIEW35_LINES + KNIFE_TAKEN_CALM[:1])
def test_the_lines_of_review35_get_no_112_as_the_bot_runs(shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text)
    assert not verdict.urgent, (lang, text, verdict.found)
