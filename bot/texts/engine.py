"""Every text the engine itself says (content texts live in flows/ and faq/), in every language of the catalogue."""

from __future__ import annotations

from bot.languages import Text

__all__ = ["COMMAND_NAMES", "COMMANDS", "LANGUAGE_NAMES", "PHRASES", "ROLE_LABELS", "UNKNOWN_WORDS", "say"]

LANGUAGE_NAMES = {  # what a user may type to choose a language (besides its number and code)
    "nederlands": "nl", "dutch": "nl", "english": "en", "engels": "en",
}

COMMAND_NAMES = {  # a command's name in the Telegram menu of a language, where it differs from the Dutch one
    "en": {"taal": "lang", "rol": "role", "wachtrij": "queue"},
}

# Typed at a choice, these pick the option marked ``unknown: true`` (compared after folding case and accents).
UNKNOWN_WORDS: dict[str, tuple[str, ...]] = {
    "nl": ("weet ik niet", "weet niet", "geen idee", "ik weet het niet", "weet ik niet zeker", "onbekend",
           "geen flauw idee"),
    "en": ("i don't know", "i dont know", "dont know", "don't know", "no idea", "not sure", "unknown",
           "i do not know"),
}

ROLE_LABELS: dict[str, Text] = {
    "jongerenwerker": Text(nl="Jongerenwerker", en="Youth worker"),
    "docent": Text(nl="Docent / onderwijs", en="Teacher / education"),
    "politie": Text(nl="Politie", en="Police"),
    "zorg": Text(nl="Zorg (hulpverlening, GGZ, jeugdhulp)", en="Care (social work, mental health, youth care)"),
    "gemeente": Text(nl="Gemeente", en="Municipality"),
    "anders": Text(nl="Anders", en="Other"),
}

PHRASES: dict[str, Text] = {
    "welcome": Text(
        nl="Welkom. Deze bot helpt professionals die zich zorgen maken over radicalisering van een jongere: wat je "
           "kunt doen, welke informatie je mag delen en met wie. Het is algemene informatie, geen juridisch advies. "
           "Typ nooit de naam of andere gegevens van de jongere.",
        en="Welcome. This bot helps professionals who are worried that a young person may be radicalising: what you "
           "can do, which information you may share and with whom. It is general information, not legal advice. Never "
           "type the young person's name or other details.",
    ),
    "choose_language": Text(nl="Kies je taal.", en="Choose your language."),
    "choose_role": Text(
        nl="Wat is je rol? Dan krijg je antwoorden die bij je werk passen.",
        en="What is your role? Answers will then fit your work.",
    ),
    "language_set": Text(nl="Ik spreek Nederlands met je.", en="I will speak English with you."),
    "role_set": Text(nl="Rol: {role}.", en="Role: {role}."),
    "menu": Text(
        nl="Waarmee kan ik je helpen? Kies hieronder, of typ je vraag.",
        en="How can I help? Choose below, or type your question.",
    ),
    "menu_signalling": Text(nl="Ik maak me zorgen over iemand", en="I am worried about someone"),
    "menu_sharing": Text(nl="Mag ik informatie delen?", en="May I share information?"),
    "menu_ask": Text(nl="Stel een vraag", en="Ask a question"),
    "menu_contact": Text(nl="Contact met de gemeente", en="Contact the municipality"),
    "nav_menu": Text(nl="🏠 Menu", en="🏠 Menu"),
    "nav_contact": Text(nl="📞 Gemeente", en="📞 Municipality"),
    "nav_back": Text(nl="⬅️ Terug", en="⬅️ Back"),
    "back_none": Text(
        nl="Dit is de eerste vraag; verder terug kan niet.",
        en="This is the first question; you cannot go back further.",
    ),
    "ask_prompt": Text(
        nl="Typ je vraag in je eigen woorden, bijvoorbeeld: \"Mag ik zonder toestemming iets delen met de gemeente?\"",
        en="Type your question in your own words, for example: \"May I share something with the municipality without "
           "consent?\"",
    ),
    "help": Text(
        nl="Zo werkt het:\n- Kies in het menu wat je wilt, of typ gewoon je vraag.\n- /menu toont het menu, /cancel "
           "stopt waar je mee bezig bent.\n- /taal wisselt tussen Nederlands en English, /rol verandert je rol.\n- "
           "/status toont je meldingen bij de gemeente.\n- Contactpersoon van een gemeente? /wachtrij toont de open "
           "meldingen.\nBij acuut gevaar: bel 112.",
        en="How it works:\n- Choose from the menu, or just type your question.\n- /menu shows the menu, /cancel stops "
           "what you are doing.\n- /lang switches between Dutch and English, /role changes your role.\n- /status "
           "shows your concerns sent to the municipality.\n- A municipality's contact person? /queue shows the open "
           "concerns.\nIn acute danger: call 112.",
    ),
    "cancelled": Text(nl="Gestopt. Je bent terug in het menu.", en="Stopped. You are back in the menu."),
    "not_understood": Text(
        nl="Dat begreep ik niet. Kies iets uit het menu of stel je vraag anders.",
        en="I did not understand that. Choose from the menu or ask your question differently.",
    ),
    "no_answer": Text(
        nl="Daar heb ik geen betrouwbaar antwoord op. Vertel in een paar zinnen wat er speelt en wat je wilt weten, of "
           "kies hieronder een stappenplan. Deze "
           "bot gaat over zorgen om radicalisering en over wat je daarover mag delen; gaat je vraag daarover, leg hem "
           "dan voor aan de gemeente (vraag naar de contactpersoon radicalisering) of vraag advies, desnoods anoniem, aan het "
           "Landelijk Steunpunt Extremisme, 088 20 80 080.\n\nAcuut gevaar? Bel 112.",
        en="I have no reliable answer to that. Tell me in a few sentences what is going on and what you want to know, "
           "or choose a step-by-step guide below. This bot is about "
           "concerns about radicalisation and what you may share about them; if your question is about that, put it "
           "to the municipality (ask for its radicalisation contact) or ask the Landelijk Steunpunt Extremisme for "
           "advice, anonymously if you like: 088 20 80 080.\n\nAcute danger? Call 112.",
    ),
    "no_answer_story": Text(  # the same, after a message of several sentences: it told what is going on already
        nl="Ik vind geen antwoord dat zeker bij deze situatie past. Gaat het om een zorg over radicalisering of om wat "
           "je daarover mag delen? Kies dan hieronder een stappenplan, leg je vraag voor aan de gemeente (vraag naar de "
           "contactpersoon radicalisering) of vraag advies, desnoods anoniem, aan het Landelijk Steunpunt Extremisme, "
           "088 20 80 080. Over andere onderwerpen kan deze bot niet helpen.\n\nAcuut gevaar? Bel 112.",
        en="I cannot find an answer that surely fits this situation. Is it about a concern about radicalisation, or "
           "about what you may share about it? Then choose a step-by-step guide below, put your question to the "
           "municipality (ask for its radicalisation contact) or ask the Landelijk Steunpunt Extremisme for advice, "
           "anonymously if you like: 088 20 80 080. This bot cannot help with other topics.\n\nAcute danger? Call 112.",
    ),
    "did_you_mean": Text(
        nl="Bedoel je een van deze vragen?\n\nAcuut gevaar? Bel 112.",
        en="Did you mean one of these questions?\n\nAcute danger? Call 112.",
    ),
    "also_asked": Text(
        nl="Voor je tweede vraag kan dit helpen (de eerste knop): „{question}”",
        en="For your second question this may help (the first button): “{question}”",
    ),
    "local_contact_local": Text(
        nl="Voor {municipality} is in deze bot een contactpersoon ingesteld: met de knop „{button}” hieronder stuur "
           "je je zorg, zonder naam van de jongere, daarheen.",
        en="This bot has a contact person for {municipality}: with the “{button}” button below you send your concern "
           "there, without the young person's name.",
    ),
    "local_contact_regional": Text(
        nl="Voor {municipality} gaat een zorg die je met de knop „{button}” hieronder stuurt naar de contactpersoon "
           "van {region}.",
        en="For {municipality}, a concern you send with the “{button}” button below goes to the contact person of "
           "{region}.",
    ),
    "did_you_mean_one": Text(
        nl="Bedoel je deze vraag?\n\nAcuut gevaar? Bel 112.",
        en="Did you mean this question?\n\nAcute danger? Call 112.",
    ),
    "emergency": Text(
        # the last line only where radicalisation or a threat is the matter, not under a drowning (reading review 49)
        nl="🚨 Acuut gevaar? Bel nu 112.\nTwijfel je of het acuut is? Bel de politie: 0900 8844.\nGaat het om "
           "radicalisering of een dreiging? Laat het daarna ook de gemeente weten.",
        en="🚨 Acute danger? Call 112 now.\nNot sure it is acute? Call the police: 0900 8844.\nIs it about "
           "radicalisation or a threat? Then let the municipality know too.",
    ),
    # above the reply to a calm message that tells of suicide or self-harm, without 112 (source: https://www.113.nl);
    # under 112 itself the line is emergency_suicide_after
    "emergency_suicide": Text(
        nl="Gedachten aan zelfdoding, zonder acuut gevaar? 113 Zelfmoordpreventie: bel gratis 113 of 0800-0113, "
           "of chat op 113.nl (24/7, anoniem). Bron: https://www.113.nl",
        en="Thoughts of suicide, without acute danger? 113 Zelfmoordpreventie (suicide prevention): call 113 or "
           "0800-0113 free of charge, or chat at 113.nl (24/7, anonymous). Source: https://www.113.nl",
    ),
    # under 112 itself (pills taken, a ledge): the 113 line comes after 112, not as an alternative to it
    "emergency_suicide_after": Text(
        nl="Eerst 112. Voor daarna, en bij gedachten aan zelfdoding zonder acuut gevaar: 113 Zelfmoordpreventie: bel "
           "gratis 113 of 0800-0113, of chat op 113.nl (24/7, anoniem). Bron: https://www.113.nl",
        en="112 first. For afterwards, and for thoughts of suicide without acute danger: 113 Zelfmoordpreventie "
           "(suicide prevention): call 113 or 0800-0113 free of charge, or chat at 113.nl (24/7, anonymous). "
           "Source: https://www.113.nl",
    ),
    "emergency_steps": Text(nl="Wat doe ik daarna?", en="What do I do next?"),
    "worry_offer": Text(
        nl="Het klinkt alsof je je zorgen maakt over iemand. De gids \"Ik maak me zorgen\" loopt met je door wat je "
           "zag en wat je kunt doen.\n\nAcuut gevaar? Bel 112.",
        en="It sounds like you are worried about someone. The guide \"I am worried about someone\" walks you through "
           "what you noticed and what you can do.\n\nAcute danger? Call 112.",
    ),
    "sources": Text(nl="Bronnen:", en="Sources:"),
    "related": Text(nl="Zie ook:", en="See also:"),
    "feedback_up": Text(nl="👍 Nuttig", en="👍 Helpful"),
    "feedback_down": Text(nl="👎 Niet nuttig", en="👎 Not helpful"),
    "thanks_up": Text(nl="Dank je, fijn dat dit hielp.", en="Thank you, glad this helped."),
    "thanks_down": Text(
        nl="Dank je, dat helpt ons het antwoord te verbeteren. Wil je je vraag anders stellen, of contact met de "
           "gemeente?",
        en="Thank you, that helps us improve the answer. Would you like to rephrase your question, or contact the "
           "municipality?",
    ),
    "rephrase": Text(nl="Vraag anders stellen", en="Rephrase my question"),
    "empty_text": Text(
        nl="Je bericht was leeg. Typ je vraag of kies uit het menu.",
        en="Your message was empty. Type your question or choose from the menu.",
    ),
    "too_long": Text(
        nl="Je bericht is erg lang; ik heb alleen het begin gelezen. Een korte vraag werkt het best.",
        en="Your message is very long; I only read the beginning. A short question works best.",
    ),
    "stale_button": Text(
        nl="Die knop hoort bij een eerder bericht. Hier ben je nu:",
        en="That button belongs to an earlier message. This is where you are now:",
    ),
    "unknown_button": Text(
        nl="Die knop ken ik niet (meer). Hier is het menu.",
        en="I do not know that button (any more). Here is the menu.",
    ),
    "unknown_command": Text(
        nl="De opdracht /{name} ken ik niet. Probeer /help.",
        en="I do not know the command /{name}. Try /help.",
    ),
    "unsupported_sticker": Text(
        nl="Leuke sticker! Ik kan alleen tekst lezen. Typ je vraag of kies uit het menu.",
        en="Nice sticker! I can only read text. Type your question or choose from the menu.",
    ),
    "unsupported_media": Text(
        nl="Ik kan alleen tekst lezen, geen foto's, bestanden of spraakberichten. Stuur ook nooit foto's of "
           "documenten over een jongere. Typ je vraag of kies uit het menu.",
        en="I can only read text, not photos, files or voice messages. Never send photos or documents about a young "
           "person either. Type your question or choose from the menu.",
    ),
    "unsupported_edited": Text(
        nl="Ik zie dat je een bericht hebt aangepast. Ik lees alleen nieuwe berichten: stuur je vraag opnieuw.",
        en="I see you edited a message. I only read new messages: please send your question again.",
    ),
    "unsupported_group": Text(
        nl="Ik werk alleen in een privégesprek, zodat zorgen over een jongere niet in een groep belanden. Stuur me "
           "een direct bericht.",
        en="I only work in a private chat, so that concerns about a young person do not end up in a group. Send me a "
           "direct message.",
    ),
    "unsupported_flood": Text(
        nl="Je stuurt veel berichten kort na elkaar. Ik lees even niet mee; probeer het over een halve minuut opnieuw.",
        en="You are sending many messages in a short time. I will pause reading; try again in half a minute.",
    ),
    "error": Text(
        nl="Er ging iets mis aan mijn kant. Probeer het opnieuw of typ /menu. Bij acuut gevaar: bel 112.",
        en="Something went wrong on my side. Please try again or type /menu. In acute danger: call 112.",
    ),
    "interrupted": Text(
        nl="Ik werd herstart terwijl ik je vorige bericht verwerkte, dus misschien kreeg je geen antwoord. Stuur het "
           "gerust nog een keer, of typ /menu. Bij acuut gevaar: bel 112.",
        en="I was restarted while handling your last message, so you may not have had an answer. Feel free to send "
           "it again, or type /menu. In acute danger: call 112.",
    ),
    "flow_resume": Text(nl="Je was hier gebleven:", en="You were here:"),
    "question_empty": Text(nl="Typ je antwoord als tekst.", en="Please type your answer as text."),
    "choose_option": Text(
        nl="Kies een van de knoppen, of typ het nummer.",
        en="Choose one of the buttons, or type its number.",
    ),
    "document_caption": Text(
        nl="Je afwegingsverslag om in je eigen dossier op te slaan.",
        en="Your decision record, to keep in your own files.",
    ),
}


def say(key: str, lang: str, **values: str) -> str:
    text = PHRASES[key].get(lang)
    return text.format(**values) if values else text


# The command menu Telegram shows (setMyCommands), per language.
COMMANDS: dict[str, Text] = {
    "start": Text(nl="Opnieuw beginnen", en="Start again"),
    "menu": Text(nl="Het menu", en="The menu"),
    "help": Text(nl="Hoe werkt deze bot?", en="How does this bot work?"),
    "status": Text(nl="Mijn meldingen bij de gemeente", en="My concerns sent to the municipality"),
    "wachtrij": Text(nl="Open meldingen (voor contactpersonen)", en="Open concerns (for contact persons)"),
    "cancel": Text(nl="Stoppen met wat ik doe", en="Stop what I am doing"),
    "taal": Text(nl="Taal: Nederlands of English", en="Language: Dutch or English"),
    "rol": Text(nl="Mijn rol veranderen", en="Change my role"),
}
