"""The limits that turn ranked candidates into a verdict (see :func:`bot.faq.matcher.decide`)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Thresholds"]


@dataclass(frozen=True, slots=True)
class Thresholds:
    answer: float  # answer when the best score reaches this ...
    margin: float  # ... and leads the runner-up by at least this much, at every level;
    suggest: float  # otherwise offer up to three suggestions from this score up.
    low_margin: float = 0.0  # an answer that leads by less than this is logged for maintainers
    story_answer: float | None = None  # for stories (more than 15 words), scored on their own scale;
    story_margin: float | None = None  # None: the same as for short messages

    def for_story(self) -> Thresholds:
        return Thresholds(self.story_answer if self.story_answer is not None else self.answer,
                          self.story_margin if self.story_margin is not None else self.margin,
                          self.suggest, self.low_margin)
