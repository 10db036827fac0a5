"""Ideas from test51's calm questions that the word rules misread (judged FAQ questions, scored once; tuning data now),
and from calm sentences helper DR55 found still alarming, each written in words of our own, with urgent twins.

Calm (word rules alone): an 'emergency' travel document or passport from an embassy after a passport was lost or
stolen, with a flight tomorrow; a councillor who 'wants to know' who will 'soon' be responsible, the mayor or the
college; a player who keeps sharing videos that praise attacks, in a refugee team; the fire brigade kicking in a door
during a drill; a boy with autism who bangs his head against the wall when he is frustrated (a care question); a child
looking face down into the water at the fish beside the boats; fireworks bangs, then quiet, and nobody answers the
door.

Urgent twins: the same words with a danger now: an emergency told with a stabbing or someone not breathing, a wish to
attack the mayor soon after 'I want to know who can stop him', an attack on the refugee centre tonight, a fire with
someone kicking in the door to get children out, a woman's head banged against a wall now, a child floating face
down and not moving, loud bangs then silence and nobody opening."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

CALM = [
    # an emergency travel document after a lost or stolen passport
    ("en", "An exchange student lost her passport at the station and her flight leaves on Friday; can the consulate issue an emergency travel document without a police report?"),
    ("en", "a pupil's passport went missing on the school trip and we fly back tonight; does the embassy give an emergency passport on the same day?"),
    ("en", "a visitor from Canada had his passport stolen in the metro and flies home tomorrow; does he need to report it to the police before the embassy gives him emergency papers?"),
    ("nl", "een toerist is zijn paspoort kwijt en vliegt morgen terug naar huis. krijgt hij bij de ambassade een noodpaspoort zonder aangifte?"),
    ("nl", "een au pair heeft haar paspoort laten stelen in de trein en vertrekt overmorgen; geeft het consulaat een nooddocument als ze nog geen aangifte heeft gedaan?"),
    # a councillor's question who will soon be responsible
    ("nl", "als raadslid wil ik weten wie straks de regie heeft over het casusoverleg, de burgemeester of het college?"),
    ("nl", "ik ben wethouder en wil graag weten of de burgemeester straks zelf beslist over een maatregel, of het hele college."),
    ("en", "as a councillor I want to know who will chair the case conference once the new law is in force, the mayor or the whole executive"),
    ("en", "our alderman wants to know whether the mayor or the full board will soon be responsible for the safety-house meetings"),
    # videos that praise attacks, in a refugee team
    ("en", "I coach a youth team at the refugee centre. One boy keeps posting clips that glorify attacks in the team chat. Talk to him first or call the municipality?"),
    ("en", "a player in our refugee futsal team keeps sharing videos praising attacks; what should I write down before I go to the municipality?"),
    ("nl", "ik train als vrijwilliger een voetbalteam met vluchtelingen. een speler deelt steeds filmpjes die aanslagen verheerlijken. eerst met hem praten of meteen naar de gemeente?"),
    ("nl", "een jongen uit de taalklas voor nieuwkomers post filmpjes waarin aanslagen worden opgehemeld. wat leg ik vast?"),
    # the fire brigade kicking in a door during a drill
    ("en", "the fire brigade kicked in the door of the storeroom during the drill at our youth centre and the kids thought it was real"),
    ("en", "during the fire drill the firefighters kicked in the door of the storeroom; a pupil got scared. how do I talk to him?"),
    ("nl", "bij de ontruimingsoefening trapte de brandweer de deur van het gymlokaal in en een paar kinderen raakten in paniek. hoe bespreek ik dat?"),
    # a boy with autism who bangs his head against the wall when frustrated
    ("en", "a boy with autism in my group keeps banging his head against the wall when he's frustrated. who can advise the parents?"),
    ("en", "she bangs her head against the wall whenever the routine changes; is that something to discuss with the school doctor?"),
    ("nl", "een leerling met autisme bonkt met zijn hoofd tegen de muur als hij overprikkeld raakt. bij wie kan ik advies vragen?"),
    ("nl", "mijn cliënt slaat zijn hoofd tegen de muur wanneer hij gefrustreerd is; hoe ga ik daarmee om?"),
    # a child looking face down into the water at the fish
    ("en", "on the school trip a little boy was lying on the jetty looking face down into the water at the fish beside the boats; should I have stopped him?"),
    ("nl", "een kind ligt op zijn buik op de steiger en kijkt met zijn gezicht naar beneden in het water naar de vissen tussen de boten. moet ik dat verbieden?"),
    # fireworks bangs, then quiet, nobody answers the door
    ("nl", "oudejaarsavond: harde knallen van het vuurwerk, nu is het stil en bij de buren doet niemand open, ze zijn vast naar familie. moet ik iets doen?"),
    ("en", "new year's eve: loud bangs of the fireworks, now it's quiet and nobody answers the door at my client's, she said she'd be at her sister's"),
    ("nl", "buiten knalde het vuurwerk, daarna werd het stil. bij de buren doet niemand open, ze zijn vast naar familie. moet ik iets doen?"),
    # second round: a head banged as a habit when tired; a drill every time
    ("nl", "een cliënt met een verstandelijke beperking slaat haar hoofd tegen de muur zodra ze moe is, wie kan meedenken?"),
    ("en", "my son with autism bangs his head against the wall when we change plans; where can I get help?"),
    ("en", "during the evacuation drill the fire brigade kicked the door of the gym in because the key was lost"),
    ("en", "a girl in the refugee choir shares songs praising attacks on soldiers; is that something for the municipality?"),
    ("nl", "de raad vraagt wie straks verantwoordelijk is voor de aanpak van radicalisering, de burgemeester of het college"),
    ("en", "new year's eve: the bangs of fireworks woke the baby, now it's quiet; is that bad for her hearing?"),
]

URGENT_TWINS = [
    ("en", "emergency: a man on the tram just stabbed a tourist who tried to get his passport back, he's bleeding"),
    ("en", "it's an emergency, the tourist whose passport was stolen is lying on the platform and not breathing"),
    ("nl", "noodgeval: een toerist wordt nu in de tram met een mes bedreigd door de man die zijn paspoort pakte"),
    ("nl", "ik wil weten wie dit kan tegenhouden: hij wil straks de burgemeester aanvallen bij het stadhuis"),
    ("en", "I want to know who can stop him: he wants to attack the mayor later today at the town hall"),
    ("nl", "een jongen wil straks de burgemeester neersteken bij de raadsvergadering, hij heeft een mes bij zich"),
    ("en", "a player keeps sharing videos that praise attacks and just posted that he will attack the refugee centre tonight with his brothers"),
    ("nl", "een speler deelt filmpjes die aanslagen verheerlijken en zegt dat hij morgen een aanslag pleegt op het azc"),
    ("en", "there's a fire in the flat, the fire brigade isn't here yet and the neighbour is kicking in the door to get the kids out"),
    ("nl", "er is brand in het lokaal, de deur zit klem en een leraar trapt nu de deur in, er zitten nog kinderen binnen"),
    ("en", "a man is banging a woman's head against the wall in the stairwell right now"),
    ("nl", "hij slaat nu steeds zijn hoofd tegen de muur, het bloedt en hij reageert niet meer"),
    ("nl", "een kind drijft met zijn gezicht naar beneden in het water tussen de boten en beweegt niet"),
    ("en", "a child is floating face down in the water by the boats, not moving"),
    ("en", "in the flat I heard a man shouting, then three loud bangs and now it's quiet, nobody answers the door"),
    ("nl", "binnen schreeuwde een man, toen drie harde knallen en nu is het stil, niemand doet open"),
    # second round: someone else's head, bangs then silence, a flight to join fighters, a question before a threat
    ("en", "he smashes his girlfriend's head against the wall when she talks back. he is doing it right now"),
    ("nl", "hij slaat zijn vrouw met haar hoofd tegen de muur als ze iets terugzegt"),
    ("en", "a man is slamming a girl's head against the wall at the bus stop"),
    ("en", "a man is smashing a boy's head against the pavement right now"),
    ("en", "three loud bangs, then silence, nobody opens the door and the woman was crying for help"),
    ("nl", "toen drie harde knallen, daarna was het stil en niemand doet open"),
    ("nl", "harde knallen in de flat, geen vuurwerk, nu is het stil en niemand doet open"),
    ("nl", "de brandweer trapte de deur in, binnen ligt een vrouw die niet meer ademt"),
    ("nl", "zijn vlucht gaat vanavond, hij wil zich in syrie aansluiten bij de strijders"),
    ("nl", "zijn vlucht gaat morgen om zes uur en hij zegt dat hij nooit meer terugkomt"),
    ("en", "the emergency travel document is fake, he is flying to syria tonight to join IS"),
    ("nl", "ik wil graag weten hoe ik hem tegenhoud, hij wil vanavond de moskee aanvallen"),
    ("en", "I want to know if I should call someone, he said he will blow up the synagogue tomorrow"),
    ("en", "he keeps sharing videos that glorify attacks and says he will attack the refugee centre tonight"),
    ("en", "the fire brigade kicked in the door, the flat is on fire and a baby is still inside"),
    ("en", "the child looked face down into the water, fell in and is now floating face down, not moving"),
]

test_the_same_words_with_a_danger_now_are_urgent = urgent_by_the_word_rules(URGENT_TWINS)
test_travel_papers_council_questions_drills_head_banging_fish_and_fireworks_stay_calm = calm_by_the_word_rules(CALM)
