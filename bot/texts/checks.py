"""What the engine says when it checks a typed answer (:mod:`bot.engine.checks`) and the labels of a decision
record (:mod:`bot.engine.record`). Placeholders in braces are filled with :func:`bot.texts.fill`."""

from __future__ import annotations

from bot.content.model import Text

__all__ = ["CHECKS", "RECORD_LABELS"]

CHECKS: dict[str, Text] = {
    "bot_only": Text("alleen via de bot", "only through the bot"),
    "not_text": Text("Typ je antwoord als tekst.", "Please type your answer as text."),
    "too_long": Text("Dat is te lang; houd het onder de {limit} tekens.",
                     "That is too long; please keep it under {limit} characters."),
    "place_in_many": Text("{place} ligt in meer dan één gemeente. Welke bedoel je?",
                          "{place} lies in more than one municipality. Which one do you mean?"),
    "which_municipality": Text("Welke gemeente bedoel je?", "Which municipality do you mean?"),
    "none_of_these": Text("Geen van deze", "None of these"),
    "unknown_nearest": Text("De gemeente of woonplaats '{value}' ken ik niet. Bedoel je een van deze gemeenten?",
                            "I do not know the municipality or town '{value}'. Do you mean one of these "
                            "municipalities?"),
    "unknown": Text("De gemeente of woonplaats '{value}' ken ik niet. Typ de naam van de gemeente of de plaats waar "
                    "de jongere woont, bijvoorbeeld Utrecht, Den Haag of Sneek.",
                    "I do not know the municipality or town '{value}'. Type the name of the municipality or town "
                    "where the young person lives, for example Utrecht, Den Haag or Sneek."),
    "understood": Text("Ik begrijp: gemeente {municipality}.", "I understood: municipality of {municipality}."),
    "national": Text("Voor gemeente {name} is in deze bot geen contactpersoon ingesteld. Landelijk advies, ook "
                     "anoniem: {advice}, {phone}, {email}.",
                     "No contact person is configured in this bot for the municipality of {name}. National "
                     "advice, also anonymously: {advice}, {phone}, {email}."),
    "concern_short": Text("Beschrijf je zorg in een paar zinnen: wat heb je gezien of gehoord, sinds wanneer?",
                          "Describe your concern in a few sentences: what did you see or hear, since when?"),
    "doubt_question": Text("Staat hier een naam of iets anders herleidbaars in?",
                           "Is there a name or anything else that identifies someone?"),
    "doubt_only": Text("{question} Ik twijfel over: {doubts}. Is het een naam of iets anders waaraan iemand te "
                       "herkennen is, pas het dan aan.",
                       "{question} I am unsure about: {doubts}. If it is a name or anything else that identifies "
                       "someone, please rewrite it."),
    "doubt_send": Text("Nee, verstuur zo", "No, send it like this"),
    "doubt_rewrite": Text("Ja, ik pas het aan", "Yes, I will rewrite it"),
    "doubt_also": Text("\n\n{question} Ik twijfel nog over: {doubts}.", "\n\n{question} I am still unsure about: "
                       "{doubts}."),
    "personal_data": Text(
        "Je tekst lijkt persoonsgegevens te bevatten: {kinds}. Voor een eerste melding heeft de gemeente die niet "
        "nodig: de contactpersoon vraagt ze zelf als dat nodig is. Zo staan ze niet onnodig in berichten en "
        "bestanden.\n\nZo zou het verstuurd worden:\n{masked}{doubts}",
        "Your text seems to contain personal data: {kinds}. The municipality does not need it for a first report: "
        "the contact person will ask if needed. That keeps it out of messages and files.\n\nThis is how it would "
        "be sent:\n{masked}{doubts}"),
    "send_masked": Text("Verstuur zo, gemaskeerd", "Send it like this, masked"),
    "rewrite_myself": Text("Ik pas het zelf aan", "I will rewrite it"),
    "contact_missing": Text(
        "Geef een telefoonnummer of e-mailadres waarop de contactpersoon jou kan bereiken, of typ 'geen' als je "
        "alleen via de bot contact wilt.",
        "Give a phone number or e-mail address where the contact person can reach you, or type 'none' if you only "
        "want contact through the bot."),
    "and": Text(" en ", " and "),
}

RECORD_LABELS: dict[str, Text] = {
    "date": Text("Datum", "Date"),
    "role": Text("Rol", "Role"),
    "unknown_role": Text("niet opgegeven", "not given"),
    "privacy": Text(
        "Dit verslag bevat bewust geen naam of andere gegevens van de jongere. Vul die alleen aan in je eigen, "
        "beveiligde dossier als dat nodig is.",
        "This record deliberately holds no name or other details of the young person. Add those only in your "
        "own secure file, and only if needed.",
    ),
    "steps": Text("Vragen en antwoorden", "Questions and answers"),
    "outcome": Text("Uitkomst", "Outcome"),
    "reasons": Text("Afweging", "Reasons"),
    "sources": Text("Bronnen", "Sources"),
    "typed": Text("(eigen antwoord, niet opgenomen)", "(own answer, not included)"),
    "disclaimer": Text(
        "Gemaakt met de helpdesk-bot. Algemene informatie, geen juridisch advies; overleg bij twijfel met je "
        "functionaris gegevensbescherming (FG) of je contactpersoon bij de gemeente.",
        "Made with the help desk bot. General information, not legal advice; when in doubt consult your data "
        "protection officer (DPO) or your municipal contact.",
    ),
}
