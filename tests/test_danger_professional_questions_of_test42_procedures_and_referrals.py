"""Calm professional questions of test42 that set the word rules off (DR36), and a baby with a blocked nose.

Calm: a town hall's front desk is no war front; whether a passport can be declared invalid is a procedure; a boy on
websites 'met veel wapens' shows what he looks at, and 'waar kan ik raad vragen' asks for advice; a mother whose son
wants to go to a training camp abroad, asked as 'waar verwijs ik haar naar?'; a girl whose brother was recruited
online, 'what can we do?'; a pupil who laughed that he wants to blow up the school, 'moet ik dit serieus nemen?'; a
recruit who wants to learn to shoot 'voor als het losgaat', 'mag ik dit melden?'; a Veilig Thuis report about domestic
violence with a threat and a wish to leave, asked which route it takes; a baby who breathes badly through a blocked
nose. None tells a day, a weapon at hand or a danger happening now.

Urgent: the same words beside a day ('vanavond', 'tomorrow'), a weapon now, or a danger told now in the sentence
before or after the question; a baby who no longer breathes, whatever the cold before; a homemade explosive seen,
even with 'mag ik dit melden?' after it (test33's bailiff, which the new reporting asides would otherwise quiet).

Reading review R20 #9 (a client wants to 'punish his ex for allah'): by the policy R18 #23 set, a wish to harm a
named person with no time or weapon, asked as a question about secrecy or reporting, is calm; told bare, with a day or
with a knife it is urgent.

Kept urgent of test42's sixteen false alarms (pinned below): 'acuut gevaar aanslag wat nu' and 'moet ik bij acuut
gevaar 112 bellen of eerst mn leidinggevende' (the answer to both is 'call 112 now', Platform JEP, and the acuut_gevaar
answer no longer repeats the banner); weapons bought 'om het af te maken' overheard today; 'jullie binnenkort allemaal
boeten' (a threat with a time); plans made to go abroad 'to fight' and a patient preparing to travel to fight (a
planned journey to fight); fertiliser with an IS flag; a knife shown with a threat to 'punish'.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


FRONT_DESK_CALM = [
    ("en", "I work at the front desk of our town hall and someone wants to see what the municipality stored about "
           "their parking permit, how long do we have to reply?"),
    ("en", "I work at the front desk of the town hall. A resident wants to see what we stored about him, how long do "
           "we have to reply?"),
    ("en", "at the front desk of city hall a man wants to know which data we keep about his housing benefit"),
    ("nl", "ik sta aan de frontdesk van het stadhuis en iemand wil inzien wat de gemeente over zijn parkeervergunning "
           "heeft opgeslagen"),
    ("en", "a woman at the front desk of the town hall wants to go to the archive to see her own file"),
]
FRONT_DESK_CAUGHT = [
    ("en", "a man at the front desk of the town hall has a knife and is threatening staff now"),
    ("en", "someone at the front desk says he will blow up the town hall tomorrow"),
    ("en", "there is a man with a gun at the front desk of city hall right now"),
    ("nl", "bij de frontdesk van het stadhuis staat nu een man met een mes"),
]

PASSPORT_INVALID_CALM = [
    ("nl", "kan de gemeente het paspoort van een jongere ongeldig laten verklaren als hij naar syrie wil?"),
    ("nl", "kan de gemeente het paspoort van mijn zoon ongeldig verklaren als hij naar syrie wil?"),
    ("en", "can the municipality have a young person's passport declared invalid if he wants to go to syria?"),
    ("nl", "wie kan het paspoort van een meisje van 16 ongeldig laten verklaren als ze naar het kalifaat wil?"),
]
PASSPORT_INVALID_CAUGHT = [
    ("nl", "hij vertrekt vanavond naar syrie, kan de gemeente zijn paspoort nog ongeldig laten verklaren?"),
    ("en", "she flies to turkey tomorrow to join IS, can her passport be declared invalid in time?"),
    ("nl", "hij staat nu op schiphol om naar syrie te vliegen, kan zijn paspoort ongeldig worden verklaard?"),
]

WEAPON_SITES_CALM = [
    ("nl", "ik heb een belwinkel met internet. een jongen komt elke dag en zit dan op arabische sites met veel wapens "
           "en zwarte vlaggen erop. ik wil niet overdreven doen maar ook niks missen, waar kan ik raad vragen?"),
    ("nl", "een jongen in de bibliotheek zit elke dag op sites met wapens en zwarte vlaggen. waar kan ik raad vragen?"),
    ("en", "a boy in my internet cafe visits websites with weapons and black flags every day. where can i get advice?"),
    ("nl", "mijn leerling kijkt op zijn telefoon naar sites met wapens en is-vlaggen, waar kan ik advies vragen?"),
]
WEAPON_SITES_CAUGHT = [
    ("nl", "een jongen die op sites met wapens zit staat nu met een mes bij de kassa"),
    ("en", "a boy who visits websites with weapons just pulled a gun in my shop"),
    ("nl", "hij zit op sites met wapens en zegt dat hij morgen de moskee aanvalt. waar kan ik raad vragen?"),
    ("en", "where can i get advice? a boy from my internet cafe is standing outside with a knife right now"),
]

REFERRAL_CALM = [
    ("nl", "maatschappelijk werker in een ziekenhuis. een moeder op de kinderafdeling vertelt dat haar oudste zoon van "
           "17 naar een kamp in het buitenland wil waar mensen 'getraind' worden. ze vraagt wat ze kan doen. waar "
           "verwijs ik haar naar?"),
    ("nl", "een moeder vertelt dat haar zoon naar een kamp in het buitenland wil waar mensen getraind worden. waar "
           "verwijs ik haar naar?"),
    ("en", "a mother says her son of 17 wants to go to a training camp abroad. where do i refer her?"),
    ("nl", "een vader zegt dat zijn dochter naar een kamp in het buitenland wil. waar kan ik hem naar verwijzen?"),
]
REFERRAL_CAUGHT = [
    ("nl", "een moeder vertelt dat haar zoon vanavond naar een kamp in het buitenland vertrekt. waar verwijs ik haar "
           "naar?"),
    ("en", "a mother says her son flies to a training camp abroad tomorrow. where do i refer her?"),
    ("nl", "waar verwijs ik haar naar? haar zoon staat nu op schiphol om naar een kamp in syrie te vliegen"),
]

RECRUITED_CALM = [
    ("en", "We run an outreach project for young refugees. A girl of 16 told us her brother was recruited online by an "
           "armed group and she is scared. She asked us not to tell anyone. What can we do?"),
    ("nl", "een meisje van 15 vertelt dat haar broer online is geronseld door een gewapende groep. ze is bang. wat "
           "kunnen we doen?"),
    ("en", "a boy told us his cousin was recruited by an armed group online. what can we do?"),
]
RECRUITED_CAUGHT = [
    ("en", "her brother was recruited by an armed group and he leaves for syria tonight. what can we do?"),
    ("nl", "een meisje vertelt dat haar broer door een gewapende groep is geronseld en nu met een mes voor de school "
           "staat. wat kunnen we doen?"),
    ("en", "what can we do? a boy recruited by an armed group is in the hall with a gun right now"),
]

SERIOUS_CALM = [
    ("nl", "jeugdverpleegkundige bij de jgz, ik zie klas 2 voor het periodiek onderzoek. een jongen zei letterlijk dat "
           "hij 'de school wil opblazen zoals in dat filmpje'. hij lachte erbij. moet ik dit serieus nemen en wat nu?"),
    ("nl", "een leerling zei dat hij de school wil opblazen en lachte erbij. moet ik dit serieus nemen?"),
    ("en", "a pupil said he wants to blow up the school like in that video. should i take this seriously?"),
    ("en", "a boy at the youth club said he'd like to blow the place up, then laughed. do i take this seriously?"),
]
SERIOUS_CAUGHT = [
    ("nl", "een leerling zei dat hij morgen de school opblaast. moet ik dit serieus nemen?"),
    ("en", "a pupil says he will blow up the school tomorrow, should i take this seriously?"),
    ("nl", "moet ik dit serieus nemen? hij staat nu met een mes in de klas"),
]

MAY_REPORT_CALM = [
    ("nl", "ik werk als werver voor defensie. een sollicitant van 19 vertelde trots dat hij het leger in wil om 'te "
           "leren schieten voor als het echt losgaat' tegen moslims. mag ik dit buiten defensie ergens melden?"),
    ("nl", "een sollicitant wil het leger in om te leren schieten op moslims. mag ik dit melden?"),
    ("en", "a recruit said he wants to learn to shoot for when it kicks off against muslims. may i report this "
           "outside the army?"),
]
MAY_REPORT_CAUGHT = [
    ("nl", "een sollicitant zegt dat hij morgen op moslims gaat schieten. mag ik dit melden?"),
    ("nl", "mag ik dit melden? er staat nu een man met een geweer bij de moskee"),
    ("en", "may i report this? a recruit is shooting at people outside the mosque right now"),
]

# reading review R20 #9: a wish to harm a named person, no time or weapon, asked as a question about secrecy, is calm
# by the policy R18 #23 set (a plan with a target and no time, asked about the rules); told bare, with a day or a
# weapon it is urgent
EX_CALM = [
    ("nl", "ik ben poh-ggz. mijn cliënt zegt dat hij zijn ex wil straffen voor allah. mag ik mijn beroepsgeheim "
           "doorbreken?"),
    ("nl", "mijn cliënt wil zijn ex straffen voor allah, is dit conflict van plichten?"),
    ("en", "my client says he wants to punish his ex for allah. may i break confidentiality?"),
    ("nl", "ik ben poh-ggz. mijn cliënt zegt dat hij zijn ex wil straffen voor allah. mag ik dit melden?"),
]
EX_CAUGHT = [
    ("nl", "mijn cliënt wil zijn ex straffen voor allah"),
    ("nl", "mijn cliënt zegt dat hij zijn ex morgen gaat straffen voor allah, mag ik mijn beroepsgeheim doorbreken?"),
    ("en", "my client wants to punish his ex for allah and has a knife with him now"),
    ("nl", "mijn cliënt staat nu met een mes bij het huis van zijn ex om haar te straffen voor allah"),
]

VEILIG_THUIS_CALM = [
    ("nl", "ik werk bij veilig thuis en in een melding over huiselijk geweld blijkt dat de oudste zoon zijn vader "
           "bedreigt en zegt dat hij 'voor de zaak' naar syrie wil. loopt dit via onze route of via de pga?"),
    ("nl", "in een melding over huiselijk geweld staat dat de zoon zijn vader bedreigt en naar syrie wil. loopt dit "
           "via onze route?"),
]
VEILIG_THUIS_CAUGHT = [
    ("nl", "in een melding over huiselijk geweld staat dat de zoon nu met een mes zijn vader bedreigt"),
    ("nl", "de zoon bedreigt zijn vader met geweld en vertrekt morgen naar syrie. loopt dit via onze route?"),
]

BLOCKED_NOSE_CALM = [
    ("nl", "mijn baby ademt niet goed door zijn neus, hij is verkouden"),
    ("nl", "onze baby ademt niet goed door haar neus sinds ze verkouden is, wat kan ik doen?"),
    ("en", "my baby can't breathe through his nose, he has a cold"),
    ("en", "my baby isn't breathing well through her nose because of a cold"),
    ("nl", "de baby van mijn zus ademt niet lekker door zijn neus, hij is snotterig"),
]
NOT_BREATHING_CAUGHT = [
    ("nl", "mijn baby ademt niet meer en wordt blauw"),
    ("nl", "mijn baby was verkouden en nu ademt hij niet meer"),
    ("nl", "mijn baby ademt niet goed door zijn neus en nu ademt hij helemaal niet meer"),
    ("en", "my baby had a cold and now she's not breathing"),
    ("en", "my baby can't breathe through his nose and now he's not breathing at all"),
]

# 'mag ik dit melden?' is a question about the rules, but a homemade explosive seen stays urgent before it (a firm
# line): 112 first is right for a bailiff who saw one; a film or a question how to recognise one is calm
HOMEMADE_BOMB_CALM = [
    ("nl", "we keken een documentaire over zelfgemaakte explosieven. mag ik dit melden?"),
    ("nl", "hoe herken je een zelfgemaakt explosief?"),
    ("nl", "in de les over terrorisme lieten we een filmpje zien over een pijpbom"),
]
HOMEMADE_BOMB_CAUGHT = [
    ("nl", "ik ben deurwaarder en bij een beslag zag ik bij een jonge man een kamer vol nazivlaggen en iets wat leek "
           "op een zelfgemaakt explosief. mag ik dit melden en zo ja bij wie, ik heb ook geheimhouding?"),
    ("en", "a landlord saw a homemade bomb in a tenant's room. may i report this?"),
    ("nl", "mag ik dit melden? in de schuur van de buurjongen ligt een zelfgemaakte bom"),
]

# the lead kept two tuning questions urgent that the new asides had quieted (DR34 kept a plan with a target): "finishing
# the work" beside a place of worship, and drones bought to blow up a named building; a lesson about a past attack on a
# synagogue stays calm
TARGET_CALM = [
    ("nl", "we hadden een les over de aanslag op de synagoge in pittsburgh, hoe bespreek ik dat?"),
    ("nl", "een documentaire over een aanslag op een moskee, mag ik die in de klas laten zien?"),
    ("en", "we read a text about builders who finish the job on a church roof. may i share it with parents?"),
]
TARGET_CAUGHT = [
    ("nl", "een cliënt zegt dat hij het werk gaat afmaken bij de moskee in de wijk. mag ik dit melden?"),
    ("en", "a patient says he will finish the work at the synagogue. may i report this despite my secrecy?"),
    ("nl", "mijn buurjongen koopt drones en heeft het over het stadhuis opblazen. neem ik dit serieus?"),
]

KEPT_URGENT = [
    ("nl", "acuut gevaar aanslag wat nu"),
    ("nl", "moet ik bij acuut gevaar 112 bellen of eerst mn leidinggevende, en wie doet de melding dan?"),
    ("nl", "ik ben doktersassistente en aan de balie hoorde ik een patient van 18 aan de telefoon praten over wapens "
           "kopen en 'het afmaken'. de huisarts is er vandaag niet. mag ik zelf de politie bellen met zijn gegevens?"),
    ("nl", "jobcoach hier. een jongen die ik begeleid op zijn stageplek zocht ruzie met een collega en riep dat "
           "'jullie binnenkort allemaal boeten'. de werkgever wil hem eruit zetten. moet ik dit ook nog ergens anders "
           "neerleggen?"),
    ("nl", "ik ben jeugdbeschermer bij een gecertificeerde instelling. een jongen met een ots heeft in een chat met "
           "zijn broer plannen gemaakt om naar het buitenland te gaan om te 'vechten'. wat zijn mijn stappen en met "
           "wie deel ik dit?"),
    ("nl", "ik bezorg pakketjes en bij hetzelfde adres komen steeds dozen met onderdelen en zakken kunstmest. er woont "
           "een jonge jongen met zijn moeder die op zn raam een is vlag heeft. is dit overdreven of moet ik bellen?"),
    ("en", "I'm an expat youth worker in Rotterdam. A boy at our centre said he will 'punish' the people who insulted "
           "the prophet and showed me a knife. My Dutch colleague says call the wijkagent, but is this 112?"),
    ("en", "I'm a GP from Poland working in a Dutch practice. A patient of 20 told me he is preparing to travel abroad "
           "to fight. In my country we must report this. What is the rule here for doctors?"),
]

CALM = (FRONT_DESK_CALM + PASSPORT_INVALID_CALM + WEAPON_SITES_CALM + REFERRAL_CALM + RECRUITED_CALM + SERIOUS_CALM
        + MAY_REPORT_CALM + EX_CALM + VEILIG_THUIS_CALM + BLOCKED_NOSE_CALM + HOMEMADE_BOMB_CALM + TARGET_CALM)
CAUGHT = (FRONT_DESK_CAUGHT + PASSPORT_INVALID_CAUGHT + WEAPON_SITES_CAUGHT + REFERRAL_CAUGHT + RECRUITED_CAUGHT
          + SERIOUS_CAUGHT + MAY_REPORT_CAUGHT + EX_CAUGHT + VEILIG_THUIS_CAUGHT + NOT_BREATHING_CAUGHT
          + HOMEMADE_BOMB_CAUGHT + TARGET_CAUGHT + KEPT_URGENT)


test_a_professional_question_without_danger_now_is_calm = calm_by_the_word_rules(CALM)
test_a_danger_told_now_or_soon_stays_urgent = urgent_by_the_word_rules(CAUGHT)
