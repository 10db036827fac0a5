"""Leftovers of reading review 36 and of DR69 (DR71): a plan against a group of people with a time, hopes and fights far
ahead, and things that are no person.

Urgent: a harm verb with a group of people as its object and a time ('he's going to deal with the jews at the
synagogue tonight', 'hij gaat vanavond de joden bij de synagoge aanpakken', 'take out the muslims on friday'), even
with a question about the rules after it (the danger policy: the question never talks down a plan with a target and
a time). A hope with a time and means ('ik hoop dat er morgen een aanslag komt, ik heb de spullen klaar'); a rope or
a chain round the neck and someone not moving; a neighbour who does not open beside a smell of gas when it is not he
or she who is away ('zijn ouders zijn op vakantie').

Calm: a problem or a building as the object ('de overlast bij de moskee aanpakken', 'deal with the parking problem
at the mosque'), what a lesson tackles ('de vooroordelen over joden aanpakken'); looking after children at a place of
worship ('who will take care of the kids at the synagogue tonight'); a caretaker's or a tradesman's job ('tomorrow the
caretaker is going to sort out the heating at the church'); a hope or a fight far ahead ('ik hoop dat hier ook eens
een aanslag komt', 'fight the enemy when the time comes'); a medal round the neck; a laptop or a screen that does not
move; a neighbour who does not open beside a gas smell because he or she is on holiday or at work.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

PLAN_AGAINST_PEOPLE = [
    # reading review 36: the probes word for word
    ("en", "a guest said he's going to deal with the jews at the synagogue tonight. what can i share?"),
    ("nl", "hij zei dat hij vanavond de joden bij de synagoge gaat aanpakken. wat mag ik delen?"),
    # the same kind in other words
    ("en", "my neighbour's son said he will take care of the jews at the synagogue on saturday, can i tell the police "
           "his name?"),
    ("nl", "een bezoeker zei dat hij morgen de moslims bij de moskee gaat aanpakken. mag ik zijn naam doorgeven?"),
    ("en", "he told his mates he's going to go after the muslims at the mosque tonight, may i share the chat?"),
    ("nl", "ze zeiden dat ze vrijdag die joden gaan aanpakken, wat mag ik delen met school?"),
    ("en", "my pupil says he'll get rid of the refugees at the asylum centre tomorrow, what can I share?"),
    ("nl", "vanavond pakken we de joden aan, zei hij aan de bar. mag ik dit melden?"),
    ("nl", "ze gaan zaterdag afrekenen met de asielzoekers, mag ik dit delen met de wijkagent"),
    ("en", "tonight we deal with the infidels, he posted. can i share the screenshot with the police?"),
]

PROBLEM_OR_LESSON_NOT_PEOPLE = [
    # the lead's probes (brief DR71) and the one review 36 names
    ("nl", "de gemeente gaat morgen de overlast bij de moskee aanpakken, mag ik dit delen"),
    ("en", "the council will deal with the parking problem at the mosque tomorrow, can i share that"),
    ("nl", "we gaan vanavond in de klas de vooroordelen over joden aanpakken, welke les past daarbij"),
    # the same kind in other words
    ("nl", "de wijkagent gaat morgen de overlast bij de synagoge aanpakken, mag ik dat delen"),
    ("en", "the mayor will deal with the noise complaints about the mosque tomorrow, can I share the letter"),
    ("en", "we're going to deal with the leaking roof at the church tomorrow, can i share the quote"),
    ("nl", "we gaan morgen in de les de vooroordelen over moslims aanpakken, mag ik een filmpje laten zien?"),
    ("en", "tomorrow in class we will deal with prejudice against jews, which lesson fits?"),
    ("nl", "we gaan morgen in de les het antisemitisme tegen joden aanpakken"),
    ("en", "our team will take care of the refugees at the church tonight, can i share their names with the coa?"),
    ("en", "he said years ago he wanted to deal with the jews, can i share that"),
]

CARE_OR_A_CHORE = [
    # brief DR71: alarming before this session
    ("en", "who will take care of the kids at the synagogue tonight during the service"),
    ("en", "tomorrow the caretaker is going to sort out the heating at the church"),
    # the same kind in other words
    ("en", "who will take care of the kids at the mosque tomorrow during friday prayers?"),
    ("en", "who is going to look after the children at the church tonight, can i share the rota?"),
    ("nl", "wie gaat er morgen op de kinderen passen in de moskee tijdens het gebed?"),
    ("en", "the janitor will fix the lights at the synagogue tomorrow, may i give him the keys?"),
    ("nl", "morgen gaat de koster de verwarming van de kerk nakijken, mag ik hem de sleutel geven?"),
    ("nl", "de loodgieter gaat vanavond de lekkage in de moskee repareren"),
    ("nl", "morgen gaat de conciërge de verwarming in de kerk repareren"),
]

HARM_BESIDE_CARE_OR_A_CHORE = [
    ("en", "the caretaker is going to set fire to the church tomorrow"),
    ("nl", "de conciërge gaat morgen de kerk opblazen, hij heeft de spullen klaar"),
    ("en", "he will take care of the kids at the synagogue tonight with his gun"),
    ("en", "my nephew says he will take out the muslims at the mosque on friday, may i tell his mother?"),
]

HOPE_OR_FIGHT_FAR_AHEAD = [
    # reading review 36: the probes word for word
    ("nl", "een lid zei aan de bar 'ik hoop dat hier ook eens een aanslag komt'"),
    ("nl", "een lid zei aan de bar 'ik hoop dat hier ook eens een aanslag komt'. royeren?"),
    ("en", "a member wants extra sparring so he can fight the enemy when the time comes. refuse him?"),
    # the same kind in other words
    ("nl", "ik hoop dat er ooit een aanslag komt op dit stadhuis, zei hij lachend"),
    ("nl", "hij hoopt dat hier ook eens een aanslag komt, moet ik hem royeren?"),
    ("en", "she says she hopes there's an attack here one day, should i report it?"),
    ("en", "he wants to fight the enemy when the day comes, can I refuse him as a member?"),
    ("nl", "hij wil leren vechten tegen de vijand als de tijd daar is, mag ik hem weigeren?"),
]

HOPE_OR_FIGHT_WITH_A_TIME = [
    ("nl", "ik hoop dat er morgen een aanslag komt, ik heb de spullen klaar"),
    ("nl", "hij zei 'ik hoop dat hier vanavond een aanslag komt, de bom ligt in mijn auto'"),
    ("en", "he wants to fight the enemy tomorrow at the mosque, he has a knife"),
    ("nl", "een lid zei dat hij vrijdag een aanslag pleegt op de carnavalsoptocht"),
    ("en", "a member said he'll attack the parade on saturday, can i refuse him?"),
]

NO_PERSON_OR_NOBODY_INSIDE = [
    # DR69's calm phrasings
    ("nl", "de medaille hangt om zijn nek, hij beweegt niet"),
    ("nl", "mijn laptop is gecrasht en beweegt niet meer"),
    ("nl", "het ruikt naar gas bij de buurvrouw, ze doet niet open maar ze is op vakantie, wie belt de netbeheerder?"),
    ("nl", "er is een gaslucht in het portiek en de buurman doet niet open, hij is aan het werk. wie bel ik?"),
    # the same kind in other words
    ("nl", "mijn laptop is vastgelopen en beweegt niet meer"),
    ("nl", "het scherm beweegt niet meer, moet ik de laptop herstarten?"),
    ("nl", "de computer is gecrasht en de cursor beweegt niet"),
    ("nl", "hij kreeg een medaille om zijn nek en beweegt niet van trots"),
    ("nl", "het ruikt naar gas in de flat, de buurman doet niet open want hij is op vakantie"),
    ("nl", "gaslucht bij de buren, hij doet niet open, hij is op zijn werk. wie moet ik bellen?"),
]

A_PERSON_OR_SOMEONE_INSIDE = [
    ("nl", "het ruikt naar gas bij de buren en de buurman doet niet open, zijn ouders zijn op vakantie"),
    ("nl", "het ruikt naar gas en de buurman doet niet open, zijn vrouw is op vakantie"),
    ("nl", "ik ruik gas en de buurvrouw doet niet open, ze ligt misschien te slapen"),
    ("nl", "het touw hangt om zijn nek en hij beweegt niet"),
    ("nl", "de ketting hangt om zijn nek en hij beweegt niet meer"),
    ("nl", "de medaille hangt om zijn nek, hij ademt niet en beweegt niet"),
    ("nl", "de laptop viel op zijn hoofd en hij beweegt niet meer"),
    ("nl", "mijn zoon is met de scooter gecrasht en beweegt niet meer"),
]

test_a_harm_verb_with_people_and_a_time_is_urgent_beside_a_sharing_question = urgent_by_the_word_rules(
    PLAN_AGAINST_PEOPLE)
test_a_problem_or_a_prejudice_tackled_stays_calm = calm_by_the_word_rules(PROBLEM_OR_LESSON_NOT_PEOPLE)
test_looking_after_children_or_a_caretakers_job_stays_calm = calm_by_the_word_rules(CARE_OR_A_CHORE)
test_a_harm_word_beside_care_or_a_job_stays_urgent = urgent_by_the_word_rules(HARM_BESIDE_CARE_OR_A_CHORE)
test_a_hope_or_a_fight_far_ahead_stays_calm = calm_by_the_word_rules(HOPE_OR_FIGHT_FAR_AHEAD)
test_a_hope_or_a_fight_with_a_time_stays_urgent = urgent_by_the_word_rules(HOPE_OR_FIGHT_WITH_A_TIME)
test_a_medal_a_laptop_or_a_neighbour_away_stays_calm = calm_by_the_word_rules(NO_PERSON_OR_NOBODY_INSIDE)
test_a_cord_a_person_or_someone_inside_stays_urgent = urgent_by_the_word_rules(A_PERSON_OR_SOMEONE_INSIDE)
