"""Calm professional questions of test41 (DR34) that set the word rules off, and the same words beside a real danger.

Calm: unrest in class after an attack (a lesson question: 'onrust in klas na aanslag': the class of 'onrust in
klas' is no target, `figurative`; the attack word still counts, and nothing else is calmed); a pupil's drawing of the
school on fire (a drawing is what it shows, not a fire: `about`); a daughter who follows a man online who calls for
attacks, said in general (propaganda read, no attack planned: `figurative`); a young man obsessed with shootings who
collects information on perpetrators (an interest: `figurative`, for shootings only); a student who supports a group
that fights in Syria (an opinion: it alarmed only by the 'to' of 'I teach Dutch to newcomers' or 'who do I talk to'
read as a trip, now `figurative`); someone who said 'something threatening' or 'threatening things' without saying
what (a vague report, no threat told: `figurative`); a client angry at a country that bombs Muslims (politics, not a
bomb: `figurative`).

Urgent: each of these words beside a danger now or soon: a pupil who drew the school on fire and now stands with a
lighter and petrol at its door (a lighter alone at a door is no line of the rules, drawing or not: left to the meaning
reader); a man calling for attacks who says he attacks the mosque tomorrow; an obsessed young man who has a gun with
him now; a student who supports the group and flies to Syria tonight, or wants to join them; 'something threatening'
said by a man who now stands in the hall with a knife; a client angry at bombs who says he blows up the town hall
tomorrow; an obsession with suicide or bombs beside pills or a bomb being built (only shootings are an interest).

Known and left open: a calm phrase earlier in the same sentence, joined by a comma only, still calms a knife told
now ('unrest in class after an attack, a pupil now stands in the hall with a knife': the calm 'after an attack' was
there before DR34); the same told in its own sentence is urgent.

Kept urgent by the lead's policy (a weapon shown, a threat against a named person, a planned departure, a plan):
test41 #104, 106, 114, 125, 128, 137, 149, 151, 153, 161, 162; see the report of DR34.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


AFTER_ATTACK_CALM = [
    ("nl", "onrust in klas na aanslag"),
    ("nl", "polarisatie in de klas na aanslag"),
    ("en", "polarisation in class after attack, how do i handle it?"),
    ("nl", "veel onrust in de klas na een aanslag, hoe bespreek ik dat?"),
    ("nl", "hoe ga ik om met onrust in mijn groep na aanslagen in het nieuws?"),
    ("en", "unrest in class after an attack, how do i talk about it?"),
    ("en", "my pupils are upset after the attacks, how do i start the conversation?"),
]
AFTER_ATTACK_CAUGHT = [
    ("nl", "onrust in klas na aanslag: een leerling zegt dat hij morgen de school opblaast"),
    ("nl", "na een aanslag in het nieuws staat er nu een jongen met een mes in de klas"),
    ("en", "after an attack in the news a pupil says he will shoot his classmates tomorrow"),
    ("en", "after the attacks in paris he bought a gun and says he will use it"),
    ("nl", "onrust in de klas na een aanslag: een leerling heeft een mes en een lijst met namen"),
    ("nl", "polarisatie in de klas na aanslag. een leerling zegt dat hij morgen een aanslag pleegt op de klas"),
    ("en", "unrest in class after an attack. a pupil now stands in the hall with a knife"),
    ("nl", "na een aanslag op de moskee heeft hij een mes en een lijst met namen"),
]

DRAWING_CALM = [
    ("nl", "ik ben invaller en sta maar 2 weken voor deze klas. een leerling heeft een tekening gemaakt van de school "
           "in brand met een vlag erbij. moet ik dat zelf vastleggen of gwn doorgeven?"),
    ("nl", "een leerling van groep 7 maakte een tekening van de school in brand. moet ik dit melden?"),
    ("nl", "in het schrift van een leerling zag ik tekeningen van de moskee in brand, met wie bespreek ik dat?"),
    ("en", "a pupil made a drawing of the school on fire with a flag next to it. should i record it or pass it on?"),
    ("en", "as a supply teacher i found drawings of the school in flames in a pupil's notebook. who do i tell?"),
]
DRAWING_CAUGHT = [
    ("nl", "een leerling heeft een tekening gemaakt van de school in brand en staat nu met een aansteker en benzine "
           "bij de deur van de school"),
    ("nl", "een leerling maakte een tekening van de school in brand en probeert nu de deur van de school in brand te "
           "steken"),
    ("nl", "een leerling maakte een tekening van de school in brand. hij zegt dat hij de school morgen in brand "
           "steekt"),
    ("en", "a pupil made a drawing of the school on fire and now he stands at the door with a lighter and petrol"),
    ("en", "he made a drawing of the school on fire. he says he will set it on fire tomorrow"),
]

CALLS_FOR_ATTACKS_CALM = [
    ("nl", "ik ben wijkagent en een moeder kwam naar het bureau omdat haar dochter een man online volgt die oproept "
           "tot aanslagen. ze wil geen aangifte maar wel hulp. waar verwijs ik haar naar?"),
    ("nl", "mijn zoon kijkt filmpjes van een prediker die oproept tot aanslagen, waar kan ik hulp krijgen?"),
    ("nl", "een leerling deelt berichten van een account dat opriep tot aanslagen. wie helpt mij?"),
    ("en", "a mother told me her daughter follows a man online who calls for attacks. she wants help, where do i "
           "refer her?"),
    ("en", "my nephew watches a preacher calling for attacks on youtube. who can advise me?"),
]
CALLS_FOR_ATTACKS_CAUGHT = [
    ("nl", "haar dochter volgt een man die oproept tot aanslagen en ze zegt dat ze morgen een aanslag pleegt op de "
           "moskee"),
    ("nl", "een man die online oproept tot aanslagen staat nu met een mes voor de school"),
    ("en", "she follows a man who calls for attacks and she says she will attack the synagogue tomorrow"),
    ("en", "a man who calls for attacks online is now in the hall with a gun"),
]

OBSESSION_CALM = [
    ("nl", "ik ben ambulant begeleider bij een jongere met autisme. hij is geobsedeerd door schietpartijen en "
           "verzamelt info over daders. mijn team twijfelt of dit radicalisering is of zijn interesse, hoe duiden we "
           "dit?"),
    ("nl", "een leerling met autisme is gefascineerd door schietpartijen op scholen. is dat een signaal?"),
    ("en", "a young man with autism i support is obsessed with school shootings. is this radicalisation or his "
           "special interest?"),
    ("en", "my client is fascinated by shootings and reads everything about them. how do we judge this?"),
]
OBSESSION_CAUGHT = [
    ("nl", "hij is geobsedeerd door schietpartijen en heeft nu een geweer bij zich op school"),
    ("nl", "een jongere is geobsedeerd door schietpartijen en zegt dat hij morgen op school gaat schieten"),
    ("en", "he is obsessed with school shootings and says he will shoot his classmates tomorrow"),
    ("en", "a young man obsessed with shootings is now in the canteen with a gun"),
    ("en", "my brother is obsessed with shootings and bought a gun"),
    # an obsession with another subject is not made calm: only shootings as an interest are
    ("nl", "ze is geobsedeerd door zelfmoord en heeft pillen verzameld"),
    ("nl", "hij is geobsedeerd door bommen en bouwt er een op zijn kamer"),
]

SUPPORTS_A_GROUP_CALM = [
    ("en", "I teach Dutch to newcomers as a volunteer. One student said he supports a group that fights in Syria "
           "and other students are afraid. I am not a professional, where should I go with this?"),
    ("en", "a student told the class he supports a group fighting in syria. who do i talk to?"),
    ("nl", "ik geef taalles als vrijwilliger. een cursist zegt dat hij een groep steunt die vecht in syrie en de "
           "anderen zijn bang. naar wie ga ik hiermee?"),
]
SUPPORTS_A_GROUP_CAUGHT = [
    ("en", "a student said he supports a group that fights in syria and he flies to turkey tonight to join them"),
    ("nl", "een cursist steunt een groep die vecht in syrie en vertrekt morgen naar syrie"),
    ("en", "he supports a group that fights in syria and now he is in the classroom with a knife"),
    ("en", "he supports a group that fights in syria and wants to join them"),
    ("en", "who do i talk to? my student flies to syria tonight"),
    ("en", "I need to talk to someone, my son wants to go to syria"),
    ("nl", "naar wie moet ik, mijn zoon wil naar syrie"),
]

VAGUE_THREAT_CALM = [
    ("nl", "ik ben zweminstructeur. een vader weigert dat zijn dochter les krijgt van een mannelijke collega en zei "
           "iets dreigends over ongelovigen. mijn baas wil dat ik het meld bij de gemeente, is dat nodig?"),
    ("nl", "ik ben tolk en vertaalde bij een gesprek in het azc waarbij een man dreigende dingen zei die de "
           "hulpverlener niet doorhad. ik heb geheimhouding getekend, mag ik dit toch vertellen?"),
    ("nl", "een ouder zei bij het hek iets dreigends over ongelovigen. moet ik dit bij de directie melden?"),
    ("en", "a father said something threatening about unbelievers at the pool. should i report it to the "
           "municipality?"),
    ("en", "as an interpreter at the asylum centre i heard a man say threatening things. may i tell anyone?"),
]
VAGUE_THREAT_CAUGHT = [
    ("nl", "een vader zei iets dreigends over ongelovigen en staat nu met een mes bij het zwembad"),
    ("nl", "een man in het azc zei dreigende dingen en zegt dat hij morgen de medewerkers neersteekt"),
    ("en", "a father said something threatening and now he is in the hall with a knife"),
    ("en", "a man said threatening things and says he will stab the staff tomorrow"),
]

BOMBED_COUNTRY_CALM = [
    ("nl", "als consulent participatiewet sprak ik een klant die zei dat hij niet wil werken voor een land dat "
           "moslims bombardeert en dat er wraak komt. ik schrok ervan, moet ik dit aan iemand melden?"),
    ("nl", "een deelnemer zegt dat het westen moslims bombardeert en dat er wraak komt. wat doe ik hiermee?"),
    ("en", "a client said he won't work for a country that bombs muslims and that revenge will come. should i tell "
           "anyone?"),
]
BOMBED_COUNTRY_CAUGHT = [
    ("nl", "een klant zei dat dit land moslims bombardeert en dat hij morgen het gemeentehuis opblaast"),
    ("nl", "een klant zegt dat nederland moslims bombardeert en heeft nu een bom in zijn tas bij de balie"),
    ("en", "a client said this country bombs muslims and he will blow up the town hall tomorrow"),
]

CALM = (AFTER_ATTACK_CALM + DRAWING_CALM + CALLS_FOR_ATTACKS_CALM + OBSESSION_CALM + SUPPORTS_A_GROUP_CALM
        + VAGUE_THREAT_CALM + BOMBED_COUNTRY_CALM)
CAUGHT = (AFTER_ATTACK_CAUGHT + DRAWING_CAUGHT + CALLS_FOR_ATTACKS_CAUGHT + OBSESSION_CAUGHT + SUPPORTS_A_GROUP_CAUGHT
          + VAGUE_THREAT_CAUGHT + BOMBED_COUNTRY_CAUGHT)


test_a_professional_question_without_danger_now_is_calm = calm_by_the_word_rules(CALM)
test_a_danger_told_now_or_soon_stays_urgent = urgent_by_the_word_rules(CAUGHT)
