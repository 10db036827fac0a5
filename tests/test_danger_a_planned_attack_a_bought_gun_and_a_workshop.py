"""Three gaps reading review 21 and helper DR37 found in the word rules (twenty-seventh session).

- A plan to attack a place of worship told with the Dutch separable verb ("plannen om een moskee aan te vallen")
  matched no line: "aan te vallen" was not an attack word. Told alone it is urgent now, as in English. With a question
  about the rules after it and no time or means ("mag ik mijn beroepsgeheim doorbreken?") it is a professional's
  question, calm, as an earlier test decided for "a group that is planning an attack on a mosque. should i break
  confidentiality?" (tests/test_danger_professional_questions_absences_and_collapses_after_a_course.py); the answer
  then names 112 for acute danger. A lesson or a discussion of a past attack calms it too. (In English "told me about
  his plans to attack" still reads "about ... to" as a time, "about to", and stays urgent: a false alarm left.)
- A gun told as bought, with a wish to die as a martyr or to die, was calmed by "vorige week" ("vorige week zei hij
  terloops dat hij een vuurwapen heeft gekocht"): whenever he bought it, he has it now. Only a denial talks it down;
  a film, a book or a school paper where someone buys a gun (present tense, "koopt") is no gun bought.
- "workshop" was a calm phrase as a training, and also calmed the room: "a screwdriver to her neck in the workshop".
  A workshop on or about something, or "a workshop", still calms.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules


CAUGHT = [
    ("nl", "een patient vertelt me over plannen om een moskee aan te vallen"),
    ("nl", "een klant vertelt dat hij plannen heeft om de synagoge aan te vallen"),
    ("nl", "mijn neef zegt dat hij van plan is om morgen de kerk aan te vallen, mag ik dat aan de wijkagent vertellen?"),
    ("en", "a patient told me about his plans to attack a mosque"),
    ("nl", "een jonge klant wil martelaar worden en vorige week zei hij terloops dat hij een vuurwapen heeft gekocht"),
    ("nl", "hij heeft vorige maand een pistool gekocht en wil martelaar worden. mag ik dit delen?"),
    ("en", "he mentioned last week that he bought a gun and wants to die as a martyr"),
    ("en", "my client bought a pistol a while ago and says he wants to die, can i tell his gp?"),
    ("en", "a man is holding a screwdriver to her neck in the workshop"),
    ("en", "in the workshop a boy holds a knife to another boy's throat"),
]

CALM = [
    ("nl", "ik ben huisarts. een patient van 20 vertelt me over plannen om een moskee aan te vallen. mag ik mijn "
           "beroepsgeheim doorbreken?"),
    ("nl", "in de les bespraken we de plannen om een moskee aan te vallen in christchurch"),
    ("nl", "mijn leerling vroeg in de geschiedenisles waarom de dader van christchurch van plan was de moskee aan te "
           "vallen"),
    ("nl", "hoe bespreek ik met mijn klas de aanslag op een moskee"),
    ("nl", "in de film koopt de hoofdpersoon een wapen en wil hij martelaar worden"),
    ("nl", "een werkstuk over terroristen die een wapen kopen en martelaar willen worden"),
    ("en", "in the novel he buys a gun because he wants to die as a martyr"),
    ("nl", "de politie heeft het pistool dat hij had gekocht in beslag genomen, hij wilde martelaar worden maar is nu "
           "opgenomen en er is geen gevaar meer"),
    ("en", "we had a workshop on knife crime and the trainer showed how an attacker holds a knife to your neck"),
    ("nl", "de workshop over messen: de trainer liet zien hoe iemand een mes tegen je keel houdt"),
    ("nl", "we bespraken in het team wat we doen als iemand met een mes binnenkomt"),
]


test_the_danger_is_read = urgent_by_the_word_rules(CAUGHT)
test_a_lesson_a_story_or_a_training_stays_calm = calm_by_the_word_rules(CALM)
