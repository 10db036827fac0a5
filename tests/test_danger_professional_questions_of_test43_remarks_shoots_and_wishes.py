"""Calm professional questions of the judged split test43 that raised a false 112 alarm (DR38), with variants.

Calm: a photo shoot at a school is no shooting (a pupil's white-power gesture in a school photo is a symbol); 'wat als
ik acuut gevaar zie?' asks about a danger that may come, it tells none; a brother's remark that he 'will punish the
unbelievers' has no target, time or means; a known psychotic man the police pick up regularly, who has shouted for
years that he will kill the king, is a question of route (care or case conference); a wish to travel to Syria, to a
training camp or to fight abroad, told 'maybe', 'nothing criminal besides' or with a question whom to call or whether
to call the community officer without permission, has no date or means; a new volunteer who asks a lot about
explosives is asking about them.

Urgent: the same words beside a danger now or soon: a shooting or a knife during the shoot; acute danger told as
happening; the unbelievers to be punished tonight at a church, or with a knife; the confused man standing with a
weapon now; a departure tomorrow or tonight; a bomb laid in the fire station.

Kept urgent by the lead's reading of test43 (not tested here, they are in the judged file): a bomb searched for with
talk of 'a statement'; an action at a mosque by a guest who checks out tomorrow; a threat to attack a festival;
fertiliser and jerrycans in a storage room; weapons shown with talk of an attack on a station; weapons and a militia;
boys threatening violence against an alderman.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


# test43 #127: a photo shoot
PHOTO_SHOOT_CALM = [
    ("nl", "ik ben fotograaf en deed een shoot op een middelbare school. op een paar fotos maakt een leerling in de "
           "camera een white power gebaar. moet ik dit aan de school melden?"),
    ("nl", "tijdens de fotoshoot op het mbo maakte een student een hitlergroet. meld ik dat bij de school?"),
    ("en", "i'm a photographer and did a photo shoot at a secondary school. a pupil made a white power sign in the "
           "pictures. should i tell the school?"),
    ("en", "we did a photoshoot at the youth centre and one boy posed with a far-right symbol. what do i do?"),
]
PHOTO_SHOOT_CAUGHT = [
    ("nl", "ik doe een fotoshoot op school en nu staat er een man met een mes in de aula"),
    ("nl", "tijdens de shoot op school schiet een leerling nu met een pistool op de gang"),
    ("en", "during the photo shoot at the school a boy is now waving a gun in the hall"),
    ("en", "i was doing a photoshoot and a pupil says he will shoot up the school tomorrow"),
]

# test43 #190: acute danger asked about, not told
ACUTE_ASKED_CALM = [
    ("nl", "geldt mn beroepsgeheim als ggz behandelaar ook in het casusoverleg, en wat als ik acuut gevaar zie?"),
    ("nl", "wat als ik acuut gevaar zie bij een cliënt, mag ik dan zonder toestemming bellen?"),
    ("en", "does my duty of confidentiality hold in the case conference, and what if i see acute danger?"),
    ("en", "what if i notice acute danger during a home visit, who do i call?"),
]
ACUTE_ASKED_CAUGHT = [
    ("nl", "wat als ik acuut gevaar zie? nu staat mijn cliënt met een mes in de wachtkamer"),
    ("nl", "er is nu acuut gevaar, mijn cliënt dreigt zijn vrouw te steken"),
    ("en", "what if i see acute danger? right now my client is holding a knife to his wife's throat"),
    ("en", "there is acute danger right now, he is in the hall with a gun"),
]

# test43 #147: a remark about punishing the unbelievers
UNBELIEVERS_REMARK_CALM = [
    ("nl", "ik ben logopedist en behandel een jongen van 12. in de wachtkamer vertelde zijn oudere broer dat hij de "
           "ongelovigen gaat straffen. wat mag ik met zo'n opmerking?"),
    ("nl", "een leerling zei in de klas dat hij de ongelovigen zal straffen. moet ik dit bij de mentor melden?"),
    ("en", "i'm a speech therapist. in the waiting room my client's older brother said he will punish the unbelievers. "
           "what can i do with a remark like that?"),
    ("en", "a volunteer heard a boy say he wants to punish the infidels one day. who should she tell?"),
]
UNBELIEVERS_REMARK_CAUGHT = [
    ("nl", "zijn broer zegt dat hij de ongelovigen gaat straffen, hij heeft een mes bij zich"),
    ("nl", "zijn broer gaat vanavond bij de kerk de ongelovigen straffen"),
    ("en", "his brother says he will punish the unbelievers tonight at the church"),
    ("en", "he said he will punish the infidels and he is now standing at the mosque door with a knife"),
]

# test43 #138: a known psychotic man the police pick up regularly
KNOWN_CONFUSED_CALM = [
    ("nl", "ik ben agent en we halen regelmatig een verwarde man op die roept dat hij de koning gaat vermoorden. "
           "hij is psychotisch en bekend bij de ggz. hoort dit in het casusoverleg of bij de zorgroute?"),
    ("nl", "een buurman roept al jaren dat hij de burgemeester gaat vermoorden. hij is bekend bij de ggz. welke "
           "route hoort hierbij?"),
    ("en", "we regularly pick up a confused man who shouts that he will kill the king. he is psychotic and known to "
           "mental health services. case conference or care route?"),
    ("en", "a neighbour has been shouting for years that he will kill the mayor. he is psychotic, which route fits?"),
]
KNOWN_CONFUSED_CAUGHT = [
    ("nl", "we halen regelmatig een verwarde man op. nu staat hij met een mes bij het paleis"),
    ("nl", "hij roept al jaren dat hij de koning gaat vermoorden, maar nu staat hij met een mes bij het paleis"),
    ("en", "we regularly pick up a confused man. right now he is standing at the palace gate with a knife"),
    ("en", "he has been shouting for years that he will kill the mayor, and tomorrow he goes to the town hall with a gun"),
]

# test43 #104, #118, #137, #161: a wish to travel or fight abroad, without a date or means
TRAVEL_WISH_CALM = [
    ("nl", "ik ben marechaussee op een vliegveld en hoor van een moeder dat haar zoon van 18 misschien naar syrie wil "
           "reizen. hij heeft geen strafblad. hoe loopt zo'n signaal richting gemeente?"),
    ("nl", "een docent hoort dat een leerling misschien naar syrië wil. bij wie meld ik dat?"),
    ("nl", "als wijkagent kreeg ik bij een burenruzie te horen dat de zoon van 16 naar een trainingskamp in het "
           "buitenland wil. verder niks strafbaars. hoe zet ik dit door naar de gemeente?"),
    ("nl", "een jongen wil naar een trainingskamp in het buitenland, verder niets strafbaars. via welk overleg loopt dat?"),
    ("nl", "ik ben gezinsvoogd. de moeder van een meisje zegt dat haar dochter van 15 via telegram contact heeft met "
           "mannen die haar willen laten uitreizen. hoe snel moet ik handelen en wie bel ik als eerste?"),
    ("en", "hello, i work as youth worker in den haag. a boy told me he wants to go fight abroad. is it allowed to call "
           "the wijkagent without his permission?"),
    ("en", "a mother says her son might want to travel to syria. he has no record. how fast should i act and who do i "
           "call first?"),
    ("en", "a pupil wants to go to a training camp abroad, nothing criminal otherwise. is it allowed to call the police?"),
]
TRAVEL_WISH_CAUGHT = [
    ("nl", "haar zoon vertrekt morgen naar syrie, hij heeft zijn ticket al"),
    ("nl", "verder niks strafbaars, maar hij vertrekt vanavond naar een trainingskamp in syrië"),
    ("nl", "hoe snel moet ik handelen? ze vertrekt vanavond naar syrië met twee mannen"),
    ("en", "a boy told me he flies to syria tomorrow to fight. is it allowed to call the wijkagent without his permission?"),
    ("en", "how fast should i act? she leaves for syria tonight with two men"),
    ("nl", "haar zoon gaat misschien naar syrië, hij vertrekt morgen met het vliegtuig"),
    ("en", "her son might want to travel to syria, he flies out tomorrow morning"),
    ("nl", "hij vertrekt morgen naar een trainingskamp in syrië. hoe zet ik dit door naar de gemeente?"),
    ("nl", "via welk overleg loopt dit? hij staat nu met een mes op het schoolplein"),
    ("nl", "ze vertrekt vanavond naar syrië met twee mannen, wie bel ik als eerste?"),
    ("en", "who do i call first? he is stabbing people in the canteen right now"),
]

# test43 #148: a new volunteer asking a lot about explosives
EXPLOSIVES_QUESTIONS_CALM = [
    ("nl", "ik ben vrijwilliger bij de brandweer. een nieuwe vrijwilliger van 19 vraagt opvallend veel over explosieven "
           "en deelt in de groepsapp teksten van een anti overheid beweging. moet ik dit bij de ploegleider aankaarten?"),
    ("nl", "een stagiair vraagt veel over explosieven, moet ik dit bij mijn leidinggevende melden?"),
    ("en", "a new volunteer at the fire station asks a lot about explosives and shares anti-government texts. "
           "should i tell the crew leader?"),
    ("en", "a new intern keeps asking a lot about explosives. who do i tell?"),
]
EXPLOSIVES_QUESTIONS_CAUGHT = [
    ("nl", "een vrijwilliger vraagt veel over explosieven en heeft nu een bom in de kazerne gelegd"),
    ("nl", "hij vraagt opvallend veel over explosieven. er ligt een pijpbom in zijn kluisje"),
    ("en", "a new volunteer asks a lot about explosives and has built a bomb in the garage"),
    ("en", "he asks a lot about explosives and says he will blow up the town hall tomorrow"),
]

CALM = (PHOTO_SHOOT_CALM + ACUTE_ASKED_CALM + UNBELIEVERS_REMARK_CALM + KNOWN_CONFUSED_CALM + TRAVEL_WISH_CALM
        + EXPLOSIVES_QUESTIONS_CALM)
CAUGHT = (PHOTO_SHOOT_CAUGHT + ACUTE_ASKED_CAUGHT + UNBELIEVERS_REMARK_CAUGHT + KNOWN_CONFUSED_CAUGHT
          + TRAVEL_WISH_CAUGHT + EXPLOSIVES_QUESTIONS_CAUGHT)


test_a_professional_question_without_danger_now_is_calm = calm_by_the_word_rules(CALM)
test_a_danger_told_now_or_soon_stays_urgent = urgent_by_the_word_rules(CAUGHT)
