"""Ideas from urgent_test51 (scored once, blind; tuning data now) that the word rules missed and the meaning model
caught, each written in words and places of our own: the word rules must carry them themselves.

Caught (word rules alone): a forwarded chat naming a council meeting or a judge, a loaded gun brought along or
"nobody gets out alive"; someone limp in a cellar full of CO2 with the one who went after him down too; someone
slipped into a treatment basin going under and unable to reach the side; a gas smell with dizzy or vomiting young
people; someone barely breathing with a syringe beside him; someone hanging by a scarf or belt from a hook, feet off
the floor; a tipped lift with the driver pinned and silent; a cry for help in another language through a wall, then
sudden silence; a colleague sitting in an open window high up, legs outside, saying he will jump (after a question
about privacy); a fall from height with wet, bubbling breathing; smoke from a unit with someone banging from inside;
someone collapsed at exercise, gasping now and then and going grey.

Calm (a twin beside each): a charged debate, a guided tour told, a first-aid course, a past event
that is over, a play or a radio drama, a game of hide and seek, a drill."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CAUGHT = [
    # a council meeting or a judge, a loaded gun brought, nobody gets out alive
    ("nl", "screenshot uit zijn groepschat: 'donderdag 19 uur raadsvergadering' 'ik neem dat ding van mn broer mee, is "
           "geladen' 'eerst het raadslid'"),
    ("nl", "hij stuurde: 'morgen bij de inspraakavond met de wethouder komt er niemand levend uit'"),
    ("en", "forwarded from his group chat: 'council meeting thursday 7pm' 'bringing my dad's, it's loaded' 'councillor "
           "first'"),
    ("en", "he posted 'tomorrow at the court the judge won't walk out, nobody gets out alive'"),
    # limp in a CO2 cellar, the one who went after him down too
    ("nl", "wijnkelder: leerling ligt slap naast een vat, de begeleider die hem ging helpen is ook in elkaar gezakt"),
    ("nl", "in de mestkelder ligt een jongen slap en zijn vader die erin klom is ook neergegaan"),
    ("en", "potato store on the farm: a lad is lying limp by the crates and the farmer who went in for him collapsed too"),
    # slipped into a treatment basin, going under, cannot reach the side
    ("nl", "bij de waterzuivering is een scholier in het beluchtingsbassin gegleden, hij gaat kopje onder en kan niet "
           "bij de kant"),
    ("en", "school trip to the water treatment works: a pupil slipped into the settling tank and keeps going under, "
           "can't reach the side"),
    ("nl", "kind in het bluswaterbassin gevallen, gaat steeds kopje onder"),
    # a gas smell with dizzy or vomiting young people
    ("nl", "vakantiehuisje in de Ardennen: het ruikt overal naar gas, drie kinderen zijn duizelig en één moet overgeven"),
    ("en", "youth hostel: the corridor smells of gas, two of the kids are dizzy and one is throwing up"),
    # barely breathing, a syringe beside him
    ("nl", "sportschool, man in de douche, ademt nauwelijks, injectienaald naast hem"),
    ("en", "gym toilets, lad slumped in the cubicle, barely breathing, syringe beside him"),
    # hanging by a scarf or belt from a hook, feet off the floor
    ("nl", "kleedkamer zwembad: een jongen hangt met zijn riem aan de kledinghaak, zijn voeten raken de grond niet"),
    ("en", "in the changing room a girl is hanging from the coat hook by her scarf, her feet aren't touching the floor"),
    # a tipped lift, the driver pinned and silent
    ("nl", "de schaarlift bij het tuincentrum is gekanteld, de man zit klem eronder en zegt niets meer"),
    ("en", "a boom lift tipped over by the warehouse, the operator is pinned under the basket and isn't talking"),
    # a cry for help in another language through a wall, then sudden silence
    ("nl", "bij de bovenburen schreeuwt een vrouw 'pomocy', harde klappen, kind huilt, nu opeens helemaal stil"),
    ("en", "through the hotel wall a woman is yelling 'ajutor', there was banging and a kid crying and now it's "
           "suddenly quiet"),
    # an open window high up, legs outside, will jump (after a question about privacy)
    ("en", "sorry my english is bad. i work in hotel kitchen at night, can i tell the manager about colleague private "
           "problem? now he sit in open window of 8 floor, legs outside, he say he go jump"),
    ("nl", "mag ik privé-info van een collega aan mijn leidinggevende geven? hij zit nu in het open raam op de 7e, "
           "benen buiten, zegt dat hij vanavond springt"),
    # a fall from height, wet and bubbling breathing
    ("en", "building site: a roofer came off the scaffold, about eight metres, he's lying awkwardly and his breathing is "
           "gurgling"),
    ("nl", "werf: lasser is zo'n tien meter naar beneden gevallen in het ruim, ligt verdraaid en zijn ademhaling borrelt"),
    # smoke from a unit, someone banging from inside
    ("en", "garage block behind the flats: smoke coming out of one of the garages and someone's banging on the door "
           "from the inside"),
    ("nl", "rook uit een zeecontainer op het bedrijventerrein en er bonkt iemand van binnen op de deur"),
    # collapsed at exercise, gasping now and then, going grey
    ("en", "spin class, woman collapsed off the bike, taking a gasp every few seconds and turning grey"),
    ("nl", "bootcamp in het park, man neergevallen, hapt af en toe naar lucht en wordt grauw"),
    # second round (probes of our own near the new lines)
    ('en', 'it smells of gas in the flat and my grandmother is dizzy'),
    ('nl', 'ik ruik gas, niemand is duizelig maar mijn opa is bewusteloos'),
    ('nl', 'in de mestput ligt een man slap, zijn zoon die hem ging halen zakte ook in elkaar'),
    ('nl', 'steigerbouwer is tien meter naar beneden gevallen, ademhaling borrelt'),
    # a calm word for a radio play must not silence what is told beside it
    ('nl', 'het hoorspel is gestopt, mijn buurman ligt bewusteloos en ademt niet'),
]

CALM = [
    # a charged debate
    ("nl", "morgen is een geladen raadsvergadering met de wethouder over het azc, hoe bereid ik mijn jongeren voor?"),
    ("en", "tomorrow's council meeting will be a loaded debate, the councillor expects anger"),
    # a CO2 cellar: a tour told, a safety briefing
    ("nl", "tijdens de rondleiding vertelde de gids dat in de gistkelder ooit twee mensen door CO2 onderuit gingen, nu "
           "hangt er een sensor"),
    ("nl", "veiligheidsinstructie voor de rondleiding: wat doe je als iemand slap in de gistkelder ligt? nooit "
           "erachteraan gaan"),
    # a treatment basin: a guide explains, a pupil asks
    ("nl", "op de excursie naar de rioolwaterzuivering legde de gids uit waarom je niet in een bezinkbassin mag vallen"),
    ("en", "my pupils asked what happens if someone slips into the settling tank, what do I answer?"),
    # a gas smell: a first-aid question, a past event
    ("nl", "wat moet je doen als het naar gas ruikt en iemand duizelig wordt? vraag voor de EHBO-les"),
    ("en", "last night the cabin smelled of gas and a kid felt dizzy, the engineer fixed it and everyone is fine now"),
    # a syringe: a first-aid course
    ("en", "first-aid course: what do you do if someone is barely breathing and there's a syringe next to them?"),
    # a hook and feet off the floor: play, a play
    ("nl", "in de gymles hangt een meisje aan de ringen, haar voeten raken de grond niet, ze vindt het geweldig"),
    ("en", "in the puppet show the doll hangs from a hook by a scarf and its feet don't touch the floor"),
    # a tipped lift: a past event, a toolbox talk
    ("nl", "vorig jaar kantelde een hoogwerker en zat de bestuurder klem, hij is hersteld en werkt weer"),
    ("en", "toolbox talk: what to do if the boom lift tips and the operator is pinned and not talking?"),
    # a cry for help, then silence: a radio play, a game
    ("nl", "in het hoorspel roept een vrouw 'help help' en daarna is het ineens stil, spannend voor groep 7"),
    ("en", "the kids played hide and seek, one yelled 'help help' as a joke and then went quiet because she was hiding"),
    # legs outside a window: a past event, a caravan
    ("en", "my question is can i tell my boss about colleague? last month he sat in window with legs outside and said "
           "he go jump, now he is in therapy and ok"),
    # a fall and bubbling breath: a medical drama, a course
    ("en", "in the medical drama a worker falls ten metres and his breathing sounds wet and bubbly"),
    ("nl", "EHBO-les: wat doe je bij iemand die van hoogte is gevallen en borrelend ademt?"),
    # smoke and banging from inside: an escape room, a past event
    ("en", "escape room: the smoke machine is on and the players are banging on the door from inside, it's part of the "
           "game"),
    ("nl", "vorige week kwam er rook uit de berging en bonkte iemand op de deur, de brandweer heeft hem bevrijd en hij is "
           "ongedeerd"),
    # gasping and grey: an AED course
    ("en", "AED training: someone who collapsed, gasping every few seconds and going grey, is in cardiac arrest, start "
           "CPR"),
    ("nl", "EHBO-cursus: als iemand af en toe naar lucht hapt en grauw wordt, begin je met reanimeren"),
    # second round (probes of our own near the new lines)
    ('nl', 'het ruikt naar gas bij het fornuis maar de monteur is er al, niemand is duizelig'),
    ('nl', 'morgen neem ik mijn vader mee naar de raadsvergadering, de sfeer is geladen'),
    ('nl', 'we hebben een jongen die bokst en steeds zegt ik sla iedereen knock out, dat is in de ring, geen zorg toch'),
]

test_a_loaded_meeting_a_co2_cellar_a_basin_gas_a_syringe_a_hook_a_lift_a_silence_a_window_a_fall_or_gasps_is_urgent = (
    urgent_by_the_word_rules(CAUGHT))
test_a_debate_a_tour_a_course_a_past_event_a_play_a_game_or_a_drill_stays_calm = calm_by_the_word_rules(CALM)
