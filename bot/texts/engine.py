"""Every text the engine itself says (content texts live in flows/ and faq/), in every language of the catalogue."""

from __future__ import annotations

from bot.content.model import Text

__all__ = ["COMMAND_NAMES", "COMMANDS", "LANGUAGE_NAMES", "PHRASES", "ROLE_LABELS", "say"]

LANGUAGE_NAMES = {  # what a user may type to choose a language (besides its number and code)
    "nederlands": "nl", "dutch": "nl", "english": "en", "engels": "en",
}

COMMAND_NAMES = {  # a command's name in the Telegram menu of a language, where it differs from the Dutch one
    "en": {"taal": "lang", "rol": "role", "wachtrij": "queue"},
}

ROLE_LABELS: dict[str, Text] = {
    "jongerenwerker": Text("Jongerenwerker", "Youth worker"),
    "docent": Text("Docent / onderwijs", "Teacher / education"),
    "politie": Text("Politie", "Police"),
    "zorg": Text("Zorg (hulpverlening, GGZ, jeugdhulp)", "Care (social work, mental health, youth care)"),
    "gemeente": Text("Gemeente", "Municipality"),
    "anders": Text("Anders", "Other"),
}

PHRASES: dict[str, Text] = {
    "welcome": Text(
        "Welkom. Deze bot helpt professionals die zich zorgen maken over radicalisering van een jongere: "
        "wat je kunt doen, welke informatie je mag delen en met wie. Het is algemene informatie, geen "
        "juridisch advies. Typ nooit de naam of andere gegevens van de jongere.",
        "Welcome. This bot helps professionals who are worried that a young person may be radicalising: "
        "what you can do, which information you may share and with whom. It is general information, not "
        "legal advice. Never type the young person's name or other details.",
    ),
    "choose_language": Text("Kies je taal.", "Choose your language."),
    "choose_role": Text("Wat is je rol? Dan krijg je antwoorden die bij je werk passen.",
                        "What is your role? Answers will then fit your work."),
    "language_set": Text("Ik spreek Nederlands met je.", "I will speak English with you."),
    "role_set": Text("Rol: {role}.", "Role: {role}."),
    "menu": Text("Waarmee kan ik je helpen? Kies hieronder, of typ je vraag.",
                 "How can I help? Choose below, or type your question."),
    "menu_signalling": Text("Ik maak me zorgen over iemand", "I am worried about someone"),
    "menu_sharing": Text("Mag ik informatie delen?", "May I share information?"),
    "menu_ask": Text("Stel een vraag", "Ask a question"),
    "menu_contact": Text("Contact met de gemeente", "Contact the municipality"),
    "nav_menu": Text("🏠 Menu", "🏠 Menu"),
    "nav_contact": Text("📞 Gemeente", "📞 Municipality"),
    "nav_back": Text("⬅️ Terug", "⬅️ Back"),
    "back_none": Text("Dit is de eerste vraag; verder terug kan niet.", "This is the first question; you cannot go back further."),
    "ask_prompt": Text(
        "Typ je vraag in je eigen woorden, bijvoorbeeld: \"Mag ik zonder toestemming iets delen met de gemeente?\"",
        "Type your question in your own words, for example: \"May I share something with the municipality "
        "without consent?\"",
    ),
    "help": Text(
        "Zo werkt het:\n"
        "- Kies in het menu wat je wilt, of typ gewoon je vraag.\n"
        "- /menu toont het menu, /cancel stopt waar je mee bezig bent.\n"
        "- /taal wisselt tussen Nederlands en English, /rol verandert je rol.\n"
        "- /status toont je meldingen bij de gemeente.\n"
        "- Contactpersoon van een gemeente? /wachtrij toont de open meldingen.\n"
        "Bij acuut gevaar: bel 112.",
        "How it works:\n"
        "- Choose from the menu, or just type your question.\n"
        "- /menu shows the menu, /cancel stops what you are doing.\n"
        "- /lang switches between Dutch and English, /role changes your role.\n"
        "- /status shows your concerns sent to the municipality.\n"
        "- A municipality's contact person? /queue shows the open concerns.\n"
        "In acute danger: call 112.",
    ),
    "cancelled": Text("Gestopt. Je bent terug in het menu.", "Stopped. You are back in the menu."),
    "not_understood": Text(
        "Dat begreep ik niet. Kies iets uit het menu of stel je vraag anders.",
        "I did not understand that. Choose from the menu or ask your question differently.",
    ),
    "no_answer": Text(
        "Daar heb ik geen betrouwbaar antwoord op. Probeer het anders te formuleren, kies iets uit het menu, "
        "of leg je vraag voor aan je contactpersoon bij de gemeente.\n\nAcuut gevaar? Bel 112.",
        "I have no reliable answer to that. Try wording it differently, choose from the menu, or put your "
        "question to your municipal contact.\n\nAcute danger? Call 112.",
    ),
    "did_you_mean": Text("Bedoel je een van deze vragen?\n\nAcuut gevaar? Bel 112.",
                         "Did you mean one of these questions?\n\nAcute danger? Call 112."),
    "emergency": Text(
        "🚨 Acuut gevaar? Bel nu 112.\n"
        "Twijfel je of het acuut is? Bel de politie: 0900 8844.\n"
        "Daarna: de stappen hieronder, en laat het de gemeente weten.",
        "🚨 Acute danger? Call 112 now.\n"
        "Not sure it is acute? Call the police: 0900 8844.\n"
        "After that: the steps below, and let the municipality know.",
    ),
    "emergency_steps": Text("Wat doe ik daarna?", "What do I do next?"),
    "worry_offer": Text(
        "Het klinkt alsof je je zorgen maakt over iemand. De gids \"Ik maak me zorgen\" loopt met je door wat je "
        "zag en wat je kunt doen.\n\nAcuut gevaar? Bel 112.",
        "It sounds like you are worried about someone. The guide \"I am worried about someone\" walks you "
        "through what you noticed and what you can do.\n\nAcute danger? Call 112.",
    ),
    "sources": Text("Bronnen:", "Sources:"),
    "related": Text("Zie ook:", "See also:"),
    "feedback_up": Text("👍 Nuttig", "👍 Helpful"),
    "feedback_down": Text("👎 Niet nuttig", "👎 Not helpful"),
    "thanks_up": Text("Dank je, fijn dat dit hielp.", "Thank you, glad this helped."),
    "thanks_down": Text(
        "Dank je, dat helpt ons het antwoord te verbeteren. Wil je je vraag anders stellen, of contact met "
        "de gemeente?",
        "Thank you, that helps us improve the answer. Would you like to rephrase your question, or contact "
        "the municipality?",
    ),
    "rephrase": Text("Vraag anders stellen", "Rephrase my question"),
    "empty_text": Text("Je bericht was leeg. Typ je vraag of kies uit het menu.",
                       "Your message was empty. Type your question or choose from the menu."),
    "too_long": Text(
        "Je bericht is erg lang; ik heb alleen het begin gelezen. Een korte vraag werkt het best.",
        "Your message is very long; I only read the beginning. A short question works best.",
    ),
    "stale_button": Text(
        "Die knop hoort bij een eerder bericht. Hier ben je nu:",
        "That button belongs to an earlier message. This is where you are now:",
    ),
    "unknown_button": Text(
        "Die knop ken ik niet (meer). Hier is het menu.",
        "I do not know that button (any more). Here is the menu.",
    ),
    "unknown_command": Text("De opdracht /{name} ken ik niet. Probeer /help.",
                            "I do not know the command /{name}. Try /help."),
    "unsupported_sticker": Text("Leuke sticker! Ik kan alleen tekst lezen. Typ je vraag of kies uit het menu.",
                                "Nice sticker! I can only read text. Type your question or choose from the menu."),
    "unsupported_media": Text(
        "Ik kan alleen tekst lezen, geen foto's, bestanden of spraakberichten. Stuur ook nooit foto's of "
        "documenten over een jongere. Typ je vraag of kies uit het menu.",
        "I can only read text, not photos, files or voice messages. Never send photos or documents about a "
        "young person either. Type your question or choose from the menu.",
    ),
    "unsupported_edited": Text(
        "Ik zie dat je een bericht hebt aangepast. Ik lees alleen nieuwe berichten: stuur je vraag opnieuw.",
        "I see you edited a message. I only read new messages: please send your question again.",
    ),
    "unsupported_group": Text(
        "Ik werk alleen in een privégesprek, zodat zorgen over een jongere niet in een groep belanden. "
        "Stuur me een direct bericht.",
        "I only work in a private chat, so that concerns about a young person do not end up in a group. "
        "Send me a direct message.",
    ),
    "unsupported_flood": Text(
        "Je stuurt veel berichten kort na elkaar. Ik lees even niet mee; probeer het over een halve minuut opnieuw.",
        "You are sending many messages in a short time. I will pause reading; try again in half a minute.",
    ),
    "error": Text(
        "Er ging iets mis aan mijn kant. Probeer het opnieuw of typ /menu. Bij acuut gevaar: bel 112.",
        "Something went wrong on my side. Please try again or type /menu. In acute danger: call 112.",
    ),
    "flow_resume": Text("Je was hier gebleven:", "You were here:"),
    "question_empty": Text("Typ je antwoord als tekst.", "Please type your answer as text."),
    "choose_option": Text("Kies een van de knoppen, of typ het nummer.", "Choose one of the buttons, or type its number."),
    "document_caption": Text("Je afwegingsverslag om in je eigen dossier op te slaan.",
                             "Your decision record, to keep in your own files."),
}


def say(key: str, lang: str, **values: str) -> str:
    text = PHRASES[key].get(lang)
    return text.format(**values) if values else text


# The command menu Telegram shows (setMyCommands), per language.
COMMANDS: dict[str, Text] = {
    "start": Text("Opnieuw beginnen", "Start again"),
    "menu": Text("Het menu", "The menu"),
    "help": Text("Hoe werkt deze bot?", "How does this bot work?"),
    "status": Text("Mijn meldingen bij de gemeente", "My concerns sent to the municipality"),
    "wachtrij": Text("Open meldingen (voor contactpersonen)", "Open concerns (for contact persons)"),
    "cancel": Text("Stoppen met wat ik doe", "Stop what I am doing"),
    "taal": Text("Taal: Nederlands of English", "Language: Dutch or English"),
    "rol": Text("Mijn rol veranderen", "Change my role"),
}
