"""Calm professional questions of the judged split test46 that raised a false 112 alarm (DR44), with variants.

Calm: a boy who shows videos of attacks and says the victims deserved it approves of past attacks, with no plan; a
pupil in closed youth care who will take revenge 'on the state' after his release names a grievance, not a target
or a time; a boy who says he will 'strijden' with his cousin, asked as 'may we share this with the youth
protector?', tells a wish with no departure now (DR42's line); questions at a shooting range 'about shooting at
moving people' are questions, not a shooting; small sums sent abroad 'for the brothers at the front' are a
financing worry to report; Bible or Quran texts used to justify violence against a group are an opinion; a son who
says things about attacks at school, asked by his father, is talk; a boy angry after a racist attack on his uncle,
who talks with friends about revenge, tells of an attack that is over and of revenge with no plan or time.

Urgent: the same words beside a danger now or soon: a video of attacks and a bomb at school tomorrow or a knife in the
schoolyard now; revenge on the state and the town hall blown up tomorrow, or revenge on a named teacher; a fight
with the cousin and a departure tonight or someone at Schiphol now; questions about shooting and a gun in the
canteen now; money sent abroad and a departure tomorrow; violence justified and a knife at the pride now; things
said about attacks and a knife in the schoolyard now; revenge after the attack on the uncle and a knife at the
attackers' door now.

Kept urgent by the lead's reading of test46 (the judged file holds them; variants here guard that the calm phrases
stay narrow): a forum where a boy shares plans for an attack; two passengers who talked about 'punishing the
unbelievers' on King's Day; a large amount of fertiliser and gas canisters paid for 'without a receipt in my name'.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


# test46 #95: videos of attacks shown, 'they deserved it'
ATTACK_VIDEOS_CALM = [
    ("nl", "ik ben conciërge op een so school en een jongen van 15 laat filmpjes zien van aanslagen en zegt dat ze het "
           "verdienden. moet ik dat aan zijn mentor doorgeven of zelf ergens melden?"),
    ("nl", "een leerling laat op zijn telefoon video's zien van aanslagen en zegt dat de slachtoffers het verdienden. meld "
           "ik dat bij de mentor?"),
    ("nl", "op de bso laat een jongen van 12 filmpjes van aanslagen zien aan andere kinderen. moet ik zijn ouders "
           "inlichten?"),
    ("en", "i am a caretaker at a special-needs school. a boy of 15 shows me videos of attacks and says the victims "
           "deserved it. do i tell his mentor or report it myself?"),
]
ATTACK_VIDEOS_CAUGHT = [
    ("nl", "hij laat filmpjes zien van aanslagen en zegt dat hij morgen de school opblaast"),
    ("nl", "hij laat filmpjes van aanslagen zien en staat nu met een mes op het schoolplein"),
    ("en", "he shows me videos of attacks and says they deserve it, and now he is walking to the synagogue with a "
           "knife"),
    ("en", "he shows videos of attacks and says he will blow up the school tomorrow"),
    # DR28's copy of an attack watched, beside the approval
    ("nl", "hij laat filmpjes zien van aanslagen en zegt dat ze het verdienden en dat hij het ook gaat doen"),
    ("en", "he shows videos of attacks and says the victims deserved it and that he will do it too"),
]

# test46 #100: revenge 'on the state' after his release
REVENGE_ON_THE_STATE_CALM = [
    ("nl", "ik geef les in een gesloten jeugdzorginstelling. een leerling van 17 zegt in de klas dat hij na zijn "
           "ontslag wraak gaat nemen op de staat en laat een soort manifest zien. wie moet ik behalve mijn teamleider "
           "nog inlichten?"),
    ("nl", "een jongere in de jji zegt dat hij na zijn vrijlating wraak neemt op de staat. wie moet ik inlichten?"),
    ("nl", "een jongen op de groep roept dat hij later wraak gaat nemen op de maatschappij. bij wie meld ik dat?"),
    ("en", "a pupil of 17 in closed youth care says in class that he will take revenge on the state after his "
           "release. whom should i inform besides my team leader?"),
]
REVENGE_ON_THE_STATE_CAUGHT = [
    ("nl", "hij zegt dat hij wraak gaat nemen op de staat en morgen het gemeentehuis opblaast"),
    ("nl", "hij wil wraak nemen op de staat en staat nu met een mes in de klas"),
    ("en", "he says he will take revenge on the state and he is now in the classroom with a gun"),
    # where he said it is no target, but a time still counts
    ("nl", "een leerling zegt in de klas dat hij morgen wraak neemt op zijn docent"),
    ("nl", "hij gaat morgen wraak nemen op de staat"),
]

# test46 #101: 'strijden' with his cousin, asked as 'may we share this?'
FIGHT_WITH_THE_COUSIN_CALM = [
    ("nl", "wij zijn crisispleegouders en hebben sinds een week een jongen van 14. hij zegt dat hij met zijn neef gaat "
           "'strijden' en kijkt preken van een bekende haatprediker. mogen wij dit met de jeugdbeschermer delen of "
           "gaat dat te ver?"),
    ("nl", "ons pleegkind zegt dat hij met zijn neef gaat strijden. mogen we dit met zijn voogd delen?"),
    ("en", "we are crisis foster parents. a boy of 14 says he will 'fight' alongside his cousin and watches a hate "
           "preacher. may we share this with the youth protector?"),
]
FIGHT_WITH_THE_COUSIN_CAUGHT = [
    ("nl", "hij zegt dat hij met zijn neef gaat strijden en vertrekt vanavond naar syrie. mogen wij dit met de "
           "jeugdbeschermer delen?"),
    ("nl", "hij is met zijn neef vertrokken om te strijden en hij staat nu op schiphol. mogen we dit delen?"),
    ("nl", "hij gaat met zijn neef strijden en staat nu met een mes bij de moskee. mogen wij dit met de "
           "jeugdbeschermer delen?"),
    ("en", "he says he will fight alongside his cousin and they fly to turkey tonight. may we share this?"),
]

# test46 #123: questions at a shooting range about shooting at moving people
SHOOTING_QUESTIONS_CALM = [
    ("nl", "ik ben toezichthouder op een schietbaan. een introducé van 18 stelde vragen die me niet lekker zitten, "
           "over schieten op bewegende mensen, en droeg een jas met een militie logo. mag ik zijn gegevens aan de "
           "politie geven?"),
    ("nl", "bij de schietvereniging stelde een nieuw lid vragen over schieten op mensen. mag ik dit aan de politie "
           "melden?"),
    ("en", "i supervise a shooting range. a guest of 18 asked questions about shooting at moving people and wore a "
           "militia jacket. may i give his details to the police?"),
]
SHOOTING_QUESTIONS_CAUGHT = [
    ("nl", "een introducé stelde vragen over schieten op mensen. nu schiet hij op mensen op de parkeerplaats"),
    ("nl", "hij stelde vragen over schieten op mensen en staat nu met een geweer in de kantine"),
    ("en", "he asked questions about shooting at people and now he is shooting at people in the car park"),
    ("nl", "er wordt nu op mensen geschoten bij de schietbaan. mag ik zijn gegevens aan de politie geven?"),
]

# test46 #133: small sums sent abroad 'for the brothers at the front'
MONEY_ABROAD_CALM = [
    ("nl", "ik werk bij een geldtransferkantoor. een jongen van 19 stuurt elke week kleine bedragen naar turkije en zei "
           "lachend dat het 'voor de broeders aan het front' is. moet ik dit bij de politie of bij de gemeente melden?"),
    ("nl", "een klant van 20 maakt elke maand kleine bedragen over naar turkije voor de broeders aan het front. moet ik "
           "dit melden?"),
    ("en", "i work at a money transfer office. a young man sends small sums to turkey every week and laughed that it "
           "is for the brothers at the front. police or municipality?"),
]
MONEY_ABROAD_CAUGHT = [
    ("nl", "hij stuurt geld naar turkije en vertrekt morgen zelf naar het front"),
    ("nl", "hij stuurt elke week geld naar turkije en staat nu op schiphol met een ticket naar syrie"),
    ("en", "he sends money to turkey and flies there tonight to join the brothers at the front"),
    ("nl", "hij stuurt kleine bedragen naar turkije en heeft vandaag een bomvest in zijn auto"),
    ("en", "he sends small sums to turkey and has a bomb vest in his car today"),
]

# test46 #145: scripture used to justify violence against a group
JUSTIFYING_VIOLENCE_CALM = [
    ("nl", "ik ben koster in een protestantse kerk. sinds kort komt een jongen van 18 op zondag die bijbelteksten "
           "gebruikt om geweld tegen homo's goed te praten. de dominee weet het niet. wie kan ik om advies vragen?"),
    ("nl", "een jongen in onze moskee gebruikt koranteksten om geweld tegen joden goed te praten. bij wie kan ik "
           "terecht voor advies?"),
    ("nl", "een leerling praat op zondag bij de jeugdclub geweld tegen homo's goed. wie kan mij adviseren?"),
    ("en", "a young man at our church uses bible verses to justify violence against gay people. whom can i ask for "
           "advice?"),
]
JUSTIFYING_VIOLENCE_CAUGHT = [
    ("nl", "hij gebruikt bijbelteksten om geweld tegen homo's goed te praten. zondag steekt hij de homobar in brand"),
    ("nl", "hij praat geweld tegen homo's goed en staat nu met een mes bij de pride"),
    ("en", "he justifies violence against gay people and is now at the pride parade with a knife"),
]

# test46 #149: a father asks whether his son's talk about attacks means a police file
THINGS_ABOUT_ATTACKS_CALM = [
    ("nl", "ik ben een vader uit irak en mijn zoon van 15 zegt op school dingen over aanslagen die ik zelf ook niet "
           "goed vind. de school wil nu met mij praten. krijgt mijn zoon hierdoor een dossier bij de politie?"),
    ("nl", "mijn dochter van 14 zegt op school dingen over aanslagen. de school wil nu praten. komt ze in een "
           "politiedossier?"),
    ("en", "i am a father from iraq and my son of 15 says at home that the attackers were heroes. the school wants to "
           "talk to me now. will my son get a police file?"),
]
THINGS_ABOUT_ATTACKS_CAUGHT = [
    ("nl", "mijn zoon zegt op school dingen over aanslagen en zegt dat hij morgen de school opblaast"),
    ("nl", "mijn zoon zegt dingen over aanslagen en staat nu met een mes op het schoolplein"),
    ("en", "my son says things about attacks and is now at school with a gun"),
    ("nl", "mijn zoon zegt op school dingen over aanslagen en zegt dat hij het ook gaat doen"),
]

# test46 #152: angry after a racist attack on his uncle, revenge talked of with friends
REVENGE_AFTER_AN_ATTACK_CALM = [
    ("nl", "ik ben contactpersoon voor roma families bij de gemeente. een jongen van 16 is na een racistische aanval "
           "op zijn oom heel boos en praat met vrienden over wraak. moet ik dit inbrengen bij het casusoverleg of "
           "eerst iets anders?"),
    ("nl", "na een racistische aanval op zijn vader is een jongen van 17 woedend en praat hij met vrienden over wraak. "
           "breng ik dit in bij het zorg- en veiligheidshuis?"),
    ("en", "a boy of 16 is very angry after a racist attack on his uncle and talks with friends about revenge. should "
           "i bring this to the case conference?"),
]
REVENGE_AFTER_AN_ATTACK_CAUGHT = [
    ("nl", "na een racistische aanval op zijn oom praat hij over wraak en hij gaat vanavond met een mes naar hun huis"),
    ("nl", "na de aanval op zijn oom is hij woedend. hij staat nu met een mes voor het huis van de daders"),
    ("en", "after a racist attack on his uncle he talks about revenge and is now outside their house with a knife"),
    ("nl", "na de aanval op zijn oom praat hij over wraak en zegt dat hij het ook gaat doen"),
]

# test46 #132, #135, #137, kept urgent: said in other words, they must stay urgent beside the calm phrases above
KEPT_URGENT = [
    ("nl", "op een forum deelt een jongen van 17 plannen voor een aanslag. waar meld ik dit?"),
    ("nl", "twee jonge passagiers praatten over 'de ongelovigen straffen' op koningsdag. moet ik dit doorgeven?"),
    ("nl", "een jongen kocht een grote hoeveelheid kunstmest en gasbusjes en wilde zonder bon afrekenen. moet ik dit "
           "melden?"),
]

CALM = (ATTACK_VIDEOS_CALM + REVENGE_ON_THE_STATE_CALM + FIGHT_WITH_THE_COUSIN_CALM + SHOOTING_QUESTIONS_CALM
        + MONEY_ABROAD_CALM + JUSTIFYING_VIOLENCE_CALM + THINGS_ABOUT_ATTACKS_CALM + REVENGE_AFTER_AN_ATTACK_CALM)
CAUGHT = (ATTACK_VIDEOS_CAUGHT + REVENGE_ON_THE_STATE_CAUGHT + FIGHT_WITH_THE_COUSIN_CAUGHT + SHOOTING_QUESTIONS_CAUGHT
          + MONEY_ABROAD_CAUGHT + JUSTIFYING_VIOLENCE_CAUGHT + THINGS_ABOUT_ATTACKS_CAUGHT
          + REVENGE_AFTER_AN_ATTACK_CAUGHT + KEPT_URGENT)


test_a_professional_question_without_danger_now_is_calm = calm_by_the_word_rules(CALM)
test_a_danger_told_now_or_soon_stays_urgent = urgent_by_the_word_rules(CAUGHT)
