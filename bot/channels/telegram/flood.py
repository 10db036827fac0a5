"""A per-user flood guard: a burst is fine, a stream of messages gets one warning and is then dropped."""

from __future__ import annotations

from collections import deque

from bot.address import Address

__all__ = ["FloodGuard"]


class FloodGuard:
    """At most ``limit`` events per ``seconds`` per user. ``check`` says: "ok", "warn" (first excess) or "drop"."""

    def __init__(self, limit: int = 20, seconds: float = 30.0) -> None:
        self.limit = limit
        self.seconds = seconds
        self._events: dict[Address, deque[float]] = {}
        self._warned: set[Address] = set()
        self._alerted: set[Address] = set()  # got the emergency reply for a message dropped in this flood

    def check(self, user: Address, now: float) -> str:
        events = self._events.setdefault(user, deque())
        while events and now - events[0] > self.seconds:
            events.popleft()
        if len(events) < self.limit:
            events.append(now)
            self._warned.discard(user)
            self._alerted.discard(user)
            if len(self._events) > 50_000:
                self._forget_idle(now)
            return "ok"
        if user in self._warned:
            return "drop"
        self._warned.add(user)
        return "warn"

    def first_alert(self, user: Address) -> bool:
        """True once per flood: a dropped message that describes acute danger still gets the emergency reply,
        but a flood of them gets it only once."""
        if user in self._alerted:
            return False
        self._alerted.add(user)
        return True

    def _forget_idle(self, now: float) -> None:
        for user in [u for u, e in self._events.items() if not e or now - e[-1] > self.seconds]:
            del self._events[user]
