"""Calm professional questions of the judged split test48 that raised a false 112 alarm (DR50), with variants.

Calm: a caller who says on the phone that the state will fall soon and that he has weapons names no target and no
time (a belief to report, not a plan); a rapper who wants to record a track about blowing up a police station makes
a recording to refuse or report; a boy taught by men online how to make bombs tells of grooming, with no bomb and no
target; a podcast guest who says politicians may be attacked voices an opinion in a recording; a boy invited to a
training camp by a man online has an invitation, no departure; a patient who wants to kill politicians 'for his
cause', asked as a care question, tells a wish with no time or means; a question whether professional secrecy ends
when a patient threatens violence is a hypothetical about the rules.

Urgent: the same words beside a danger now or soon: a weapon at the office now, a bomb in a bag at the police
station, a bomb built already, an attack tomorrow or tonight, a flight tonight, a knife in the waiting room now.

Kept urgent by the lead's reading of test48 (#56, #98, #118, #120, #133, #150, #173), in other words: the guards
that the calm phrases stay narrow.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


# test48 #104: a debt collector's caller: the state will fall soon and he has weapons
STATE_WILL_FALL_CALM = [
    ("nl", "ik bel voor een incassobureau en een jongen van 20 zei aan de telefoon dat hij niks meer betaalt aan dit "
           "nepsysteem, dat de staat binnenkort valt en dat hij wapens heeft. moet ik dit melden en waar?"),
    ("nl", "een klant zei aan de balie dat de staat binnenkort valt en dat hij wapens heeft. moet ik dit melden?"),
    ("nl", "een huurder zegt dat het systeem binnenkort instort en dat hij wapens in huis heeft. waar meld ik dat?"),
    ("en", "a caller told me on the phone that the state will fall soon and that he has weapons. should i report "
           "this?"),
    ("en", "a tenant says the government will collapse soon and that he has guns. where do i report it?"),
]
STATE_WILL_FALL_CAUGHT = [
    ("nl", "de staat valt binnenkort en hij heeft wapens, hij staat nu met een geweer voor ons kantoor"),
    ("nl", "hij zei aan de telefoon dat de staat binnenkort valt en dat hij vanavond met zijn wapens naar het "
           "gemeentehuis gaat"),
    ("en", "a caller said the state will fall soon and he is coming to our office tonight with his guns"),
    ("nl", "hij zegt dat hij binnenkort met zijn wapens het gemeentehuis binnengaat"),
    ("nl", "hij zei aan de telefoon dat hij nu met een pistool voor de deur staat"),
    # the belief calms no list of names, no threat to the mayor and no day named
    ("nl", "de staat valt binnenkort, hij heeft wapens en een lijst met namen van agenten"),
    ("en", "he said the government will collapse soon and he will shoot the mayor"),
    ("nl", "hij zei aan de telefoon dat hij een wapen heeft en morgen naar school komt"),
]

# test48 #132: a rapper who wants to record a track about blowing up a police station, with real names
TRACK_CALM = [
    ("nl", "ik heb een kleine opnamestudio en een jonge rapper wil een track opnemen over het opblazen van een "
           "politiebureau met namen van echte agenten erin. hij zegt dat het kunst is. moet ik alleen weigeren of "
           "ook melden?"),
    ("nl", "een rapper wil in mijn studio een nummer opnemen over het opblazen van het gemeentehuis. moet ik dit "
           "melden?"),
    ("nl", "een jongen maakt een track over het neerschieten van agenten en noemt hun namen. is dat strafbaar?"),
    ("en", "a young rapper wants to record a track about blowing up a police station with real officers' names in "
           "it. do i refuse or report?"),
]
TRACK_CAUGHT = [
    ("nl", "hij wil een track opnemen over het opblazen van een politiebureau en heeft nu een bom in zijn tas bij het "
           "bureau"),
    ("nl", "hij neemt een track op en zegt dat hij morgen het politiebureau opblaast"),
    ("en", "a rapper recorded a track about it and says he will blow up the police station tonight"),
    ("nl", "hij wil een track opnemen. hij gaat morgen het politiebureau opblazen"),
]

# test48 #141: a boy of 15 taught by men on Discord how to make bombs
TAUGHT_BOMBS_CALM = [
    ("nl", "ik ben poh jeugd bij een huisartsenpraktijk en een jongen van 15 zegt in het gesprek dat hij op discord "
           "met mannen praat die hem leren hoe je bommen maakt. hij wil niet dat ik het vertel. wat nu?"),
    ("nl", "een leerling van 14 vertelt dat mannen op telegram hem leren hoe je een bom maakt. mag ik dit delen met "
           "de wijkagent?"),
    ("nl", "een jongen zegt dat iemand online hem leert hoe je explosieven maakt. wat moet ik doen?"),
    ("en", "a boy of 15 says men on discord are teaching him how to make bombs. he asked me not to tell. what now?"),
]
TAUGHT_BOMBS_CAUGHT = [
    ("nl", "mannen op discord leren hem hoe je bommen maakt en hij heeft er al een gemaakt"),
    ("nl", "ze leren hem hoe je een bom maakt en hij wil morgen de school opblazen"),
    ("en", "men on discord teach him how to make bombs and he has a bomb in his bag"),
    ("nl", "ze leren hem hoe je bommen maakt. hij heeft een bom in zijn kluisje"),
    ("nl", "ze leren hem hoe je een bom maakt en hij noemt het station als doel"),
]

# test48 #149: a podcast guest: politicians may be attacked if they insult Muslims
PODCAST_OPINION_CALM = [
    ("nl", "in ons jongerencentrum maken jongens een podcast en in de laatste aflevering zei een gast van 18 dat je "
           "politici mag aanvallen als ze moslims beledigen. ik moet het nog goedkeuren. wat doe ik met hem en de "
           "opname?"),
    ("nl", "in de podcast van onze jongerenclub zei een jongen dat je politici mag aanvallen als ze de profeet "
           "beledigen. moet ik de aflevering tegenhouden?"),
    ("en", "in the last episode of our youth podcast a boy said politicians may be attacked if they insult muslims. "
           "what do i do with the recording?"),
]
PODCAST_OPINION_CAUGHT = [
    ("nl", "in de podcast zei hij dat hij morgen een politicus gaat aanvallen"),
    ("nl", "in de laatste aflevering zei hij dat je politici mag aanvallen en nu staat hij met een mes bij het "
           "gemeentehuis"),
    ("en", "in the episode he said he will attack the mayor tonight"),
    ("nl", "in de podcast zei hij dat hij de burgemeester gaat neersteken, hij heeft al een mes gekocht"),
    ("en", "in the podcast he said he will shoot the teacher, he has a gun in his locker"),
]

# test48 #161: invited to a training camp by an older man online
INVITED_TO_CAMP_CALM = [
    ("en", "I am youth worker from Spain working in Den Haag. A boy of 17 tells me he was invited to a training camp "
           "by an older guy he met online. Can I talk with the wijkagent without breaking his trust?"),
    ("en", "a boy of 16 was invited to a training camp abroad by a man he met on telegram. who do i talk to?"),
    ("nl", "een jongen van 17 is door een oudere man online uitgenodigd voor een trainingskamp. mag ik de wijkagent "
           "bellen?"),
    ("nl", "een meisje kreeg een uitnodiging voor een trainingskamp van iemand die ze online kent. wat doe ik?"),
]
INVITED_TO_CAMP_CAUGHT = [
    ("en", "he was invited to a training camp and flies out tonight"),
    ("nl", "hij is uitgenodigd voor een trainingskamp en staat nu op schiphol"),
    ("en", "he was invited to a training camp and left for syria this morning"),
    ("nl", "hij is uitgenodigd voor een trainingskamp en vertrekt morgen naar syrie"),
    ("en", "he was invited to a training camp and is at the airport now"),
    ("en", "he was invited to a training camp and wants to shoot his classmates tomorrow"),
]

# test48 #163: a GGZ patient who wants to kill politicians 'for his cause', asked as a care question
CAUSE_WISH_CALM = [
    ("en", "I work as nurse in a GGZ clinic, I come from Greece. A patient of 20 says the voices are not the problem, "
           "he wants to kill politicians for his cause. Is this a psychiatric matter or for the casusoverleg?"),
    ("en", "a client in our clinic says he wants to kill politicians for his cause. is this for the psychiatrist or "
           "the case conference?"),
    ("nl", "een patiënt zegt dat het niet om de stemmen gaat, hij wil politici doden voor zijn zaak. is dit "
           "psychiatrie of iets voor het casusoverleg?"),
]
CAUSE_WISH_CAUGHT = [
    ("en", "he wants to kill politicians for his cause tomorrow at the debate"),
    ("en", "he wants to kill politicians for his cause and is at the town hall with a gun right now"),
    ("nl", "hij wil politici doden voor zijn zaak en staat nu met een mes bij het gemeentehuis"),
    ("nl", "hij wil vanavond politici doden voor zijn zaak"),
    # a gun bought beside a killing told: the means are there, which no aside talks down
    ("en", "he wants to kill politicians for his cause and bought a gun yesterday"),
    ("en", "he wants to kill politicians for his cause, he has a gun in his bag"),
    ("nl", "hij wil politici doden voor zijn zaak en heeft een pistool gekocht"),
]

# test48 #188: does professional secrecy end when a patient threatens violence?
SECRECY_QUESTION_CALM = [
    ("nl", "vervalt mijn beroepsgeheim als een patient dreigt met geweld? en moet ik dan melden of mag het alleen?"),
    ("nl", "vervalt mijn beroepsgeheim als een cliënt dreigt met geweld?"),
    ("nl", "geldt mijn beroepsgeheim nog als een patiënt dreigt met geweld?"),
    ("en", "does my professional secrecy end when a patient threatens violence?"),
]
SECRECY_QUESTION_CAUGHT = [
    ("nl", "vervalt mijn beroepsgeheim als een patient dreigt met geweld? hij staat nu met een mes in de wachtkamer"),
    ("nl", "een patient dreigt met geweld, vervalt mijn beroepsgeheim?"),
    ("en", "does my professional secrecy end when a patient threatens violence? he is in the waiting room with a "
           "knife right now"),
]

# kept urgent by the lead's reading of test48 (#56, #98, #118, #120, #133, #150, #173), in other words
KEPT_URGENT = [
    ("nl", "acute dreiging van een aanslag, wat moet ik nu doen"),
    ("nl", "een jongen wilde contant een grote zak kunstmest kopen en had een zwarte vlag als achtergrond op zijn "
           "telefoon"),
    ("nl", "mijn neef stuurt berichten dat hij binnenkort iets groots gaat doen en dat niemand hem zal vergeten"),
    ("nl", "een klant zegt dat vrouwen straf verdienen en dat hij iets gaat doen op zijn oude school"),
    ("nl", "een klant wilde een bril voor een vermomming, zei dat hij binnenkort beroemd wordt door een actie en liet "
           "een foto van een wapen zien"),
    ("nl", "een moeder belde vannacht: haar zoon is met een rugzak weg en stuurde een afscheidsbericht over "
           "martelaarschap"),
    ("en", "a caller said her neighbour's son wears a balaclava and shouts he will blow up the town hall"),
]

CALM = (STATE_WILL_FALL_CALM + TRACK_CALM + TAUGHT_BOMBS_CALM + PODCAST_OPINION_CALM + INVITED_TO_CAMP_CALM
        + CAUSE_WISH_CALM + SECRECY_QUESTION_CALM)
CAUGHT = (STATE_WILL_FALL_CAUGHT + TRACK_CAUGHT + TAUGHT_BOMBS_CAUGHT + PODCAST_OPINION_CAUGHT
          + INVITED_TO_CAMP_CAUGHT + CAUSE_WISH_CAUGHT + SECRECY_QUESTION_CAUGHT)

test_professional_questions_of_test48_stay_calm = calm_by_the_word_rules(CALM)
test_the_same_words_beside_a_danger_now_or_soon_are_urgent = urgent_by_the_word_rules(CAUGHT)
test_what_the_lead_kept_urgent_stays_urgent = urgent_by_the_word_rules(KEPT_URGENT)
