"""Danger told, not happening, stays calm: a remark that turned out to be about a sport, a conspiracy talker who is not
aggressive, a hypothetical "if a pupil ever said", a legal question for a lesson, a rap song's lines, a drama shown or
a training's role play, someone who was into it and is fine now, a lesson about a historic attack, a drill's acted-out
intruder, a voice note on the writer's way home. And what is acute however it is told: kitchen timers in a bag, "told
us not to look for him" and a search in vain, nobody will miss him on a height, a belonging to keep or a sorry with
empty blister packs, "ze boet", "iets aandoet", a bullet for someone, nobody coming out again, lying in wait for the
referee, smoke coming in, a high floor, "rn", finishing what one started, a blade pulled on someone or someone pinned,
pushing someone off a height, a veiled 'surprise for everyone', pipes with caps and an official's name, a gun cabinet
open with a goodbye, nail bomb parts, a fire with the way out blocked. Someone picked up by the police is a denial."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import urgent_by_the_word_rules

CAUGHT = [
    # a story, a lesson or a drill never calms a danger told as happening now or to come
    ("nl", "vanochtend hadden we een ontruimingsoefening. nu loopt er echt een man met een mes door de aula"),
    ("en", "hypothetically speaking, he just told me he will stab his teacher tomorrow"),
    ("nl", "ik dacht eerst dat het puberaal was, maar nu zegt hij dat hij morgen de school opblaast"),
    ("nl", "hij wil net als bij de aanslagen op de twin towers vrijdag een vliegtuig kapen"),
    # an attack planned in the home village or country is a plan, not a memory
    ("nl", "hij zegt dat hij zaterdag een aanslag pleegt in zijn dorp en vertrekt vanavond"),
    ("en", "he says he will carry out an attack in his home country on friday and flies tonight"),
    # someone on the way still counts ("onderweg" is only not the writer's own trip home)
    ("nl", "mijn cliënt is onderweg naar zijn ex met een mes en zegt dat ze vandaag boet"),
    ("nl", "ze is onderweg naar de brug en stuurde me net een afscheidsbrief"),
    # a bag or box with kitchen timers: a bomb's clock
    ("nl", "in het fietsenhok staat een doos met kookwekkers en spijkers, niemand weet van wie"),
    ("en", "there is a holdall under the stage with two egg timers taped to it"),
    # told not to look for him (reported), then searched for in vain; hugging everyone as a goodbye
    ("nl", "op kamp zei een meisje gisteravond dat we haar niet moesten zoeken. nu is ze weg en we zoeken al uren"),
    ("en", "last night he hugged everyone and told us not to come looking for him, his bed is empty"),
    # nobody will miss him, said of someone on a height; a belonging to keep with empty blister packs
    ("nl", "een meisje staat op het dak van de parkeergarage en zegt dat niemand haar gaat missen"),
    ("nl", "hij zei dat zijn broertje zijn fiets mag houden, in zijn tas zitten lege doordrukstrips"),
    ("en", "she asked me to tell him she's sorry and i found empty blister packs in her coat"),
    # a threat to make someone pay, to harm someone, a bullet for someone, nobody getting out again
    ("nl", "hij zegt dat zijn oud-leraar vanavond boet"),
    ("nl", "mijn cliënt zegt dat hij zijn buurman vanavond iets aandoet"),
    ("en", "a caller said he will come to the office tomorrow to put a bullet in the clerk"),
    ("nl", "hij zei tegen vrienden dat hij vrijdag de sporthal in loopt en dat niemand er nog uit komt"),
    # lying in wait for the referee
    ("nl", "een vader zegt dat hij de scheidsrechter zondag na de wedstrijd opwacht bij zijn auto"),
    # smoke coming in where people are after a fire was set; a window high up; right now ("rn")
    ("en", "someone set the hallway on fire and smoke is coming in to the gym, the kids are inside"),
    ("nl", "er zit een meisje op vierhoog in het open raam en ze roept dat ze gaat springen"),
    ("en", "guy in the lobby rn is kicking a kid who is on the floor"),
    # finishing what he started, with a time or after an attempt
    ("nl", "na zijn poging vorige week zegt hij dat hij morgen afmaakt waar hij aan begonnen is"),
    ("en", "she had her stomach pumped yesterday and says she will finish what she started"),
    # a blade pulled on someone now; someone pinned with a sharp thing
    ("en", "a girl just pulled a razor on her classmate, it is happening now in the corridor"),
    ("nl", "een jongen heeft een meisje tegen het hek gedrukt en houdt een stuk glas vast"),
    # pushing someone off a height at a set time
    ("nl", "hij zegt dat hij zijn stiefvader vanavond van het balkon gaat duwen"),
    # a 'surprise for everyone' from someone with a heavy bag
    ("en", "a former pupil walks around the gym with a heavy backpack, says he has a surprise for everyone at 3 o'clock"),
    # pipes with caps and an official's name
    ("nl", "in de kamer van de huurder lagen buizen met doppen en een briefje met de naam van het raadslid"),
    # a gun within reach and a goodbye
    ("en", "my dad's gun cabinet is open and my brother left a farewell note"),
    ("nl", "mijn broer appte 'vaarwel' en het jachtgeweer is weg"),
    # nail bomb parts: screws and gas canisters taped
    ("en", "in his locker we found screws and two gas canisters with duct tape around them"),
    # a fire set with the way out blocked
    ("nl", "iemand heeft de nooduitgang geblokkeerd en brand gesticht in de kantine"),
]

CALM = [
    # a remark that turned out to be about something harmless
    ("nl", "een jongen in mijn team riep dat hij 'ten strijde trekt', bleek te gaan over een judotoernooi. hoe reageer ik?"),
    ("en", "a boy said he wants to fight for his brothers, turned out he meant a boxing gala. should i still note it?"),
    # a conspiracy talker who is not aggressive
    ("nl", "mijn buurjongen praat steeds over complotten, dat ze gif in het drinkwater doen. hij is niet agressief."),
    ("en", "an uncle keeps sharing conspiracy theories that the state puts poison in food, he is not aggressive"),
    # a hypothetical question
    ("en", "hypothetically, if a student ever said he would shoot up the canteen, who decides on calling the police?"),
    ("nl", "als een leerling ooit zegt dat hij een bom meeneemt, bel ik dan zelf de politie of eerst de directie?"),
    # a legal question for a lesson
    ("nl", "is een foto van een pistool in je status strafbare bedreiging? vraag voor mijn les maatschappijleer"),
    # what a rap song says
    ("nl", "mijn zoon draait een rapnummer waarin ze de hele straat neerschieten. moet ik daar iets mee?"),
    ("en", "my pupil loves a rap track where they shoot up the whole block, how do i bring that up?"),
    # a drama shown or a training's role play (the time is the screening's or the case's, not a danger's)
    ("en", "tomorrow in class we watch a drama about a school shooting and talk after, any tips?"),
    ("nl", "voor de teamtraining schrijf ik een rollenspel over een dreigende leerling met een mes op maandag"),
    # someone who was into it and is doing fine now
    ("en", "the lad used to talk about jihad and going to syria, now he works and studies, he is ok. who can i ask?"),
    # a lesson about a historic attack (the day is the lesson's). An attack a refugee lived through at home is NOT
    # calm by its place: "in zijn dorp" / "in his home country" also follows an attack someone plans (see CAUGHT)
    ("nl", "donderdag bespreek ik met groep 7 de aanslagen van 11 september, de kinderen schrijven een brief"),
    ("en", "next monday my class does a project on the attacks on the twin towers, a father objects"),
    # a drill with an intruder acted out (the morning is past: "vanochtend hadden we")
    ("nl", "vanmiddag hadden we een lockdownoefening met een gespeelde indringer met mes, kinderen waren bang"),
    ("en", "today we had a lockdown drill with a fake intruder with a gun, some kids cried. how do i talk about it?"),
    # a voice note recorded on the writer's way home about a remark the writer calls adolescent
    ("nl", "ik spreek dit in onderweg naar huis, ik had vandaag een leerling die alles wil kapotmaken, puberaal denk ik"),
    # the new words alone are everyday
    ("nl", "mijn zoon mag zijn oude fiets houden van opa, is dat een schenking?"),
    ("nl", "we zoeken al een uur naar de sleutels van het buurthuis"),
    ("en", "the ref gave him a red card and he shouted at the ref, can the club ban him?"),
    ("nl", "onze club boet in aan leden sinds de fusie, hoe houden we jongeren binnen?"),
    ("nl", "mijn cliënt woont op driehoog en de lift is al weken kapot"),
    ("nl", "ik heb de pijpen met doppen van de oude cv in de schuur gelegd, mag dat bij het grofvuil?"),
    ("nl", "onze verhuurder laat gasflessen en een doos schroeven in de kelder staan"),
    ("en", "the teacher pulled on her coat and left the school"),
    ("nl", "de wethouder komt maandag naar de raadsvergadering over jeugdbeleid"),
    # picked up by the police: the threat is in the hands of the police
    ("en", "the boy who threatened to stab a classmate was picked up by the police, can the school share his file?"),
]


test_acute_danger_is_urgent_however_it_is_told = urgent_by_the_word_rules(CAUGHT)


@pytest.mark.parametrize(("lang", "text"), CALM)
def test_danger_told_as_a_story_a_lesson_or_a_song_stays_calm(
        shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text, by_meaning=False)
    assert not verdict.urgent, (lang, text, verdict.found)
