"""One contract for every session store, plus resume after a restart with a real SQLite file."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.address import Address
from bot.engine import ButtonPress, Start, handle
from bot.engine.session import Session, TrailStep
from bot.storage.database import open_database
from bot.storage.sessions import MemorySessionStore, SessionStore, SqliteSessionStore
from tests.conftest import CLOCK

HOUR = datetime.timedelta(hours=1)


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SessionStore]:
    if request.param == "memory":
        yield MemorySessionStore()
    else:
        yield SqliteSessionStore(open_database(tmp_path / "sessions.db"))


def full_session(user: str = "telegram:1") -> Session:
    return Session(user=Address.parse(user), lang="en", role="docent", node="sharing:with_whom",
                   answers=(("danger", "no"), ("secrecy", "yes")),
                   trail=(TrailStep("sharing:danger", "no"), TrailStep("sharing:outcome", "")),
                   last_faq="toestemming_nodig", suggestions=("a", "b"), turns=7)


def test_unknown_user_has_no_session(store: SessionStore) -> None:
    assert store.load("telegram:404") is None


def test_saved_session_loads_back_equal(store: SessionStore) -> None:
    store.save(full_session(), CLOCK)
    assert store.load("telegram:1") == full_session()


def test_saving_again_replaces_the_session(store: SessionStore) -> None:
    store.save(full_session(), CLOCK)
    store.save(full_session().replace(node=None, turns=8), CLOCK + HOUR)
    assert store.load("telegram:1") == full_session().replace(node=None, turns=8)
    assert store.count() == 1


def test_sessions_of_different_users_stay_apart(store: SessionStore) -> None:
    store.save(full_session("telegram:1"), CLOCK)
    store.save(Session(Address("telegram", "2")), CLOCK)
    assert store.load("telegram:1") == full_session("telegram:1")
    assert store.load("telegram:2") == Session(Address("telegram", "2"))


def test_delete_forgets_the_session(store: SessionStore) -> None:
    store.save(full_session(), CLOCK)
    store.delete("telegram:1")
    assert store.load("telegram:1") is None


def test_purge_idle_removes_only_old_sessions(store: SessionStore) -> None:
    store.save(Session(Address("telegram", "old")), CLOCK - 40 * 24 * HOUR)
    store.save(Session(Address("telegram", "new")), CLOCK)
    assert store.purge_idle(CLOCK - 30 * 24 * HOUR) == 1
    assert (store.load("telegram:old"), store.load("telegram:new")) == (None, Session(Address("telegram", "new")))


def test_conversation_resumes_after_the_database_is_reopened(tmp_path: Path, small_content) -> None:
    path = tmp_path / "helpdesk.db"
    store = SqliteSessionStore(open_database(path))
    session = Session(Address("console", "local"), role="docent")
    for event in (Start(at=CLOCK), ButtonPress("menu:signalling", at=CLOCK)):
        session = handle(small_content, session, event).session
    store.save(session, CLOCK)
    store.db.close()

    reopened = SqliteSessionStore(open_database(path)).load("console:local")

    assert reopened == session
    assert reopened is not None and reopened.node == "signalling:danger"
    turn = handle(small_content, reopened, ButtonPress("o:signalling:danger:no", at=CLOCK))
    assert turn.session.node == "signalling:seen"


def test_damaged_row_starts_a_fresh_conversation(tmp_path: Path) -> None:
    store = SqliteSessionStore(open_database(tmp_path / "x.db"))
    store.db["sessions"].insert({"user": "telegram:9", "data": "{not json", "updated_at": "2026-01-01"})
    assert store.load("telegram:9") is None


def test_purge_drafts_empties_only_idle_escalation_intakes(store: SessionStore) -> None:
    draft = Session(user=Address("telegram", "2"), role="docent", node="escalation:urgency",
                    answers=(("municipality", "Utrecht"), ("concern", "zorg over een leerling")))
    store.save(draft, CLOCK)
    store.save(full_session("telegram:3"), CLOCK)  # a guided flow, not an intake: left alone
    assert store.purge_drafts(CLOCK) == 0
    assert store.purge_drafts(CLOCK + HOUR) == 1
    cleaned = store.load("telegram:2")
    assert cleaned == Session(user=Address("telegram", "2"), role="docent")
    assert store.load("telegram:3") == full_session("telegram:3")
