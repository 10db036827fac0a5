"""Danger-rule leftovers of session 31 (DR48), with variants.

Urgent: a bomb, explosives, a bomb vest or a gun that someone already has (built, in a bag, in a locker, at home),
also when the thing is only pointed back at ('hij vraagt hoe je een bom maakt en heeft er al een in zijn kluisje',
'he asks how to make a bomb and has already built one': the question alone is calm, DR47), and also when the writer
adds a question about the rules ('mag ik dit melden?'), which talks no bomb in a locker down. An attacker's
manifesto quoted, or a named attack praised, beside a weapon being sought now ('asks where to buy a gun') is a plan
forming (reading review 25, #25).

Calm: asking how a bomb is made (DR47); a bomb the talk points back at only to tell what the school did ('de mentor
heeft er al een melding van gemaakt'); weapons talked about, a gun wished for sport, a manifesto read for a school
paper; pills taken as the doctor said; children who won't wake up for school after a barbecue on charcoal; a boy's
circumcision, with a sister in the same message; hanging up a phone call where that can be told apart.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


# task 1: a bomb already made or kept, pointed back at after a question about how it is made
POINTED_BACK_CAUGHT = [
    ("nl", "hij vraagt hoe je een bom maakt en heeft er al een in zijn kluisje liggen"),
    ("nl", "een leerling vraagt hoe je een bom maakt en heeft er al een gemaakt"),
    ("nl", "hij vroeg hoe je een bom maakt. hij heeft er al een in zijn tas"),
    ("nl", "hij vraagt hoe je een bom maakt en heeft er al één thuis liggen"),
    ("nl", "hij vraagt hoe je een bom maakt en heeft er al eentje gebouwd"),
    ("nl", "hij vraagt hoe je bommen maakt en heeft er al twee gemaakt"),
    ("nl", "hij vraagt hoe je explosieven maakt en heeft ze al thuis liggen"),
    ("nl", "hij vraagt hoe je een bom maakt en heeft er al een in zijn kluisje, mag ik dit melden?"),
    ("nl", "hij vraagt hoe je een bom maakt en heeft er al n in zn kluisje"),
    ("nl", "hij vraagt hoe je een bomvest maakt en heeft er al een thuis"),
    ("nl", "hij vraagt hoe je aan een pistool komt en heeft er al een in zijn tas"),
    ("en", "he asks how to make a bomb and has already built one"),
    ("en", "he asks how to make a bomb and has one in his locker"),
    ("en", "a pupil asked how to make a bomb. he says he already made one"),
    ("en", "he asks how to make explosives and already has some at home"),
    ("en", "he asked how to make a bomb and already has one in his bag, may i share this?"),
    ("en", "he asks how to make a bomb and has already built one, can i tell his parents?"),
]
POINTED_BACK_CALM = [
    ("nl", "hij vraagt hoe je een bom maakt"),
    ("nl", "een leerling vroeg hoe je een bom maakt. de mentor heeft er al een melding van gemaakt, wat nu?"),
    ("nl", "een leerling vraagt hoe je een bom maakt, de school heeft er al een gesprek over gehad"),
    ("nl", "hij vraagt hoe je een bom maakt en heeft er al een filmpje over gezien. moet ik dit melden?"),
    ("en", "a pupil asked how to make a bomb and the school already has one report about him. what now?"),
    ("en", "he asks how to make a bomb, his mentor already made a note of it. whom do i tell?"),
]

# task 1: a bomb, explosives, a vest or a gun kept in a locker or a bag, with a question about the rules beside it
KEPT_CAUGHT = [
    ("nl", "hij heeft een bom in zijn kluisje, mag ik dit melden?"),
    ("nl", "een leerling heeft explosieven in zijn rugzak. mag ik de politie bellen?"),
    ("nl", "hij heeft al een bom in zijn kluisje liggen en vraagt hoe je een bom maakt. mag ik dit delen?"),
    ("nl", "hij heeft een bomvest onder zijn bed liggen, mag ik dat aan de wijkagent vertellen?"),
    ("nl", "een leerling heeft een pistool in zijn tas, mag ik dat delen met de politie?"),
    ("en", "he has a bomb in his locker, may i share this?"),
    ("en", "a student has explosives in his backpack. am i allowed to tell the police?"),
    ("en", "he keeps a gun in his locker, may i share that with the police?"),
]
KEPT_CALM = [
    ("nl", "in de film heeft de dader een bom in zijn kluisje, mag ik die film in de klas laten zien?"),
    ("nl", "hij maakte een grapje dat hij een bom in zijn tas had, mag ik dat melden?"),
    ("nl", "mag een school een tas doorzoeken als een leerling zegt dat er een bom in zit maar het een grap was?"),
    ("en", "a pupil joked that he had a bomb in his bag. may i report that?"),
]

# task 2 (reading review 25, #25): an attacker's manifesto or a named attack praised, with a weapon sought now
MANIFESTO_CAUGHT = [
    ("en", "I moderate a Discord server for a game. A user, 15, quotes the Christchurch attacker's manifesto and asks "
           "where to buy a gun. May I give his username and IP address to the police under the GDPR?"),
    ("en", "a user quotes the christchurch manifesto and asks where to buy a gun, may i share his username?"),
    ("en", "he praises the christchurch attack and is trying to buy a gun"),
    ("en", "he calls the christchurch shooter a hero and asks where he can get a rifle. can i share this?"),
    ("nl", "een gebruiker van 15 citeert het manifest van de christchurch-schutter en vraagt waar hij een pistool kan "
           "kopen. mag ik zijn gegevens delen?"),
    ("nl", "hij citeert het manifest van breivik en zoekt een vuurwapen, mag ik dat melden?"),
    ("nl", "hij verheerlijkt de aanslag in christchurch en probeert een geweer te kopen. mag ik dit delen?"),
    ("nl", "hij noemt de schutter van christchurch een held en vraagt waar je een pistool kan kopen, mag ik dat delen"),
]
# the calm words of task 2 (guns talked of, a gun for sport) beside a danger now
GUNS_TALKED_OF_CAUGHT = [
    ("en", "he talks about guns a lot and is now standing at the school gate with a gun"),
    ("en", "he wants a gun for sport shooting and is at the mosque with a rifle right now"),
    ("en", "he talks about guns and says he will shoot his classmates tomorrow"),
]
MANIFESTO_CALM = [
    ("en", "he talks about guns a lot"),
    ("en", "he talks a lot about guns, should i worry?"),
    ("en", "he wants a gun for sport shooting"),
    ("en", "he wants to own a gun for sport, is that a signal?"),
    ("en", "he read the christchurch manifesto for a school paper"),
    ("en", "a pupil quotes the christchurch manifesto in class. how do i talk about it?"),
    ("en", "he praises the christchurch attack. what do i do?"),
    ("nl", "hij las het manifest van de christchurch-dader voor zijn profielwerkstuk"),
    ("nl", "hij praat veel over wapens"),
    ("nl", "hij wil een pistool voor de schietsport"),
    ("nl", "een leerling citeert het manifest van de dader van christchurch. hoe ga ik het gesprek aan?"),
]

# task 3: older false alarms
PILLS_AS_PRESCRIBED_CALM = [
    ("nl", "hij heeft zijn pillen genomen zoals de dokter zei"),
    ("nl", "ze heeft haar pillen ingenomen zoals voorgeschreven, mag ik dat noteren?"),
    ("nl", "hij heeft zijn medicijnen genomen zoals de huisarts zei"),
    ("en", "he took his pills as the doctor said"),
    ("en", "she took her pills as prescribed"),
]
PILLS_CAUGHT = [
    ("nl", "hij heeft al zijn pillen genomen en reageert niet meer"),
    ("nl", "hij heeft zijn pillen genomen zoals de dokter zei, maar daarna de hele strip en nu reageert hij niet meer"),
    ("en", "he took all his pills and is not responding"),
    ("en", "she took her pills as prescribed, but then she swallowed the whole bottle and is not responding"),
]
SCHOOL_MORNING_CALM = [
    ("en", "we grilled on charcoal and now the kids won't wake up for school"),
    ("en", "we had a barbecue with charcoal last night and the kids won't wake up for school"),
    ("nl", "we hebben gebarbecued op houtskool en nu worden de kinderen niet wakker voor school"),
]
SCHOOL_MORNING_CAUGHT = [
    ("en", "the charcoal bbq burned inside the tent all night, the kids won't wake up for school and are limp"),
    ("nl", "de houtskoolbarbecue stond de hele nacht binnen en de kinderen zijn niet wakker voor school te krijgen, ze "
           "zijn suf en duizelig"),
    ("en", "the charcoal grill is inside the tent and the kids won't wake up"),
    ("en", "we had charcoal burning in the caravan overnight and the kids won't wake up"),
    ("nl", "de houtskoolbarbecue stond binnen en de kinderen worden niet wakker"),
]
BOYS_CIRCUMCISION_CALM = [
    ("nl", "ons zoontje wordt morgen besneden, mag mijn dochter erbij zijn?"),
    ("nl", "de besnijdenis van mijn zoon is volgende week, onze dochter gaat mee"),
    ("nl", "mijn zoon heeft volgende week zijn besnijdenis, zijn zusje van 5 vraagt wat dat is"),
    ("en", "our son will be circumcised tomorrow, may my daughter be there?"),
    ("en", "my son's circumcision is next week and my daughter is coming along"),
    ("nl", "we laten ons zoontje morgen besnijden, mag mijn dochter mee?"),
    ("en", "our boy will be circumcised tomorrow and my daughter asks what that is"),
]
GIRLS_CUTTING_CAUGHT = [
    ("nl", "zijn dochter van 6 wordt volgende week besneden"),
    ("nl", "een meisje van 7 wordt volgende week besneden in somalie"),
    ("nl", "ons zoontje wordt morgen besneden en onze dochter van 5 ook"),
    ("nl", "de besnijdenis van mijn dochter is volgende week"),
    ("en", "the boy will be circumcised tomorrow, his little sister too"),
    ("nl", "ons zoontje wordt besneden, en onze dochter van 6 wordt volgende week besneden in somalie"),
    ("en", "my son's circumcision is next week and my daughter will be circumcised too"),
    ("en", "my daughter will be circumcised next week"),
]
HANGING_UP_CAUGHT = [
    ("nl", "hij wil zich ophangen"),
    ("nl", "ze wil zichzelf ophangen in de schuur"),
    ("nl", "ze wilde ophangen. ze wil zich ophangen zegt ze"),
]
HANGING_UP_CALM = [
    ("nl", "ze wilde ophangen want ze had geen tijd"),
    ("nl", "de vader wilde ophangen toen ik over zijn dochter begon"),
    ("en", "she wanted to hang up on me"),
]

CAUGHT = (POINTED_BACK_CAUGHT + KEPT_CAUGHT + MANIFESTO_CAUGHT + GUNS_TALKED_OF_CAUGHT + PILLS_CAUGHT + SCHOOL_MORNING_CAUGHT
          + GIRLS_CUTTING_CAUGHT + HANGING_UP_CAUGHT)
CALM = (POINTED_BACK_CALM + KEPT_CALM + MANIFESTO_CALM + PILLS_AS_PRESCRIBED_CALM + SCHOOL_MORNING_CALM
        + BOYS_CIRCUMCISION_CALM + HANGING_UP_CALM)

test_a_bomb_had_or_pointed_back_at_a_manifesto_with_a_gun_sought_and_the_same_words_beside_danger_are_urgent = (
    urgent_by_the_word_rules(CAUGHT))
test_a_question_a_report_made_a_sport_a_prescription_a_school_morning_and_a_boys_circumcision_stay_calm = (
    calm_by_the_word_rules(CALM))
