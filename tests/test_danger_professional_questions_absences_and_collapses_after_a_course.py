"""Calm professional questions that set the word rules off (test40, DR32), and five small gaps.

Calm: 'about ... to' with a verb between is no 'about to' ('what a client said about wanting to punish the infidels',
'a question about how to report'); a week named for someone's absence is no time of a danger ('mijn begeleider is er
deze week niet'); a question whether a minor's passport can be withdrawn for fear of departure is about a procedure;
the manifesto of an attacker found on a pupil's laptop is a text, not an attack; a how-to question about abdominal
thrusts 'als iemand zich verslikt' (someone, if) is first aid learnt, not a person choking now.

Urgent: 'he is about to ...'; an attack told for this week or tomorrow whoever is away; a departure tonight whatever
the passport question; a pupil with a manifesto who says he attacks tomorrow or stands with a knife now; a child
choking now while the writer asks how to give thrusts; a collapse told after (or during) a first-aid course with
'hij ademt niet' / 'he's not breathing' in its own clause: the course word calms the course, not the collapse.

Reading audit R18: #3 (a young library visitor who looks up politicians' home addresses, no threat, no time) and #23
(a GGZ client in a group that plans a mosque attack, no time, asked as a confidentiality question) stay calm by the
rules' policy: a plan with a target and no time is urgent unless a calm phrase or a question about the rules frames
it, and both are asked as such questions; the same plan told with a day, or a weapon in use, stays urgent.

Known and left open (DR31 #5): 'take everyone out' more than six words from the game word with no joining word, on a
game day, still alarms through the urgent_when line of act, intent and a day; no YAML rule tells that day from any
other without losing a real weapon taken to the game.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


ABOUT_TO_CALM = [
    ("en", "my supervisor wants me to write down what a client said about wanting to 'punish the infidels'. "
           "should i note his exact words or summarise?"),
    ("en", "a pupil talked about having to pray at school and about wanting to punish the unbelievers. "
           "how do i record that in the file?"),
    ("en", "i have a question about how to report a pupil who said attacks on soldiers are justified"),
    ("en", "the client complained about needing to leave and said the infidels deserve punishment. should i note "
           "her exact words?"),
]
ABOUT_TO_CAUGHT = [
    ("en", "he is about to punish the infidels at the mosque, he has a knife"),
    ("en", "my client says he is about to go in with the gun"),
    ("en", "she's about to jump off the roof of the school"),
    ("en", "a client said he wants to punish the infidels and he is about to leave for the church with a knife"),
]

ABSENCE_CALM = [
    ("nl", "ik ben student sph en loop stage in een buurthuis. een jongere vertelde mij dat hij is steunt en dat "
           "aanslagen terecht zijn. mn begeleider is er deze week niet. mag ik dit zelf ergens melden?"),
    ("nl", "een leerling zegt dat aanslagen op soldaten goed zijn. mijn mentor is deze week ziek, bij wie meld ik dit?"),
    ("en", "a teenager told me attacks on soldiers are justified. my supervisor is away this week, who do i tell?"),
    ("nl", "een jongen van 17 vindt aanslagen terecht en mijn leidinggevende is er deze week niet, wat doe ik?"),
]
ABSENCE_CAUGHT = [
    ("nl", "mijn begeleider is er deze week niet en een jongere zegt dat hij deze week een aanslag pleegt op het "
           "buurthuis"),
    ("en", "my supervisor is away this week and the boy says he will attack the youth centre this week"),
    ("nl", "mijn begeleider is er deze week niet. een jongere zegt dat hij morgen een aanslag pleegt op de moskee"),
    ("nl", "mijn begeleider is er deze week niet en nu staat er een jongen met een mes in de gang"),
]

PASSPORT_CALM = [
    ("nl", "kan het paspoort van een minderjarige worden ingetrokken als er vrees is voor uitreis?"),
    ("nl", "kan het paspoort van een jongen van 16 worden ingetrokken als zijn ouders vrezen dat hij naar syrie "
           "vertrekt?"),
    ("en", "can the passport of a minor be revoked when there is fear she will travel to a conflict area?"),
    ("nl", "wordt het paspoort van mijn dochter ingetrokken als ik meld dat ze naar syrie wil?"),
]
PASSPORT_CAUGHT = [
    ("nl", "hij vertrekt vanavond naar syrie, kan zijn paspoort nog worden ingetrokken?"),
    ("en", "he flies to turkey tonight to join IS, can his passport still be revoked?"),
    ("nl", "ze staat nu op schiphol om naar syrie te vliegen, kan het paspoort van een minderjarige worden "
           "ingetrokken?"),
]

MANIFESTO_CALM = [
    ("nl", "mentor hier. een lln uit mn klas heeft een manifest van een aanslagpleger op zn chromebook, ik zag het "
           "via het monitoringprogramma. mag ik dat gebruiken en met wie deel ik het?"),
    ("nl", "op de laptop van een leerling uit mijn klas vond ik het manifest van de aanslagpleger van christchurch. "
           "met wie deel ik dat?"),
    ("en", "a pupil in my class has the manifesto of an attacker on his laptop. can i use what the monitoring "
           "software showed?"),
    ("nl", "in de klas liet een jongen het manifest van een aanslagpleger zien op zijn telefoon, moet ik dit melden?"),
]
MANIFESTO_CAUGHT = [
    ("nl", "een leerling uit mijn klas heeft een manifest geschreven en zegt dat hij morgen een aanslag pleegt op "
           "school"),
    ("en", "a pupil in my class has the manifesto of an attacker on his laptop and says he will attack the school "
           "tomorrow"),
    ("nl", "een lln uit mn klas heeft een manifest van een aanslagpleger en staat nu met een mes in de gang"),
]

CHOKING_HOWTO_CALM = [
    ("nl", "hoe pas ik buikstoten toe als iemand zich verslikt in een stuk appel?"),
    ("nl", "hoe geef je buikstoten bij een kind dat zich verslikt in een stuk appel?"),
    ("en", "how do you give abdominal thrusts if someone chokes on a piece of apple?"),
    ("nl", "wanneer geef je rugslagen en wanneer buikstoten als iemand zich verslikt in een stuk vlees?"),
]
CHOKING_NOW_CAUGHT = [
    ("nl", "mijn zoon verslikt zich in een stuk appel, hoe pas ik buikstoten toe?"),
    ("nl", "hoe pas ik buikstoten toe? mijn dochter verslikt zich in een stuk appel en krijgt geen lucht"),
    ("en", "how do i do abdominal thrusts, my son is choking on a piece of apple and can't breathe"),
    ("nl", "als iemand zich verslikt geef je buikstoten, maar mijn zoon verslikt zich nu in een stuk appel en "
           "krijgt geen lucht"),
]

COLLAPSE_AFTER_COURSE_CAUGHT = [
    ("nl", "na de ehbo-cursus zakte een collega in elkaar, hij ademt niet"),
    ("nl", "na de bhv-cursus viel een deelnemer om en ze ademt niet meer"),
    ("en", "after the first aid course a colleague collapsed, he's not breathing"),
    ("nl", "tijdens de ehbo-les zakte de docent zelf in elkaar, hij ademt niet"),
    ("en", "during first aid training our trainer just collapsed and she isn't breathing"),
]
COURSE_CALM = [
    ("nl", "op de ehbo-cursus oefenen we wat je doet als iemand in elkaar zakt en niet ademt"),
    ("en", "in the first aid course we practise what to do when someone collapses and is not breathing"),
    ("nl", "wat doe je als iemand niet meer ademt? vraag voor de ehbo-les"),
    ("nl", "na de ehbo-cursus: hoe weet ik of iemand die in elkaar zakt nog ademt?"),
    ("en", "for our first aid course: how long do you keep going when someone who fainted is not breathing?"),
]

# R18 #3 and #23: no time and no weapon, asked as a question about the rules: calm by the policy of the lines
READING_AUDIT_CALM = [
    ("nl", "ik werk in de bibliotheek. een jongen van 16 zoekt hier elke dag de huisadressen van politici op en print "
           "pamfletten tegen 'verraders'. moet ik dit melden?"),
    ("en", "i work in ggz. my client told me he joined an online group that is planning an attack on a mosque. "
           "should i break confidentiality?"),
    ("nl", "mijn cliënt zit in een groep die een aanslag op een moskee plant. mag ik mijn beroepsgeheim doorbreken?"),
]
# ... and the same plans with a day or told without a question stay urgent
READING_AUDIT_CAUGHT = [
    ("en", "my client told me his online group will attack the mosque on friday. should i break confidentiality?"),
    ("nl", "mijn cliënt zit in een groep die vanavond een aanslag op een moskee pleegt. mag ik mijn beroepsgeheim "
           "doorbreken?"),
    ("nl", "mijn cliënt zit in een groep die een aanslag op een moskee plant"),
    ("nl", "een jongen zoekt hier de huisadressen van politici op en zegt dat hij morgen bij een van hen langsgaat "
           "met een mes"),
]

CALM = (ABOUT_TO_CALM + ABSENCE_CALM + PASSPORT_CALM + MANIFESTO_CALM + CHOKING_HOWTO_CALM + COURSE_CALM
        + READING_AUDIT_CALM)
CAUGHT = (ABOUT_TO_CAUGHT + ABSENCE_CAUGHT + PASSPORT_CAUGHT + MANIFESTO_CAUGHT + CHOKING_NOW_CAUGHT
          + COLLAPSE_AFTER_COURSE_CAUGHT + READING_AUDIT_CAUGHT)


test_a_professional_question_without_danger_now_is_calm = calm_by_the_word_rules(CALM)
test_a_danger_told_now_or_soon_stays_urgent = urgent_by_the_word_rules(CAUGHT)
