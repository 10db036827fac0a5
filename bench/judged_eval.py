"""Scoring on a judged set: the right id, not a regex hit.

Items are ``{q, lang, role, ids: [..], offtopic: bool}`` (bench/judged/): ``ids`` are the acceptable FAQ
ids, first best; empty ``ids`` and not off-topic means "no entry yet", where the right thing is not to
answer confidently. Per item the outcome is ``right`` (an acceptable id), ``wrong`` (a confident answer
that is not acceptable) or ``silent`` (no confident answer). An item is *correct* when it is right, or
silent where silence is right (off-topic, no entry yet).
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.faq.language import detect_language
from bot.faq.matcher import FaqIndex, Thresholds, decide
from bot.faq.message import read_message

Ranked = list[tuple[str, float]]
# The judged splits used for tuning (dev.yaml from the start; test.yaml once it had been scored once per method,
# from 29 Nov 2026 evening) and the held-out split, written blind afterwards and scored once (bench/judged/).
# test2.yaml was the held-out split for the subject-word matcher (scored once, 137 entries), test3.yaml for the
# 17 practice entries (scored once, 154 entries), test4.yaml (written blind after that) for the variant work on
# neighbouring entries (scored once; its misses were then read, so from 29 Nov 2026 late it is tuning data too).
# test5.yaml, written blind after that, was held out for the thresholds retuned on those three (scored once).
# test6.yaml, written blind on 29 Nov 2026 night, was held out for the first decision model (scored once, then
# read for variants). test7.yaml, written blind on 30 Nov 2026, was held out for the model retrained on seven
# splits (scored once: 88.3 % precision; then read for variants and new entries). test8.yaml, written blind after
# that, was held out for the model retrained on eight splits (scored once: 91.7 % precision, 4.2 % confidently
# wrong; then read). test9.yaml, written blind after that, was held out for the model retrained on nine splits
# (scored once: 93.5 % precision, 4.8 % wrong; then read, and relabelled by note for praktijkvragen_8).
# test10.yaml, written blind after that, was held out for the model retrained on all ten (scored once on
# 30 Nov 2026: 91.4 % precision, 4.9 % wrong, 94.2 % off-topic rejected; then relabelled by note for
# praktijkvragen_9), so it is tuning data now. test11.yaml, written blind after that, was held out for the model
# retrained on all eleven (scored once on 30 Nov 2026: 86.7 % precision, 6.1 % wrong, 98.2 % off-topic rejected;
# short questions 84.0 % / 9.2 %); then read. test12.yaml, written blind after that, was held out for the model
# retrained on twelve with melden apart from delen (scored once: 85.7 % precision, 6.9 % wrong, 98.3 % off-topic
# rejected); then read. test13.yaml, written blind after that, was held out for the model retrained on thirteen
# with smoothed threshold choice (scored once on 30 Nov 2026: 91.4 % precision, 5.2 % wrong, 96.0 % off-topic
# rejected; stories 96.4 % / 1.6 %, short questions 88.7 % / 10.4 %); then read. test14.yaml, written blind
# after that, was held out for the model retrained on fourteen after a review of stale labels (scored once on
# 30 Nov 2026: 86.5 % precision, 8.3 % wrong, 96.4 % off-topic rejected; stories 87.3 % / 6.3 %, short questions
# 86.0 % / 10.9 %); then read. test15.yaml (209 questions), written blind after that, was held out for the model
# retrained on fifteen (scored once on 30 Nov 2026: 94.4 % precision, 2.9 % wrong, 100 % off-topic rejected;
# stories 97.1 % / 1.8 %, short questions 92.7 % / 4.2 %); then read. test16.yaml and test17.yaml (200 each)
# were written blind at the same time. test16 was held out for the model retrained on sixteen splits (scored once
# on 30 Nov 2026: 86.4 % precision, 6.5 % wrong, 94.7 % off-topic rejected; stories 80.6 % / 6.7 %, short
# questions 90.0 % / 6.2 %); then read. test17 was held out for the model retrained on seventeen splits after
# test16's reading (scored once on 30 Nov 2026: 91.2 % precision, 5.0 % wrong, 92.5 % off-topic rejected; stories
# 91.2 % / 3.6 %, short questions 91.3 % / 6.7 %); that model ships. test17 is spent and a tuning split now: the
# next retrain takes it in and needs a fresh blind test18.yaml.
# test18 was held out for the model retrained on eighteen splits (scored once on 30 Nov 2026, fifth session:
# 82.0 % precision, 10.3 % wrong, 94.3 % off-topic rejected; stories 82.5 % / 8.9 %, short questions 81.7 % /
# 11.6 %; against the lexical rule 12:3, p 0.04); then read, so it is spent too. test19, written blind the same
# day, was held out for the model retrained on nineteen splits after test18's reading (scored once at the end of
# that session: 58.1 % right, 89.3 % precision, 6.1 % wrong, 97.4 % off-topic rejected; stories 88.9 % / 5.8 %,
# short questions 89.6 % / 6.4 %; against the lexical rule 15:2, p 0.002); that model ships, and test19 is spent.
# test20 was held out for the model retrained on twenty splits with the direction-of-sharing matcher (scored once,
# 30 Nov 2026, sixth session: 49.4 % right, 95.4 % precision, 4.2 % wrong, 92.5 % off-topic rejected; stories
# 93.9 % / 5.3 %, short questions 96.3 % / 2.9 %; against the lexical rule 11:9, p 0.82); test20 is spent.
# test21 was held out for the same model and scored once at the start of the seventh session (30 Nov 2026:
# 43.7 % right, 81.7 % precision, 9.4 % wrong, 97.1 % off-topic rejected; stories 82.1 % / 8.6 %, short
# questions 81.5 % / 10.3 %; against the lexical rule 17:4, p 0.007); test21 is spent. test22, written blind in the
# same session after test21 was scored, was held out for the model retrained on 22 splits at its end (scored once:
# 47.2 % right, 89.5 % precision, 5.6 % wrong, 94.1 % off-topic rejected; stories 95.2 % / 2.9 %, short questions
# 84.9 % / 8.1 %; against the lexical rule 19:4, p 0.003); test22 is spent. test23, written blind in the same
# session, was held out for the model retrained on 23 splits and scored once at the start of the eighth session
# (30 Nov 2026: 46.8 % right, 88.0 % precision, 6.1 % wrong, 97.1 % off-topic rejected; stories 91.4 % / 2.8 %,
# short questions 86.0 % / 9.4 %; against the lexical rule 19:3, p 0.0009); test23 is spent. test24, written blind in
# the eighth session, was held out for the model retrained on 24 splits at its end (scored once: 59.8 % right,
# 92.0 % precision, 4.3 % wrong, 100 % off-topic rejected; stories 85.7 % / 5.1 %, short questions 94.9 % / 3.5 %;
# against the lexical rule 16:4, p 0.01); test24 is spent. test25, written blind at the end of the eighth session,
# was held out for the model shipped then (25 splits) and scored once at the start of the ninth (30 Nov 2026:
# 54.3 % right, 87.0 % precision, 7.0 % wrong, 97.2 % off-topic rejected; stories 91.2 % / 3.0 %, short questions
# 85.1 % / 10.5 %; against the lexical rule 16:5, p 0.03); test25 is spent.
# test26, written blind in the ninth session, was held out for the model shipped then (26 splits) and scored once at
# the start of the tenth (1 Dec 2026: 44.5 % right, 85.6 % precision, 6.2 % wrong, 100 % off-topic rejected; stories
# 72.7 % / 6.0 %, short questions 89.7 % / 6.4 %; against the lexical rule 11:7, p 0.48); test26 is spent.
# test27, written blind in the tenth session, was held out for the model shipped then (27 splits) and scored once at
# the start of the eleventh (1 Dec 2026: 52.9 % right, 91.9 % precision, 4.8 % wrong, 97.1 % off-topic rejected;
# stories 89.7 % / 3.0 %, short questions 92.9 % / 6.4 %; against the lexical rule 8:2, p 0.11); test27 is spent.
# test28, written blind in the eleventh session, was held out for the model shipped then (28 splits) and scored once at
# the start of the twelfth (1 Dec 2026: 48.2 % right, 86.2 % precision, 7.6 % wrong, 97.1 % off-topic rejected;
# stories 85.7 % / 6.2 %, short questions 86.4 % / 9.2 %; against the lexical rule 12:4, p 0.08); test28 is spent.
# test29, written blind in the twelfth session, was held out for the model shipped then (29 splits) and scored once at
# the start of the thirteenth (1 Dec 2026: 51.8 % right, 89.8 % precision, 6.2 % wrong, 94.3 % off-topic rejected;
# stories 86.2 % / 4.9 %, short questions 91.3 % / 7.4 %; against the lexical rule 15:5, p 0.04); test29 is spent.
# test30, written blind in the thirteenth session, was held out for the model shipped then (30 splits) and scored once at
# the start of the fourteenth (1 Dec 2026: 48.8 % right, 91.3 % precision, 5.7 % wrong, 91.4 % off-topic rejected;
# stories 92.0 % / 2.9 %, short questions 91.0 % / 8.6 %; against the lexical rule 6:2, p 0.29); test30 is spent.
# test31, written blind in the fourteenth session, was held out for the model shipped then (31 splits) and scored once at
# the start of the fifteenth (1 Dec 2026: 46.5 % right, 90.8 % precision, 5.7 % wrong, 88.6 % off-topic rejected;
# stories 88.2 % / 3.8 %, short questions 91.4 % / 7.5 %; against the lexical rule 10:4, p 0.18); test31 is spent.
# test32, written blind in the fifteenth session, was held out for the model shipped then (32 splits) and scored once at
# the start of the sixteenth (1 Dec 2026: 49.4 % right, 87.4 % precision, 7.1 % wrong, 91.4 % off-topic rejected;
# stories 72.7 % / 6.7 %, short questions 91.8 % / 7.5 %; against the lexical rule 9:4, p 0.27); test32 is spent.
# test33, written blind in the sixteenth session, was held out for the model shipped then (33 splits) and scored once at
# the start of the seventeenth (1 Dec 2026: 49.7 % right, 90.6 % precision, 5.2 % wrong, 94.3 % off-topic rejected;
# stories 87.0 % / 2.9 %, short questions 91.8 % / 7.5 %; against the lexical rule 13:3, p 0.02); test33 is spent.
# test34, written blind in the seventeenth session, was held out for the model shipped then (34 splits) and scored once
# at the start of the eighteenth (1 Dec 2026: 50.9 % right, 89.9 % precision, 6.2 % wrong, 91.4 % off-topic rejected;
# stories 100.0 % / 1.0 %, short questions 86.3 % / 11.3 %; against the lexical rule 4:3, p 1.0); test34 is spent.
# test35, written blind in the eighteenth session, was held out for the model shipped then (35 splits) and scored once
# at the start of the nineteenth (1 Dec 2026: 44.2 % right, 86.4 % precision, 7.1 % wrong, 91.4 % off-topic rejected;
# stories 75.0 % / 6.7 %, short questions 89.7 % / 7.5 %; against the lexical rule 6:1, p 0.13); test35 is spent.
# test36, written blind in the nineteenth session, was held out for the model shipped then (36 splits) and scored once
# at the start of the twentieth (1 Dec 2026: 46.2 % right, 94.0 % precision, 3.8 % wrong, 97.1 % off-topic rejected;
# stories 84.2 % / 3.9 %, short questions 96.9 % / 3.7 %; against the lexical rule 8:3, p 0.23); test36 is spent.
# test37, written blind in the twentieth session, was held out for the model shipped then (37 splits) and scored once
# at the start of the twenty-first (2 Dec 2026: 49.1 % right, 88.5 % precision, 9.0 % wrong, 80.0 % off-topic rejected;
# stories 81.0 % / 8.7 %, short questions 90.7 % / 9.4 %; against the lexical rule 11:7, p 0.48); test37 is spent.
# test38, written blind in the twenty-first session, was held out for the model shipped then (38 splits) and scored once
# at the start of the twenty-second (2 Dec 2026: 47.4 % right, 92.1 % precision, 4.8 % wrong, 91.4 % off-topic rejected;
# stories 82.4 % / 3.8 %, short questions 94.4 % / 5.7 %; against the lexical rule 10:1, p 0.01); test38 is spent.
# test39, written blind in the twenty-second session, was held out for the model shipped then (38 splits) and scored once
# at the start of the twenty-third (2 Dec 2026: 49.4 % right, 87.6 % precision, 6.7 % wrong, 94.3 % off-topic rejected;
# stories 84.6 % / 4.9 %, short questions 88.7 % / 8.4 %; against the lexical rule 8:4, p 0.39); test39 is spent.
# test40, written blind in the twenty-third session, was held out for the model shipped then (38 splits) and scored once
# at the start of the twenty-fourth (2 Dec 2026: 52.6 % right, 86.5 % precision, 8.6 % wrong, 91.4 % off-topic rejected;
# stories 78.6 % / 7.6 %, short questions 89.5 % / 9.5 %; against the lexical rule 10:4, p 0.18); test40 is spent.
# test41, written blind in the twenty-fourth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the twenty-fifth (2 Dec 2026: 39.0 % right, 85.9 % precision, 5.2 % wrong, 100.0 % off-topic rejected;
# stories 80.0 % / 3.6 %, short questions 87.9 % / 7.1 %; against the lexical rule 8:8, p 1.0); test41 is spent.
# test42, written blind in the twenty-fifth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the twenty-sixth (2 Dec 2026: 51.1 % right, 91.8 % precision, 6.7 % wrong, 82.9 % off-topic rejected;
# stories 85.3 % / 5.7 %, short questions 95.2 % / 8.0 %; against the lexical rule 14:8, p 0.29); test42 is spent.
# test43, written blind in the twenty-sixth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the twenty-seventh (2 Dec 2026: 52.3 % right, 92.9 % precision, 5.2 % wrong, 88.6 % off-topic rejected;
# stories 97.2 % / 1.6 %, short questions 90.3 % / 10.5 %; against the lexical rule 14:4, p 0.03); test43 is spent.
# test44, written blind in the twenty-seventh session, was held out for the model shipped then (38 splits) and scored once
# at the start of the twenty-eighth (2 Dec 2026: 45.4 % right, 88.8 % precision, 7.1 % wrong, 85.7 % off-topic rejected;
# stories 80.6 % / 5.6 %, short questions 93.1 % / 9.3 %; against the lexical rule 17:3, p 0.003); test44 is spent.
# test45, written blind in the twenty-eighth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the twenty-ninth (2 Dec 2026: 52.0 % right, 96.8 % precision, 3.3 % wrong, 88.6 % off-topic rejected;
# stories 93.5 % / 1.6 %, short questions 98.4 % / 5.8 %; against the lexical rule 13:7, p 0.26); test45 is spent.
# test46, written blind in the twenty-ninth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the thirtieth (3 Dec 2026: 44.5 % right, 88.5 % precision, 5.7 % wrong, 97.1 % off-topic rejected;
# stories 75.0 % / 6.5 %, short questions 94.9 % / 4.7 %; against the lexical rule 9:6, p 0.61); test46 is spent.
# test47, written blind in the thirtieth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the thirty-first (3 Dec 2026: 47.1 % right, 88.2 % precision, 7.6 % wrong, 85.7 % off-topic rejected;
# stories 76.9 % / 5.8 %, short questions 92.5 % / 10.1 %; against the lexical rule 8:6, p 0.79); test47 is spent.
# test48, written blind in the thirty-first session, was held out for the model shipped then (38 splits) and scored once
# at the start of the thirty-second (3 Dec 2026: 45.7 % right, 92.9 % precision, 4.3 % wrong, 91.4 % off-topic rejected;
# stories 88.5 % / 4.1 %, short questions 94.9 % / 4.6 %; against the lexical rule 8:5, p 0.58); test48 is spent.
# test49, written blind in the thirty-second session, was held out for the model shipped then (38 splits) and scored once
# at the start of the thirty-third (3 Dec 2026: 42.8 % right, 90.2 % precision, 5.7 % wrong, 88.6 % off-topic rejected;
# stories 90.5 % / 2.4 %, short questions 90.2 % / 10.5 %; against the lexical rule 13:0, p 0.0002); test49 is spent.
# test50, written blind in the thirty-third session, was held out for the model shipped then (38 splits) and scored once
# at the start of the thirty-fourth (3 Dec 2026: 53.5 % right, 93.9 % precision, 5.2 % wrong, 88.6 % off-topic rejected;
# stories 94.7 % / 2.5 %, short questions 93.3 % / 9.1 %; against the lexical rule 12:5, p 0.14); test50 is spent.
# test51, written blind in the thirty-fourth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the thirty-fifth (3 Dec 2026: 58.6 % right, 95.3 % precision, 3.8 % wrong, 91.4 % off-topic rejected;
# stories 95.2 % / 2.4 %, short questions 95.4 % / 5.8 %; against the lexical rule 20:6, p 0.0094); test51 is spent.
# test52, written blind in the thirty-fifth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the thirty-sixth (3 Dec 2026: 57.6 % right, 97.1 % precision, 1.9 % wrong, 97.1 % off-topic rejected;
# stories 97.5 % / 0.8 %, short questions 96.8 % / 3.5 %; against the lexical rule 12:5, p 0.14); test52 is spent.
# test53, written blind in the thirty-sixth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the thirty-seventh (4 Dec 2026: 50.3 % right, 96.7 % precision, 1.4 % wrong, 100 % off-topic rejected;
# stories 92.5 % / 2.4 %, short questions 100 % / 0 %; against the lexical rule 13:11, p 0.84); test53 is spent.
# test54, written blind in the thirty-seventh session, was held out for the model shipped then (38 splits) and scored once
# at the start of the thirty-eighth (4 Dec 2026: 51.7 % right, 91.8 % precision, 6.2 % wrong, 88.6 % off-topic rejected;
# stories 91.4 % / 4.0 %, short questions 91.9 % / 9.3 %; against the lexical rule 7:4, p 0.55); test54 is spent.
# test55, written blind in the thirty-eighth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the fortieth (4 Dec 2026: 51.4 % right, 95.7 % precision, 4.3 % wrong, 85.7 % off-topic rejected;
# stories 89.7 % / 5.4 %, short questions 100 % / 2.5 %; against the lexical rule 12:10, p 0.83); test55 is spent.
# test56, written blind in the fortieth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the forty-first (4 Dec 2026: 56.6 % right, 93.4 % precision, 5.2 % wrong, 88.6 % off-topic rejected;
# stories 88.9 % / 6.2 %, short questions 96.7 % / 3.7 %; against the lexical rule 15:13, p 0.85); test56 is spent.
# test57, written blind in the forty-first session, was held out for the model shipped then (38 splits) and scored once
# at the start of the forty-second (4 Dec 2026: 54.6 % right, 96.0 % precision, 4.3 % wrong, 85.7 % off-topic rejected;
# stories 95.3 % / 3.8 %, short questions 96.4 % / 5.0 %; against the lexical rule 13:6, p 0.17); test57 is spent.
# test58, written blind in the forty-second session, was held out for the model shipped then (38 splits) and scored once
# at the start of the forty-third (4 Dec 2026: 53.2 % right, 97.9 % precision, 2.4 % wrong, 91.4 % off-topic rejected;
# stories 97.1 % / 0.8 %, short questions 98.3 % / 4.8 %; against the lexical rule 9:8, p 1.0); test58 is spent.
# test59, written blind in the forty-third session, was held out for the model shipped then (38 splits) and scored once
# at the start of the forty-fourth (5 Dec 2026: 58.0 % right, 96.2 % precision, 2.9 % wrong, 94.3 % off-topic rejected;
# stories 93.9 % / 2.3 %, short questions 98.2 % / 3.8 %; against the lexical rule 18:3, p 0.0015); test59 is spent.
# test60, written blind in the forty-fourth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the forty-fifth (5 Dec 2026: 56.1 % right, 94.2 % precision, 4.8 % wrong, 88.6 % off-topic rejected;
# stories 93.5 % / 2.4 %, short questions 94.7 % / 8.4 %; against the lexical rule 16:3, p 0.0044); test60 is spent.
# test61, written blind in the forty-fifth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the forty-sixth (5 Dec 2026: 51.1 % right, 92.7 % precision, 4.8 % wrong, 91.4 % off-topic rejected;
# stories 92.9 % / 3.1 %, short questions 92.6 % / 7.5 %; against the lexical rule 11:8, p 0.65); test61 is spent.
# test62, written blind in the forty-sixth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the forty-seventh (5 Dec 2026: 51.4 % right, 91.8 % precision, 6.2 % wrong, 85.7 % off-topic rejected;
# stories 91.4 % / 4.0 %, short questions 92.1 % / 9.4 %; against the lexical rule 6:5, p 1.0); test62 is spent.
# test63, written blind in the forty-seventh session, was held out for the model shipped then (38 splits) and scored once
# at the start of the forty-eighth (5 Dec 2026: 44.0 % right, 88.5 % precision, 6.7 % wrong, 88.6 % off-topic rejected;
# stories 86.7 % / 4.8 %, short questions 89.5 % / 9.4 %; against the lexical rule 12:9, p 0.66); test63 is spent.
# test64, written blind in the forty-eighth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the forty-ninth (5 Dec 2026: 41.1 % right, 96.0 % precision, 3.3 % wrong, 88.6 % off-topic rejected;
# stories 96.7 % / 3.2 %, short questions 95.6 % / 3.5 %; against the lexical rule 8:11, p 0.65); test64 is spent.
# test65, written blind in the forty-ninth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the fiftieth (5 Dec 2026: 38.5 % right, 77.9 % precision, 10.5 % wrong, 94.3 % off-topic rejected;
# stories 78.9 % / 8.0 %, short questions 77.1 % / 14.1 %; against the lexical rule 8:7, p 1.0); test65 is spent.
# test66, written blind in the fiftieth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the fifty-first (5 Dec 2026: 30.3 % right, 81.5 % precision, 7.1 % wrong, 91.4 % off-topic rejected;
# stories 76.9 % / 4.8 %, short questions 84.6 % / 10.6 %; against the lexical rule 7:4, p 0.55); test66 is spent.
# test67, written blind in the fifty-first session, was held out for the model shipped then (38 splits) and scored once
# at the start of the fifty-second (5 Dec 2026: 37.1 % right, 91.5 % precision, 3.3 % wrong, 97.1 % off-topic rejected;
# stories 90.6 % / 2.4 %, short questions 92.3 % / 4.8 %; against the lexical rule 6:5, p 1.0); test67 is spent.
# test68, written blind in the fifty-second session, was held out for the model shipped then (38 splits) and scored once
# at the start of the fifty-third (5-6 Dec 2026: 36.0 % right, 86.3 % precision, 5.2 % wrong, 97.1 % off-topic rejected;
# stories 85.7 % / 3.1 %, short questions 86.7 % / 8.4 %; against the lexical rule 6:5, p 1.0); test68 is spent.
# test69, written blind in the fifty-third session, was held out for the model shipped then (38 splits) and scored once
# at the start of the fifty-fourth (6 Dec 2026: 32.6 % right, 89.1 % precision, 4.3 % wrong, 94.3 % off-topic rejected;
# stories 92.6 % / 2.3 %, short questions 86.5 % / 7.6 %; against the lexical rule 7:7, p 1.0); test69 is spent.
# test70, written blind in the fifty-fourth session, was held out for the model shipped then (38 splits) and scored once
# at the start of the fifty-fifth (6 Dec 2026: 33.1 % right, 80.6 % precision, 8.1 % wrong, 91.4 % off-topic rejected;
# stories 80.6 % / 6.0 %, short questions 80.6 % / 11.7 %; against the lexical rule 4:6, p 0.75); test70 is spent.
# test71, written blind in the fifty-fifth session, was held out for the model shipped then (38 splits, answer levels
# 78/76/60 from blind-time evidence) and scored once at the start of the fifty-sixth (6 Dec 2026: 32.8 % right, 91.9 %
# precision, 3.3 % wrong, 97.1 % off-topic rejected; stories 88.2 % / 3.6 %, short questions 96.4 % / 2.9 %; against the
# lexical rule 3:11, p 0.06); test71 is spent.
# test72, written blind in the fifty-sixth session, was held out for the model shipped then (38 splits, answer levels
# 78/76/60) and scored once at the start of the fifty-seventh (6 Dec 2026: 32.2 % right, 87.5 % precision, 4.3 % wrong,
# 97.1 % off-topic rejected; stories 86.8 % / 3.6 %, short questions 88.5 % / 5.7 %; against the lexical rule 10:9,
# p 1.0); test72 is spent.
# test73, written blind in the fifty-seventh session, was held out for the model shipped then (38 splits, answer levels
# 78/76/60) and scored once at the start of the fifty-eighth (6 Dec 2026). Its labels of questions 130-158 stood one place
# off; with them moved back (7111cff): 32.0 % right, 86.2 % precision, 4.8 % wrong, 97.1 % off-topic rejected; stories
# 85.0 % / 5.0 %, short questions 88.0 % / 4.3 %; against the lexical rule 10:5, p 0.3 (as first scored on the off-by-one
# labels: 28.6 % right, 76.9 % precision, 7.6 % wrong). test73 is spent.
TUNING_SPLITS = ("dev.yaml", "test.yaml", "test2.yaml", "test3.yaml", "test4.yaml", "test5.yaml", "test6.yaml",
                 "test7.yaml", "test8.yaml", "test9.yaml", "test10.yaml", "test11.yaml", "test12.yaml", "test13.yaml",
                 "test14.yaml", "test15.yaml", "test16.yaml", "test17.yaml", "test18.yaml", "test19.yaml",
                 "test20.yaml", "test21.yaml", "test22.yaml", "test23.yaml", "test24.yaml", "test25.yaml",
                 "test26.yaml", "test27.yaml", "test28.yaml", "test29.yaml", "test30.yaml", "test31.yaml",
                 "test32.yaml", "test33.yaml", "test34.yaml", "test35.yaml", "test36.yaml", "test37.yaml",
                 "test38.yaml", "test39.yaml", "test40.yaml", "test41.yaml", "test42.yaml", "test43.yaml",
                 "test44.yaml", "test45.yaml", "test46.yaml", "test47.yaml", "test48.yaml",
                 "test49.yaml", "test50.yaml", "test51.yaml", "test52.yaml", "test53.yaml", "test54.yaml", "test55.yaml",
                 "test56.yaml", "test57.yaml", "test58.yaml", "test59.yaml",
                 "test60.yaml", "test61.yaml", "test62.yaml", "test63.yaml", "test64.yaml", "test65.yaml",
                 "test66.yaml", "test67.yaml", "test68.yaml", "test69.yaml", "test70.yaml", "test71.yaml",
                 "test72.yaml", "test73.yaml")
HELD_OUT_SPLIT = "test74.yaml"  # written blind in the fifty-eighth session (6 Dec 2026) for a later session to score once
HELD_OUT_SPLITS = (HELD_OUT_SPLIT,)
RankFn = Callable[[str, str, str | None], Ranked]
LONG_WORDS = 15


def load_judged(path: Path) -> list[dict[str, Any]]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    items = data if isinstance(data, list) else next(v for v in data.values() if isinstance(v, list))
    return [i for i in items if isinstance(i, dict) and "q" in i]


def load_tuning(folder: Path) -> list[dict[str, Any]]:
    return [item for name in TUNING_SPLITS for item in load_judged(folder / name)]


def long_message(item: dict[str, Any]) -> bool:
    """More than 15 words, counted as the matcher counts them (it scores such stories on their own scale)."""
    return _is_story(str(item["q"]))


def new_wording(tuning: Sequence[dict[str, Any]]) -> Callable[[dict[str, Any]], bool]:
    """Whether a held-out question's words differ from every tuning question's (case and punctuation aside).

    Blind writers cannot see the earlier splits, so short fragments ("wat is pga") come back word for word; the
    matcher was tuned on those, so the held-out figure is also given without them."""
    seen = {_wording(str(item["q"])) for item in tuning}
    return lambda item: _wording(str(item["q"])) not in seen


def _wording(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


@lru_cache(maxsize=4096)
def _is_story(text: str) -> bool:  # tuning asks this thousands of times per item
    return read_message(text).story


@lru_cache(maxsize=4096)
def _is_worry(text: str) -> bool:  # as the bot decides: a story that asks nothing gets the signalling guide
    return read_message(text).worry


def rank_all(items: Sequence[dict[str, Any]], rank: RankFn) -> list[Ranked]:
    """Ranked candidates per item, in the language of the message (as the bot detects it; for the matcher, as
    :meth:`FaqIndex.match_asked` picks it, which also tries the other language when the first finds nothing)."""
    index = getattr(rank, "__self__", None)
    found = []
    for item in items:
        text, lang = str(item["q"]), item.get("lang") or "nl"
        asked = index.match_asked(text, lang, item.get("role"))[1] if isinstance(index, FaqIndex) else \
            detect_language(text, lang)
        found.append(rank(text, asked, item.get("role")))
    return found


def outcomes(items: Sequence[dict[str, Any]], ranked: Sequence[Ranked], limits: Thresholds,
             index: FaqIndex | None = None) -> list[str]:
    """Per item: right, wrong or silent. With ``index`` (the matcher), a message with two questions gets a second
    look as the bot gives it (:meth:`FaqIndex.asked_apart`)."""
    found = []
    for item, candidates in zip(items, ranked):
        match = decide(candidates, limits.for_story() if long_message(item) else limits, _is_worry(str(item["q"])))
        if index is not None and match.verdict == "suggest":
            text, role = str(item["q"]), item.get("role")
            asked = index.match_asked(text, item.get("lang") or "nl", role)[1]
            match = index.asked_apart(text, asked, role, match, limits)
        if match.verdict != "answer":
            found.append("silent")
        else:
            found.append("right" if match.target in (item.get("ids") or []) else "wrong")
    return found


def correct(item: dict[str, Any], outcome: str) -> bool:
    if item.get("ids"):
        return outcome == "right"
    return outcome == "silent"


@dataclass(frozen=True)
class Report:
    n_answerable: int
    right: int  # answerable items answered with an acceptable id
    answered: int  # confident answers on answerable items
    wrong_all: int  # confident wrong answers on any item (answerable, no entry yet, off-topic)
    n_all: int
    n_offtopic: int
    rejected: int  # off-topic items without a confident answer

    def row(self) -> str:
        right = 100 * self.right / max(self.n_answerable, 1)
        precision = 100 * self.right / max(self.answered, 1)
        wrong = 100 * self.wrong_all / max(self.n_all, 1)
        rejected = 100 * self.rejected / max(self.n_offtopic, 1)
        return (f"right {right:5.1f}%  precision {precision:5.1f}%  conf.wrong {wrong:4.1f}%  "
                f"off-topic rejected {rejected:5.1f}%  (n={self.n_all})")


def report(items: Sequence[dict[str, Any]], found: Sequence[str]) -> Report:
    answerable = [(i, o) for i, o in zip(items, found) if i.get("ids")]
    offtopic = [o for i, o in zip(items, found) if i.get("offtopic")]
    return Report(len(answerable), sum(o == "right" for _, o in answerable),
                  sum(o != "silent" for _, o in answerable), sum(o == "wrong" for o in found), len(items),
                  len(offtopic), sum(o == "silent" for o in offtopic))


WRONG_COST = 2.0


def utility(items: Sequence[dict[str, Any]], found: Sequence[str], wrong_cost: float = WRONG_COST) -> float:
    """What tuning maximises: correct items, with a confident wrong answer costing ``wrong_cost`` (two)."""
    return sum(correct(i, o) for i, o in zip(items, found)) - wrong_cost * sum(o == "wrong" for o in found)


def sign_test(items: Sequence[dict[str, Any]], ours: Sequence[str], theirs: Sequence[str]) -> tuple[int, int, float]:
    """(items only we get right, items only they get right, two-sided exact sign-test p)."""
    wins = sum(correct(i, a) and not correct(i, b) for i, a, b in zip(items, ours, theirs))
    losses = sum(correct(i, b) and not correct(i, a) for i, a, b in zip(items, ours, theirs))
    return wins, losses, sign_test_p(wins, losses)


def sign_test_p(wins: int, losses: int) -> float:
    """Two-sided exact sign-test p of ``wins`` against ``losses`` (ties left out)."""
    n = wins + losses
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, k) for k in range(min(wins, losses) + 1)) / 2 ** n
    return min(1.0, 2 * tail)


def tune(items: Sequence[dict[str, Any]], ranked: Sequence[Ranked], answers: Sequence[float],
         margins: Sequence[float], allowed: Callable[[Thresholds], bool] = lambda limits: True) -> Thresholds:
    """The (answer, margin) pairs with the best :func:`utility`, one for messages of at most 15 words and
    one for longer ones (scores of stories live on another scale); ties go to the stricter pair. Only pairs
    that ``allowed`` accepts are considered."""
    pairs = []
    for story in (False, True):
        part = [(i, r) for i, r in zip(items, ranked) if long_message(i) == story]
        subset, candidates = [i for i, _ in part], [r for _, r in part]
        best: tuple[float, float, float] | None = None
        for answer in answers:
            for margin in margins:
                limits = Thresholds(answer=answer, margin=margin, suggest=answer)
                if not allowed(limits if not story else Thresholds(100, 100, 100, story_answer=answer,
                                                                  story_margin=margin)):
                    continue
                found = outcomes(subset, candidates, limits)
                key = (utility(subset, found), answer, margin)
                if best is None or key > best:
                    best = key
        if best is None:
            print(f"  no (answer, margin) pair is allowed for {'stories' if story else 'short messages'}: "
                  f"the strictest is used", file=sys.stderr)
        pairs.append((best[1], best[2]) if best else (answers[-1], margins[-1]))
    (answer, margin), (story_answer, story_margin) = pairs
    return Thresholds(answer=answer, margin=margin, suggest=answer, story_answer=story_answer,
                      story_margin=story_margin)
