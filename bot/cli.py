"""``helpdesk``: the command line. Each subcommand wires parts from :mod:`bot.app` and runs them.

    helpdesk chat                      talk to the bot in this terminal (no token, no network)
    helpdesk check                     validate flows, FAQ (and the contacts directory)
    helpdesk test                      replay the conversation transcripts, report node coverage
    helpdesk ask "vraag" [--role R] [--lang nl|en|...] [--json]
    helpdesk ask --batch               JSON lines in, JSON lines out
    helpdesk graph                     write a Mermaid picture of every flow to docs/flows/
    helpdesk docs                      write everything generated: docs/flows/ and docs/sources.md
    helpdesk export faq --format md|html [--out FILE]   a review document for the privacy officer (FG)
    helpdesk questions                 unanswered questions and feedback, for maintainers
    helpdesk purge                     delete what is older than the retention periods
    helpdesk export-user --user ID     print everything stored about one person, as JSON (AVG art. 15)
    helpdesk forget --user ID          delete one person's data and anonymise their tickets (AVG art. 17)
    helpdesk invite --org NAME         make an invite code that lets professionals escalate
    helpdesk deliver                   deliver the outbox once (e-mail; Telegram with a token)
    helpdesk health                    exit 0 when content validates and the bot's heartbeat is recent
    helpdesk mask "TEXT"               show the personal data the privacy check finds, and the masked text
    helpdesk municipality "Sneek"      show which municipality the bot understands, and what it says
    helpdesk serve                     run on Telegram (without TELEGRAM_BOT_TOKEN: as helpdesk mail)
    helpdesk mail                      e-mail only: outbox, reminders, daily digest and the reply listener
    helpdesk stats [--html FILE]       tickets, response times and the bot's use, as text (and an HTML report)
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.clock import utc_now
from bot.config import Settings
from bot.content.load import load_content
from bot.content.schema import ROLES
from bot.errors import ConfigError, ContentError
from bot.languages import DEFAULT, LANGUAGES
from bot.remembered import keep_for_life

__all__ = ["main"]

SKELETONS = 3  # helpdesk test prints a transcript to start from for this many nodes not visited


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        settings = Settings.load()
        return int(args.run(settings, args))
    except ContentError as exc:
        print(str(exc), file=sys.stderr)
        print("Fix these and run 'helpdesk check' again.", file=sys.stderr)
        return 1
    except ConfigError as exc:
        print(f"configuration problem: {_redact(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that turns a failure into a plain, redacted message
        return _explain(args.command, exc)


def _redact(text: str) -> str:
    from bot.app import redact

    return redact(text)


def _explain(command: str, exc: Exception) -> int:
    """A plain message on stderr and exit 2; never the traceback, which may quote the token."""
    from bot.channels.telegram.errors import explain

    message = explain(exc) or f"{type(exc).__name__}: {exc}"
    print(f"helpdesk {command} stopped. {_redact(message)}", file=sys.stderr)
    return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="helpdesk", description="Help desk bot: radicalisation and information sharing.")
    sub = parser.add_subparsers(dest="command", metavar="command")

    chat = sub.add_parser("chat", help="talk to the bot in this terminal")
    chat.set_defaults(run=_chat)

    check = sub.add_parser("check", help="validate all content and print every problem")
    check.set_defaults(run=_check)

    test = sub.add_parser("test", help="replay tests/conversations/*.yaml and report node coverage")
    test.add_argument("--folder", type=Path, default=None, help="transcripts folder (default tests/conversations)")
    test.set_defaults(run=_test)

    ask = sub.add_parser("ask", help="answer one question, or JSON lines with --batch")
    ask.add_argument("question", nargs="?", help="the question, in quotes")
    ask.add_argument("--role", choices=ROLES)
    ask.add_argument("--lang", choices=LANGUAGES, default=DEFAULT)
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    ask.add_argument("--batch", action="store_true", help='read {"q","role","lang"} lines on stdin')
    ask.set_defaults(run=_ask)

    graph = sub.add_parser("graph", help="write Mermaid pictures of the flows to docs/flows/")
    graph.add_argument("--out", type=Path, default=None, help="output folder (default docs/flows)")
    graph.set_defaults(run=_graph)

    docs = sub.add_parser("docs", help="write the generated docs: flow pictures and docs/sources.md")
    docs.set_defaults(run=_docs)

    export = sub.add_parser("export", help="a review document for the privacy officer (FG)")
    export.add_argument("what", choices=("faq",), help="faq: every entry and the sharing decision table")
    export.add_argument("--format", choices=("md", "html"), default="md")
    export.add_argument("--out", type=Path, default=None, help="write to this file (default: print)")
    export.set_defaults(run=_export)

    questions = sub.add_parser("questions", help="show unanswered questions and feedback (masked)")
    questions.add_argument("--limit", type=int, default=30)
    questions.set_defaults(run=_questions)

    purge = sub.add_parser("purge", help="delete records older than the retention periods")
    purge.set_defaults(run=_purge)

    export_user = sub.add_parser("export-user", help="print everything stored about one person, as JSON")
    export_user.add_argument("--user", required=True, help="Telegram user id (e.g. 123456) or telegram:123456")
    export_user.set_defaults(run=_export_user)

    forget = sub.add_parser("forget", help="delete one person's data and anonymise their tickets")
    forget.add_argument("--user", required=True, help="Telegram user id (e.g. 123456) or telegram:123456")
    forget.set_defaults(run=_forget)

    invite = sub.add_parser("invite", help="create an invite code for professionals who may escalate")
    invite.add_argument("--org", required=True, help="organisation the code is for")
    invite.add_argument("--role", choices=ROLES, default="anders")
    invite.add_argument("--uses", type=int, default=1, help="how many people may use it (default 1)")
    invite.add_argument("--days", type=int, default=30, help="valid for this many days (default 30)")
    invite.set_defaults(run=_invite)

    deliver = sub.add_parser("deliver", help="deliver what is due in the outbox, once")
    deliver.set_defaults(run=_deliver)

    health = sub.add_parser("health", help="for the container healthcheck")
    health.add_argument("--max-age", type=int, default=120, help="seconds since the last heartbeat")
    health.set_defaults(run=_health)

    mask = sub.add_parser("mask", help="show what the privacy check finds in a text, and the masked text")
    mask.add_argument("text", help="the text, in quotes")
    mask.set_defaults(run=_mask)

    municipality = sub.add_parser("municipality", help="show which municipality the bot understands")
    municipality.add_argument("text", help="a municipality, town or district, in quotes")
    municipality.add_argument("--lang", choices=LANGUAGES, default=DEFAULT)
    municipality.set_defaults(run=_municipality)

    mail = sub.add_parser("mail", help="e-mail only: outbox, reminders, digest and the reply listener")
    mail.set_defaults(run=_mail)

    stats = sub.add_parser("stats", help="tickets, response times and the bot's use (text; --html for charts)")
    stats.add_argument("--html", type=Path, default=None, help="also write an HTML report with charts here")
    stats.add_argument("--days", type=int, default=0, help="only the last N days (default: everything kept)")
    stats.set_defaults(run=_stats)

    serve = sub.add_parser("serve", help="run the bot on Telegram (without TELEGRAM_BOT_TOKEN: e-mail only)")
    serve.add_argument("--webhook-url", default="", help="public HTTPS URL for a webhook (default: polling)")
    serve.add_argument("--listen", default="0.0.0.0", help="webhook: address to listen on")
    serve.add_argument("--port", type=int, default=8443, help="webhook: port to listen on")
    serve.set_defaults(run=_serve)
    return parser


def _chat(settings: Settings, args: argparse.Namespace) -> int:
    import logging

    from bot.app import HelpDesk, build_conversations, configure_logging, documents_folder
    from bot.channels.console import ConsoleChat

    configure_logging("WARNING")
    logging.getLogger("bot.content.load").setLevel(logging.CRITICAL)  # the chat shows reload problems itself
    logging.getLogger("bot.escalation.delivery").setLevel(logging.ERROR)  # Telegram and e-mail go out from serve
    log_path = settings.db_path.with_name(settings.db_path.name + ".log")
    log_path.parent.mkdir(parents=True, exist_ok=True)  # a first run in a new home has no data folder yet
    log_file = log_path.open("a", encoding="utf-8")
    for handler in logging.getLogger().handlers:  # the screen is the conversation: log lines go to a file
        if isinstance(handler, logging.StreamHandler):
            handler.setStream(log_file)
    desk = HelpDesk(build_conversations(settings))  # only the chat's own sender: it shows this user's notices
    print(f"Helpdesk chat. Gesprek opgeslagen in {settings.db_path}, logboek in {log_path}. "
          "Typ /quit om te stoppen.\n")
    try:
        ConsoleChat(desk, documents_folder(settings)).run()
    finally:
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler) and handler.stream is log_file:
                handler.setStream(sys.stderr)
        log_file.close()
    return 0


def _check(settings: Settings, args: argparse.Namespace) -> int:
    from bot.escalation.directory import directory_of
    from bot.texts import missing_translations

    untranslated = missing_translations()
    if untranslated:  # shown with the content's problems, if any: a new language lacks wordings in both
        print("\n".join(untranslated), file=sys.stderr)
    content = load_content(settings.content_root, settings.contacts_path, full=True)
    if untranslated:
        return 1
    directory = directory_of(content)
    contacts = f"; {len(directory.contacts)} municipal contacts from {settings.contacts_path}" \
        if directory and settings.contacts_path else "; no contacts directory (HELPDESK_CONTACTS not set)"
    print(f"content OK: {len(content.faq)} FAQ entries, {len(content.flows)} flows "
          f"({sum(len(f.nodes) for f in content.flows.values())} nodes) in {settings.content_root}{contacts}")
    from bot.content.review import stale_entries

    stale = stale_entries(content.faq.values(), utc_now().date(), settings.review_months)
    for entry in stale:
        print(entry.render())
    if stale:
        print(f"{len(stale)} FAQ entries not reviewed within {settings.review_months} months "
              "(a warning; HELPDESK_REVIEW_MONTHS sets the period)")
    return 0


def _test(settings: Settings, args: argparse.Namespace) -> int:
    from bot.transcript_skeleton import skeleton
    from bot.transcripts import coverage, run_transcripts

    content = load_content(settings.content_root, settings.contacts_path)
    folder = args.folder or settings.content_root / "tests" / "conversations"
    outcomes = run_transcripts(content, folder)
    failed = [o for o in outcomes if not o.ok]
    for outcome in failed:
        for problem in outcome.failures:
            print(f"FAIL {problem.render()}  [{outcome.name}, role {outcome.role or 'onboarding'}]")
    report = coverage(content, outcomes, ("signalling", "sharing"))
    print(f"{len(outcomes) - len(failed)}/{len(outcomes)} conversations passed; node coverage of the guided "
          f"flows per role: {report.percent:.1f}% ({len(report.reachable) - len(report.missing)}/{len(report.reachable)})")
    for index, (role, node) in enumerate(report.missing[:20]):
        print(f"  not visited: {node} as {role}")
        hint = skeleton(content, node, role, folder=str(args.folder or "tests/conversations"))
        if hint is not None and index < SKELETONS:
            print(f"\n{hint.text}")
    if len(report.missing) > SKELETONS:
        print(f"(a transcript to start from is shown for the first {SKELETONS}; save them and run again)")
    return 1 if failed or report.missing else 0


def _ask(settings: Settings, args: argparse.Namespace) -> int:
    from bot.faq.ask import answer, answer_batch

    keep_for_life()  # one content until the process ends: spare the collector what the cache gives back
    content = load_content(settings.content_root, settings.contacts_path)  # as the bot: a town's contact is named
    if args.batch:
        for line in answer_batch(content, sys.stdin):
            print(line, flush=True)
        return 0
    if not args.question:
        print("give a question in quotes, or use --batch", file=sys.stderr)
        return 2
    result = answer(content, args.question, args.lang, args.role)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(result["answer"])
        print(f"\n[{result['faq_id'] or 'geen zeker antwoord'}; score {result['score']}]")
    return 0


def _graph(settings: Settings, args: argparse.Namespace) -> int:
    from bot.flow_graph import write_graphs

    content = load_content(settings.content_root)
    written = write_graphs(content, args.out or settings.content_root / "docs" / "flows")
    for path in written:
        print(f"wrote {path}")
    return 0


def _docs(settings: Settings, args: argparse.Namespace) -> int:
    from bot.content.sources_doc import write_sources
    from bot.flow_graph import write_graphs

    content = load_content(settings.content_root)
    docs = settings.content_root / "docs"
    for path in [*write_graphs(content, docs / "flows"), write_sources(content, docs / "sources.md")]:
        print(f"wrote {path}")
    return 0


def _export(settings: Settings, args: argparse.Namespace) -> int:
    from bot.content.export import faq_review_html, faq_review_markdown

    content = load_content(settings.content_root)
    text = faq_review_html(content) if args.format == "html" else faq_review_markdown(content)
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out} ({len(content.faq)} entries)")
    return 0


def _questions(settings: Settings, args: argparse.Namespace) -> int:
    from bot.storage.database import open_database
    from bot.storage.questions import SqliteQuestionLog

    from bot.storage.audit import SqliteAuditLog, operator

    db = open_database(settings.db_path)
    SqliteAuditLog(db).record(utc_now(), operator(), "read question log")
    log = SqliteQuestionLog(db)
    print("Unanswered and uncertain questions (personal data masked):")
    for row in log.recent(limit=args.limit):
        if row["kind"] in ("unanswered", "suggested"):
            print(f"  {row['at'][:16]} {row['kind']:<10} {row['lang']} {row['role'] or '-':<14} {row['text']}")
    print("\nFeedback per FAQ entry (👍 / 👎):")
    for row in log.feedback_totals():
        print(f"  {row['faq_id']:<40} {row['up']:>4} {row['down']:>4}")
    return 0


def _purge(settings: Settings, args: argparse.Namespace) -> int:
    from bot.retention import purge_expired
    from bot.storage.database import open_database

    from bot.storage.audit import SqliteAuditLog, operator

    db = open_database(settings.db_path)
    counts = purge_expired(db, settings.retention, utc_now())
    SqliteAuditLog(db).record(utc_now(), operator(), "purge")
    print(", ".join(f"{name}: {count} deleted" for name, count in counts.items()))
    return 0


def _export_user(settings: Settings, args: argparse.Namespace) -> int:
    from bot.rights import export_user, user_key
    from bot.storage.audit import operator
    from bot.storage.database import open_database

    data = export_user(open_database(settings.db_path), user_key(args.user), operator(), utc_now())
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def _forget(settings: Settings, args: argparse.Namespace) -> int:
    from bot.rights import forget_user, user_key
    from bot.storage.audit import operator
    from bot.storage.database import open_database

    counts = forget_user(open_database(settings.db_path), user_key(args.user), operator(), utc_now())
    print(", ".join(f"{name}: {count}" for name, count in counts.items()))
    return 0


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import build_help_desk, configure_logging
    from bot.channels.telegram.app import build_application, run
    from bot.storage.database import open_database

    from bot.storage.database import BUSY_MS_HOT_PATH
    from bot.storage.instance_lock import InstanceLock

    configure_logging(settings.log_level)
    if not settings.telegram_token:
        print("TELEGRAM_BOT_TOKEN is not set: running e-mail only (as 'helpdesk mail').", file=sys.stderr)
        return _mail(settings, args)
    with InstanceLock(settings.db_path):
        db = open_database(settings.db_path, busy_ms=BUSY_MS_HOT_PATH)
        desk = build_help_desk(settings, db)
        app = build_application(settings, desk, rate_limit=settings.rate_limit)
        run(app, desk, webhook_url=args.webhook_url, listen=args.listen, port=args.port, secret=settings.webhook_secret)
    return 0


def _mail(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio

    from bot.app import build_help_desk, configure_logging
    from bot.mail_only import require_mail, run_mail_only
    from bot.storage.database import BUSY_MS_HOT_PATH, open_database
    from bot.storage.instance_lock import InstanceLock

    configure_logging(settings.log_level)
    require_mail(settings)
    with InstanceLock(settings.db_path):
        db = open_database(settings.db_path, busy_ms=BUSY_MS_HOT_PATH)
        asyncio.run(run_mail_only(build_help_desk(settings, db)))
    return 0


def _stats(settings: Settings, args: argparse.Namespace) -> int:
    from bot.escalation.directory import directory_of
    from bot.stats.html_report import html_report
    from bot.stats.measure import measure
    from bot.stats.text_report import text_report
    from bot.storage.database import open_database

    content = load_content(settings.content_root, settings.contacts_path)
    since = utc_now() - datetime.timedelta(days=args.days) if args.days > 0 else None
    figures = measure(open_database(settings.db_path), directory_of(content), utc_now(), since=since,
                      reminder_minutes=settings.claim_reminder_minutes)
    print(text_report(figures))
    if args.html is not None:
        args.html.write_text(html_report(figures), encoding="utf-8")
        print(f"HTML report: {args.html}")
    return 0


def _mask(settings: Settings, args: argparse.Namespace) -> int:
    from bot.privacy import find_personal_data, mask_personal_data
    from bot.privacy.report import findings_report

    findings = find_personal_data(args.text)
    print(findings_report(args.text, findings, mask_personal_data(args.text, findings)))
    return 0


def _municipality(settings: Settings, args: argparse.Namespace) -> int:
    import dataclasses

    from bot.engine.checks import run_check
    from bot.escalation.municipalities import MunicipalityIndex
    from bot.escalation.parse_directory import load_directory
    from bot.privacy.report import said_report

    content = load_content(settings.content_root, settings.contacts_path)
    if content.directory is None and isinstance(content.municipalities, MunicipalityIndex):  # no HELPDESK_CONTACTS: no contacts
        content = dataclasses.replace(content, directory=load_directory(None, content.municipalities))
    result = run_check("municipality", args.text, content)
    labels = [choice.label.get(args.lang) for choice in result.choices]
    print(said_report(result.ok, result.value, (result.note, result.problem), labels, args.lang))
    return 0 if result.ok else 1


def _invite(settings: Settings, args: argparse.Namespace) -> int:
    from bot.storage.access import SqliteAccess
    from bot.storage.database import open_database

    if args.uses < 1 or args.days < 1:
        print("--uses and --days must be at least 1", file=sys.stderr)
        return 2
    from bot.storage.audit import SqliteAuditLog, operator

    db = open_database(settings.db_path)
    invite = SqliteAccess(db).create_invite(args.org, args.role, args.uses, args.days, utc_now())
    SqliteAuditLog(db).record(utc_now(), operator(), "create invite", args.org)
    print(f"{invite.code}   (for {invite.org}, role {invite.role}, {invite.uses_left} use(s), valid until "
          f"{invite.expires_at[:10]})")
    print("Hand it to the professional; they type it in the bot when they first contact the municipality.")
    return 0


def _deliver(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio

    from bot.app import build_help_desk, configure_logging
    from bot.channels.telegram.outbox_sender import CHANNEL, bot_sender
    from bot.storage.database import open_database

    configure_logging(settings.log_level)
    desk = build_help_desk(settings, open_database(settings.db_path), background=False)
    service = desk.conversations.tickets
    if service is None:
        return 1

    async def once() -> int:
        if settings.telegram_token:
            async with bot_sender(settings) as sender:
                desk.senders.register(CHANNEL, sender)
                return await desk.deliver_once()
        return await desk.deliver_once()

    sent = asyncio.run(once())
    print(f"delivered {sent}; outbox: {service.outbox.counts()}")
    return 0


def _health(settings: Settings, args: argparse.Namespace) -> int:
    from bot.background import heartbeat_path

    load_content(settings.content_root, settings.contacts_path)
    try:
        beat = datetime.datetime.fromisoformat(heartbeat_path(settings).read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        print("no heartbeat yet: is 'helpdesk serve' running?", file=sys.stderr)
        return 1
    age = (utc_now() - beat).total_seconds()
    if age > args.max_age:
        print(f"last heartbeat {age:.0f}s ago", file=sys.stderr)
        return 1
    print(f"healthy (heartbeat {age:.0f}s ago)")
    return 0

