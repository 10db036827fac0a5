"""Ideas from urgent_test38 (scored once, blind) and four open points of DR30 (DR31), each written in words of our
own.

Caught (word rules alone), each with two signs: a car flat out through the entrance of a mosque or church; going into
deep water together with a child; a hand in a roller that keeps turning; an axe just taken and 'now to that cafe of
those Turks'; a wardrobe nobody can lift off a silent child; a child caught on a windmill sail; a forklift over a
worker who no longer talks; a lock giving way under blows; boiling water held over a face; a coach driver falling
asleep; a girl dragged into a shower; 'pomocy' behind a shut door; a jack raised over a man held on the ground; a car
turning to drive into praying rows again; choking, blue and silent; a hose from the exhaust; a drugged girl carried
to a car; a winch and no answer; pushed in and not up; an oxygen tube pulled out and turning grey; waiting for the
consultant with his brothers in 20 minutes; 'I set myself alight' in 10 minutes; 'bye mum, it's not your fault'; a
second grenade the EOD left, played with now; a ticking bomb told now, whatever past time a later sentence names;
poison poured into the pots with 'they will all taste it'.

Calm: game banter against 'ze' / 'them' at paintball, laser tag, nerf or airsoft, also more than six words from the
game word (a real weapon taken to the game still counts); children playing at a hostage-taking ('spelen een
gijzeling na'); a murder-mystery dinner; a chemistry lesson; a drama scene; 'my mum is going to kill me, I lost my
phone'; a knife-throwing act; a talk about a historic hijack with photos of the hostages; the bomb squad; 'a ticking
time bomb'; and the close calls of every idea (a lesson, a question, a past event). Every calm word has CAUGHT
messages where it stands next to a danger now.

Known and left open: 'take everyone out' still alarms when the game word and the words are joined by none of 'and',
'says', 'tells' (or 'en', 'zegt', 'hij', 'roept', 'ze') within six words each. (A first-aid question with choking on
a piece, 'hoe pas ik buikstoten toe als iemand zich verslikt in een stuk appel?', alarmed here; helper DR32 made it
calm, tests/test_danger_professional_questions_absences_and_collapses_after_a_course.py.)"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # a car driven flat out through the entrance of a house of worship
    ("nl", "mijn leerling geeft plankgas en zegt dat hij door de ingang van de synagoge gaat rijden, hij laat het "
           "stuur niet los"),
    ("en", "the learner driver floors it and says he will drive the car through the entrance of the church as people "
           "come out"),
    ("nl", "hij geeft vol gas richting de kerk en rijdt zo door de glazen deuren naar binnen, er staan mensen"),
    # going into deep water together with a little child, at the edge or over the railing
    ("en", "at the dolphin pool a mother is standing on the edge with her baby and says they are going in together"),
    ("nl", "bij de vijver staat een vader met zijn peuter op de rand en roept dat ze er samen in gaan"),
    ("en", "she climbed over the railing of the bridge with her toddler and says they'll jump in together"),
    # a hand in a roller, mangle or grinder that keeps turning, bleeding
    ("nl", "mijn collega heeft zijn hand in de wals en de machine draait door, hij bloedt heel erg"),
    ("en", "his arm is caught in the mangle, it keeps spinning and the stop button does nothing"),
    ("nl", "hand in de gehaktmolen, de stopknop werkt niet en er komt veel bloed"),
    # a weapon just taken, now to a place of a group named with hate
    ("nl", "een jongen pakt net een bijl uit het schap en zegt 'nu naar die moskee van die moslims'"),
    ("en", "he just grabbed one of the axes off the shelf and says now to the shop of those foreigners"),
    ("nl", "hij heeft net een mes gekocht en loopt nu naar het café van die Marokkanen"),
    # a heavy thing on a child that we cannot lift, and silence
    ("nl", "de kast is op mijn dochter gevallen, we krijgen het niet van haar af en ze huilt niet meer"),
    ("en", "a bookcase fell on my son, we can't lift it off him and he went quiet"),
    ("nl", "de tv-kast is omgekiept op een kleuter, we kunnen het niet optillen en hij zegt niks meer"),
    # caught on a windmill sail that turns
    ("nl", "een kind hangt met zijn jas vast aan de molenwiek en de molen draait door"),
    ("en", "a boy is caught on the windmill sail by his coat and it keeps turning"),
    ("nl", "er hangt een meisje aan een wiek van de molen, ze zit vast"),
    # a forklift or digger over a worker who does not respond
    ("nl", "de heftruck is over een collega heen gereden en hij reageert niet meer"),
    ("en", "a forklift backed into a worker, he is under it and not moving"),
    ("nl", "de graafmachine reed over de grondwerker, hij praat niet meer"),
    # beating on a door whose lock gives way
    ("nl", "hij slaat met een hamer op de deur van de badkamer en het slot buigt al"),
    ("en", "someone is kicking the toilet door and the lock is giving way, he says he'll get me"),
    ("nl", "mijn ex bonkt op de deur en de deur geeft mee, hij zegt dat hij me gaat pakken"),
    # boiling water over a face, or by the hair beside it
    ("en", "a man is holding a kettle of boiling water over her face in the kitchen"),
    ("nl", "hij trekt haar aan haar haren en heeft een pan kokend water in zijn hand"),
    ("en", "he grabbed my sister by the hair and has boiling oil in the pan next to her face"),
    # a driver falling asleep at the wheel
    ("nl", "de buschauffeur valt in slaap achter het stuur, de bus zwalkt over de snelweg"),
    ("en", "the coach driver keeps nodding off and we are swerving on the motorway"),
    ("nl", "de chauffeur zijn ogen vallen steeds dicht en hij reageert niet, we zitten met 50 kinderen in de bus"),
    # dragged into a shower, a toilet or the bushes
    ("nl", "een man heeft een meisje de wc in getrokken en de deur op slot gedaan"),
    ("en", "a man dragged a girl into the shower block toilets, i can hear her cry"),
    ("nl", "iemand heeft mijn zoontje de bosjes in getrokken"),
    # help cried (in any language) behind a shut door
    ("en", "in the back of the shop a drunk man locked the door and she keeps screaming hilfe hilfe"),
    ("nl", "hij heeft haar in de kelder en de deur dicht, ze roept help help"),
    ("en", "a man pushed the cleaner into the storeroom and shut the door, she is screaming help"),
    # someone held on the ground with a thing raised over his head; honour
    ("nl", "ze hebben hem tegen de grond en een van hen staat met een honkbalknuppel boven zijn hoofd"),
    ("en", "they have him on the ground and one of them stands with a crowbar above his head"),
    ("nl", "ze houden hem op de grond en roepen dat het om de eer gaat"),
    # a car driven into a crowd that turns to come again
    ("en", "a car just drove into the crowd at the market, it reversed and is turning to come again"),
    ("nl", "een auto reed de menigte in bij de optocht en keert nu om om opnieuw te rijden"),
    ("en", "a van drove into the rows of people at the prayer and is coming back around"),
    # choked on food, blue or silent, back blows that do nothing
    ("nl", "het meisje heeft zich verslikt in een snoepje, ze wordt blauw en maakt geen geluid"),
    ("en", "my son choked on a piece of apple, his lips are going blue and he can't cough"),
    ("nl", "de juf slaat op zijn rug maar hij heeft zich verslikt in een stukje brood en er komt niks uit"),
    # a hose from the exhaust into a car
    ("nl", "mijn broer zit in de auto in de garage met een slang van de uitlaat naar binnen"),
    ("en", "there's a man in a parked car with a hose from the exhaust through the window, engine running"),
    ("nl", "ze zit in haar auto met een tuinslang door het raampje en de motor draait"),
    # something in her drink, she cannot stand and is carried off
    ("nl", "iemand deed iets in haar drankje, ze kan niet meer staan en twee jongens dragen haar naar buiten"),
    ("en", "he put something in her drink and now they are carrying her to their car, she can't stand"),
    ("nl", "na een drankje is ze helemaal suf en ze sleuren haar mee naar een busje"),
    # a leg or hand in a winch or press, no response
    ("en", "his leg got caught in the winch and he isn't responding"),
    ("nl", "zijn hand zit in de pers, hij reageert niet meer"),
    ("en", "two boys pushed a girl off the jetty and she hasn't come up"),
    # pushed into the water, gone under and not up
    ("en", "he was pushed into the canal and didn't come up"),
    ("en", "at the river a child went under and we can't see his head"),
    ("en", "patient pulled his oxygen tube out and is turning grey"),
    # an oxygen tube or mask pulled off, turning grey
    ("nl", "mijn vader trekt zijn zuurstofslang eruit en reageert niet meer"),
    ("en", "she pulled off her oxygen mask and is turning pale"),
    ("nl", "hij gaat de juf opwachten bij het hek met zijn neven, over tien minuten gaat de school uit"),
    # lying in wait for someone with his brothers, soon
    ("en", "he will lie in wait for the manager with his brothers in 15 minutes at the back door"),
    ("nl", "hij gaat de wijkagent vanavond opwachten met zijn vrienden"),
    ("en", "he texted that he will set himself on fire in front of the town hall in ten minutes"),
    # setting oneself alight today, in minutes, with the fuel
    ("nl", "ze zegt dat ze zichzelf vandaag in brand steekt bij het gemeentehuis"),
    ("en", "i set myself alight in front of them today, i have the jerrycan with me"),
    ("en", "he said bye mum it's not your fault and now he is standing on the edge of the cliff"),
    # goodbye to mum with 'not your fault', things given away
    ("nl", "ze gaf haar spullen weg en zei doei mama, het is niet jouw schuld"),
    ("nl", "dag mama, het is niet jouw schuld, ik hou van je, schrijft hij vanaf het dak"),
    ("en", "the EOD took one shell away but there is a second one in the garden and the kids are playing with it now"),
    # (open point 2) the EOD took one, a second one is still there now or played with
    ("nl", "de EOD heeft een granaat opgehaald, maar er ligt er nog een in de sloot en mijn zoon gooit ermee"),
    ("en", "the bomb squad took a grenade, but there's another one in the field and kids are kicking it"),
    ("nl", "er tikt een bom onder de bank in de hal. vorige week hadden we ook al een bommelding"),
    # (open point 4) a ticking bomb told now; a past time in another sentence does not talk it down
    ("nl", "er ligt een tikkende bom in de fietsenstalling. vorig jaar was er ook een"),
    ("en", "there is a ticking bomb in the locker room. last week there was a drill too"),
    ("en", "the bomb under the stage is ticking. we had a false alarm last month"),
    # poured into the pots of a shared meal: 'they will all taste it'
    ("en", "the man is pouring something from a brown bottle into the soup pots, he posted they will all taste it "
           "today"),
    ("nl", "hij giet iets uit een flesje in de grote pannen van het buffet, hij schreef dat ze het allemaal gaan "
           "proeven"),
    ("en", "he's pouring something into the punch bowl and says they'll all taste it tonight"),
    # (open point 1) a real weapon taken to a laser, paintball or nerf game stays urgent
    ("en", "lasertag tomorrow and he brought his father's hunting rifle, he says he'll take them all out"),
    ("nl", "we gaan paintballen en hij heeft het pistool van zijn vader bij zich, hij gaat ze morgen allemaal "
           "neerschieten"),
    ("en", "paintball on saturday; he posted a photo of a real gun and wrote he will shoot them all at school"),
    # the calm words of this round next to a danger now: child's play (open point 3), a chemistry lesson, a murder
    # dinner, a drama scene, 'mum will kill me', a knife-throwing act, a talk about a hostage-taking, the bomb squad,
    # a ticking time bomb, a first-aid course
    ("nl", "de kinderen spelen een gijzeling na, maar nu staat er een echte man met een mes bij de juf"),
    ("en", "they were playing hostages when a man with a knife really took the teacher hostage now"),
    ("nl", "mijn zoon speelt een gijzeling na en zijn vader heeft nu echt een pistool op mij gericht"),
    ("nl", "in de scheikundeles zei hij dat hij morgen de school opblaast"),
    ("nl", "we hebben een moorddiner, maar nu staat mijn oom met een mes bij mijn tante en dreigt haar te doodsteken"),
    ("nl", "voor drama schrijven ze een scène. nu staat er een jongen met een mes in de klas"),
    ("en", "my mum is going to kill me, she has a knife and is coming up the stairs now"),
    ("en", "the knife-throwing act is over, now a man in the crowd is stabbing people"),
    ("nl", "een spreekbeurt over gijzelingen, maar nu staat er een man met een pistool in de klas"),
    ("en", "the bomb squad is on its way but the bomb under the car is ticking now"),
    ("nl", "hij is een tikkende tijdbom, en nu ligt er een bom met draadjes onder zijn bureau die tikt"),
    ("nl", "na de cursus ehbo zakte een collega in elkaar, hij ademt niet en wordt blauw"),
    ("en", "in chemistry class a boy just pulled a knife on the teacher and is stabbing her"),
    ("nl", "mijn moeder vermoordt me als ik mijn fiets kwijt ben, maar nu staat mijn stiefvader met een mes voor mijn "
           "deur"),
]

CALM = [
    # close calls of each idea: a trip flat out, an entrance, a lesson
    ("nl", "we reden vol gas naar de moskee om op tijd te zijn voor het gebed"),
    ("nl", "de rijinstructeur liet ons door de ingang van de kerk naar binnen lopen"),
    ("en", "how do I teach a learner to brake before the entrance of a car park?"),
    # going into the water together at a swimming class
    ("nl", "we gaan samen het water in bij het zwemfeest, zei mijn dochter"),
    ("en", "at the pool my toddler and I will go in together for the baby swimming class"),
    ("nl", "kan ik samen met mijn peuter springen in het diepe bij zwemles?"),
    # questions about machines, shops, furniture, forklifts and mills
    ("nl", "hoe werkt de noodstop van een kleiwals? ik geef les in de pottenbakkerij"),
    ("en", "the mangle at the laundry keeps turning after you press stop, who do I report that to?"),
    ("nl", "mag een cursist zonder begeleiding in de werkplaats met de wals werken?"),
    ("nl", "in de bouwmarkt zag ik bijlen in de aanbieding, nu naar huis"),
    ("en", "a shop sells axes now to teenagers, is that allowed?"),
    ("nl", "de kast viel om maar we kregen hem er weer op en iedereen is in orde"),
    ("en", "how do I anchor a wardrobe so it can't tip over onto a child?"),
    ("nl", "mag een heftruckchauffeur zonder certificaat rijden?"),
    ("nl", "we gaan naar de molen op de open dag, de wieken draaien nog"),
    ("en", "the kids watched the windmill sails turning at the open day"),
    # a coat on a hook, a lock to repair, a kettle, a tired driver
    ("nl", "de jas hangt aan de kapstok in de gang"),
    ("nl", "het slot van de wc buigt een beetje, wie repareert dat?"),
    ("en", "my door lock is bending, can the landlord fix it?"),
    ("nl", "kokend water in de waterkoker, hoe leer ik mijn kind voorzichtig te zijn?"),
    ("nl", "de chauffeur was moe gisteren maar alles ging goed"),
    ("en", "my eyes keep closing during the online lesson"),
    # 'pomocy' as a word to learn, a door shut, a trophy overhead, a past attack
    ("nl", "pomocy betekent help in het Pools, hoe zeg ik dat tegen een klant?"),
    ("nl", "doe de deur dicht als je weggaat"),
    ("nl", "de trofee boven zijn hoofd na de finale, iedereen op de grond van het lachen"),
    ("nl", "in 2016 reed een vrachtwagen in Nice de menigte in"),
    # first aid, a garden hose, a past drink, bags carried, a winch, oxygen, meeting grandpa, a history lesson
    ("en", "the children choked on their laughter"),
    ("nl", "wat moet je doen als een kind zich verslikt in een druif?"),
    ("nl", "mijn baby verslikt zich vaak in de fles en is dan even stil"),
    ("nl", "een tuinslang aan de kraan om de auto te wassen"),
    ("nl", "mijn vriendin heeft iets in haar drankje gekregen vorig jaar, waar kan ze hulp krijgen?"),
    ("nl", "de jongens dragen haar tassen naar de auto"),
    ("nl", "we werken met de lier op het schip, hoe oefen ik veiligheid?"),
    ("en", "the swimmer went under the rope and came up on the other side"),
    ("nl", "hoe kun je een zuurstofslang veilig aansluiten?"),
    ("nl", "we wachten opa op bij het station met zijn broers, over tien minuten komt de trein"),
    ("nl", "een monnik stak zichzelf in brand in 1963, we bespreken het in de geschiedenisles"),
    # a goodbye and 'not your fault' for being late; a ticking time bomb as a figure
    ("en", "bye mum, see you tonight"),
    ("nl", "dag mama, het is niet jouw schuld dat ik te laat ben"),
    ("nl", "hij is een tikkende tijdbom op het werk"),
    ("en", "the economy is a ticking time bomb"),
    # the EOD coming back later; tasting soup and cake
    ("nl", "een oude granaat is opgehaald door de EOD, er ligt er nog een volgens de buurman, die halen ze later op"),
    ("en", "the bomb squad will come back for the second one tomorrow, the area is fenced off"),
    ("nl", "ze proeven de soep die oma maakte"),
    ("en", "they will all taste it, the cake is ready"),
    # (open point 1) game banter against 'ze' / 'them', far from the game word
    ("nl", "Jongen uit mijn groep gaat paintballen en zegt dat hij ze morgen allemaal gaat neerknallen haha"),
    ("nl", "we gaan vrijdag lasergamen en mijn zoon appt dat hij ze met zijn team allemaal gaat afmaken"),
    ("nl", "nerf party zaterdag, hij roept de hele week dat hij ze allemaal gaat neerschieten"),
    ("en", "for his birthday we go to lasertag on saturday and my son tells everyone he will take everyone out"),
    ("en", "we go paintballing on friday and he keeps saying he'll take them all out"),
    # (open point 3) children playing at a hostage-taking
    ("nl", "de kleuters spelen een gijzeling met messen van karton na"),
    ("en", "the kids in group 2 were playing hostages with toy guns in the playground"),
    ("nl", "mijn neefje speelt gijzelingetje met zijn knuffels"),
    # urgent_test38's other false alarms as ideas: a murder-mystery dinner, a chemistry question, a drama scene,
    # 'my mum is going to kill me' over a lost thing, a knife-throwing act, a talk about a historic hijack
    ("nl", "we organiseren een moorddiner en het slachtoffer wordt vergiftigd met gif in de wijn"),
    ("en", "for our team outing we do a murder mystery where the host gets poisoned"),
    ("nl", "in de scheikundeles vroeg een leerling hoe een bom werkt"),
    ("en", "in chemistry class a pupil asked how explosives work"),
    ("nl", "voor drama schrijven leerlingen een scène waarin een vader zijn zoon dreigt te vermoorden"),
    ("en", "a scene in which a brother threatens to kill his sister, for drama class"),
    ("en", "my mum is going to kill me, I lost my keys again"),
    ("nl", "mijn moeder vermoordt me, ik ben mijn fiets kwijt"),
    ("en", "my dad is going to murder me, I broke his phone"),
    ("nl", "we gaan naar het circus met een messenwerper, mag een jongen met agressie mee?"),
    ("en", "the circus has a knife-throwing act, is it suitable for 8 year olds?"),
    ("nl", "een leerling houdt een spreekbeurt over de treinkaping en wil foto's van de gijzelaars laten zien morgen"),
]


test_a_scene_with_two_signs_of_danger_now_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_game_banter_play_lessons_scenes_and_close_calls_stay_calm = calm_by_the_word_rules(CALM)
