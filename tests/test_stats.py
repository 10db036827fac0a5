"""Help desk figures (issue 12 point 6): measured from a real SQLite file filled through the ticket service and
the conversations at controlled times; the HTML report opened in headless Chromium, whose layout of the charts
is read back from the page."""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from bot.address import Address
from bot.app import build_conversations
from bot.config import Settings
from bot.engine import ButtonPress, Command, TextMessage
from bot.escalation.service import TicketService
from bot.stats.html_report import html_report
from bot.stats.measure import Spread, measure, percentile
from bot.stats.text_report import text_report
from bot.storage.database import open_database
from tests.conftest import CLOCK, FIXTURES, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
INTAKE = {"concern": "Een leerling deelt filmpjes die geweld goedpraten.", "urgency": "soon", "contact": "geen",
          "lang": "nl", "role": "docent"}


def filled(tmp_path: Path) -> tuple[Settings, TicketService]:
    """Three tickets: claimed after 30 and 90 minutes (answered after 60 and 120), one left open and unclaimed."""
    settings = Settings(content_root=ROOT, db_path=tmp_path / "helpdesk.db", contacts_path=FIXTURES / "contacts.yaml")
    conversations = build_conversations(settings, open_database(settings.db_path))
    service = conversations.tickets
    assert service is not None
    user = "telegram:42"
    service.access.redeem(user, service.access.create_invite("Het Lyceum", "docent", 1, 30, CLOCK).code, CLOCK)
    contact = Address("telegram", "100000001")
    for index, (municipality, claim, answer) in enumerate((("Utrecht", 30, 60), ("Utrecht", 90, 120),
                                                           ("Nieuwegein", None, None))):
        at = CLOCK + datetime.timedelta(hours=index)
        ref = str(service.create(Address.parse(user), {**INTAKE, "municipality": municipality, "concern": f"zorg {index}"}, at).data["ref"])
        if claim is not None and answer is not None:
            service.act(contact, "claim", ref, at + datetime.timedelta(minutes=claim))
            service.message(contact, ref, "We pakken het op.", at + datetime.timedelta(minutes=answer))
    for role, text in (("docent", "/start"), ("politie", "hoe werkt de meldcode bij radicalisering")):
        conversations.handle(f"telegram:{role}", Command("rol", role, at=CLOCK))
    conversations.handle(Address("telegram", "docent"), ButtonPress("menu:signalling", at=CLOCK))
    conversations.handle(Address("telegram", "politie"), ButtonPress("menu:sharing", at=CLOCK))
    conversations.handle(Address("telegram", "politie"), Command("menu", at=CLOCK))
    conversations.handle(Address("telegram", "politie"), ButtonPress("menu:signalling", at=CLOCK))
    conversations.handle(Address("telegram", "docent"), Command("menu", at=CLOCK))
    conversations.handle(Address("telegram", "docent"), TextMessage("qwxv zzzy plorp", at=CLOCK))
    conversations.questions.record("feedback_down", CLOCK, role="docent", faq_id="wat_is_radicalisering")
    return settings, service


def test_percentiles_use_the_nearest_rank() -> None:
    assert percentile([], 0.5) is None
    assert percentile([5.0], 0.9) == 5.0
    assert [percentile([float(v) for v in range(1, 11)], share) for share in (0.5, 0.9)] == [5.0, 9.0]


def test_figures_count_tickets_response_times_open_overdue_and_the_bots_use(tmp_path: Path) -> None:
    settings, service = filled(tmp_path)
    now = CLOCK + datetime.timedelta(hours=6)
    figures = measure(open_database(settings.db_path), service.directory(), now, reminder_minutes=120)
    assert figures.tickets == 3 and figures.per_municipality == {"Utrecht": 2, "Nieuwegein": 1}
    assert figures.to_claim == Spread(2, 30.0, 90.0) and figures.to_first_answer == Spread(2, 60.0, 120.0)
    assert (figures.open, figures.overdue) == (3, 1)  # answered tickets stay open until closed
    assert figures.use_per_flow == {"signalling": 2, "sharing": 1}
    assert figures.use_per_role == {"politie": 2, "docent": 1}
    assert figures.unanswered == 1 and figures.thumbs_down == {"wat_is_radicalisering": 1}
    report = text_report(figures)
    assert "time to claim              median   30 min   p90    1.5 h   (2 tickets)" in report
    assert "overdue (unclaimed past the reminder time): 1" in report


def test_helpdesk_stats_prints_the_figures_and_writes_the_html_report(tmp_path: Path) -> None:
    settings, _ = filled(tmp_path)
    env = {**os.environ, "HELPDESK_DB": str(settings.db_path), "HELPDESK_CONTACTS": str(FIXTURES / "contacts.yaml")}
    out = tmp_path / "stats.html"
    result = subprocess.run([sys.executable, "-m", "bot", "stats", "--html", str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Tickets: 3" in result.stdout and "Utrecht" in result.stdout and f"HTML report: {out}" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page  # nothing fetched from elsewhere


def test_database_text_in_the_report_is_escaped(tmp_path: Path) -> None:
    settings, service = filled(tmp_path)
    service.tickets.db.execute("update tickets set municipality = '<img src=x onerror=alert(1)>'")
    page = html_report(measure(open_database(settings.db_path), service.directory(), CLOCK))
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


LAYOUT_PROBE = """<script>
addEventListener('load', () => {
  const bars = [...document.querySelectorAll('svg.chart rect.bar')].map(r => r.getBBox().width);
  const charts = [...document.querySelectorAll('svg.chart')].map(s => s.getBoundingClientRect().height);
  document.body.setAttribute('data-probe', JSON.stringify({bars, charts, ns: document.querySelector('svg.chart')
    .namespaceURI}));
});
</script>"""


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium)")
def test_the_html_report_renders_its_charts_in_headless_chromium(tmp_path: Path) -> None:
    settings, service = filled(tmp_path)
    page = html_report(measure(open_database(settings.db_path), service.directory(),
                               CLOCK + datetime.timedelta(hours=6)))
    probed = tmp_path / "probe.html"  # the report itself has no script; the test adds one that reads the layout
    probed.write_text(page.replace("</body>", LAYOUT_PROBE + "</body>"), encoding="utf-8")
    report = tmp_path / "report.html"
    report.write_text(page, encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        flags = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}"]
        dom = subprocess.run([*flags, "--dump-dom", probed.as_uri()], capture_output=True, text=True, timeout=120)
        shot = tmp_path / "report.png"
        subprocess.run([*flags, f"--screenshot={shot}", "--window-size=1000,2400", report.as_uri()],
                       capture_output=True, timeout=120)
    match = re.search(r"data-probe=\"([^\"]+)\"", dom.stdout)
    assert match, dom.stderr[-2000:]
    import html
    import json

    probe = json.loads(html.unescape(match[1]))
    assert probe["ns"] == "http://www.w3.org/2000/svg"
    # per municipality 2, per day 1, per urgency 1, response times 4, closed 0, per role 2, per flow 2, 👎 1
    assert len(probe["bars"]) == 13 and all(width >= 1 for width in probe["bars"])
    assert len(probe["charts"]) == 7 and all(height > 20 for height in probe["charts"])
    assert shot.exists() and shot.stat().st_size > 10_000


def test_the_simulated_week_is_paired_and_reminders_only_ever_bring_a_claim_forward(tmp_path: Path) -> None:
    from bench.helpdesk_week import CONTACTS, simulate

    waits = []
    for reminder in (120, 10**6):
        settings = Settings(content_root=ROOT, db_path=tmp_path / f"week{reminder}.db", contacts_path=CONTACTS,
                            claim_reminder_minutes=reminder)
        service = build_conversations(settings, open_database(settings.db_path)).tickets
        assert service is not None
        simulate(service, 12, seed=5)
        rows = service.tickets.db.query("select created_at, municipality, claimed_at from tickets "
                                        "order by created_at, municipality")
        waits.append([(r["created_at"], r["municipality"], r["claimed_at"] or "9999") for r in rows])
    with_reminders, without = waits
    assert [r[:2] for r in with_reminders] == [r[:2] for r in without] and len(without) == 12
    assert all(a[2] <= b[2] for a, b in zip(with_reminders, without))
    assert any(a[2] < b[2] for a, b in zip(with_reminders, without))
