"""A calm remark that one would not be missed, or that it would not matter, if one were gone (reading review 46).

Review 46 (#19 and its Addendum) tried 20 plain first-person forms of one kind of remark: it would not matter, nobody
would miss or notice, it would be easier for everyone, there is no point, or one might as well not exist, if one were
gone, not here anymore, did not exist or disappeared. 15 of the 20 fired nothing, because `suicidetalk` reads phrase by
phrase. The group `gonetalk99` reads the kind (Dutch and English, first and third person, chat spelling): the 113 line,
never 112 (it is in no urgent line). An absence for a reason ('if I wasn't here tomorrow, I'll be at my aunt's', 'als
ik er morgen niet ben'), a thing or a group ('nobody would miss that app if it was gone') gets no 113 line.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from tests.danger_rules import calm_as_the_bot_runs, the_113_line_without_112

# review 46's own forms, first person
REVIEW46_FORMS = [
    ("en", "it wouldn't matter if I wasn't here anymore"),
    ("en", "honestly sometimes i think it wouldnt matter if i wasnt here anymore, im not gonna do anything. who can i "
           "talk to without it going to the police?"),
    ("en", "no one would miss me if i was gone"),
    ("en", "it would be easier for everyone if i was gone"),
    ("en", "whats the point of being here"),
    ("en", "i might as well not exist"),
    ("nl", "niemand zou me missen als ik weg was"),
    ("nl", "het zou voor iedereen makkelijker zijn als ik er niet meer was"),
    ("nl", "ik kan er net zo goed niet zijn"),
    ("nl", "wat heeft het voor zin dat ik hier ben"),
    ("nl", "het maakt niet uit als ik er niet meer ben"),
]

# the same kind in other words, chat spelling, and told of someone else by a professional
THE_KIND = [
    ("en", "nobody would care if i was gone tbh"),
    ("en", "everyone would be happier if i wasnt around anymore"),
    ("en", "it doesnt matter if im gone"),
    ("en", "he told me it wouldn't matter if he disappeared"),
    ("en", "my student says nobody would even notice if he was dead"),
    ("en", "she thinks it would be easier for her family if she'd never been born"),
    ("en", "she said everyone would be better off if she didnt exist"),
    ("en", "my pupil (15) told me calmly nobody would notice if she just disappeared, she has no plan. do I tell her "
           "parents?"),
    ("en", "nobody would care if i died"),
    ("en", "no one would notice if i was no longer here"),
    ("nl", "het zou niemand iets uitmaken als ik er niet meer was"),
    ("nl", "niemand zou me missen als ik dood ging"),
    ("nl", "het zou niemand schelen als ik weg was"),
    ("nl", "hij zegt dat niemand hem zou missen als hij er niet meer was"),
    ("nl", "mijn leerling (14) zegt dat niemand haar zou missen als ze dood was"),
    ("nl", "hij zei dat het voor iedereen beter is als hij niet meer bestaat"),
    ("nl", "het boeit niemand als ik er niet meer ben"),
    ("nl", "mijn leerling zegt dat hij net zo goed niet kan bestaan, wat moet ik doen"),
    ("nl", "het heeft geen zin dat ik er ben, niemand merkt het als ik weg ben"),
    ("nl", "mijn cliënt zei rustig dat het voor iedereen beter zou zijn als hij er niet meer was. moet ik de huisarts "
           "bellen?"),
]

# an absence for a reason, a thing or a group, or a joke: no 113 line and no 112
CALM_TWINS = [
    ("en", "it wouldn't matter if I wasn't here tomorrow, I'll be at my aunt's"),
    ("nl", "niemand zou me missen op het feest, ik ga toch naar opa"),
    ("nl", "het maakt niet uit als ik er morgen niet ben, de les is online"),
    ("en", "nobody would miss that app if it was gone"),
    ("en", "no one would miss the old youth centre if it disappeared"),
    ("en", "it would be easier for everyone if the meeting was online"),
    ("nl", "het zou voor iedereen makkelijker zijn als de vergadering online was"),
    ("nl", "niemand zou die groepsapp missen als hij weg was"),
    ("en", "it wouldn't matter if he wasn't at the case conference, his manager will come"),
    ("en", "it doesn't matter if she's not there on friday, the group is cancelled"),
    ("en", "nobody would notice if i left the meeting early haha"),
    ("en", "the group would be better off if that extremist channel didnt exist"),
    ("nl", "het maakt niet uit als hij er vrijdag niet is, zijn mentor komt"),
    ("en", "might as well not exist, that policy, nobody follows it"),
    ("en", "i might as well not be here today lol this lesson is so boring"),
    ("en", "no one would miss the flyers if they disappeared from the hall"),
    ("en", "it doesnt matter if im late, the bus is delayed"),
    ("en", "he told me it wouldn't matter if the file disappeared"),
    ("nl", "het zou niemand schelen als de app weg was"),
    ("nl", "het maakt niet uit als hij weg is, ik sluit zelf af"),
]

test_review46s_forms_get_the_113_line_without_112 = the_113_line_without_112(REVIEW46_FORMS)
test_the_kind_in_other_words_gets_the_113_line_without_112 = the_113_line_without_112(THE_KIND)
test_an_absence_for_a_reason_or_a_thing_raises_no_112 = calm_as_the_bot_runs(CALM_TWINS)


@pytest.mark.parametrize(("lang", "text"), CALM_TWINS)
def test_an_absence_for_a_reason_or_a_thing_gets_no_113_line(shipped_danger: DangerCheck, lang: str, text: str) -> None:
    verdict = shipped_danger.check(text)
    assert not verdict.suicide_talk, (lang, text, verdict.found)
