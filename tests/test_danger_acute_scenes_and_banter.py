"""Ideas generalised from urgent_test24 (word rules alone). Caught: a vehicle driven on purpose into people or a
shopping street, or onto a platform with a time; petrol emptied with a lighter by the only door; a lighter held
to curtains; one bottle with a rag at an official; acid meant for a face or a named girl; someone barricaded in or
held and calling for help; locked in with children and threatening the gas; masked men shutting the door or
taking phones; a hand kept in a coat at a council meeting; sinners to be fetched today; something put in a drink
today; a headcam with 'the show starts'; climbing over the railing of a bridge; legs outside a windowsill; a nail
device with a phone fixed to it; a crowbar going after someone now; 'finish it' at a judge's; a blade pulled with
'nobody leaves'; a copycat of the US shootings at a time. Calm: sports talk about a match, 'the bomb' as slang,
the morning's news of an attack elsewhere, a training case for new staff, a prayer service for victims, a
disaster drill with a staged incident, a lesson on finding a weapon, a novel in a book club, a protocol question
with nothing going on now."""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "op de braderie rijdt een man expres op de mensen in met zijn bestelauto"),
    ("en", "a car just drove into the shopping street full of people and keeps revving"),
    ("nl", "bij het plein staat een busje en de bestuurder zegt dat hij zo door de menigte heen rijdt"),
    ("nl", "twee jongens zeggen dat ze straks met een auto het perron op rijden bij het station"),
    ("nl", "in de kantine heeft een jongen een fles met benzinelucht leeggegooid en hij staat met een aansteker bij de enige deur"),
    ("en", "my neighbour's son is holding a lighter to the curtains and says the flat goes up with him"),
    ("en", "at the town hall a woman is standing with a bottle with a rag in it, yelling at the alderman"),
    ("nl", "een leerling heeft zoutzuur bij zich en zegt dat hij het in het gezicht van zijn ex gooit"),
    ("nl", "jongen op het schoolplein heeft een flesje met iets bijtends en zegt dat het voor dat meisje is"),
    ("nl", "een cliënt heeft het kantoor gebarricadeerd met de receptionist binnen en zegt dat hij haar niet laat gaan"),
    ("nl", "de man van hiernaast houdt een collega vast in zijn schuur en ik hoor hem om hulp roepen"),
    ("nl", "moeder heeft zich met de baby opgesloten in de flat en dreigt het gas open te draaien"),
    ("en", "two men in balaclavas came into the gym and locked the door behind them, the coach is alone with the kids"),
    ("nl", "tijdens de raadsvergadering houdt een bezoeker zijn hand steeds in zijn binnenzak en staart naar de wethouder"),
    ("nl", "achter in de kerk zegt een man dat god vandaag de zondaars komt halen"),
    ("nl", "een bezoeker zei dat ze vandaag iets in het drinken van die verpleger doet"),
    ("en", "someone is walking through the station with a camera on his head saying the show starts in a minute"),
    ("nl", "mijn zoon staat op het viaduct en klimt over de reling"),
    ("nl", "een cliënt zit op de vensterbank van de derde verdieping met haar benen buiten"),
    ("nl", "er ligt een ding met schroeven en een telefoon eraan vast in de fietsenstalling"),
    ("en", "a father from the other team has a crowbar and is going after the coach right now"),
    ("en", "her ex is driving to the judge's house to finish it tonight"),
    ("en", "a pupil pulled a blade in the gym and shouted that nobody leaves"),
    ("en", "message in the class chat: 'this one will be bigger than the ones in the US', it starts today at noon"),
]

CALM = [
    ("nl", "de spelers roepen dat ze de tegenstander zondag gaan afmaken, over de wedstrijd tegen de buurclub. hoe praat ik daarover?"),
    ("en", "the lads keep saying 'we'll kill them on sunday' about the match, that is just banter isn't it"),
    ("en", "my pupils use 'bomb' as slang for amazing, is that something to worry about?"),
    ("nl", "vanmorgen in het nieuws een aanslag in parijs, hoe bespreek ik dat met groep 8"),
    ("nl", "voor de training van nieuwe jongerenwerkers schrijf ik een casus over een jongen die dreigt met geweld op school"),
    ("nl", "we houden een gebedsdienst voor de slachtoffers van de aanslag, mag de burgemeester spreken?"),
    ("nl", "de gemeente houdt morgen een rampenoefening met een nagespeeld incident bij de markt, wie moet dat weten?"),
    ("nl", "als wijkagent geef ik een les over wat je doet als je een mes op straat vindt"),
    ("nl", "in de boekenclub lezen we een roman waarin een meisje een bomaanslag pleegt, hoe leid ik dat in"),
    ("en", "for our protocol: what if a young person says they want to join a militia abroad? nothing is going on right now"),
]


test_an_acute_scene_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_match_talk_slang_news_training_and_fiction_stay_calm = calm_by_the_word_rules(CALM)
