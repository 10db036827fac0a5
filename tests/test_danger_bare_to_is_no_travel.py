"""A bare "naar" / "to" is no trip to a conflict zone; a pistol "now" after a comma is told now (brief DR89).

1. `[place, travel]` held whenever the group `travel` (which has the bare prepositions "naar" and "to") and the group
   `place` ("jihad", "syrie", "de strijd", ...) both stood ANYWHERE in a message, so the most ordinary worry question
   was 112: "een leerling kijkt filmpjes over de jihad, moet ik naar de wijkagent?", "a student keeps talking about
   jihad. should i go to the principal?". By the policy these are calm (talk or videos, no departure, no time). The
   bare words now stand in the word group `bareto` too (faq/danger.yaml, read in bot/safety/detector.py
   `_trip_to_a_goal`): in a line with a goal abroad (`place`, `transit`, `abroad78`) they count as `travel` only
   with that goal right after them, an article between allowed ("naar syrie", "to the caliphate", "naar het front",
   "naar de strijd"), or after "in" / "bij" a few words on ("naar haar man in syrie"). Real trip words ("vertrekt",
   "flies", "leaving", "going to", "ticket") count anywhere, and so do the bare words in lines without a goal abroad
   ("morgen een mes mee naar school").
   Verdicts by the word rules, before -> after: the first six calm cases and "kijkt naar jihad filmpjes" were
   112 -> calm (a bare word right after a verb of looking or listening never counts); the others were calm
   already; every urgent case was 112 and stays 112 ("hij wil naar syrie om te vechten", "she wants to go to syria
   to join IS", "hij vertrekt vanavond naar het kalifaat", "he flies to turkey tonight and then to syria", "ze gaat
   morgen naar de strijd", "my student told me he's going to join the jihad next week" and our own variants).
   Judged questions the bare words made 112 that are calm now (ev.py snapdiff): a boy back from a camp in Syria
   who now comes "naar ons jongerencentrum", "engaged online with a man in iraq", "a brother fought in iraq years ago
   ... wants to join the army one day", "wants to join jihad" asked with no time (as the bare "wil zich aansluiten
   bij een militie" stays calm). Kept 112 as kinds: "naar het buitenland ... voor de strijd" (`abroad78` is a goal),
   "his uncle fights in syria and he wants to go too" (a wish to go THERE is a trip word of `travel`), and a car
   smashed with a hammer with people inside (before caught only by "trying to" and "the car in front").
2. "liet gisteren een pistool zien in zn tas, het pistool ligt nu in zijn kluisje" was calm with a comma (112 with a
   full stop): the clause splitter cut before "ligt nu" and left "het pistool" in the calm clause of "gisteren". A
   clause cut before its verb turned to the present now takes its subject along from after a comma before it
   (`_clause_texts`). Before -> after: the first four weapon cases were calm -> 112 (the fifth, with "right now",
   and the sixth, with a full stop, were 112 already); the calm twins (the person, not the weapon, is now in class;
   the police hold the pistol) stay calm.
"""

from __future__ import annotations

from tests.danger_rules import calm_as_the_bot_runs, calm_by_the_word_rules, urgent_by_the_word_rules

A_BARE_TO_FAR_FROM_THE_PLACE_IS_NO_TRIP = [
    # the lead's three (112 before)
    ("nl", "een leerling kijkt filmpjes over de jihad, moet ik naar de wijkagent?"),
    ("en", "a student keeps talking about jihad. should i go to the principal?"),
    ("nl", "een jongen praat over syrie, moet ik naar de gemeente?"),
    # variants of our own (112 before)
    ("nl", "mijn cliënt deelt filmpjes over het kalifaat. moet ik naar het veiligheidshuis of naar de politie?"),
    ("en", "a pupil shares videos about the caliphate in the group chat. do I need to talk to his parents first?"),
    ("nl", "ze leest veel over afghanistan en de taliban, moet ik naar de ouders toe?"),
    # calm before and after
    ("nl", "een leerling (15) praat steeds over de strijd in syrie. moet ik dit doorgeven aan de zorgcoordinator?"),
    ("en", "a boy (16) keeps bringing up syria and iraq in class. who should I talk to?"),
    ("nl", "een meisje zegt dat ze de jihad goedpraat. kan ik het beste naar haar mentor stappen?"),
    ("en", "he watches documentaries about the war in yemen and wants to talk to me about it. is that a signal?"),
    ("nl", "hij maakt grappen over de jihad in de klas. moet ik met hem naar de directeur?"),
    ("nl", "ze wil niet naar syrie, ze wil naar de kapper"),
    # looking or listening at it is no trip to it ("kijkt naar jihad filmpjes" was 112 before)
    ("nl", "hij kijkt naar jihad filmpjes, moet ik naar de politie?"),
    ("en", "he listens to jihad nasheeds every day, who do I tell?"),
    ("nl", "hij luistert naar jihad liedjes, is dat strafbaar?"),
    # a place named before the bare word, or in another sentence (112 before)
    ("nl", "een leerling praat over de oorlog in syrie, moet ik naar de mentor?"),
    ("nl", "moet ik naar de wijkagent in de wijk? hij praat over syrie"),
]

A_TRIP_TO_THE_PLACE_STAYS_URGENT = [
    # the lead's six
    ("nl", "hij wil naar syrie om te vechten"),
    ("en", "she wants to go to syria to join IS"),
    ("nl", "hij vertrekt vanavond naar het kalifaat"),
    ("en", "he flies to turkey tonight and then to syria"),
    ("nl", "ze gaat morgen naar de strijd"),
    ("en", "my student told me he's going to join the jihad next week"),
    # variants of our own: back to, a transit country, an article, a ticket, a real trip word far from the place
    ("nl", "hij wil terug naar syrie om te vechten voor IS"),
    ("en", "my student wants to go back to syria to fight"),
    ("nl", "hij gaat vanavond naar turkije en dan naar idlib"),
    ("en", "he is leaving tomorrow for the caliphate"),
    ("nl", "ze wil naar het front om te vechten"),
    ("en", "he wants to go to the war zone to fight tonight"),
    ("nl", "ze heeft een ticket naar syrie voor morgen"),
    ("nl", "hij zei dat hij morgen naar de jihad gaat"),
    ("nl", "een jongen uit syrie wil terug naar syrie om te vechten"),
    # someone there, a few words on after 'in' / 'bij'
    ("nl", "ze wil naar haar man in syrie"),
    ("en", "she wants to go to her husband in syria"),
    ("nl", "hij wil naar zijn neef bij raqqa om te vechten"),
    ("nl", "hij wil naar de broeders in syrie"),
    # abroad for the fight (judged test38 #101, test49 #145: 112 before by the bare 'naar', kept by `abroad78`)
    ("nl", "een meisje van 17 belt met een man die haar wil trouwen en haar naar het buitenland wil halen voor de "
           "strijd. wie moet ik inlichten, ook de politie?"),
    # a wish to go THERE, to a place named before (judged test6 #188: 112 before by the bare 'to' of 'to go')
    ("en", "pupil says his uncle fights in syria and he wants to go too. he is 14. what are my first steps?"),
    ("nl", "een leerling zegt dat zijn oom in syrie vecht en dat hij er ook heen wil. wat nu?"),
    # a wish to join those who fight in a place named (tests/test_danger_professional_questions_of_test41...: caught
    # before only by the bare 'to' of 'wants to join'; now [join, intent, fightsin89, place])
    ("en", "he supports a group that fights in syria and wants to join them"),
    ("nl", "hij steunt een groep die vecht in syrie en wil zich aansluiten"),
    # a bare 'naar' still counts in a line without a goal abroad
    ("nl", "hij praat over syrie en neemt morgen een mes mee naar school"),
]

# caught before only by the bare 'to' of 'trying to' and 'the front' of 'the car in front' (urgent_test42 #53):
# now a kind of its own, a car's window smashed with a hammer while people or a baby sit inside
A_CAR_SMASHED_WITH_PEOPLE_INSIDE_IS_URGENT = [
    ("en", "drive-thru queue. a man got out and is smashing the window of the car in front with a hammer, woman and "
           "baby inside, he's trying to pull the baby seat out"),
    ("en", "a man is smashing a car window with a hammer in the car park, there are kids inside"),
    ("nl", "een man slaat met een hamer de ruiten van een auto in, er zit een baby in"),
]

A_CAR_SMASHED_IN_A_FILM_A_COURSE_OR_LAST_WEEK_IS_CALM = [
    ("en", "in the film a man smashes the car window with a hammer, a baby inside"),
    ("en", "last week someone smashed my car window with a hammer, the baby seat was inside. can I claim it?"),
    ("en", "we learned in the first aid course how to smash a car window with a hammer when a baby is inside in the "
           "heat"),
    ("nl", "vorige week sloeg iemand met een hamer de ruit van mijn auto in, de kinderzitjes lagen binnen"),
    ("en", "a student talks about syria a lot, his uncle lives there. should i go there for a home visit?"),
]

A_WEAPON_NOW_AFTER_A_COMMA_IS_URGENT = [
    ("nl", "liet gisteren een pistool zien in zn tas, het pistool ligt nu in zijn kluisje"),
    ("nl", "een speler (17) liet gisteren een pistool zien in zn tas, het pistool ligt nu in zijn kluisje"),
    ("nl", "hij had vorige week een mes bij zich, dat mes ligt nu in zijn kluisje"),
    ("en", "a player showed a gun in his bag yesterday, the gun is now in his locker"),
    ("en", "a player showed a gun in his bag yesterday, his gun is right now in his locker"),
    ("nl", "liet gisteren een pistool zien in zn tas. het pistool ligt nu in zijn kluisje"),
]

A_PERSON_NOW_AFTER_A_PAST_WEAPON_STAYS_CALM = [
    ("nl", "vorige week had hij een mes bij zich, hij zit nu gewoon in de les. moet ik de ouders bellen?"),
    ("nl", "gisteren liet hij een pistool zien, de politie heeft het in beslag genomen en het ligt nu op het bureau"),
    ("en", "last week he showed a knife, he is now in class and calm. who do I tell?"),
]

test_a_bare_to_far_from_the_place_is_no_trip = calm_by_the_word_rules(A_BARE_TO_FAR_FROM_THE_PLACE_IS_NO_TRIP)
test_a_bare_to_far_from_the_place_is_no_trip_as_the_bot_runs = calm_as_the_bot_runs(
    A_BARE_TO_FAR_FROM_THE_PLACE_IS_NO_TRIP[:6])
test_a_trip_to_the_place_stays_urgent = urgent_by_the_word_rules(A_TRIP_TO_THE_PLACE_STAYS_URGENT)
test_a_weapon_now_after_a_comma_is_urgent = urgent_by_the_word_rules(A_WEAPON_NOW_AFTER_A_COMMA_IS_URGENT)
test_a_person_now_after_a_past_weapon_stays_calm = calm_by_the_word_rules(A_PERSON_NOW_AFTER_A_PAST_WEAPON_STAYS_CALM)
test_a_car_smashed_with_people_inside_is_urgent = urgent_by_the_word_rules(A_CAR_SMASHED_WITH_PEOPLE_INSIDE_IS_URGENT)
test_a_car_smashed_in_a_film_a_course_or_last_week_is_calm = calm_by_the_word_rules(
    A_CAR_SMASHED_IN_A_FILM_A_COURSE_OR_LAST_WEEK_IS_CALM)
