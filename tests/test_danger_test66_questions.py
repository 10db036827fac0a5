"""test66's questions that got "Bel nu 112" first as the bot ran although they ask a calm question, and a calm opening
('mogen ...') that talked down an attack on a target with its day and hour, each fixed as a kind with wordings of our
own (brief DR98).

Decided under the policy (112 only for danger now or within hours; a wish or talk without a target and a time is
calm; a weapon at hand with a named target and a time is not):
- Without a danger note: #104 a Saturday Quran teacher asking whom to ask for advice about a preacher's clips that
  approve of violence ('zaterdag' is his teaching day, the mosque his workplace); #131 an officer who stopped a boy
  of 17 with knuckle-dusters (past, in hand) and asks whether he may call the school 'om te vragen hoe het met hem
  gaat' (how he is doing: no intent to go); #135 a student who defended an attack in a lecture and is threatened
  since (an opinion defended, no act); #151 a debt client sending his benefit to a 'charity' in Syria (money, no
  trip); #197 a Jewish baker threatened, reported to the police, who now ask the youth worker for names (past,
  reported; a question about confidentiality).
- With the labeller's note 'danger in passing', each calm: #76 how to give an anonymous tip about an attack plan (a
  question how, no plan told); #98 network logs of searches on explosives and Christchurch (material, no plan);
  #110 a boy building something with fertiliser, already passed to detectives (no target, no time); #111 texts
  shared about hanging politicians (talk, no target or time); #120 a caller who would blow up the town hall 'if his
  benefit does not come' (a conditional threat, no time); #129 a father who wants to take a toddler to Iraq 'to
  fight', told by the mother to a head teacher who asks whether he may call the police without the father's consent
  (like the youth worker of test43/test55 asking whether to break confidentiality); #150 chats about an attack found
  in a search (found material, no time); #164 a student pressed by her husband's group to travel to Syria, her
  counsellor asking about confidentiality (no date, no wish of her own); #173 a colleague who wants to 'punish' a
  local politician and owns a gun (a vague wish, a gun owned, no time), asked under medical secrecy.
- #44 'leerplicht deventer, leerling naar syrie?' is calm by the policy too (no date, a question) but stays urgent by
  the word rules: a bare trip to Syria is one line of its own, and every narrower reading tried (the office named
  first) also calmed 'leerplicht meldt jongen met een ticket naar amman voor morgen' (urgent_train_b #32).
- 'mogen chats over een aanslag op het azc morgen om 10 uur naar de gemeente?' is 112: an attack on a target with a
  day ahead and its clock time is a plan with its hour, which a calm opening does not talk down (only a denial).
  Past attacks at an hour, memorials, trials and lessons about an attack at an hour stay calm.
"""

from __future__ import annotations

from tests.danger_rules import (
    calm_as_the_bot_runs,
    calm_by_the_word_rules,
    urgent_as_the_bot_runs,
    urgent_by_the_word_rules,
)


THE_CALM_QUESTIONS_OF_TEST66 = [
    ("nl", "anoniem tip geven over aanslagplan"),
    ("nl", "als informaticadocent zie ik in de netwerklogs dat een leering steeds zoekt op het maken van explosieven en "
           "op de aanslag in christchurch. mag ik die logs bewaren en aan de directie geven? of is dat privacy van de "
           "leerling, de ict-afdeling twijfelt"),
    ("nl", "ik geef zaterdag koranles in een moskee in rotterdam-zuid. een jongen van 13 zegt dat zn oudere neef hem "
           "filmpjes stuurt van een prediker die geweld goedkeurd. wie kan ik om advies vragen zonder dat de familie "
           "het weet? ik wil de jongen niet kwijt"),
    ("nl", "ik werk op de meldkamer en kreeg een melding van een buurman over een jongen die in de schuur iets bouwt "
           "met kunstmest. dat is doorgezet naar de recherche. moet de gemeente dit ook weten en wie beslist dat?"),
    ("nl", "als studieloopbaanbegeleider op een hogeschool zie ik dat een student van 20 zich afsluit en online "
           "teksten deelt over 'politici ophangen'. valt een student van 20 nog onder de werkwijze en bij wie meld ik "
           "dit?"),
    ("nl", "als medewerker klantcontact van de gemeente kreeg ik een boze beller die zei dat hij 'het gemeentehuis "
           "opblaast' als zijn uitkering niet komt. ik heb het aan mn leidinggevende gegeven maar wil weten of ik dit "
           "nog ergens anders moet melden"),
    ("nl", "een moeder van een kleuter vertelt dat de vader met het kind naar irak wil verhuizen om 'daar te "
           "strijden'. ze zijn gescheiden. mag ik als directeur van de basisschool contact opnemen met de poltie "
           "zonder toestemming van de vader?"),
    ("nl", "als agent in een noodhulpauto hield ik een jongen van 17 aan met een boksbeugel en een boekje van een "
           "jihadistische prediker. mag ik de school van die jongen bellen om te vragen hoe het met hem gaat?"),
    ("nl", "in mijn werkcollege verdedigde een student een aanslag in israel en een andere student filmde dat en "
           "zette het online. nu wordt hij bedreigt. wat mag ik als docent doen en wie is verantwoordelijk?"),
    ("nl", "bij een doorzoeking vonden we op de telefoon van een jongen van 15 chats met een medeleerling over een "
           "aanslag. mag ik de school van die medeleerling inlichten of moet dat via de gemeente lopen?"),
    ("nl", "een klant in de schuldhulp van 26 stuurt zn hele bijstand naar een 'goed doel' in syrie. volgens mij is "
           "het geen goed doel. ik mag toch niks zeggen buiten ons team of wel?"),
    ("en", "As a university counsellor in Maastricht, I have a student who says her husband's group pressures her to "
           "travel to Syria. Does my confidentiality still hold, and who could advise me on this?"),
    ("en", "I'm an occupational physician. An employee told me his colleague wants to 'punish' a local politician and "
           "owns a gun. The company lawyer says medical secrecy forbids telling anyone. Is that right?"),
    ("nl", "bij ons jongerencentrum hangt een groep jongens rond die steeds meer over gaza praten en zeggen dat 'joden "
           "in nederland ook schuldig zijn'. een van hen heeft een joodse bakker in de buurt bedreigd en die heeft "
           "aangifte gedaan. de politie vraagt mij nu om de namen van de jongens. mag ik die geven, ik heb toch "
           "geheimhouding?"),
]

OTHER_CALM_WORDINGS_OF_THE_SAME_KINDS = [
    # texts shared about hanging, a threat bound to a benefit, a report passed on to the police
    ("nl", "een cursist deelt teksten over politici ophangen in een openbare groep. hoe pak ik dit aan?"),
    ("nl", "een klant riep dat hij het stadhuis opblaast als zijn toeslag niet komt. wat doe ik hiermee?"),
    ("nl", "de buurman zag hem iets bouwen met kunstmest, de melding is doorgezet naar de politie. mag ik de school inlichten?"),
    ("en", "a pupil searched for how to make explosives on a school laptop. may I inform his parents?"),
    ("en", "a caller said he would blow up the town hall if his benefits stop. what now?"),
    # whether one may inform, call or contact someone, without consent
    ("nl", "we vonden bij een doorzoeking chats over een aanslag. mag ik zijn school daarover inlichten?"),
    ("nl", "ik hield een jongen aan met een boksbeugel. mag ik zijn mentor bellen om te vragen hoe het met hem gaat?"),
    ("nl", "een vader wil met zijn zoontje naar syrie om te strijden, zegt de moeder. mag ik de politie bellen zonder "
           "toestemming van de vader?"),
    ("en", "a mother says the father wants to take their son to Iraq to fight. may I contact the police without his "
           "consent?"),
    ("en", "we found chats about an attack on a pupil's phone during a search. may I inform his school?"),
    # confidentiality; a preacher's approval of violence
    ("nl", "een student zegt dat de groep van haar man haar onder druk zet om naar syrie te reizen. geldt mijn "
           "geheimhouding nog?"),
    ("en", "a client says her brother's friends push her to travel to Syria. does my confidentiality still hold?"),
    ("nl", "een jongen kijkt filmpjes van een prediker die geweld goedkeurt in de moskee. hoe begin ik het gesprek?"),
    # an attack defended in a debate; money sent to a 'charity'
    ("nl", "in de les verdedigde een leerling de aanslagen in parijs en nu wordt hij online bedreigd, wat nu"),
    ("en", "a student defended the attack in a seminar and is now threatened online. what should the faculty do?"),
    ("nl", "mijn cliënt stuurt zijn uitkering naar een goed doel in somalie, moet ik dat melden?"),
    ("en", "a client sends his benefits to a charity in Syria; can I tell anyone?"),
    # a gun owned beside a vague wish; a tip asked about
    ("en", "a patient owns a rifle and says the council will pay one day. does medical secrecy apply?"),
    ("nl", "hoe kan ik anoniem een tip geven over een jongen die het over een aanslag heeft?"),
    # an attack at an hour, past or remembered; a lesson at an hour about one
    ("nl", "gisteren om 10 uur was er een aanslag op een azc in duitsland, hoe praat ik daarover met mijn klas?"),
    ("nl", "de herdenking van de aanslag op de moskee is morgen om 10 uur, mogen leerlingen daarheen?"),
    ("nl", "mogen we morgen om 9 uur een les over de aanslag op de synagoge geven?"),
    ("en", "the memorial of the attack on the mosque is tomorrow at 10 am; may pupils go?"),
    ("nl", "mogen chats over een aanslag op een azc die we toevallig vonden naar de gemeente?"),
]

THE_URGENT_TWINS = [
    # an attack on a target with a day ahead and its hour, after a calm opening
    ("nl", "mogen chats over een aanslag op het azc morgen om 10 uur naar de gemeente?"),
    ("nl", "mogen we chats doorsturen over een aanslag op de moskee vanavond om half 9?"),
    ("nl", "mag ik melden dat hij een aanslag op de synagoge pleegt morgen om 11 uur?"),
    ("en", "may chats about an attack on the mosque tomorrow at 10 am go to the municipality?"),
    # a danger told now or with a time, before a question about the rules
    ("nl", "hij staat nu met een mes voor de school. bij wie meld ik dit?"),
    ("nl", "hij bouwt vanavond een bom met kunstmest om de moskee op te blazen. moet de gemeente dit ook weten?"),
    ("nl", "de vader vertrekt vanavond met het kind naar irak om te strijden. mag ik de politie bellen zonder "
           "toestemming van de moeder?"),
    ("en", "my colleague owns a gun and said he will shoot the mayor tonight. does medical secrecy apply?"),
    ("en", "he is pointing a gun at the politician right now. who do I report this to?"),
    # a gun owned, carried or brought along, or beside a time
    ("en", "my colleague owns a gun and is at the town hall, he has it with him"),
    ("en", "he owns a gun and brought it to school today"),
    ("en", "he owns a gun and wants to kill his boss tomorrow"),
    # where or whether to report, whom to ask for advice: no talk-down (test46's kept urgent, test62)
    ("nl", "op een forum deelt een jongen plannen voor een aanslag op de moskee. bij wie meld ik dit?"),
    ("en", "my client wants to go and fight in syria next year. who could advise me?"),
    ("nl", "mijn client wil volgend jaar in syrie gaan vechten. wie kan ik om advies vragen?"),
    ("nl", "de jongen die ik aanhield trekt nu een mes op straat. mag ik zijn school bellen om te vragen hoe het met "
           "hem gaat?"),
    ("nl", "hij verdedigde de aanslag en zegt dat hij morgen zelf een aanslag pleegt op het station"),
    ("nl", "mijn leerling vertrekt morgen naar syrie om zich bij IS aan te sluiten, mag ik de school inlichten?"),
]

test_the_calm_questions_of_test66_are_calm = calm_by_the_word_rules(THE_CALM_QUESTIONS_OF_TEST66)
test_other_calm_wordings_are_calm = calm_by_the_word_rules(OTHER_CALM_WORDINGS_OF_THE_SAME_KINDS)
test_the_urgent_twins_stay_urgent = urgent_by_the_word_rules(THE_URGENT_TWINS)

test_the_calm_questions_of_test66_are_calm_as_the_bot_runs = calm_as_the_bot_runs(THE_CALM_QUESTIONS_OF_TEST66)
test_the_urgent_twins_stay_urgent_as_the_bot_runs = urgent_as_the_bot_runs(THE_URGENT_TWINS)
