"""Calm professional questions of the judged split test49 that raised a false 112 alarm (DR52), with variants.

Calm: a young man who shows films of attacks to others and shouts about unbelievers tells of propaganda shown, with
no plan; mourners who shout that they will finish a dead fighter's work make a vow with no time, no place and no
means; someone who is looking for weapons has none yet (seeking is not having); a chat about making a bomb seen on
a phone is a chat, not a bomb; a son in online contact with people who want revenge tells of contacts, not of a
plan; a young man who asks to be taught knife skills 'for the coming war' asks for a lesson; a pupil with autism
fixated on attacks and weapons is a question of telling a fixation from radicalisation. A group that practised with
knives on a campsite last weekend tells of a past event (reading review 27, #9).

Urgent: the same words beside a danger now or soon: a knife out now, an attack tomorrow, a bomb already made, a
weapon at hand, a named target with a time. A guest or a pupil with drawings of a busy place and its times who says
'tomorrow they will all see' tells of a plan with a target and a time (reading review 27, #21).

Kept urgent by the lead's reading of test49 (#62, #96, #107, #110, #113, #119, #130, #134, #135, #142, #144, #150,
#153, #162), in other words: the guards that the calm phrases stay narrow.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, the_113_line_without_112, urgent_by_the_word_rules


# test49 #95: a young man shows films of attacks to passengers and shouts about unbelievers
ATTACK_FILMS_SHOWN_CALM = [
    ("nl", "ik ben buschauffeur en een jongen van 16 laat medereizigers steeds filmpjes van aanslagen zien en scheldt "
           "op ongelovigen. bij wie meld ik dit?"),
    ("nl", "in de kantine van de sportschool laat een jongen video's van aanslagen zien en roept dat ongelovigen "
           "niks waard zijn. wie moet ik inlichten?"),
    ("en", "at the library a young man keeps showing other visitors videos of attacks and shouts about unbelievers. "
           "who can i tell?"),
    ("en", "a trainee shows his colleagues attack videos in the break room and rants about infidels. where do i go "
           "with this?"),
]
ATTACK_FILMS_SHOWN_CAUGHT = [
    ("nl", "hij laat filmpjes van aanslagen zien en zegt dat hij morgen zelf een aanslag pleegt op de kerk"),
    ("nl", "hij laat filmpjes van aanslagen zien en staat nu met een mes in de bus"),
    ("en", "he shows videos of attacks and says he will attack the church tomorrow"),
    ("en", "he showed attack videos and now he has a knife out in the library"),
    # a copy told after the films shown brings the attacks back
    ("nl", "hij laat iedereen filmpjes van aanslagen zien en zegt dat hij het ook gaat doen"),
    ("en", "he keeps showing attack videos to the passengers and says he will do the same"),
]

# test49 #104: mourners shout that they will finish a dead fighter's work
FINISH_HIS_WORK_CALM = [
    ("nl", "op de herdenking van een jongen die in irak is gesneuveld riepen zijn vrienden dat ze zijn werk zullen "
           "afmaken. moet ik dit melden?"),
    ("nl", "na de dood van zijn broer in syrie zegt een jongen van 17 dat hij zijn werk gaat afmaken. bij wie kan ik "
           "terecht?"),
    ("en", "at the funeral of a young man killed in syria his cousins shouted that they will finish his work. is this "
           "for the municipality or the police?"),
]
FINISH_HIS_WORK_CAUGHT = [
    ("nl", "ze riepen dat ze zijn werk gaan afmaken en ze hebben nu wapens in de auto"),
    ("nl", "hij zegt dat hij zijn werk gaat afmaken en morgen de synagoge opblaast"),
    ("en", "they shouted they will finish his work and they have a gun in the car now"),
    ("nl", "hij gaat het werk afmaken bij de synagoge"),
]

# test49 #105: an employee who says he is looking for weapons
SEEKING_WEAPONS_CALM = [
    ("nl", "een stagiair van 18 op de boerderij draagt symbolen van de soevereinen en zegt dat hij wapens zoekt. wat "
           "kan ik als werkgever doen?"),
    ("nl", "een klant van de sportschool vertelt dat hij op zoek is naar wapens omdat de overheid ons bestelen wil. "
           "moet ik dit melden?"),
    ("en", "an apprentice of 19 says taxes are theft and that he is looking for weapons. what can i do as an "
           "employer?"),
    ("nl", "een klant is op zoek naar wapens voor zijn verzameling, moet ik dat melden?"),
]
SEEKING_WEAPONS_CAUGHT = [
    ("nl", "hij zoekt wapens en zegt dat hij morgen het gemeentehuis aanvalt"),
    ("nl", "hij zocht wapens en heeft nu een pistool in zijn kluisje"),
    ("en", "he is looking for weapons to shoot the mayor tomorrow"),
    ("en", "he was looking for weapons and now he has a gun in his locker"),
    # a weapon sought and found: the back-reference brings the weapons back
    ("nl", "hij zoekt wapens en heeft er al een gevonden, hij staat nu voor de school"),
    ("en", "he was looking for weapons and has found one, he is at the school now"),
    # weapons sought for 'something big' at a place (test47 #98 stays as it was)
    ("nl", "een leerling vertelde dat hij online wapens zoekt om iets groots op school te doen. wat weegt zwaarder?"),
    ("en", "a pupil says he is looking for weapons to do something big at school"),
]

# test49 #106: a chat about making a bomb seen on a phone
BOMB_CHAT_SEEN_CALM = [
    ("nl", "ik ben vrijwilliger bij de telefoonwinkel en zag op het scherm van een klant van 17 een chat over het maken "
           "van een bom. wat mag ik hiermee?"),
    ("nl", "op de laptop van een leerling zag de ict-er een chat over het maken van bommen. moet hij dit melden?"),
    ("en", "at the repair desk i saw a chat about making a bomb on a boy's phone. i'm only a volunteer, what may i "
           "do?"),
]
BOMB_CHAT_SEEN_CAUGHT = [
    ("nl", "op zijn telefoon stond een chat over het maken van een bom en hij heeft er al een in zijn tas"),
    ("nl", "ik zag een chat over het maken van een bom, hij wil morgen het station opblazen"),
    ("en", "i saw a chat about making a bomb and he has a bomb in his backpack now"),
    ("en", "a chat about making a bomb, and he says he will set it off at the station tomorrow"),
]

# test49 #129: a son in online contact with people who want revenge
REVENGE_CONTACTS_CALM = [
    ("nl", "mijn zoon van 15 praat online met mensen die wraak willen op moslims. waar kan ik anoniem advies krijgen?"),
    ("nl", "een leerling heeft online contact met mensen die wraak willen nemen op de joden. bij wie kan ik terecht?"),
    ("en", "my son of 16 is in online contact with people who want revenge on muslims. where can i talk without him "
           "being registered?"),
]
REVENGE_CONTACTS_CAUGHT = [
    ("nl", "hij heeft contact met mensen die wraak willen op moslims en wil morgen de moskee aanvallen"),
    ("en", "he is in contact with people who want revenge and will attack the mosque tonight"),
    ("nl", "hij heeft contact met mensen die wraak willen en heeft nu een mes bij zich bij de moskee"),
]

# test49 #167: asked to teach knife skills for the coming war
KNIFE_SKILLS_CALM = [
    ("en", "i run a scouting group. a boy of 17 asked me to teach him knife skills for the coming war. should i "
           "report this or talk with him first?"),
    ("nl", "ik geef survivalles en een jongen van 18 vraagt of ik hem messentechnieken wil leren voor de komende "
           "oorlog tegen de elite. moet ik dit melden?"),
    ("nl", "een cursist wil leren vechten met een mes voor de oorlog die eraan komt. wat doe ik?"),
]
KNIFE_SKILLS_CAUGHT = [
    ("en", "he wants knife skills for the war and he has a knife on him in the clubhouse now"),
    ("nl", "hij wil leren vechten met een mes en zegt dat hij morgen de wethouder neersteekt"),
    ("en", "he asked me to teach him knife skills and said he will stab his teacher tomorrow"),
]

# test49 #202: a pupil with autism fixated on attacks and weapons
FIXATION_CALM = [
    ("nl", "een leerling met autisme is gefixeerd op wapens, hoe onderscheid ik dat van radicalisering?"),
    ("nl", "een jongen in de groep is geobsedeerd door aanslagen en wapens. is dat autisme of radicalisering?"),
    ("en", "a pupil with autism is obsessed with weapons and attacks. how do i tell that apart from radicalisation?"),
]
FIXATION_CAUGHT = [
    ("nl", "een leerling met autisme is gefixeerd op wapens en heeft nu een mes in de klas"),
    ("en", "a pupil obsessed with weapons says he will shoot his classmates tomorrow"),
    ("nl", "hij is geobsedeerd door aanslagen en zegt dat hij morgen de school opblaast"),
]

# reading review 27, #9: a group practised with knives on a campsite last weekend
PAST_KNIFE_PRACTICE_CALM = [
    ("nl", "een groep jongens heeft vorig weekend op ons terrein een trainingskamp gehouden, ze oefenden met messen op "
           "een boom. mag ik hun gegevens aan de politie geven?"),
    ("en", "last weekend a group held a training camp at our campsite and practised with knives on a tree. may i give "
           "their bookings to the police?"),
]
PAST_KNIFE_PRACTICE_CAUGHT = [
    ("nl", "een groep houdt nu een trainingskamp op onze camping en ze oefenen met messen en dreigen de andere gasten"),
    ("en", "a group is holding a training camp at our campsite right now and they are threatening the other guests "
           "with knives"),
    ("nl", "ze oefenden met messen en zeiden dat ze morgen naar het azc gaan om iedereen neer te steken"),
]

# reading review 27, #21: drawings of a busy place and its times, 'tomorrow they will all see'
PLAN_WITH_PLACE_AND_TIME_CAUGHT = [
    ("en", "a hotel guest of 19 left a notebook with drawings of the central station and train times, and said on "
           "the phone 'tomorrow they will all see'. he checks out tomorrow morning. can i give his passport details "
           "to someone?"),
    ("nl", "de schoonmaker vond in de kamer van een gast een schrift met tekeningen van het centraal station en "
           "treintijden, en hij zei aan de telefoon 'morgen zullen ze het allemaal zien'. mag ik zijn gegevens "
           "doorgeven?"),
    ("en", "a pupil has drawings of the stadium entrances with the kick-off times and said 'tomorrow they will all "
           "see'. who do i call?"),
    ("nl", "een leerling heeft tekeningen van de school met de pauzetijden erbij en zegt 'morgen gaan ze het allemaal "
           "zien'. wie moet ik bellen?"),
]
PLAN_WITH_PLACE_AND_TIME_CALM = [
    ("en", "a guest drew the central station in his sketchbook and asked us for the train times for his trip "
           "tomorrow"),
    ("nl", "een leerling maakt tekeningen van het station voor een project over openbaar vervoer. mag dat in zijn "
           "dossier?"),
]

# reading review 27, #8 and review 25's phrase: a wish not to be there any more, said calmly, gets the 113 line
# without the 112 alarm (by the rules and by meaning); a height, the means, a time or a goodbye beside it stays urgent
CALM_WISH_NOT_TO_BE_THERE = [
    ("nl", "mijn kleinzoon zei gisteren heel rustig dat hij er liever niet meer zou zijn. hij kijkt veel filmpjes van "
           "een haatprediker. bij wie kan ik advies vragen?"),
    ("nl", "een leerling van 15 zei in het mentoruur dat hij er liever niet meer zou zijn. mag ik zijn ouders bellen?"),
    ("nl", "beter als ik er niet meer ben"),
    ("nl", "mijn cliënt (19) zei rustig: beter als ik er niet meer ben. valt dat onder mijn beroepsgeheim?"),
    ("en", "my neighbour's son said calmly that he would rather not be here anymore. who can i ask for advice?"),
]
WISH_NOT_TO_BE_THERE_CAUGHT = [
    ("nl", "hij zei dat hij er liever niet meer zou zijn en hij staat nu op het dak"),
    ("nl", "hij zou er liever niet meer zijn, hij heeft de pillen al klaarliggen"),
    ("nl", "beter als ik er niet meer ben, ik sta nu op de brug"),
    ("nl", "als ik er morgen niet meer ben krijgt mijn broer mijn spullen"),
    ("nl", "morgen ben ik er niet meer"),
    ("nl", "hij wil er vanavond niet meer zijn"),
    ("en", "he said he would rather not be here anymore, he is on the roof now"),
]


test_a_calm_wish_not_to_be_there_gets_113_without_112 = the_113_line_without_112(CALM_WISH_NOT_TO_BE_THERE)


test_a_wish_not_to_be_there_beside_a_height_means_or_time_is_urgent = urgent_by_the_word_rules(
    WISH_NOT_TO_BE_THERE_CAUGHT)


# the lead's reading of test49: these stay urgent, in other words
KEPT_URGENT = [
    ("nl", "acuut gevaar aanslag, wat moet ik doen"),  # 62
    ("nl", "een cursist op de zeilschool zegt dat er binnenkort iets gaat gebeuren en dat de democratie voor losers "
           "is. moet ik de politie bellen?"),  # 96
    ("nl", "in de dumpwinkel kocht een jongen alle messen en legerkleding en zei dat de oorlog tegen de elite nu "
           "begint. moet ik dit melden?"),  # 107
    ("nl", "een buurvrouw vertelt dat haar kleinzoon een wapen heeft verstopt voor de strijd. ze wil niet dat ik het "
           "doorvertel"),  # 110
    ("nl", "een deelnemer van 17 vertelt dat hij met een vriend naar een trainingskamp in het buitenland wil om te "
           "vechten. bel ik de wijkagent?"),  # 113
    ("nl", "een jongen bewaart kunstmest in grote hoeveelheden in de schuur en heeft het over wraak op de regering. "
           "mag ik dit doorgeven?"),  # 119
    ("nl", "een jongen met trauma zegt dat hij terug wil om wraak te nemen op de strijders die zijn familie "
           "vermoordden. hoe krijgt hij hulp?"),  # 130
    ("nl", "in de sportschool hoorde ik jongens praten over een actie tegen een azc met knuppels, dit weekend al. "
           "moet ik 112 bellen?"),  # 134
    ("nl", "een stille leerling heeft runen op zijn schrift getekend en zegt dat hij binnenkort iets groots gaat "
           "doen. wie licht ik in?"),  # 135
    ("nl", "een jongen van het orkest zei dat hij zijn school in brand wil steken omdat ze moslims slecht behandelen. "
           "was dit grootspraak?"),  # 142
    ("nl", "een vrouw van 20 heeft online contact met een man die haar naar het buitenland wil halen voor de strijd. "
           "mag ik haar ouders waarschuwen?"),  # 144
    ("nl", "een vader vertelt dat zijn dochter van 17 online met een man in syrie trouwt en al een ticket heeft voor "
           "volgende week. wat nu?"),  # 150
    ("nl", "een kijker tipte ons dat een jongen van 15 in een livestream zei dat hij een leraar wil neersteken. "
           "welke stappen zet ik?"),  # 153
    ("en", "the boy i babysit, 16, showed me a knife and said he is making a list of teachers who are traitors. who "
           "do i call?"),  # 162
]


test_attack_films_shown_stay_calm = calm_by_the_word_rules(ATTACK_FILMS_SHOWN_CALM)
test_attack_films_beside_a_danger_now_are_urgent = urgent_by_the_word_rules(ATTACK_FILMS_SHOWN_CAUGHT)
test_a_vow_to_finish_his_work_stays_calm = calm_by_the_word_rules(FINISH_HIS_WORK_CALM)
test_finishing_his_work_with_means_or_a_target_is_urgent = urgent_by_the_word_rules(FINISH_HIS_WORK_CAUGHT)
test_seeking_weapons_stays_calm = calm_by_the_word_rules(SEEKING_WEAPONS_CALM)
test_seeking_weapons_with_a_target_or_a_gun_now_is_urgent = urgent_by_the_word_rules(SEEKING_WEAPONS_CAUGHT)
test_a_bomb_chat_seen_on_a_phone_stays_calm = calm_by_the_word_rules(BOMB_CHAT_SEEN_CALM)
test_a_bomb_chat_beside_a_bomb_or_a_plan_is_urgent = urgent_by_the_word_rules(BOMB_CHAT_SEEN_CAUGHT)
test_contacts_who_want_revenge_stay_calm = calm_by_the_word_rules(REVENGE_CONTACTS_CALM)
test_contacts_who_want_revenge_beside_a_plan_are_urgent = urgent_by_the_word_rules(REVENGE_CONTACTS_CAUGHT)
test_asking_for_knife_skills_stays_calm = calm_by_the_word_rules(KNIFE_SKILLS_CALM)
test_knife_skills_beside_a_knife_now_or_a_threat_are_urgent = urgent_by_the_word_rules(KNIFE_SKILLS_CAUGHT)
test_a_fixation_on_attacks_and_weapons_stays_calm = calm_by_the_word_rules(FIXATION_CALM)
test_a_fixation_beside_a_knife_now_or_a_threat_is_urgent = urgent_by_the_word_rules(FIXATION_CAUGHT)
test_knife_practice_last_weekend_stays_calm = calm_by_the_word_rules(PAST_KNIFE_PRACTICE_CALM)
test_knife_practice_now_or_with_a_plan_is_urgent = urgent_by_the_word_rules(PAST_KNIFE_PRACTICE_CAUGHT)
test_drawings_of_a_place_with_times_and_tomorrow_they_will_all_see_are_urgent = urgent_by_the_word_rules(
    PLAN_WITH_PLACE_AND_TIME_CAUGHT)
test_drawings_of_a_place_alone_stay_calm = calm_by_the_word_rules(PLAN_WITH_PLACE_AND_TIME_CALM)
test_the_kept_urgent_ideas_of_test49_stay_urgent = urgent_by_the_word_rules(KEPT_URGENT)
