"""Gaps in the word rules that the forty-ninth session's danger helpers left (DR91, DR93), closed as kinds.

- A shooting told as going on, with no 'er wordt geschoten': 'hij schiet om zich heen', 'he is shooting now' (the
  meaning model caught some, the first reader none). 'het schiet nu op' (it is progressing) and a photographer
  'shooting now for the yearbook' stay calm.
- Acid thrown with the thrower between the verb and the acid ('nu gooit een jongen op het plein zuur naar een
  meisje'); only 'gooit zuur' side by side was read.
- A departure to a fighting group told with its day, without a wish word ('vanavond vertrekt hij al naar
  al-Shabaab'): leaving today or tonight to join is 112 by the policy; a departure far ahead or told as past stays
  calm.
- A wish far ahead ('wil ooit', 'ooit wel eens', 'later wil') was a calm phrase, so it talked down a knife waved in
  the same sentence ('hij zegt dat hij ooit iets wil opblazen en hij zwaait met een mes in de klas'). It is an aside
  now: it talks down a wish (an intent line) and nothing firm. The wish alone stays calm.
Over every set (rules alone, 24,248 messages) no verdict moved with these changes.
"""

from __future__ import annotations

from tests.danger_rules import calm_by_the_word_rules, urgent_by_the_word_rules

URGENT = [
    ("en", "he is shooting now"),
    ("en", "there is a boy in the hallway and he's shooting now"),
    ("en", "they are shooting now near the main entrance of the school"),
    ("nl", "hij schiet nu om zich heen"),
    ("nl", "er loopt een man door de gang en hij schiet om zich heen"),
    ("nl", "twee jongens schieten op het plein om zich heen"),
    ("nl", "nu gooit een jongen op het plein zuur naar een meisje"),
    ("nl", "een man gooit bij de bushalte zuur naar zijn ex"),
    ("en", "a man throws a bottle of acid at a girl at the bus stop"),
    ("nl", "vanavond vertrekt hij al naar al-Shabaab"),
    ("nl", "mijn leerling vertrekt vannacht naar IS, wat moet ik doen"),
    ("en", "he leaves tonight to join al-Shabaab"),
    ("nl", "hij zegt dat hij ooit iets wil opblazen en hij zwaait met een mes in de klas"),
    ("nl", "ze zei dat ze later wil vechten en ze zwaait nu met een mes op de gang"),
]

CALM = [
    ("nl", "het schiet nu lekker op met het dossier, mag ik het delen?"),
    ("en", "the photographer is shooting now for the yearbook, is that allowed under gdpr?"),
    ("nl", "in de les ging het over een aanslag waarbij iemand om zich heen schoot"),
    ("nl", "in de serie gooit een man zuur naar zijn ex, mag ik die aflevering in de klas laten zien?"),
    ("nl", "hij wil ooit naar syrie om familie te zien"),
    ("nl", "hij zegt dat hij ooit wel eens iets groots wil opblazen, maar heeft geen plan en geen datum"),
    ("nl", "hij wil later bij het leger, mag ik dat aan zijn mentor vertellen?"),
    ("en", "is there support for families whose son left to fight abroad years ago?"),
]

test_a_shooting_acid_or_a_departure_tonight_told_now_is_urgent = urgent_by_the_word_rules(URGENT)
test_a_wish_far_ahead_a_scene_or_an_everyday_phrase_stays_calm = calm_by_the_word_rules(CALM)
