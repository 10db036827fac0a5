"""Every text of the escalation path, in every language: what the professional and the contact read."""

from __future__ import annotations

from bot.content.model import Text

__all__ = ["CLOSE_REASONS", "TEXTS", "URGENCY", "text"]

URGENCY = {
    "acute": Text("acuut (112 is al gebeld of wordt gebeld)", "acute (112 has been or is being called)"),
    "soon": Text("graag deze week", "this week, please"),
    "normal": Text("geen haast", "no hurry"),
}

TEXTS: dict[str, Text] = {
    # intake and access, shown by the engine
    "access_prompt": Text(
        "Een melding aan de gemeente kan alleen met een uitnodigingscode van je organisatie of de gemeente. "
        "Typ je code (bijvoorbeeld ABCD-EFGH-JKLM). Geen code? Neem contact op met je aandachtsfunctionaris, "
        "of met de gemeente zelf. Bij acuut gevaar: bel 112.",
        "Sending a concern to the municipality needs an invite code from your organisation or the municipality. "
        "Type your code (for example ABCD-EFGH-JKLM). No code? Contact your designated officer, or the "
        "municipality directly. In acute danger: call 112.",
    ),
    "access_ok": Text("Dank je, je bent aangemeld bij {org}.", "Thank you, you are registered with {org}."),
    "access_bad": Text("Die code klopt niet, is al gebruikt of verlopen. Probeer het nog eens of typ /menu.",
                       "That code is not valid, already used or expired. Try again or type /menu."),
    "summary": Text("Dit gaat naar de contactpersoon van de gemeente:", "This goes to the municipal contact:"),
    "send": Text("✅ Versturen", "✅ Send"),
    "restart": Text("✏️ Opnieuw invullen", "✏️ Start over"),
    "sent": Text(
        "Verstuurd. Je referentie is {ref}. {contact} van gemeente {municipality} krijgt je melding. Je krijgt "
        "bericht zodra iemand hem oppakt; met /status zie je hoe het ermee staat.",
        "Sent. Your reference is {ref}. {contact} of the municipality of {municipality} receives your concern. "
        "You will hear as soon as someone takes it up; /status shows where it stands.",
    ),
    "not_sent_national": Text(
        "Voor gemeente {municipality} is in deze bot geen contactpersoon ingesteld, dus ik kan je melding niet "
        "doorsturen. Neem contact op met de gemeente zelf (vraag naar het meldpunt radicalisering of de "
        "medewerker openbare orde en veiligheid), of vraag advies bij {name}: {phone}, {email}.",
        "No contact person is configured in this bot for the municipality of {municipality}, so I cannot forward "
        "your concern. Contact the municipality directly (ask for the radicalisation contact point or the public "
        "order and safety officer), or ask {name} for advice: {phone}, {email}.",
    ),
    "not_sent_error": Text("Je melding is niet verstuurd: {detail}. Probeer het later opnieuw of typ /menu.",
                           "Your concern was not sent: {detail}. Please try again later or type /menu."),
    "status_none": Text("Je hebt nog geen meldingen bij de gemeente gedaan.", "You have not sent any concerns yet."),
    "status_none_contact": Text("Je hebt zelf geen meldingen gedaan. De open meldingen voor jouw gemeente(n) zie je "
                                "met /queue.", "You have not sent any concerns yourself. /queue shows the open "
                                "concerns for your municipalities."),
    "status_head": Text("Je meldingen:", "Your concerns:"),
    "status_line": Text("{ref} · {municipality} · {status} · {updated}", "{ref} · {municipality} · {status} · {updated}"),
    "answer_button": Text("↩️ Antwoord op {ref}", "↩️ Answer {ref}"),
    "reply_prompt": Text(
        "Typ je bericht over {ref}. Noem geen namen of andere gegevens van de jongere als dat niet nodig is.",
        "Type your message about {ref}. Do not give names or other details of the young person unless needed.",
    ),
    "reply_sent": Text("Je bericht over {ref} is verstuurd.", "Your message about {ref} has been sent."),
    # outcomes of a contact's action
    "claimed": Text("Je hebt {ref} opgepakt. De melder krijgt bericht.", "You took up {ref}. The reporter is told."),
    "taken": Text("{ref} is al opgepakt door {by}.", "{ref} has already been taken up by {by}."),
    "closed": Text("{ref} is gesloten.", "{ref} is closed."),
    "already_closed": Text("{ref} was al gesloten.", "{ref} was already closed."),
    "forbidden": Text("Dat mag je niet bij {ref}: deze melding hoort niet bij jouw gemeente of gesprek.",
                      "You may not do that with {ref}: this concern does not belong to your municipality or thread."),
    "missing": Text("Melding {ref} bestaat niet (meer).", "Concern {ref} does not exist (any more)."),
    # statuses
    "status_new": Text("nieuw", "new"),
    "status_delivered": Text("afgeleverd", "delivered"),
    "status_claimed": Text("opgepakt", "taken up"),
    "status_answered": Text("beantwoord", "answered"),
    "status_closed": Text("gesloten", "closed"),
    # messages the outbox delivers
    "summary_urgent": Text(
        "🚨 Je beschrijft acuut gevaar: je melding gaat als SPOED naar de gemeente. Heb je 112 nog niet gebeld? "
        "Doe dat eerst.",
        "🚨 You describe acute danger: your concern goes to the municipality marked URGENT. Have you not called "
        "112 yet? Do that first.",
    ),
    "urgent_banner": Text("🚨 SPOED: de melder beschrijft acuut gevaar.", "🚨 URGENT: the reporter describes acute danger."),
    "to_contact_new": Text(
        "Nieuwe zorgmelding {ref} via de helpdesk-bot\n\nGemeente: {municipality}\nUrgentie: {urgency}\n"
        "Melder: {role}{org}\nBereikbaar via: {reach}\n\nZorg, in de woorden van de melder:\n{concern}\n\n"
        "Pak de melding op zodat de melder weet dat die bij iemand ligt.",
        "New concern {ref} via the help desk bot\n\nMunicipality: {municipality}\nUrgency: {urgency}\n"
        "Reporter: {role}{org}\nReachable at: {reach}\n\nConcern, in the reporter's words:\n{concern}\n\n"
        "Please take it up so the reporter knows someone has it.",
    ),
    "to_contact_reminder": Text("Herinnering: zorgmelding {ref} ({municipality}, urgentie: {urgency}) wacht al {age} "
                                "en is nog niet opgepakt.",
                                "Reminder: concern {ref} ({municipality}, urgency: {urgency}) has been waiting for {age} "
                                "and has not been taken up yet."),
    "to_backup": Text("Je bent vervanger: zorgmelding {ref} ({municipality}) is niet op tijd opgepakt door {contact}.",
                      "You are the backup: concern {ref} ({municipality}) was not taken up in time by {contact}."),
    "to_contact_message": Text("Bericht van de melder over {ref}:\n\n{text}", "Message from the reporter about {ref}:\n\n{text}"),
    "to_reporter_claimed": Text("Je melding {ref} is opgepakt door {contact} van gemeente {municipality}.",
                                "Your concern {ref} was taken up by {contact} of the municipality of {municipality}."),
    "to_reporter_message": Text("Antwoord van {contact} over {ref}:\n\n{text}", "Answer from {contact} about {ref}:\n\n{text}"),
    "to_reporter_closed": Text("Je melding {ref} is gesloten door de gemeente. Reden: {reason}",
                               "Your concern {ref} was closed by the municipality. Reason: {reason}"),
    "to_reporter_delivered": Text("Je melding {ref} is afgeleverd bij de gemeente.",
                                  "Your concern {ref} has been delivered to the municipality."),
    "button_claim": Text("🙋 Oppakken", "🙋 Take up"),
    "button_reply": Text("✍️ Antwoorden", "✍️ Reply"),
    "button_close": Text("✔️ Sluiten", "✔️ Close"),
    "mail_instructions": Text(
        "Beantwoord deze e-mail om te reageren: de eerste regel OPPAKKEN pakt de melding op, SLUITEN sluit hem "
        "(zet de reden erachter, bijvoorbeeld 'SLUITEN doorverwezen naar het Zorg- en Veiligheidshuis'); "
        "andere tekst gaat als antwoord naar de melder (en pakt de melding op). Laat het onderwerp staan.",
        "Reply to this e-mail to respond: a first line CLAIM takes up the concern, CLOSE closes it (put the "
        "reason after it, e.g. 'CLOSE referred to the safety house'); any other "
        "text goes to the reporter as your answer (and takes the concern up). Keep the subject.",
    ),
    **{f"close_{key}": value for key, value in {
        "handled": Text("afgehandeld", "handled"),
        "referred": Text("doorverwezen (bijvoorbeeld naar het Zorg- en Veiligheidshuis, de politie of het wijkteam)",
                         "referred (for example to the safety house, the police or the social team)"),
        "no_concern": Text("na beoordeling geen zorg over radicalisering", "assessed: no concern about radicalisation"),
        "known": Text("al bekend bij de gemeente", "already known to the municipality"),
    }.items()},
    "close_none": Text("geen reden opgegeven", "no reason given"),
    "close_prompt": Text("Waarom sluit je {ref}? De melder ziet de reden.",
                         "Why are you closing {ref}? The reporter sees the reason."),
    # the professional: after sending, the list, one ticket, withdraw, follow up
    "hours_open_now": Text("De contactpersoon is nu bereikbaar (kantoortijden: {hours}).",
                           "The contact is available now (office hours: {hours})."),
    "hours_closed_now": Text("De contactpersoon is nu niet bereikbaar (kantoortijden: {hours}); je melding wordt "
                             "gelezen vanaf {next}.",
                             "The contact is not available now (office hours: {hours}); your concern will be read "
                             "from {next}."),
    "hours_expect": Text("Is je melding na {hours} binnen kantoortijd niet opgepakt, dan krijgt de contactpersoon een "
                         "herinnering, en daarna de vervanger (als die er is).",
                         "If nobody takes it up within {hours} of office time, the contact gets a reminder, and then "
                         "the backup (if there is one)."),
    "hours_urgent": Text("Dringend buiten kantoortijd? Bij direct gevaar: bel 112. Twijfel je of het acuut is? Bel de "
                         "politie: 0900 8844. Advies: {name}, {phone}, tijdens hun openingstijden ({url}).",
                         "Urgent outside office hours? In direct danger: call 112. In doubt whether it is acute? Call "
                         "the police: 0900 8844. Advice: {name}, {phone}, during their opening hours ({url})."),
    "sent_to_backup": Text("Je melding is acuut en de contactpersoon is nu niet bereikbaar: hij ging daarom meteen ook "
                           "naar de vervanger ({contact}).",
                           "Your concern is acute and the contact is not available now: it went at once to the "
                           "backup as well ({contact})."),
    "sent_no_backup": Text("Je melding is acuut en de contactpersoon is nu niet bereikbaar (er is geen vervanger "
                           "ingesteld). Wacht daar niet op: bij direct gevaar bel je 112, en anders de politie: "
                           "0900 8844.",
                           "Your concern is acute and the contact is not available now (no backup is configured). "
                           "Do not wait for them: in direct danger call 112, otherwise the police: 0900 8844."),
    "unit_hours": Text("u", "h"),
    "unit_days": Text("d", "d"),
    "weekdays": Text("ma di wo do vr za zo", "Mon Tue Wed Thu Fri Sat Sun"),
    "status_pick": Text("Kies een melding om het hele gesprek te zien.", "Choose a concern to see the whole thread."),
    "status_button": Text("{ref} · {status}", "{ref} · {status}"),
    "detail_head": Text("Melding {ref} · gemeente {municipality} · {status}\nVerstuurd: {created} · urgentie: {urgency}",
                        "Concern {ref} · municipality of {municipality} · {status}\nSent: {created} · urgency: {urgency}"),
    "detail_you": Text("Jij", "You"),
    "detail_event": Text("{at} · {what}", "{at} · {what}"),
    "event_delivered": Text("afgeleverd bij de gemeente", "delivered to the municipality"),
    "event_claimed": Text("opgepakt door {who}", "taken up by {who}"),
    "event_closed": Text("gesloten door de gemeente: {reason}", "closed by the municipality: {reason}"),
    "event_withdrawn": Text("ingetrokken door jou", "withdrawn by you"),
    "event_reopened": Text("heropend met een vervolgbericht", "reopened with a follow-up"),
    "event_backup": Text("doorgezet naar de vervanger", "passed to the backup"),
    "withdraw_button": Text("🗑️ Intrekken", "🗑️ Withdraw"),
    "withdraw_confirm": Text("Wil je {ref} intrekken? De contactpersoon krijgt bericht dat er niets meer hoeft.",
                             "Withdraw {ref}? The contact is told that nothing more is needed."),
    "withdraw_yes": Text("Ja, intrekken", "Yes, withdraw"),
    "withdrawn": Text("{ref} is ingetrokken; de contactpersoon krijgt bericht.",
                      "{ref} is withdrawn; the contact is told."),
    "followup_button": Text("➕ Vervolg op {ref}", "➕ Follow up {ref}"),
    "followup_prompt": Text("Typ je vervolgbericht over {ref}. De melding wordt heropend en gaat weer naar de "
                            "contactpersoon. Noem geen namen of andere gegevens van de jongere als dat niet nodig is.",
                            "Type your follow-up about {ref}. The concern is reopened and goes back to the contact. "
                            "Do not give names or other details of the young person unless needed."),
    "reopened": Text("{ref} is heropend en je bericht is verstuurd.", "{ref} is reopened and your message was sent."),
    "to_contact_withdrawn": Text("De melder heeft zorgmelding {ref} ({municipality}) ingetrokken; er hoeft niets meer.",
                                 "The reporter withdrew concern {ref} ({municipality}); nothing more is needed."),
    "to_contact_reopened": Text("De melder heeft gesloten zorgmelding {ref} ({municipality}) heropend:\n\n{text}",
                                "The reporter reopened closed concern {ref} ({municipality}):\n\n{text}"),
    "edit_button": Text("✏️ {label} aanpassen", "✏️ Change {label}"),
    # the contact: queue and digest
    "queue_none": Text("Er staan geen open meldingen voor jouw gemeente(n).", "There are no open concerns for your "
                       "municipalities."),
    "queue_not_contact": Text("/queue is voor contactpersonen van een gemeente; dit gesprek hoort bij geen enkele.",
                              "/queue is for municipal contacts; this chat belongs to none."),
    "queue_head": Text("Open meldingen, oudste eerst:", "Open concerns, oldest first:"),
    "queue_line": Text("{ref} · {municipality} · {urgency} · {status} · wacht {age}",
                       "{ref} · {municipality} · {urgency} · {status} · waiting {age}"),
    "digest_subject": Text("Open zorgmeldingen via de helpdesk-bot: {count}", "Open concerns via the help desk bot: {count}"),
    "digest_head": Text("Dagelijks overzicht van open zorgmeldingen voor uw gemeente(n), oudste eerst. Reageer op de "
                        "e-mail van de melding zelf (OPPAKKEN, SLUITEN of uw antwoord).",
                        "Daily list of open concerns for your municipalities, oldest first. Respond to the e-mail of "
                        "the concern itself (CLAIM, CLOSE or your answer)."),
}

CLOSE_REASONS = ("handled", "referred", "no_concern", "known")


def text(key: str, lang: str, **values: str) -> str:
    return TEXTS[key].get(lang).format(**values)
