"""The matcher's peers, each ranking FAQ ids for a question so one harness can decide and score them all.

- ``TokenSetPeer``: lowercased rapidfuzz ``token_set_ratio`` over the raw question variants;
- ``Bm25Peer``: BM25 (bm25s, PyStemmer Snowball, the matcher's stop words) over each entry's variants plus
  its answer text;
- ``NaiveWRatio``: rapidfuzz ``WRatio`` over raw variants, the old baseline: *naive*, because WRatio scores
  about 85 on any one shared word, so no threshold separates in-domain from off-topic.

Every peer gets its own thresholds, tuned on the dev split only (bench/tune_thresholds.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rapidfuzz import fuzz, process

from bot.faq.language_index import Target
from bot.faq.normalise import STOP_WORDS

Ranked = list[tuple[str, float]]


class Ranker(Protocol):
    def ranked(self, text: str, lang: str, role: str | None = None) -> Ranked: ...


class _VariantPeer:
    scorer = staticmethod(fuzz.token_set_ratio)
    lowercase = True

    def __init__(self, targets: Sequence[Target]) -> None:
        self.choices: dict[str, list[str]] = {"nl": [], "en": []}
        self.owners: dict[str, list[str]] = {"nl": [], "en": []}
        for target in targets:
            for lang in ("nl", "en"):
                for variant in target.variants.get(lang, ()):
                    self.choices[lang].append(variant.lower() if self.lowercase else variant)
                    self.owners[lang].append(target.id)

    def ranked(self, text: str, lang: str, role: str | None = None) -> Ranked:
        query = text.lower() if self.lowercase else text
        best: dict[str, float] = {}
        for _, score, index in process.extract(query, self.choices[lang], scorer=self.scorer, limit=60):
            owner = self.owners[lang][index]
            best[owner] = max(best.get(owner, 0.0), score)
        return sorted(best.items(), key=lambda item: item[1], reverse=True)


class TokenSetPeer(_VariantPeer):
    pass


class NaiveWRatio(_VariantPeer):
    scorer = staticmethod(fuzz.WRatio)
    lowercase = False


class Bm25Peer:
    def __init__(self, targets: Sequence[Target]) -> None:
        import bm25s
        import Stemmer

        self._bm25s = bm25s
        self.ids = [t.id for t in targets]
        self.stemmers = {"nl": Stemmer.Stemmer("dutch"), "en": Stemmer.Stemmer("english")}
        self.models = {}
        for lang in ("nl", "en"):
            corpus = [" ".join([*t.variants.get(lang, ()), t.extra.get(lang, "")]) for t in targets]
            tokens = bm25s.tokenize(corpus, stopwords=list(STOP_WORDS[lang]), stemmer=self.stemmers[lang],
                                    show_progress=False)
            model = bm25s.BM25()
            model.index(tokens, show_progress=False)
            self.models[lang] = model

    def ranked(self, text: str, lang: str, role: str | None = None) -> Ranked:
        model = self.models[lang]
        tokens = self._bm25s.tokenize([text], stopwords=list(STOP_WORDS[lang]), stemmer=self.stemmers[lang],
                                      show_progress=False)
        if not tokens.vocab:
            return []
        k = min(10, len(self.ids))
        docs, scores = model.retrieve(tokens, k=k, show_progress=False)
        return [(self.ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]
