"""Every text of the escalation path, in every language: what the professional and the contact read."""

from __future__ import annotations

from bot.languages import Text

__all__ = ["CLOSE_REASONS", "TEXTS", "URGENCY", "text"]

URGENCY = {
    "acute": Text(nl="acuut (112 is al gebeld of wordt gebeld)", en="acute (112 has been or is being called)"),
    "soon": Text(nl="graag deze week", en="this week, please"),
    "normal": Text(nl="geen haast", en="no hurry"),
}

TEXTS: dict[str, Text] = {
    # intake and access, shown by the engine
    "access_prompt": Text(
        nl="Een melding aan de gemeente kan alleen met een uitnodigingscode van je organisatie of de gemeente. Typ je "
           "code (bijvoorbeeld ABCD-EFGH-JKLM). Geen code? Neem contact op met je aandachtsfunctionaris, of met de "
           "gemeente zelf. Bij acuut gevaar: bel 112.",
        en="Sending a concern to the municipality needs an invite code from your organisation or the municipality. "
           "Type your code (for example ABCD-EFGH-JKLM). No code? Contact your designated officer, or the "
           "municipality directly. In acute danger: call 112.",
    ),
    "access_ok": Text(nl="Dank je, je bent aangemeld bij {org}.", en="Thank you, you are registered with {org}."),
    "access_bad": Text(
        nl="Die code klopt niet, is al gebruikt of verlopen. Probeer het nog eens of typ /menu.",
        en="That code is not valid, already used or expired. Try again or type /menu.",
    ),
    "summary": Text(nl="Dit gaat naar de contactpersoon van de gemeente:", en="This goes to the municipal contact:"),
    "send": Text(nl="✅ Versturen", en="✅ Send"),
    "restart": Text(nl="✏️ Opnieuw invullen", en="✏️ Start over"),
    "sent": Text(
        nl="Verstuurd. Je referentie is {ref}. {contact} van gemeente {municipality} krijgt je melding. Je krijgt "
           "bericht zodra iemand hem oppakt; met /status zie je hoe het ermee staat.",
        en="Sent. Your reference is {ref}. {contact} of the municipality of {municipality} receives your concern. You "
           "will hear as soon as someone takes it up; /status shows where it stands.",
    ),
    "not_sent_national": Text(
        nl="Voor gemeente {municipality} is in deze bot geen contactpersoon ingesteld, dus ik kan je melding niet "
           "doorsturen. Neem contact op met de gemeente zelf (vraag naar het meldpunt radicalisering of de medewerker "
           "openbare orde en veiligheid), of vraag advies bij {name}: {phone}, {email}.",
        en="No contact person is configured in this bot for the municipality of {municipality}, so I cannot forward "
           "your concern. Contact the municipality directly (ask for the radicalisation contact point or the public "
           "order and safety officer), or ask {name} for advice: {phone}, {email}.",
    ),
    "not_sent_error": Text(
        nl="Je melding is niet verstuurd: {detail}. Probeer het later opnieuw of typ /menu.",
        en="Your concern was not sent: {detail}. Please try again later or type /menu.",
    ),
    "status_none": Text(
        nl="Je hebt nog geen meldingen bij de gemeente gedaan.",
        en="You have not sent any concerns yet.",
    ),
    "status_none_contact": Text(
        nl="Je hebt zelf geen meldingen gedaan. De open meldingen voor jouw gemeente(n) zie je met /queue.",
        en="You have not sent any concerns yourself. /queue shows the open concerns for your municipalities.",
    ),
    "status_head": Text(nl="Je meldingen:", en="Your concerns:"),
    "status_line": Text(
        nl="{ref} · {municipality} · {status} · {updated}",
        en="{ref} · {municipality} · {status} · {updated}",
    ),
    "answer_button": Text(nl="↩️ Antwoord op {ref}", en="↩️ Answer {ref}"),
    "reply_prompt": Text(
        nl="Typ je bericht over {ref}. Noem geen namen of andere gegevens van de jongere als dat niet nodig is.",
        en="Type your message about {ref}. Do not give names or other details of the young person unless needed.",
    ),
    "reply_sent": Text(nl="Je bericht over {ref} is verstuurd.", en="Your message about {ref} has been sent."),
    # outcomes of a contact's action
    "claimed": Text(
        nl="Je hebt {ref} opgepakt. De melder krijgt bericht.",
        en="You took up {ref}. The reporter is told.",
    ),
    "taken": Text(nl="{ref} is al opgepakt door {by}.", en="{ref} has already been taken up by {by}."),
    "closed": Text(nl="{ref} is gesloten.", en="{ref} is closed."),
    "already_closed": Text(nl="{ref} was al gesloten.", en="{ref} was already closed."),
    "forbidden": Text(
        nl="Dat mag je niet bij {ref}: deze melding hoort niet bij jouw gemeente of gesprek.",
        en="You may not do that with {ref}: this concern does not belong to your municipality or thread.",
    ),
    "missing": Text(nl="Melding {ref} bestaat niet (meer).", en="Concern {ref} does not exist (any more)."),
    # statuses
    "status_new": Text(nl="nieuw", en="new"),
    "status_delivered": Text(nl="afgeleverd", en="delivered"),
    "status_claimed": Text(nl="opgepakt", en="taken up"),
    "status_answered": Text(nl="beantwoord", en="answered"),
    "status_closed": Text(nl="gesloten", en="closed"),
    # messages the outbox delivers
    "summary_urgent": Text(
        nl="🚨 Je beschrijft acuut gevaar: je melding gaat als SPOED naar de gemeente. Heb je 112 nog niet gebeld? Doe "
           "dat eerst.",
        en="🚨 You describe acute danger: your concern goes to the municipality marked URGENT. Have you not called 112 "
           "yet? Do that first.",
    ),
    "urgent_banner": Text(
        nl="🚨 SPOED: de melder beschrijft acuut gevaar.",
        en="🚨 URGENT: the reporter describes acute danger.",
    ),
    "to_contact_new": Text(
        nl="Nieuwe zorgmelding {ref} via de helpdesk-bot\n\nGemeente: {municipality}\nUrgentie: {urgency}\nMelder: "
           "{role}{org}\nBereikbaar via: {reach}\n\nZorg, in de woorden van de melder:\n{concern}\n\nPak de melding "
           "op zodat de melder weet dat die bij iemand ligt.",
        en="New concern {ref} via the help desk bot\n\nMunicipality: {municipality}\nUrgency: {urgency}\nReporter: "
           "{role}{org}\nReachable at: {reach}\n\nConcern, in the reporter's words:\n{concern}\n\nPlease take it up "
           "so the reporter knows someone has it.",
    ),
    "to_contact_reminder": Text(
        nl="Herinnering: zorgmelding {ref} ({municipality}, urgentie: {urgency}) wacht al {age} en is nog niet "
           "opgepakt.",
        en="Reminder: concern {ref} ({municipality}, urgency: {urgency}) has been waiting for {age} and has not been "
           "taken up yet.",
    ),
    "to_backup": Text(
        nl="Je bent vervanger: zorgmelding {ref} ({municipality}) is niet op tijd opgepakt door {contact}.",
        en="You are the backup: concern {ref} ({municipality}) was not taken up in time by {contact}.",
    ),
    "to_contact_message": Text(
        nl="Bericht van de melder over {ref}:\n\n{text}",
        en="Message from the reporter about {ref}:\n\n{text}",
    ),
    "to_reporter_claimed": Text(
        nl="Je melding {ref} is opgepakt door {contact} van gemeente {municipality}.",
        en="Your concern {ref} was taken up by {contact} of the municipality of {municipality}.",
    ),
    "to_reporter_message": Text(
        nl="Antwoord van {contact} over {ref}:\n\n{text}",
        en="Answer from {contact} about {ref}:\n\n{text}",
    ),
    "to_reporter_closed": Text(
        nl="Je melding {ref} is gesloten door de gemeente. Reden: {reason}",
        en="Your concern {ref} was closed by the municipality. Reason: {reason}",
    ),
    "to_reporter_delivered": Text(
        nl="Je melding {ref} is afgeleverd bij de gemeente.",
        en="Your concern {ref} has been delivered to the municipality.",
    ),
    "button_claim": Text(nl="🙋 Oppakken", en="🙋 Take up"),
    "button_reply": Text(nl="✍️ Antwoorden", en="✍️ Reply"),
    "button_close": Text(nl="✔️ Sluiten", en="✔️ Close"),
    "mail_instructions": Text(
        nl="Beantwoord deze e-mail om te reageren: de eerste regel OPPAKKEN pakt de melding op, SLUITEN sluit hem "
           "(zet de reden erachter, bijvoorbeeld 'SLUITEN doorverwezen naar het Zorg- en Veiligheidshuis'); andere "
           "tekst gaat als antwoord naar de melder (en pakt de melding op). Laat het onderwerp staan.",
        en="Reply to this e-mail to respond: a first line CLAIM takes up the concern, CLOSE closes it (put the reason "
           "after it, e.g. 'CLOSE referred to the safety house'); any other text goes to the reporter as your answer "
           "(and takes the concern up). Keep the subject.",
    ),
    **{f"close_{key}": value for key, value in {
        "handled": Text(nl="afgehandeld", en="handled"),
        "referred": Text(
            nl="doorverwezen (bijvoorbeeld naar het Zorg- en Veiligheidshuis, de politie of het wijkteam)",
            en="referred (for example to the safety house, the police or the social team)",
        ),
        "no_concern": Text(
            nl="na beoordeling geen zorg over radicalisering",
            en="assessed: no concern about radicalisation",
        ),
        "known": Text(nl="al bekend bij de gemeente", en="already known to the municipality"),
    }.items()},
    "close_none": Text(nl="geen reden opgegeven", en="no reason given"),
    "close_prompt": Text(
        nl="Waarom sluit je {ref}? De melder ziet de reden.",
        en="Why are you closing {ref}? The reporter sees the reason.",
    ),
    # the professional: after sending, the list, one ticket, withdraw, follow up
    "hours_open_now": Text(
        nl="De contactpersoon is nu bereikbaar (kantoortijden: {hours}).",
        en="The contact is available now (office hours: {hours}).",
    ),
    "hours_closed_now": Text(
        nl="De contactpersoon is nu niet bereikbaar (kantoortijden: {hours}); je melding wordt gelezen vanaf {next}.",
        en="The contact is not available now (office hours: {hours}); your concern will be read from {next}.",
    ),
    "hours_expect": Text(
        nl="Is je melding na {hours} binnen kantoortijd niet opgepakt, dan krijgt de contactpersoon een herinnering, "
           "en daarna de vervanger (als die er is).",
        en="If nobody takes it up within {hours} of office time, the contact gets a reminder, and then the backup (if "
           "there is one).",
    ),
    "hours_urgent": Text(
        nl="Dringend buiten kantoortijd? Bij direct gevaar: bel 112. Twijfel je of het acuut is? Bel de politie: 0900 "
           "8844. Advies: {name}, {phone}, tijdens hun openingstijden ({url}).",
        en="Urgent outside office hours? In direct danger: call 112. In doubt whether it is acute? Call the police: "
           "0900 8844. Advice: {name}, {phone}, during their opening hours ({url}).",
    ),
    "sent_to_backup": Text(
        nl="Je melding is acuut en de contactpersoon is nu niet bereikbaar: hij ging daarom meteen ook naar de "
           "vervanger ({contact}).",
        en="Your concern is acute and the contact is not available now: it went at once to the backup as well "
           "({contact}).",
    ),
    "sent_no_backup": Text(
        nl="Je melding is acuut en de contactpersoon is nu niet bereikbaar (er is geen vervanger ingesteld). Wacht "
           "daar niet op: bij direct gevaar bel je 112, en anders de politie: 0900 8844.",
        en="Your concern is acute and the contact is not available now (no backup is configured). Do not wait for "
           "them: in direct danger call 112, otherwise the police: 0900 8844.",
    ),
    "unit_hours": Text(nl="u", en="h"),
    "unit_days": Text(nl="d", en="d"),
    "weekdays": Text(nl="ma di wo do vr za zo", en="Mon Tue Wed Thu Fri Sat Sun"),
    "status_pick": Text(
        nl="Kies een melding om het hele gesprek te zien.",
        en="Choose a concern to see the whole thread.",
    ),
    "status_button": Text(nl="{ref} · {status}", en="{ref} · {status}"),
    "detail_head": Text(
        nl="Melding {ref} · gemeente {municipality} · {status}\nVerstuurd: {created} · urgentie: {urgency}",
        en="Concern {ref} · municipality of {municipality} · {status}\nSent: {created} · urgency: {urgency}",
    ),
    "detail_you": Text(nl="Jij", en="You"),
    "detail_event": Text(nl="{at} · {what}", en="{at} · {what}"),
    "event_delivered": Text(nl="afgeleverd bij de gemeente", en="delivered to the municipality"),
    "event_claimed": Text(nl="opgepakt door {who}", en="taken up by {who}"),
    "event_closed": Text(nl="gesloten door de gemeente: {reason}", en="closed by the municipality: {reason}"),
    "event_withdrawn": Text(nl="ingetrokken door jou", en="withdrawn by you"),
    "event_reopened": Text(nl="heropend met een vervolgbericht", en="reopened with a follow-up"),
    "event_backup": Text(nl="doorgezet naar de vervanger", en="passed to the backup"),
    "withdraw_button": Text(nl="🗑️ Intrekken", en="🗑️ Withdraw"),
    "withdraw_confirm": Text(
        nl="Wil je {ref} intrekken? De contactpersoon krijgt bericht dat er niets meer hoeft.",
        en="Withdraw {ref}? The contact is told that nothing more is needed.",
    ),
    "withdraw_yes": Text(nl="Ja, intrekken", en="Yes, withdraw"),
    "withdrawn": Text(
        nl="{ref} is ingetrokken; de contactpersoon krijgt bericht.",
        en="{ref} is withdrawn; the contact is told.",
    ),
    "followup_button": Text(nl="➕ Vervolg op {ref}", en="➕ Follow up {ref}"),
    "followup_prompt": Text(
        nl="Typ je vervolgbericht over {ref}. De melding wordt heropend en gaat weer naar de contactpersoon. Noem "
           "geen namen of andere gegevens van de jongere als dat niet nodig is.",
        en="Type your follow-up about {ref}. The concern is reopened and goes back to the contact. Do not give names "
           "or other details of the young person unless needed.",
    ),
    "reopened": Text(
        nl="{ref} is heropend en je bericht is verstuurd.",
        en="{ref} is reopened and your message was sent.",
    ),
    "to_contact_withdrawn": Text(
        nl="De melder heeft zorgmelding {ref} ({municipality}) ingetrokken; er hoeft niets meer.",
        en="The reporter withdrew concern {ref} ({municipality}); nothing more is needed.",
    ),
    "to_contact_reopened": Text(
        nl="De melder heeft gesloten zorgmelding {ref} ({municipality}) heropend:\n\n{text}",
        en="The reporter reopened closed concern {ref} ({municipality}):\n\n{text}",
    ),
    "edit_button": Text(nl="✏️ {label} aanpassen", en="✏️ Change {label}"),
    # the contact: queue and digest
    "queue_none": Text(
        nl="Er staan geen open meldingen voor jouw gemeente(n).",
        en="There are no open concerns for your municipalities.",
    ),
    "queue_not_contact": Text(
        nl="/queue is voor contactpersonen van een gemeente; dit gesprek hoort bij geen enkele.",
        en="/queue is for municipal contacts; this chat belongs to none.",
    ),
    "queue_head": Text(nl="Open meldingen, oudste eerst:", en="Open concerns, oldest first:"),
    "queue_line": Text(
        nl="{ref} · {municipality} · {urgency} · {status} · wacht {age}",
        en="{ref} · {municipality} · {urgency} · {status} · waiting {age}",
    ),
    "digest_subject": Text(
        nl="Open zorgmeldingen via de helpdesk-bot: {count}",
        en="Open concerns via the help desk bot: {count}",
    ),
    "digest_head": Text(
        nl="Dagelijks overzicht van open zorgmeldingen voor uw gemeente(n), oudste eerst. Reageer op de e-mail van de "
           "melding zelf (OPPAKKEN, SLUITEN of uw antwoord).",
        en="Daily list of open concerns for your municipalities, oldest first. Respond to the e-mail of the concern "
           "itself (CLAIM, CLOSE or your answer).",
    ),
}

CLOSE_REASONS = ("handled", "referred", "no_concern", "known")


def text(key: str, lang: str, **values: str) -> str:
    return TEXTS[key].get(lang).format(**values)
