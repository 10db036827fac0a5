"""What the engine says when it checks a typed answer (:mod:`bot.engine.checks`) and the labels of a decision
record (:mod:`bot.engine.record`), and how the privacy check names personal data (:func:`bot.privacy.describe`).
Placeholders in braces are filled with :func:`bot.texts.fill`."""

from __future__ import annotations

from bot.languages import Text

__all__ = ["CHECKS", "PERSONAL_DATA", "RECORD_LABELS"]

CHECKS: dict[str, Text] = {
    "bot_only": Text(nl="alleen via de bot", en="only through the bot"),
    "not_text": Text(nl="Typ je antwoord als tekst.", en="Please type your answer as text."),
    "too_long": Text(
        nl="Dat is te lang; houd het onder de {limit} tekens.",
        en="That is too long; please keep it under {limit} characters.",
    ),
    "place_in_many": Text(
        nl="{place} ligt in meer dan één gemeente. Welke bedoel je?",
        en="{place} lies in more than one municipality. Which one do you mean?",
    ),
    "which_municipality": Text(nl="Welke gemeente bedoel je?", en="Which municipality do you mean?"),
    "none_of_these": Text(nl="Geen van deze", en="None of these"),
    "unknown_nearest": Text(
        nl="De gemeente of woonplaats '{value}' ken ik niet. Bedoel je een van deze gemeenten?",
        en="I do not know the municipality or town '{value}'. Do you mean one of these municipalities?",
    ),
    "unknown": Text(
        nl="De gemeente of woonplaats '{value}' ken ik niet. Typ de naam van de gemeente of de plaats waar de jongere "
           "woont, bijvoorbeeld Utrecht, Den Haag of Sneek.",
        en="I do not know the municipality or town '{value}'. Type the name of the municipality or town where the "
           "young person lives, for example Utrecht, Den Haag or Sneek.",
    ),
    "understood": Text(nl="Ik begrijp: gemeente {municipality}.", en="I understood: municipality of {municipality}."),
    "national": Text(
        nl="Voor gemeente {name} is in deze bot geen contactpersoon ingesteld. Landelijk advies, ook anoniem: "
           "{advice}, {phone}, {email}.",
        en="No contact person is configured in this bot for the municipality of {name}. National advice, also "
           "anonymously: {advice}, {phone}, {email}.",
    ),
    "concern_short": Text(
        nl="Beschrijf je zorg in een paar zinnen: wat heb je gezien of gehoord, sinds wanneer?",
        en="Describe your concern in a few sentences: what did you see or hear, since when?",
    ),
    "doubt_question": Text(
        nl="Staat hier een naam of iets anders herleidbaars in?",
        en="Is there a name or anything else that identifies someone?",
    ),
    "doubt_only": Text(
        nl="{question} Ik twijfel over: {doubts}. Is het een naam of iets anders waaraan iemand te herkennen is, pas "
           "het dan aan.",
        en="{question} I am unsure about: {doubts}. If it is a name or anything else that identifies someone, please "
           "rewrite it.",
    ),
    "doubt_send": Text(nl="Nee, verstuur zo", en="No, send it like this"),
    "doubt_rewrite": Text(nl="Ja, ik pas het aan", en="Yes, I will rewrite it"),
    "doubt_also": Text(
        nl="\n\n{question} Ik twijfel nog over: {doubts}.",
        en="\n\n{question} I am still unsure about: {doubts}.",
    ),
    "personal_data": Text(
        nl="Je tekst lijkt persoonsgegevens te bevatten: {kinds}. Voor een eerste melding heeft de gemeente die niet "
           "nodig: de contactpersoon vraagt ze zelf als dat nodig is. Zo staan ze niet onnodig in berichten en "
           "bestanden.\n\nZo zou het verstuurd worden:\n{masked}{doubts}",
        en="Your text seems to contain personal data: {kinds}. The municipality does not need it for a first report: "
           "the contact person will ask if needed. That keeps it out of messages and files.\n\nThis is how it would "
           "be sent:\n{masked}{doubts}",
    ),
    "send_masked": Text(nl="Verstuur zo, gemaskeerd", en="Send it like this, masked"),
    "rewrite_myself": Text(nl="Ik pas het zelf aan", en="I will rewrite it"),
    "contact_missing": Text(
        nl="Geef een telefoonnummer of e-mailadres waarop de contactpersoon jou kan bereiken, of typ 'geen' als je "
           "alleen via de bot contact wilt.",
        en="Give a phone number or e-mail address where the contact person can reach you, or type 'none' if you only "
           "want contact through the bot.",
    ),
    "and": Text(nl=" en ", en=" and "),
}

RECORD_LABELS: dict[str, Text] = {
    "date": Text(nl="Datum", en="Date"),
    "role": Text(nl="Rol", en="Role"),
    "unknown_role": Text(nl="niet opgegeven", en="not given"),
    "privacy": Text(
        nl="Dit verslag bevat bewust geen naam of andere gegevens van de jongere. Vul die alleen aan in je eigen, "
           "beveiligde dossier als dat nodig is.",
        en="This record deliberately holds no name or other details of the young person. Add those only in your own "
           "secure file, and only if needed.",
    ),
    "steps": Text(nl="Vragen en antwoorden", en="Questions and answers"),
    "outcome": Text(nl="Uitkomst", en="Outcome"),
    "reasons": Text(nl="Afweging", en="Reasons"),
    "sources": Text(nl="Bronnen", en="Sources"),
    "typed": Text(nl="(eigen antwoord, niet opgenomen)", en="(own answer, not included)"),
    "disclaimer": Text(
        nl="Gemaakt met de helpdesk-bot. Algemene informatie, geen juridisch advies; overleg bij twijfel met je "
           "functionaris gegevensbescherming (FG) of je contactpersoon bij de gemeente.",
        en="Made with the help desk bot. General information, not legal advice; when in doubt consult your data "
           "protection officer (DPO) or your municipal contact.",
    ),
}

# How the privacy check names a kind of personal data to the user (bot.privacy.findings.describe).
PERSONAL_DATA: dict[str, Text] = {
    "email": Text(nl="een e-mailadres", en="an e-mail address"),
    "phone": Text(nl="een telefoonnummer", en="a phone number"),
    "bsn": Text(nl="een BSN (burgerservicenummer)", en="a citizen service number (BSN)"),
    "iban": Text(nl="een IBAN (bankrekeningnummer)", en="an IBAN (bank account number)"),
    "postcode": Text(nl="een postcode of adres", en="a postcode or address"),
    "address": Text(nl="een adres (straat en huisnummer)", en="an address (street and house number)"),
    "birthdate": Text(nl="een geboortedatum", en="a date of birth"),
    "name": Text(nl="een naam", en="a name"),
    "handle": Text(nl="een account of profiellink", en="an account name or profile link"),
    "plate": Text(nl="een kenteken", en="a licence plate"),
    "class": Text(nl="een klas", en="a school class"),
    "doubt": Text(nl="misschien een naam", en="possibly a name"),
}
