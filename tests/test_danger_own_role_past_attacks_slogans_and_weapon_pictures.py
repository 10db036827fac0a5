"""Professionals' calm questions that the word rules read as acute danger (DR21): own variants, not the judged ones.

Calm: the asker's own place of work or role read as a target (an imam of a mosque, a volunteer at a refugee centre,
a church youth leader, a childcare shelter); a past attack abroad or on film as a topic; a parent's slogan that a whole group "must die" repeated by a child; weapons in a
child's drawings, in photos or films or shown off online; threatening posts told as a matter to record or
share; a question about whom to call in an emergency; a conspiracy about poison; a passport declared void; a
shooting club. Each of these rang 112 before this round.

Caught: the same words beside a danger told now, in the same clause or in the sentence before, and a copycat "he'll
do the same" with a time, and someone kicked to pieces now."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", 'ik ben imam in een moskee in west en bij de voordeur staat nu een man met een bijl die mensen slaat'),
    ("en", 'I volunteer at the mosque. A man is outside the mosque right now with a gun shooting at people'),
    ("nl", 'vrijwilliger bij het azc hier: er gooit nu iemand molotovs naar het gebouw en er zitten kinderen binnen'),
    ("nl", 'adviseur van de burgemeester: er staat nu een man met een mes bij de balie die zegt dat hij hem neersteekt'),
    ("nl", 'het kind dat ik opvang belt: papa richt nu een geweer op mama in de keuken'),
    ("nl", 'na de dood van haar broer staat ze nu met een mes bij zijn vriend voor de deur'),
    ("en", 'after the death of his dad he is now outside his stepfather\'s house with a loaded gun'),
    ("nl", 'hij tekent wapens, en nu richt hij het pistool van zijn vader op de klas'),
    ("en", 'he posts a photo with a weapon and says he will shoot up the school tomorrow morning'),
    ("nl", 'hij zei dat de aanslag in frankrijk terecht was en dat hij vrijdag de synagoge opblaast'),
    ("nl", 'hij liet me een filmpje van een aanslag zien en zei dat hij morgen hetzelfde doet op het schoolplein'),
    ("en", "he showed me a video of the attack and said he'll do the same at the mall tomorrow"),
    ("nl", 'hij zegt dat alle ongelovigen dood moeten en loopt nu met een mes de moskee binnen'),
    ("nl", 'in de bus trapt een man een jongen in elkaar en roept dat alle joden dood moeten'),
    ("en", 'a guy is kicking a man on the ground at the station and shouting that all muslims must die'),
    ("nl", 'hij stuurt dreigende berichten en staat nu met een mes voor haar huis'),
    ("en", 'what is the next step? he is pointing a gun at the children right now'),
    ("nl", 'de vader dreigt met een klacht en heeft nu een mes getrokken in de klas'),
    ("nl", 'hij zegt dat de overheid ons vergiftigt en hij gaat morgen de wethouder neersteken'),
    ("en", 'he watches recruitment videos and is flying to syria tonight'),
    ("en", "he drew a picture with a gun yesterday, today he brought a real gun to school and says he will shoot the "
           "teacher"),
    ("nl", "mijn zoon tekende een pistool en zijn broer staat nu met een pistool in de klas"),
]

CALM = [
    ("nl", 'ik ben imam van een moskee en een jongen wil graag praten over geweld in de koran. hoe begeleid ik dat?'),
    ("nl", 'ik ben imam en een jongere wil met mij in gesprek over geweld in zijn familie. waar verwijs ik naar?'),
    ("en", 'I volunteer at the mosque and a boy of 15 will not talk to me anymore since friday, who can I ask?'),
    ("en", 'I volunteer at a refugee centre and a young man says he wants revenge for his village. should I tell someone?'),
    ("nl", 'ik ben jeugdleider in de kerk en een meisje zegt dat ze geweld wil melden dat haar is aangedaan. wie helpt?'),
    ("nl", 'in onze opvang zegt een jongen dat zijn broer wraak wil nemen voor zijn dorp, bij wie meld ik dat?'),
    ("nl", 'een leerling zei vandaag in de klas dat de aanslag in duitsland verdiend was'),
    ("nl", 'een jongen liet in de pauze een filmpje van een aanslag zien en grinnikte, hoe pak ik dat aan?'),
    ("en", 'a pupil shared a video praising a terrorist attack in our class chat today'),
    ("nl", 'een kleuter zegt dat mama zegt dat alle ongelovigen dood moeten. meldcode of radicalisering?'),
    ("nl", 'een jongen uit groep 6 tekent wapens en vlaggen in zijn schrift. mag ik de ouders aanspreken?'),
    ("nl", 'een jongere post filmpjes met een pistool op tiktok en volgt extreme accounts'),
    ("nl", 'een leerling zet dreigende teksten op snapchat, mag de school de politie informeren?'),
    ("en", 'the school asks me as community officer whether a pupil is known for threats online'),
    ("nl", 'wie belt wie bij acuut gevaar in ons team, en wie licht de ouders in?'),
    ("en", 'our student says the government is poisoning us and we will all be killed by vaccines'),
    ("nl", 'ze willen het paspoort van een jongen vervallen verklaren vanwege uitreizen. wie besluit dat?'),
    ("nl", 'een nieuw lid van onze schietvereniging deelt extreme teksten en wil snel een vergunning'),
    ("en", "our son (10) drew a picture with a gun and a black flag at school and said there will be a big war. may the "
           "school inform the gemeente without asking us?"),
    ("nl", "mijn dochter van 8 tekende een pistool in haar schrift, moet de school ons dat vertellen?"),
]


test_a_danger_told_now_beside_the_calm_words_is_urgent = urgent_by_the_word_rules(CAUGHT)
test_own_roles_past_attacks_slogans_and_pictures_stay_calm = calm_by_the_word_rules(CALM)
