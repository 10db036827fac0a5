"""Calm professional questions of the judged split test47 that raised a false 112 alarm (DR47), with variants.

Calm: cameras, posters or a flag hung up at a place ('camera's in de gangen ophangen') are things, not a hanging; a
child taught to shoot at 'enemies' by his father, told by a Saturday teacher abroad, is a worry to pass on; lyrics
in which a boy blows up police officers, written in a workshop, are words to report; hanging politicians talked about
and a weapons licence applied for are a slogan and a procedure; a pupil who keeps asking how to make explosives asks
questions; flyers a customer wants printed with 'the traitors must pay' and a noose are words to refuse and report;
a secret wish to go to a training camp has no departure; a knife slept with under the pillow is a habit to assess; a
belief that vaccines are a plan to wipe out 'our people' is no plan of the teller's; revenge on a judge after a
release has no time near; men who want a boy to fight abroad are recruiters to report; weapons talked about, a weapon
wished for self-defence, a shooter's videos shared with 'hero' and a wish to die as a martyr are
worries for the police's non-emergency line and the municipality (the martyr's wish gets the 113 line).

Urgent: the same words beside a danger now or soon, and hanging oneself ('zich ophangen') after a camera in the same
sentence; a martyr's wish beside a gun bought, a bomb vest or a weapon at a synagogue; a bomb vest worn at a
synagogue now, which the word rules missed on its own.

Kept urgent by the lead's reading of test47 (variants here guard that the calm phrases stay narrow): asking the
emergency route; a floor plan of a mosque with crosses; weapons sought online for 'something big' at school; fertiliser and nails to be shipped 'without
questions'; a knife and a text about a synagogue; a son who plans an attack, told to a control room; a patient who
plans an attack for when he is discharged.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


# test47 #5: cameras hung up in the corridors against vandalism
THINGS_HUNG_UP_CALM = [
    ("nl", "de directeur van onze school wil camera's in de gangen ophangen vanwege vernielingen. moet de mr "
           "instemmen?"),
    ("nl", "het bestuur wil camera's bij de fietsenrekken ophangen. hoe lang mag je de beelden bewaren?"),
    ("nl", "de school wil posters in de klas ophangen over discriminatie, mag dat zonder overleg?"),
    ("nl", "we willen een vlag in de aula ophangen voor koningsdag, moet dat gemeld?"),
    ("nl", "de gemeente wil camera's op het plein ophangen tegen overlast van jongeren. wie beslist daarover?"),
]
THINGS_HUNG_UP_CAUGHT = [
    ("nl", "er hangen camera's in de gang en hij wil zich ophangen"),
    ("nl", "een camera in de gang en hij wil zich ophangen"),
    ("nl", "hij hangt camera's in de gang op en zegt dat hij zich vanavond wil ophangen"),
    ("nl", "hij wil zichzelf ophangen in de schuur"),
]

# test47 #105: a boy taught by his father to shoot at 'enemies'
TAUGHT_TO_SHOOT_CALM = [
    ("nl", "ik geef op zaterdag nederlandse les in het buitenland. een jongen vertelt dat zijn vader hem leert schieten "
           "op vijanden. wie kan ik bellen?"),
    ("nl", "een meisje van 9 vertelt dat haar oom haar leert schieten op 'de vijand'. wie kan ik bellen?"),
    ("nl", "ik geef les op zaterdag en een leerling vertelt over een kamp waar hij leert schieten"),
    ("en", "a boy of 10 tells me his father teaches him to shoot at 'enemies' in a camp. whom can i call in the "
           "netherlands?"),
]
TAUGHT_TO_SHOOT_CAUGHT = [
    ("nl", "zijn vader leert hem schieten en zaterdag gaan ze op de markt op mensen schieten"),
    ("nl", "hij leert schieten op vijanden en staat nu met een geweer bij de moskee"),
    ("en", "his father teaches him to shoot and tomorrow they will shoot at the mosque"),
]

# test47 #119: lyrics about blowing up police officers, 'he means it'
LYRICS_CALM = [
    ("nl", "een jongen op de groep schrijft raps waarin hij agenten wil neerschieten en zegt dat hij het meent. vertel "
           "ik dit de groepsleiding?"),
    ("nl", "een leerling schrijft teksten waarin hij de politie wil opblazen. moet ik dit melden?"),
    ("en", "a boy in my workshop writes lyrics about blowing up police officers and says he means it. do i tell "
           "staff?"),
]
LYRICS_CAUGHT = [
    ("nl", "hij schrijft teksten waarin hij agenten wil opblazen en heeft nu een bom bij het politiebureau gelegd"),
    ("nl", "hij schrijft raps waarin hij agenten wil neerschieten en gaat morgen het bureau binnen met een pistool"),
    ("nl", "hij schrijft teksten over de politie. hij wil morgen agenten opblazen"),
]

# test47 #122: hanging politicians talked about, a weapons licence applied for
HANGING_POLITICIANS_CALM = [
    ("nl", "de zoon van een buurman praat steeds over het ophangen van politici en heeft een wapenverlof aangevraagd. "
           "moet ik dit melden?"),
    ("nl", "een collega praat over het ophangen van ministers. is dat strafbaar?"),
    ("en", "my neighbour's son keeps talking about hanging politicians and applied for a gun licence. should i report "
           "it?"),
]
HANGING_POLITICIANS_CAUGHT = [
    ("nl", "hij praat over het ophangen van politici en staat nu met een touw bij het gemeentehuis"),
    ("nl", "hij wil vanavond de burgemeester ophangen"),
    ("en", "he has a gun licence and is shooting at people in the square right now"),
]

# test47 #125: a pupil who keeps asking how to make explosives 'for a video'
HOW_TO_MAKE_CALM = [
    ("nl", "een leerling vraagt steeds hoe je een bom maakt, hij zegt voor een filmpje. wat doe ik?"),
    ("nl", "een leerling vroeg hoe je explosieven maakt en zit in extreme groepen online. wat moet ik doen?"),
    ("en", "a pupil keeps asking how to make explosives for a video. classmates say he is in extreme groups. what do i "
           "do?"),
]
HOW_TO_MAKE_CAUGHT = [
    ("nl", "hij vraagt hoe je een bom maakt en wil morgen de school opblazen"),
    # looking up how to make one, with a target named, is a plan, not a question
    ("nl", "een jongen zoekt op hoe je een bom maakt en noemt het gemeentehuis als doel"),
    ("en", "a pupil is looking up how to make explosives and named the train station"),
    ("nl", "hij vraagt hoe je een bom maakt en noemt het station als doel"),
    ("en", "he asked how to make a bomb and named the station as the target"),
    ("nl", "hij vraagt hoe je een bom maakt en heeft al een bom in zijn kluisje"),
    ("en", "he asks how to make a bomb and has a bomb in his locker"),
    ("en", "he asks how to make explosives and wants to blow up the school tomorrow"),
]

# test47 #127: flyers with 'the traitors must pay' and a noose
FLYERS_CALM = [
    ("nl", "een klant wil flyers laten drukken met de tekst dat de verraders moeten boeten en een plaatje van een "
           "strop. mogen we weigeren?"),
    ("nl", "een jongen wil stickers laten drukken met 'de elite zal boeten'. moeten we dit melden?"),
    ("en", "a customer wants us to print flyers saying the traitors must pay, with a picture of a noose. may we "
           "refuse?"),
]
FLYERS_CAUGHT = [
    ("nl", "hij wil flyers laten drukken en zegt dat de verraders morgen moeten boeten, hij heeft een geweer"),
    ("nl", "de verraders zullen morgen boeten, ik heb een bom in het gemeentehuis gelegd"),
]

# test47 #129: a secret wish to go to a training camp
TRAINING_CAMP_WISH_CALM = [
    ("nl", "een jongen van 16 wil stiekem naar een trainingskamp in het buitenland en vraagt me het niet door te "
           "vertellen. wat nu?"),
    ("en", "a boy of 17 secretly wants to go to a training camp of an extreme group. he trusts me. what now?"),
]
TRAINING_CAMP_WISH_CAUGHT = [
    ("nl", "hij wil stiekem naar een trainingskamp en vertrekt vanavond"),
    ("en", "he secretly wants to go to a training camp and is at schiphol now"),
]

# test47 #138: a knife under the pillow and a 'holy mission'
KNIFE_UNDER_THE_PILLOW_CALM = [
    ("nl", "een bewoner slaapt met een mes onder zijn kussen en praat over een heilige missie. wie beoordeelt dat?"),
    ("nl", "een client slaapt met een mes onder het kussen. is dat iets voor de politie?"),
    ("en", "a guest in the shelter sleeps with a knife under his pillow and talks about a holy mission against the "
           "police. who assesses this?"),
]
KNIFE_UNDER_THE_PILLOW_CAUGHT = [
    ("nl", "hij slaapt met een mes onder zijn kussen en loopt nu met dat mes naar het politiebureau"),
    ("nl", "hij praat over een heilige missie en staat nu met een mes bij het politiebureau"),
    ("en", "he sleeps with a knife under his pillow and now he is stabbing people in the hall"),
]

# test47 #143: vaccines 'a plan to wipe out our people', 'the doctors will pay'
CONSPIRACY_PLAN_CALM = [
    ("nl", "een moeder op de afdeling zegt dat vaccins een plan zijn om ons uit te roeien en dat de dokters zullen "
           "boeten. wat doen we?"),
    ("en", "a father says vaccines are a plan to wipe out our people and the doctors will pay. should we act?"),
]
CONSPIRACY_PLAN_CAUGHT = [
    ("nl", "hij zegt dat vaccins een plan zijn om ons uit te roeien en staat nu met een mes bij de artsen"),
    ("nl", "de artsen zullen boeten, hij staat nu met een mes op de afdeling"),
    ("nl", "hij heeft een plan om morgen de artsen neer te steken"),
]

# test47 #147: revenge on the judge after his release
REVENGE_AFTER_RELEASE_CALM = [
    ("nl", "een gedetineerde zegt dat hij na zijn vrijlating wraak wil nemen op de rechter. hoe ver gaat mijn "
           "geheimhouding?"),
    ("en", "a young prisoner says he will take revenge on the judge after his release. how far does my "
           "confidentiality go?"),
]
REVENGE_AFTER_RELEASE_CAUGHT = [
    ("nl", "hij wil na zijn vrijlating wraak nemen en komt morgen vrij, hij heeft al een pistool geregeld"),
    ("nl", "hij wil morgen wraak nemen op de rechter"),
    ("en", "he will take revenge on the judge tomorrow"),
]

# test47 #149: men who want a boy to fight in his home country
RECRUITED_TO_FIGHT_CALM = [
    ("nl", "een client van 16 wordt benaderd door mannen die hem willen laten vechten in syrie. waar stuur ik hem "
           "heen?"),
    ("en", "a client is approached by men who want him to fight in his home country. where can i send him?"),
]
RECRUITED_TO_FIGHT_CAUGHT = [
    ("nl", "mannen willen hem laten vechten en hij vertrekt vanavond naar syrie"),
    ("en", "men want him to fight and he flies to syria tonight"),
]

# test47 #151, #159, #163: weapons talked about, a weapon for self-defence (#154's knives bought stay urgent: see
# the knives bought beside 'this afternoon' below, which the word rules read only through the knives)
WEAPONS_TALKED_OF_CALM = [
    ("nl", "ons pleegkind zit in groepen met haatberichten en praat over wapens kopen via een vriend. waar vragen we "
           "advies?"),
    ("en", "our foster son talks about buying weapons through a friend. where can we get advice?"),
    ("nl", "mijn vriendin zit in complotten en wil nu een wapen kopen om zich te verdedigen tegen de overheid. bij "
           "wie kan ik terecht?"),
    ("en", "my girlfriend is into conspiracies and wants to buy a gun to defend herself against the government. who "
           "can help?"),
    ("en", "my son spends nights in race war groups and only talks about weapons now. is there help for families?"),
    ("nl", "mijn zoon zit hele nachten in telegramgroepen over een rassenoorlog en praat alleen nog over wapens. is "
           "er hulp?"),
]
WEAPONS_TALKED_OF_CAUGHT = [
    ("nl", "hij praat over wapens kopen en staat nu met een pistool in de klas"),
    ("nl", "hij koopt twee messen en gaat vanmiddag de leraar pakken die hem van school stuurde"),
    ("en", "a boy just bought two knives at the market and says he will get the teacher who expelled him this afternoon"),
    ("nl", "hij praat over de wapens van zijn oom en heeft een plattegrond van de school getekend met kruisjes en maandag "
           "9:00 erbij"),
    ("nl", "ze wil een wapen kopen om zich te verdedigen en heeft nu een pistool op de docent gericht"),
    ("en", "he only talks about weapons and now he is in the school with a rifle"),
]

# test47 #158: a shooter's videos shared with 'hero'
SHOOTER_VIDEOS_CALM = [
    ("nl", "mijn kleinzoon deelt filmpjes van een schutter in een moskee en schrijft er held onder. vertel ik het de "
           "school?"),
    ("en", "my grandson shares videos of a mosque shooter and writes hero under them. do i tell his parents?"),
]
SHOOTER_VIDEOS_CAUGHT = [
    ("nl", "hij deelt filmpjes van een schutter in een moskee en zegt dat hij morgen hetzelfde gaat doen"),
    ("nl", "hij deelt filmpjes van een schutter en zegt dat hij het ook gaat doen in de moskee"),
    ("en", "he shares videos of a shooter and says he will do the same at the mosque"),
    ("nl", "hij deelt filmpjes van een schutter en staat nu met een geweer bij de moskee"),
    ("nl", "er loopt een schutter door de school"),
]

# test47 #164: a son who wants to die as a martyr
MARTYR_WISH_CALM = [
    ("en", "a patient's mother said her son wants to die as a martyr. can a nurse join the case meeting?"),
    ("en", "the mother of a pupil told me her boy wants to die as a martyr. who do i inform?"),    ("nl", "een moeder zegt dat haar zoon als martelaar wil sterven. mag ik naar het casusoverleg?"),
]
MARTYR_WISH_CAUGHT = [
    ("en", "he wants to die as a martyr and is driving to the synagogue now with a bomb"),
    ("nl", "hij wil als martelaar sterven en heeft een bomgordel om, hij staat nu bij de synagoge"),
    ("nl", "hij wil als martelaar sterven en heeft vorige week een pistool gekocht"),
    ("en", "he mentioned last week that he bought a gun and wants to die as a martyr"),
    ("nl", "hij heeft een bomgordel om en staat nu bij de synagoge"),
    ("en", "he is wearing a suicide vest and is at the mall now"),
    ("en", "he wants to die as a martyr and has a gun in his bag at the synagogue"),
    ("nl", "hij heeft een bomvest en wil naar de synagoge"),
    ("nl", "mijn zoon wil dood, hij staat op het dak"),
]

# kept urgent by the lead's reading of test47 (#51, #98, #123, #124, #134, #141, #144, #183), in other words
KEPT_URGENT = [
    ("nl", "acuut gevaar, een aanslag, wat moet ik doen"),
    ("en", "where do i report an emergency"),
    ("nl", "een leerling vertelde de schoolarts dat hij online wapens zoekt om iets groots op school te doen"),
    ("nl", "iemand wilde veel kunstmest en spijkers kopen en vroeg of ik het zonder vragen kon opsturen"),
    # #123: a floor plan of a mosque with crosses on it (read through a typo of 'scooterwerkplaats' before DR47)
    ("nl", "een klant liet op zijn telefoon een plattegrond van een moskee zien met kruisjes erop en lachte erbij"),
    ("en", "a customer showed me a floor plan of the synagogue with crosses on it and laughed"),
    ("nl", "een moeder stuurde me een screenshot van haar zoon met een mes en een tekst over een synagoge"),
    ("nl", "een beller zei dat haar zoon plannen heeft voor een aanslag"),
    ("nl", "een patient bespreekt aan de telefoon een aanslag voor zodra hij ontslagen wordt"),
]

CALM = (THINGS_HUNG_UP_CALM + TAUGHT_TO_SHOOT_CALM + LYRICS_CALM + HANGING_POLITICIANS_CALM + HOW_TO_MAKE_CALM
        + FLYERS_CALM + TRAINING_CAMP_WISH_CALM + KNIFE_UNDER_THE_PILLOW_CALM + CONSPIRACY_PLAN_CALM
        + REVENGE_AFTER_RELEASE_CALM + RECRUITED_TO_FIGHT_CALM + WEAPONS_TALKED_OF_CALM + SHOOTER_VIDEOS_CALM
        + MARTYR_WISH_CALM)
CAUGHT = (THINGS_HUNG_UP_CAUGHT + TAUGHT_TO_SHOOT_CAUGHT + LYRICS_CAUGHT + HANGING_POLITICIANS_CAUGHT
          + HOW_TO_MAKE_CAUGHT + FLYERS_CAUGHT + TRAINING_CAMP_WISH_CAUGHT + KNIFE_UNDER_THE_PILLOW_CAUGHT
          + CONSPIRACY_PLAN_CAUGHT + REVENGE_AFTER_RELEASE_CAUGHT + RECRUITED_TO_FIGHT_CAUGHT
          + WEAPONS_TALKED_OF_CAUGHT + SHOOTER_VIDEOS_CAUGHT + MARTYR_WISH_CAUGHT)

test_professional_questions_of_test47_stay_calm = calm_by_the_word_rules(CALM)
test_the_same_words_beside_a_danger_now_or_soon_are_urgent = urgent_by_the_word_rules(CAUGHT)
test_what_the_lead_kept_urgent_stays_urgent = urgent_by_the_word_rules(KEPT_URGENT)
