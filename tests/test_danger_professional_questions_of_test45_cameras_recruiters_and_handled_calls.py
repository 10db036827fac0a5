"""Calm professional questions of the judged split test45 that raised a false 112 alarm (DR42), with variants.

Calm: cameras hung up at a named place or against theft ('slimme cameras bij het station ophangen tegen
fietsendiefstal') are no hanging; a son who talks at home of violence 'against traitors' in politics names no target
and no time; a threat called in to the control room that colleagues or the police went to is handled (the caller asks
where to get support herself); a former member who posts hate messages with photos of weapons, and a former pupil who
leaves threatening comments under a school's posts, are online words to report, not a weapon in use; a young man who
collects money for an armed group and tries to persuade others to go and fight is recruiting (a worry to report); a
client who wanted to pawn things to pay for his trip to a conflict area told a preparation, not a departure; a
chaplain's patient who wanted to be a martyr and 'still has plans', asked as a question about the duty of silence,
has no target or time (as reading audit R18 #23); manuals for explosives found in a room are a text, no material; a
student who told classmates he wants to join the fight in Syria, asked as 'the wijkagent or the gemeente?', is a wish
without a date, like test43's 'is it allowed to call the wijkagent'.

Urgent: the same words beside a danger now or soon: a boy who wants to hang himself by the camera in the hall (a
camera with a gap before 'ophangen' is never a figure); a threat to traitors with a knife at the town hall now or a
stabbing tomorrow; a handled call followed by a bomb at the station now; photos of weapons and a gun at the
synagogue now; a recruiter who leaves for Syria tonight; a trip paid for with a departure tomorrow or someone at
Schiphol now; threatening comments and a knife in the schoolyard now; a martyr wish with an attack tomorrow; manuals
and a ticking bomb; a wish to fight abroad with a flight tonight, whatever office is asked about; a fight in a
conflict area as purpose ('naar syrie wil om te vechten', the DR40 line) even with that question.

Kept urgent by the lead's reading of test45 (not tested here, they are in the judged file): 'acuut gevaar wat doen';
a student who wants to buy weapons 'to tackle the system'; a hotel guest watching bomb-making videos who asks the
route to parliament; a boy who has left and whose mother thinks he goes abroad to fight; a cousin's video with a
knife and 'I will punish the unbelievers'; an attack on a mosque next month with details; a video with a gun and
'clean the street of foreigners'; and (DR42's call) a fan of 15 who writes he is in a group that will take revenge on
his school: a named target and a group, no time the writer can check, like the mosque plan kept urgent.

Known and left open: test41 keeps 'my son wants to go to syria' (a parent's cry, no question) urgent, and DR40 keeps
'naar syrie wil om te vechten' urgent unless denied, while an English wish 'to join the fight in Syria' asked with a
question about the office is calm by the aside: whether a wish to fight abroad without a date is ever 112 is the
lead's policy to settle across the three tests.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


# test45 #8: cameras hung up at a place, against theft
CAMERAS_CALM = [
    ("nl", "onze gemeente wil slimme cameras bij het station ophangen tegen fietsendiefstal. moeten we daarvoor eerst "
           "een dpia doen?"),
    ("nl", "de school wil camera's in de fietsenstalling ophangen, moet dat eerst langs de privacy officer?"),
    ("nl", "de woningcorporatie wil een camera in het trappenhuis ophangen, mag dat zonder toestemming van de "
           "huurders?"),
    ("en", "our municipality wants to hang up smart cameras at the station against bike theft. do we need a dpia "
           "first?"),
]
CAMERAS_CAUGHT = [
    ("nl", "hij zegt dat hij zich wil ophangen aan de camera in de gang"),
    ("nl", "er hangt een camera in de gang en hij wil zich daar ophangen"),
    ("nl", "de gemeente wil cameras ophangen, maar nu wil een jongen zich ophangen in het trappenhuis"),
    ("nl", "ze willen cameras bij het station ophangen, maar een jongen wil zich nu voor de trein gooien"),
]

# test45 #103: violence against 'traitors' talked about at home
TRAITORS_CALM = [
    ("nl", "ik werk in de logeeropvang. een moeder vertelt dat haar oudste zoon thuis dreigt met geweld tegen "
           "landverraders in de politiek. mag ik dit doorgeven en aan wie?"),
    ("nl", "een leerling roept in de klas steeds op tot geweld tegen verraders in de regering. bij wie meld ik dat?"),
    ("en", "a mother says her son talks at home about violence against traitors in politics. may i pass this on?"),
]
TRAITORS_CAUGHT = [
    ("nl", "een moeder vertelt dat haar zoon dreigt met geweld tegen landverraders en nu staat hij met een mes bij het "
           "gemeentehuis"),
    ("nl", "hij dreigt met geweld tegen landverraders en zegt dat hij morgen de burgemeester neersteekt"),
    ("en", "a mother says her son threatens violence against traitors and he is now at the town hall with a knife"),
]

# test45 #107: a threat called in and handled; the caller asks for support
HANDLED_CALL_CALM = [
    ("nl", "ik ben centralist op de meldkamer. een vrouw belde over haar broer die dreigde iets op te blazen, collega's "
           "zijn erheen gegaan. ze belt nu terug met de vraag waar ze zelf steun kan krijgen."),
    ("nl", "een buurvrouw belde omdat haar zoon dreigde het huis in brand te steken, de politie is erheen gegaan. waar "
           "kan zij nu terecht voor steun?"),
    ("en", "i take calls in the control room. a woman called about her brother who threatened to blow something up, "
           "the police went there. she asks where she can get support herself."),
]
HANDLED_CALL_CAUGHT = [
    ("nl", "een vrouw belde over haar broer die dreigde iets op te blazen, collega's zijn erheen gegaan, maar nu staat "
           "hij met een bom bij het station"),
    ("nl", "de politie is erheen gegaan. nu zegt hij dat hij vanavond het station opblaast"),
    ("en", "the police went there, but now he is standing at the school gate with a gun"),
]

# test45 #123 and #152: photos of weapons posted; threatening comments under a school's posts
ONLINE_CALM = [
    ("nl", "ik ben leider bij een joodse jeugdbeweging. een oud-lid post nu haatberichten over moslims met fotos van "
           "wapens. mogen we zijn ouders en de wijkagent inlichten?"),
    ("nl", "een oud-leerling deelt op instagram foto's van wapens en teksten tegen joden. moet ik dat melden?"),
    ("en", "a former member posts hate messages with photos of weapons. may we tell his parents?"),
    ("nl", "ik beheer de socials van onze school. onder onze posts zet een oud-leerling reacties met bedreigingen "
           "tegen moslimleerlingen. aan wie binnen school geef ik dit door?"),
    ("nl", "onder de posts van de school staan bedreigende reacties van een oud-leerling. moet ik dat melden bij de "
           "directie?"),
    ("en", "i manage our school's social media. a former pupil leaves threatening comments about muslim pupils under "
           "our posts. whom do i tell?"),
]
ONLINE_CAUGHT = [
    ("nl", "een oud-lid post fotos van wapens en staat nu met een geweer bij de synagoge"),
    ("nl", "hij post foto's van wapens en zegt dat hij morgen de moskee aanvalt"),
    ("en", "he posts photos of weapons and is now outside the mosque with a gun"),
    ("nl", "onder onze posts zet een oud-leerling reacties met bedreigingen en nu staat hij met een mes op het "
           "schoolplein"),
    ("nl", "een oud-leerling zet bedreigende reacties onder onze posts en zegt dat hij morgen de school aanvalt"),
    ("en", "he leaves threatening comments under our posts and now he is at the school gate with a gun"),
]

# test45 #125 and #132: persuading others to go and fight; money for a trip to a conflict area
RECRUITING_AND_TRIP_CALM = [
    ("nl", "bij ons koerdisch cultureel centrum hoorde ik dat een jongen van 18 geld inzamelt voor een gewapende groep "
           "en anderen wil overhalen om te gaan vechten. hoe meld ik dit anoniem?"),
    ("nl", "in de moskee probeert een jongen anderen over te halen om te gaan vechten. hoe meld ik dat zonder dat "
           "iedereen het weet?"),
    ("en", "at our community centre a young man collects money for an armed group and tries to persuade others to go "
           "and fight. how do i report this anonymously?"),
    ("nl", "ik heb een pandjeshuis en een jonge klant wilde spullen belenen om zijn reis naar een strijdgebied te "
           "betalen, dat zei hij letterlijk. moet ik dit melden?"),
    ("nl", "een jongen vroeg bij de bank een lening om zijn reis naar syrie te betalen. mag de bank dat doorgeven?"),
    ("en", "a young customer wanted to sell his phone to pay for his trip to a war zone. must i report this?"),
]
RECRUITING_AND_TRIP_CAUGHT = [
    ("nl", "een jongen zamelt geld in voor een gewapende groep en wil anderen overhalen om te gaan vechten, hij "
           "vertrekt vanavond naar syrie"),
    ("nl", "hij probeert anderen over te halen om te gaan vechten en staat nu met een mes in de moskee"),
    ("en", "he tries to persuade others to go and fight and flies to turkey tonight"),
    ("nl", "een klant wilde zijn reis naar een strijdgebied betalen en vertrekt morgen"),
    ("nl", "een klant wilde spullen belenen om zijn reis naar syrie te betalen, hij staat nu op schiphol"),
    ("en", "a customer wanted to pay for his trip to a war zone and leaves tonight"),
]

# test45 #118 and #133 (DR42's call): a martyr wish asked as a question about the duty of silence; manuals found
SILENCE_AND_MANUALS_CALM = [
    ("nl", "ik ben geestelijk verzorger in een ziekenhuis. een jonge patient vertelt na een ongeluk dat hij eigenlijk "
           "martelaar had willen worden en nog steeds plannen heeft. geldt mijn zwijgplicht hier altijd?"),
    ("nl", "een patient zegt dat hij martelaar wil worden. hoe ver gaat mijn zwijgplicht als pastor?"),
    ("nl", "als slotenmaker moest ik een deur openen voor een verhuurder en in de kamer van de jonge huurder lagen "
           "handleidingen voor explosieven. ben ik verplicht dit te melden?"),
    ("nl", "bij het schoonmaken vond ik in de kamer van een student een handleiding voor het maken van bommen. moet ik "
           "dit melden?"),
    ("en", "as a cleaner i found manuals for explosives in a young tenant's room. must i report this?"),
]
SILENCE_AND_MANUALS_CAUGHT = [
    ("nl", "een patient wil martelaar worden en zegt dat hij morgen een aanslag pleegt. geldt mijn zwijgplicht?"),
    ("nl", "een patient staat nu met een mes op de gang en wil martelaar worden. geldt mijn zwijgplicht?"),
    ("nl", "in de kamer lagen handleidingen voor explosieven en een tas met een bom die tikt"),
    ("nl", "hij heeft handleidingen voor explosieven en zegt dat hij morgen het station opblaast"),
    ("en", "i found manuals for explosives and he says he will blow up the school tomorrow"),
]

# test45 #161: a wish to fight abroad told to classmates, asked as 'the wijkagent or the gemeente?'
WHICH_OFFICE_CALM = [
    ("en", "I teach at an international school and my student of 16 told classmates he wants to join the fight in "
           "Syria. I am not Dutch and don't know the system. Do I go to the wijkagent or the gemeente?"),
    ("nl", "een leerling van 16 vertelde klasgenoten dat hij in syrie wil gaan vechten. ga ik naar de wijkagent of de "
           "gemeente?"),
    ("en", "a pupil told the class he wants to go and fight in syria. do i contact the wijkagent or the municipality?"),
    ("en", "a volunteer at our mosque says a boy wants to join the fighting in syria. community officer or the "
           "municipality?"),
]
WHICH_OFFICE_CAUGHT = [
    ("en", "my student told classmates he wants to join the fight in syria and he flies to turkey tonight. wijkagent "
           "or gemeente?"),
    ("nl", "een leerling zei dat hij in syrie wil gaan vechten en hij staat nu op schiphol. wijkagent of de gemeente?"),
    ("en", "wijkagent or the gemeente? a boy is stabbing people in the canteen right now"),
    ("en", "he showed a video with a gun and said he will clean the street of foreigners. is this for the wijkagent "
           "or the gemeente?"),
    # a fight in a conflict area as purpose: the DR40 line, which no aside talks down
    ("nl", "een leerling zegt dat hij naar syrie wil om te vechten. wijkagent of gemeente?"),
]

CALM = (CAMERAS_CALM + TRAITORS_CALM + HANDLED_CALL_CALM + ONLINE_CALM + RECRUITING_AND_TRIP_CALM
        + SILENCE_AND_MANUALS_CALM + WHICH_OFFICE_CALM)
CAUGHT = (CAMERAS_CAUGHT + TRAITORS_CAUGHT + HANDLED_CALL_CAUGHT + ONLINE_CAUGHT + RECRUITING_AND_TRIP_CAUGHT
          + SILENCE_AND_MANUALS_CAUGHT + WHICH_OFFICE_CAUGHT)


test_a_professional_question_without_danger_now_is_calm = calm_by_the_word_rules(CALM)
test_a_danger_told_now_or_soon_stays_urgent = urgent_by_the_word_rules(CAUGHT)
