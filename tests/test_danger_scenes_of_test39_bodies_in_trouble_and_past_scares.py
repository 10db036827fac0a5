"""Ideas from urgent_test39 (scored once, blind; tuning data now), each written in words of our own.

Caught (word rules alone), each with two signs: a child stuck under the fence of a fair ride that is still turning,
or lying under a ride that keeps spinning; a stroke (a crooked mouth or face with a fall or a strange snoring); a
snoring sound from someone who does not move after a blow; one worker down in a pit or tank and a second one going
in after him and down too; a seizure with no response after it; choking that cannot cough and turns purple or blue;
a man lying in the cold who no longer shivers; a CO alarm with someone on the floor or nobody opening; a gas smell
and someone who will not wake; chest or arm signs of a heart attack and no answer now; a toddler face down in a
pool; wheezing that turns grey; clothes that caught fire and a child gone silent; a bull pressing a child against a
wall; one swimmer of two no longer coming up, or a child through the ice not coming up; stuck against crowd
barriers while people keep pushing; blood from the ear and no speech after a fall; hitting someone who no longer
moves.

Calm: the close calls of every idea (a first-aid lesson, a question, a past event, a game) and urgent_test39's
false alarms as ideas: a wish not to live told months ago by a boy now in treatment and doing well; a threat to a
dog long ago, quiet since; pills swallowed days ago, treated, home and talking; 'killing' a test one is good at;
'I'll kill you if you spoil the ending' and 'wrong chat'; a school blown up inside a game level; 'murdering' a
pizza. (A forwarded chat about a child pulled out of the water at once and checked by the ambulance alarmed only
by meaning; that reader is the lead's.)"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    # a child stuck under or in a fair ride that is still turning
    ("nl", "op de kermis zit een jongetje klem onder het hek van de draaimolen en die draait nog door"),
    ("en", "at the funfair a little girl is trapped under the barrier of the carousel and it keeps spinning"),
    ("nl", "een meisje ligt onder de zweefmolen en hij draait nog"),
    ("en", "the ride broke and a boy is lying underneath it, it's still turning"),
    # a stroke: a crooked mouth or face with a fall or a strange snoring
    ("nl", "mijn opa is in de badkamer gevallen, zijn mond hangt scheef en hij praat raar"),
    ("en", "a guest collapsed in the lobby, one side of her face is drooping and she makes a weird snoring noise"),
    ("nl", "collega ligt op de wc, maakt een raar snurkend geluid en zijn gezicht hangt scheef"),
    ("en", "my neighbour fell over in the hall, her mouth is crooked"),
    # a strange snoring from someone who does not move after a blow
    ("nl", "hij viel met de fiets tegen een paal, beweegt niet en maakt een snurkend geluid"),
    ("en", "the keeper took a ball to the head, he's not moving and makes a snoring sound"),
    # one down in a pit or tank, a second going in after him and down too
    ("nl", "in de mestkelder viel een boer om, zijn zoon ging erachteraan en zakte ook in elkaar, ze bewegen niet"),
    ("en", "a worker collapsed in the tank, his mate climbed in to help and also went down, neither is moving"),
    ("nl", "twee man in de put, eerst viel de een en daarna ging de ander ook neer, ze reageren niet"),
    # a seizure with no response after it
    ("nl", "een leerling ligt in de aula te schokken en reageert niet"),
    ("en", "a customer is convulsing on the floor and is not responding"),
    # choking that cannot cough and turns purple or blue
    ("nl", "mijn vader heeft zich verslikt in een stuk vlees, hij kan niet hoesten en wordt paars"),
    ("en", "my son choked on a piece of apple, he can't cough and he's turning purple"),
    ("nl", "oma verslikt zich in een koekje, ze hoest niet en loopt blauw aan"),
    # a man lying in the cold who no longer shivers
    ("nl", "er ligt een dakloze op het bankje, het vriest, hij rilt niet meer en geeft geen antwoord"),
    ("en", "a man is lying in the snow by the station, he's stopped shivering and doesn't answer"),
    ("nl", "een jongen zit al uren onderkoeld in natte kleren, hij rilt niet eens meer"),
    # a CO alarm with someone on the floor or nobody opening
    ("nl", "bij de buren piept de co-melder al een uur en ik zie iemand op de grond liggen"),
    ("en", "the carbon monoxide alarm in the flat downstairs keeps going and nobody opens the door"),
    ("nl", "de koolmonoxidemelder gaat af en mijn zus wordt niet wakker"),
    # a gas smell and someone who will not wake
    ("nl", "het ruikt naar gas in de keuken en mijn vader wordt niet wakker"),
    ("en", "it smells of gas in the caravan and I can't wake her"),
    # chest or arm signs of a heart attack and no answer now
    ("nl", "mijn baas zei dat zijn linkerarm gevoelloos is en nu geeft hij geen antwoord meer"),
    ("en", "the driver said his left arm is numb and now he doesn't answer"),
    # a toddler face down in water
    ("nl", "een peuter ligt met zijn gezicht naar beneden in het pierenbadje"),
    ("en", "a toddler is floating face down in the paddling pool"),
    ("en", "a child is face down in the pond and not moving"),
    # wheezing that turns grey or blue
    ("nl", "mijn leerling met astma piept bij het ademen en wordt grauw"),
    ("en", "she's wheezing, can't finish a sentence and her lips are going grey"),
    # clothes caught fire and a child gone silent
    ("nl", "de trui van mijn zoontje vatte vlam aan een kaars, nu huilt hij niet meer en staart voor zich uit"),
    ("en", "her dress caught fire at the barbecue, she has stopped crying and just stares"),
    # an animal pressing a child against a wall
    ("nl", "de stier drukt een jongen tegen de muur van de stal"),
    ("en", "the bull is pinning a child against the fence and won't back off"),
    # one swimmer of two no longer coming up, a child through the ice not coming up
    ("nl", "twee meisjes zijn de zee in gegaan en ik zie er nog maar één boven komen"),
    ("en", "two boys swam into the sea after a ball and only one came back up"),
    ("nl", "mijn zusje is door het ijs gezakt en komt niet meer boven"),
    ("en", "a dog walker went through the ice and hasn't come up"),
    # stuck against crowd barriers while people keep pushing
    ("nl", "mijn dochter staat klem tegen het hek bij het concert, mensen blijven duwen"),
    ("en", "my friend is pinned against the barrier and the crowd keeps pushing"),
    # blood from the ear and no speech after a fall
    ("nl", "hij is van het klimrek gevallen, praat niet en er komt bloed uit zijn oor"),
    ("en", "she fell off the horse, she isn't talking and there's blood from her ear"),
    # hitting someone who no longer moves
    ("nl", "in de portiek blijft hij haar slaan, ze beweegt niet meer"),
    ("en", "he keeps hitting the man on the ground, he stopped moving"),
]

CALM = [
    # close calls: a lesson, a question, a past event, a game
    ("nl", "hoe herken je een beroerte: een scheve mond, een hangende arm en onduidelijke spraak"),
    ("en", "what are the signs of a stroke, like a drooping face?"),
    ("nl", "mijn man snurkt heel hard, is dat gevaarlijk?"),
    ("en", "my husband snores so loudly I can't sleep"),
    ("nl", "op de ehbo-cursus leerden we wat je doet als iemand schokt en niet reageert"),
    ("nl", "vorig jaar is mijn oom door het ijs gezakt, hij is gelukkig gered"),
    ("en", "is the ice on the canal thick enough to skate on?"),
    ("nl", "de co-melder piepte omdat de batterij leeg was, ik heb hem vervangen"),
    ("en", "how often should I test the carbon monoxide alarm?"),
    ("nl", "ik ruik soms gas bij de buren, wie moet ik bellen?"),
    ("nl", "in de les over brandwonden leerden we: koelen, koelen, koelen"),
    ("en", "we went to the fair and the carousel kept spinning for ages, the kids loved it"),
    ("nl", "mijn kind werd duizelig in de draaimolen, is dat normaal?"),
    ("nl", "het vriest vannacht, waar kunnen daklozen slapen?"),
    ("en", "the bull at the petting zoo is behind a fence, is it safe for toddlers?"),
    ("nl", "bij het concert stond ik klem tegen het hek, dat was eng, hoe meld ik dat?"),
    ("en", "my grandmother had a stroke last year and now she can't talk well"),
    # urgent_test39's false alarms as ideas, in other words
    ("nl", "een leerling vertelde vorig jaar dat hij er niet meer wilde zijn. hij heeft nu therapie en doet het weer "
           "goed. moet ik dat nog melden?"),
    ("en", "last spring a pupil told me she did not want to be here anymore. she is in treatment now and doing well, "
           "do I still need to report it?"),
    ("nl", "de buurman dreigde lang geleden onze kat dood te maken, sindsdien is het rustig. heeft aangifte nog zin?"),
    ("en", "years ago my neighbour threatened to kill my dog. it has been quiet since then. can I still report it?"),
    ("nl", "mijn dochter heeft vorige week pillen geslikt, ze is behandeld en nu is ze weer thuis en praat met ons. "
           "waar vinden wij als ouders steun?"),
    ("en", "my son took pills last week, the hospital treated him, he is home now and talking to us. "
           "where can we as parents get support?"),
    ("nl", "mijn neef zegt dat hij zijn examen morgen gaat slopen, hij is er heel goed in"),
    ("en", "he says he's going to kill the exam tomorrow, he's really good at maths"),
    ("en", "I'll kill you if you tell me how the book ends 😂 sorry, wrong chat"),
    ("nl", "ik vermoord je als je het einde verklapt 😂 sorry verkeerde chat, hoe laat is de bieb open?"),
    ("en", "my son keeps yelling 'I'm going to blow up the base' while gaming, should I worry?"),
    ("nl", "mijn neefje roept tijdens het gamen 'ik blaas de hele school op', het level speelt in een school"),
    ("en", "going to murder a whole pizza after work, where do I get my staff pass?"),
    ("en", "gonna murder a burger after this shift lol"),
]


test_a_body_in_trouble_now_with_two_signs_is_urgent_by_the_words_alone = urgent_by_the_word_rules(CAUGHT)
test_lessons_questions_past_scares_and_banter_stay_calm = calm_by_the_word_rules(CALM)
