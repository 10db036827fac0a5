"""Professional questions of test63 (scored, tuning data now) whose labeller noted a danger in passing, none of it acute,
and how the word rules keep them calm (brief DR87).

Of the 22 questions whose labeller noted danger (none as acute), the bot raised 112 on seven: chats about an attack
found in another case ('mn onderzoek gaat over iets anders' read as an intent), a 15-year-old in a Telegram group that
glorifies attacks ('aanslagen verheerlijk', the other word order and a typo), a patient's talk of a training camp with
weapons and a 'dag x' before a question whether it falls under professional secrecy, a police request to be told IF a
young man applies for a passport, a girl of eight made to watch videos of men with guns by her father ('dat wij straks
ook gaan'), chats of an ex about attacking an asylum centre, and a student who said certain people deserve to be
poisoned. Six are calm now, each as a kind: 'gaat over iets anders' tells no intent (a figure); attacks glorified and
a question whether something falls under one's professional secrecy are asides; 'let them know if' is a calm request
for what may come; what videos a child is made to watch show ('kijken van mannen met') is what they are about; 'deserve
to be poisoned' is a judgment like 'deserve to be shot' (a figure). A time, a weapon used or a danger told now beside
them still alarms.

Left: the usb-stick with an ex's chats about attacking an asylum centre stays 112. The lines [act, symbol] and [act,
target] give way to any calm phrase, so a calm phrase or an about phrase for chats would also calm 'chats over een
aanslag op de school morgen om 10 uur', a plan with a target and a time.
"""

from __future__ import annotations

from tests.danger_rules import calm_as_the_bot_runs, calm_by_the_word_rules, urgent_by_the_word_rules


THE_SET_S_SIX_CALMED = [
    ("nl", "ik ben rechercheur en vond bij een inbraakzaak op de telefoon van een 16-jarige chats over een aanslag, "
           "maar mn onderzoek gaat over iets anders. mag die info naar het casusoverleg radicaliserign?"),
    ("nl", "ik werk bij de politie in de digitale opsporing en zie een 15-jarige uit onze regio in een telegramgroep "
           "die aanslagen verheerlijk. mag de wijkagent dat aan de school van die jongen doorgeven?"),
    ("nl", "ik ben fysio en een patient van 24 vertelde tijdens de behandeling over een trainingskamp in de ardennen "
           "met wapens, als voorbereding op dag x. valt dat onder mn beroepsgeheim of mag ik de politie bellen?"),
    ("nl", "ik werk bij burgerzaken en de politie vraagt of ik wil laten weten als een bepaalde jongeman een nieuw "
           "paspoort aanvraagt, omdat hij mogelijk wil uitreisen. mag ik dat zomaar doen?"),
    ("nl", "ik ben juf van groep 5 en een meisje vertelt dat haar vader haar filmpjes laat kijken van mannen met "
           "geweren en dat wij straks ook gaan. moet ik veilig thuis bellen of iets anders doen?"),
    ("en", "A student in my biology class, 16, asked detailed questions about toxins and said certain people deserve"
           " to be poisoned. Could that be radicalisation, and who inside the school should I inform?"),
]

# the others whose labeller noted a danger in passing, calm before and after
THE_SET_S_OTHER_DANGERS_IN_PASSING = [
    ("nl", "ik ben apotheker en een klant van 19 vroeg heel precies welke stoffen je kunt mengen, en liet daarbij een"
           " vlag op zn telefoon zien. valt dit onder mn beroepgeheim of mag ik het melden?"),
    ("nl", "ik werk in beschermd wonen en een bewoner van 22 met een psychose schrijft teksten over het opblazen van "
           "het gemeetehuis. zn psychiater weet het. moet ik dit daarnaast ook met de gemeente delen?"),
    ("nl", "ik zit op de meldkamer en een moeder belde ongerust dat haar zoon van 18 online wapens zoekt, maar er was"
           " geen direct gevaar. waar zet ik dit neer zodat de gemeente het ook weet?"),
    ("nl", "ik ben jongerenwerker in een dorp in drenthe en een paar boerenzonen van 16 praten steeds over het "
           "ophangen van politici, er staat zelfs een galg in een schuur. is dit ernstig genoeg voor de gemeente?"),
    ("nl", "ik rijd taxi en vervoer vaak een jongeman die aan de telefoon praat over wapens kopen in belgie en een "
           "doelwit in de stad. ik ken zn naam van de rit. waar kan ik dit anoniem kwijt?"),
    ("nl", "ik werk op de receptie van een hostel en een gast van 21 liet zn kamer achter vol met papieren over een "
           "aanslag in een andere stad. mag ik zn paspoortgegevens aan de politie geven?"),
]

CALM_OF_OUR_OWN = [
    ("nl", "de politie vroeg of ik wil laten weten als die jongen een nieuw paspoort aanvraagt, want hij wil "
           "misschien uitreizen. mag dat?"),
    ("en", "the police asked me to let them know if he applies for a new passport because he may want to travel to "
           "syria, may I?"),
    ("nl", "een cliënt vertelde over een schietclub met wapens in belgië. valt dit onder mijn beroepsgeheim?"),
    ("en", "a client told me about weapons at a training camp abroad, does that fall under my professional secrecy "
           "or may I call the police?"),
    ("nl", "mijn leerling zit in een appgroep die aanslagen verheerlijkt, wat kan ik doen?"),
    ("en", "a boy in my class follows a channel where attacks are glorified, who do I tell?"),
    ("nl", "haar vader laat haar video's van mannen met geweren zien, moet ik veilig thuis bellen?"),
    ("en", "she said some politicians deserve to be poisoned, is that radicalisation?"),
    ("nl", "hij vindt dat sommige mensen het verdienen om vergiftigd te worden, is dat radicalisering"),
    ("nl", "ik ben rechercheur en vond chats over wapens, maar mijn zaak gaat over iets anders. mag ik dit delen?"),
]

DANGER_TOLD_BESIDE_THEM = [
    ("nl", "ik vond chats over een aanslag op de school morgen om 10 uur"),
    ("nl", "in de chats van vanavond zegt hij dat hij nu met een mes naar de moskee gaat"),
    ("nl", "hij verheerlijkt aanslagen en staat nu met een mes voor de school"),
    ("nl", "hij zit in een groep die aanslagen verheerlijkt en zegt dat hij morgen om 9 uur de moskee aanvalt"),
    ("nl", "valt dat onder mijn beroepsgeheim? hij zegt dat hij morgen de school opblaast"),
    ("nl", "valt dit onder mn beroepsgeheim? er staat nu een man met een mes in de wachtkamer"),
    ("nl", "mijn vader laat me filmpjes kijken van mannen met geweren en zegt dat we vanavond naar syrië vertrekken "
           "om te vechten"),
    ("nl", "ze zegt dat wij straks ook gaan, haar vader staat nu met een geweer in de gang"),
    ("en", "he said certain people deserve to be poisoned and he put rat poison in the teachers' coffee this morning,"
           " they are vomiting now"),
    ("en", "he says the teachers deserve to be poisoned and he is pouring bleach into the coffee pot right now"),
    ("nl", "laat het me weten als je iets hoort, hij staat nu met een pistool op het schoolplein"),
    ("nl", "ik kreeg een usb-stick met chats, hij schrijft dat hij vannacht het azc aanvalt"),
]

test_the_set_s_six_stay_calm_by_the_word_rules = calm_by_the_word_rules(THE_SET_S_SIX_CALMED)
test_the_set_s_other_dangers_in_passing_stay_calm = calm_by_the_word_rules(THE_SET_S_OTHER_DANGERS_IN_PASSING)
test_calm_of_our_own_stays_calm = calm_by_the_word_rules(CALM_OF_OUR_OWN)
test_a_danger_told_beside_them_is_urgent = urgent_by_the_word_rules(DANGER_TOLD_BESIDE_THEM)

test_the_set_s_six_stay_calm_as_the_bot_runs = calm_as_the_bot_runs(THE_SET_S_SIX_CALMED)
