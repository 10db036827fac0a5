"""Relabel "no entry yet" items of the judged set by their note alone, never by reading the questions.

    python bench/judged/relabel_by_note.py                       # print the notes and what would change
    python bench/judged/relabel_by_note.py --write               # change dev.yaml and test.yaml in place
    python bench/judged/relabel_by_note.py test2.yaml [--write]  # the same for the splits named

For every line whose note is ``no entry yet: <topic>`` with a topic in ``DECISIONS``, ``ids: []`` becomes
``ids: [<entry>]`` and the note becomes ``entry added <DATE>: <topic>``. The line is edited as text, so the
files keep their one-item-a-line layout; only the note is matched and only the note is printed, so the
held-out test questions stay unread.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATE = "2026-12-01"
# topic in the note -> the entry that now answers it (decided per note, issue 10 point 2)
DECISIONS: dict[str, str] = {
    # test30's topics, entries added 1 Dec 2026 (faq/praktijkvragen_36.yaml)
    "monitoring the wifi or internet use of a youth centre": "jongerencentrum_wifi_monitoren",
    "compensation after wrongly being in the PGA": "pga_onterecht_schadevergoeding",
    "obliging a returnee to live in a certain area": "terugkeerder_woonplicht_wijk",
    # test29's topics, entries added 1 Dec 2026 (faq/praktijkvragen_35.yaml)
    "whether reporting can affect a minor's asylum case": "melding_asielprocedure_minderjarige",
    "using information read by accident (a diary)": "dagboek_per_ongeluk_gelezen",
    "national PGA figures": "pga_aantal_landelijk",
    "evaluation of the PGA law": "wet_pga_evaluatie",
    "aftercare for the professional after an incident": "nazorg_professional_na_incident",
    # test28's topics, entries added 1 Dec 2026 (faq/praktijkvragen_34.yaml)
    "whether possessing terrorist propaganda videos is a criminal offence": "bezit_delen_terreurpropaganda_strafbaar",
    "sharing PGA data with the IND (immigration)": "pga_gegevens_naar_ind",
    "what happens to returnees' children on arrival in the Netherlands": "terugkeerder_kinderen_bij_aankomst",
    # test28's topics, entries added 1 Dec 2026 (faq/praktijkvragen_33.yaml)
    "the professional's own faith or identity and reporting someone from the same community":
        "eigen_geloof_zorg_melden",
    "teaching about extremism with real propaganda material": "les_extremisme_propaganda_klas",
    "prevalence figures on radicalisation per municipality": "cijfers_radicalisering_jongeren",
    # test27's topics, entries added 1 Dec 2026 (faq/praktijkvragen_32.yaml)
    "may a school suspend or expel a pupil for extremist statements": "school_schorst_leerling_extremisme",
    "what a municipality can do about an extremist speaker or meeting (public order)":
        "extremistische_spreker_zaal_gemeente",
    "how invalidating a passport / preventing travel works and who decides": "paspoort_uitreis_maatregel",
    # test26's topics, entries added 1 Dec 2026 (faq/praktijkvragen_31.yaml)
    "funding for municipalities (specifieke uitkering) to hire an expert": "subsidie_gemeente_aanpak_radicalisering",
    "duties of online platforms and game companies to report extremism": "platform_gamebedrijf_meldplicht",
    # test25's topics, entries added 30 Nov 2026, ninth session (faq/praktijkvragen_30.yaml)
    "a professional's role and duties under a plan of action (plan van aanpak)": "plan_van_aanpak_eigen_deel_uitvoeren",
    "tasks of a casusregisseur in the persoonsgerichte aanpak": "casusregisseur_taken",
    "who monitors that the plan of action is carried out": "plan_van_aanpak_uitvoering_bewaken",
    "processing register (verwerkingsregister) for the casusoverleg": "verwerkingsregister_casusoverleg",
    # test23's topics, entries added 30 Nov 2026, eighth session (faq/praktijkvragen_29.yaml)
    "later consequences of a report or a PGA case for the person (records, VOG, job)": "pga_later_gevolgen_vog_werk",
    "whether a closed PGA case shows up later (VOG, job applications)": "pga_later_gevolgen_vog_werk",
    "whether a person is still followed after the PGA case is closed": "na_afsluiten_nog_gevolgd",
    "parents refusing to cooperate with the plan of a minor in the PGA": "ouders_weigeren_contact_gemeente_pga",
    "how long it takes before anything happens after a report": "weegploeg_uitkomst_voor_melder",
    "what the weegploeg outcome 'more information needed' means for the reporter": "weegploeg_uitkomst_voor_melder",
    # test21's topics, entries added 30 Nov 2026, seventh session (faq/praktijkvragen_28.yaml)
    "a victim organisation (mosque) giving its own camera footage of a hate crime to police and municipality":
        "eigen_camerabeelden_bij_aangifte",
    "too vague to answer (who calls whom); an overview of routes would fit": "wie_belt_wie_overzicht",
    "too vague to answer (whom to call); an overview of routes would fit": "wie_belt_wie_overzicht",
    "data about family members who are not in the PGA in the casusoverleg report": "familie_in_verslag_casusoverleg",
    "what the police can do when radicalisation shows only online": "alleen_online_radicaal_wat_kan_politie",
    # test20's topics, entries added 30 Nov 2026 (faq/praktijkvragen_26.yaml, _27.yaml)
    "municipal staff outside the meldpunt (mayor's office) receiving a resident's concern: where to route it":
        "inwoner_meldt_zorg_bij_gemeentehuis",
    "probation supervision ending while concerns remain (what happens to the information, handover)":
        "reclassering_toezicht_eindigt_zorg",
    "a professional secretly recording a conversation with a young person": "gesprek_heimelijk_opnemen",
    "parents objecting to their child (15) talking with a youth worker about radicalisation":
        "ouders_tegen_gesprek_jongerenwerker",
    "whether a WhatsApp message counts as evidence": "screenshots_online_materiaal",
    "joining a casusoverleg about someone who is not (yet) your client": "casusoverleg_persoon_niet_in_zorg",
    "correcting or deleting one's own labelling note in a file": "eigen_notitie_verwijderen",
    "a colleague of a partner who has not signed the convenant joining the casusoverleg":
        "niet_ondertekenaar_bij_casusoverleg",
    "what an aandachtsfunctionaris is": "aandachtsfunctionaris",
    "what an aandachtsfunctionaris does": "aandachtsfunctionaris",
    "right to object to sharing": "bezwaar_en_verwijderen",
    "right to erasure after the case": "bezwaar_en_verwijderen",
    "complaint by a young person about a wrong label": "klacht_verkeerd_label",
    "wrongly included in the PGA: what then": "klacht_verkeerd_label",
    "protecting an anonymous reporter at the municipality": "melder_beschermen",
    "whether the person learns who reported him": "melder_beschermen",
    "names leaked publicly by someone else": "namen_gelekt_online",
    "spiritual carers (pastor, chaplain) and secrecy": "geestelijk_verzorgers_geheim",
    "concerns about adults (beyond 23)": "zorgen_volwassene",
    "divorced parents with joint custody disagree about sharing": "gescheiden_ouders_delen",
    "where to report extremist content online": "extremistische_content_melden",
    "talking to the press": "pers_vragen",
    "jihadism versus salafism": "jihadisme_salafisme",
    # faq/praktijkvragen.yaml (29 Nov 2026, later)
    "a sports club and a member with a terrorism conviction": "sportclub_lid_terrorisme_veroordeeld",
    "reporting PGA figures to the council without identifying people": "pga_cijfers_gemeenteraad",
    "a colleague breaking confidentiality in private life": "collega_schendt_geheim_prive",
    "definition of controller (verwerkingsverantwoordelijke)": "verwerkingsverantwoordelijke",
    "reopening a closed case": "casus_heropenen",
    "leading a class conversation after an attack in the news (triggerfactoren explains trigger events, not how "
    "to hold the conversation)": "klasgesprek_na_aanslag",
    "actively looking up a young person's social media to check on him": "social_media_jongere_opzoeken",
    "why the Raad voor de Kinderbescherming takes part in the casusoverleg (casusoverleg_deelnemers only lists it)":
        "raad_kinderbescherming_rol",
    "a library (no secrecy, no school) handing computer logs to the police": "bibliotheek_gegevens_politie",
    "a partner in the casusoverleg leaking to the press: who is responsible": "partner_lekt_naar_pers",
    "what a police officer does on hearing of imminent travel to a training camp abroad "
    "(leerling_conflictgebied_ronselen is written for schools)": "politie_signaal_uitreis",
    "asking the municipality whether a third person (a possible recruiter) is known": "derde_persoon_bekend_gemeente",
    "a young person asked by the police to become an informant": "jongere_gevraagd_informant",
    "the manager blocks or does not answer: may the professional share on his own": "leidinggevende_blokkeert_delen",
    "the municipality receiving a named report without prior anonymous consultation": "gemeente_melding_met_naam",
    "the mayor asking for the list of people in the PGA": "burgemeester_vraagt_namen_pga",
    "a police officer talking to a minor at school: parents' permission (politie_school_delen covers only what "
    "police may share with the school)": "politie_gesprek_minderjarige_school",
    # test5.yaml: faq/praktijkvragen_2.yaml (entries written for these notes, not yet relabelled then)
    "passing concerns to a pupil's next school": "zorgen_overdragen_nieuwe_school",
    "asking a pupil's previous school about earlier concerns": "zorgen_overdragen_nieuwe_school",
    "a parent asking the police to check a child's phone": "ouder_vraagt_politie_telefoon",
    "autism and fixation on extremist groups": "autisme_of_radicalisering",
    "police retention periods for radicalisation data": "politie_bewaartermijn_wpg",
    "interns in conversations and notes for their school": "stagiair_signalen",
    # test5.yaml: faq/praktijkvragen_3.yaml
    "school attendance officer sharing with a school": "leerplicht_delen_school_casusoverleg",
    "school attendance officer sharing with the case conference": "leerplicht_delen_school_casusoverleg",
    "who informs the parents after a school's report to the municipality": "ouders_informeren_na_melding_school",
    "a police officer passing a school's report on to the municipality": "politie_schoolmelding_doorgeven",
    "a neighbourhood-team worker alongside probation and the case conference (what to share with whom)":
        "wijkteam_reclassering_delen",
    "a neighbourhood-team worker sharing a tip about a family's departure with leerplicht and police":
        "wijkteam_reclassering_delen",
    "a municipality asking a mosque board for names of pupils": "gemeente_vraagt_moskee_namen",
    "what the process director records after a case conference and who may see the report":
        "verslag_casusoverleg_inzage",
    "formal data-sharing agreements between municipality and schools": "convenant_gemeente_scholen",
    # test9's topics, answered by faq/praktijkvragen_8.yaml (30 Nov 2026)
    "whether signalling radicalisation is part of a teacher's job": "signaleren_hoort_bij_werk",
    "what to say when you call 112": "wat_zeg_ik_bij_112",
    "withdrawing a report already made to the municipality": "melding_gemeente_intrekken",
    "a teacher asked by parents to search their child's phone for extremist material":
        "ouders_vragen_school_telefoon_doorzoeken",
    "whether a casusoverleg can compel someone to accept help": "casusoverleg_dwang_en_duur",
    "how long a PGA / casusoverleg trajectory usually lasts": "casusoverleg_dwang_en_duur",
    # test10's topics, answered by faq/praktijkvragen_9.yaml (30 Nov 2026, after test10 was scored once)
    "whether staying silent is punishable (duty to report, art. 160 Sv, in general)": "zwijgen_strafbaar",
    "having already told the parents (what now)": "ouders_al_ingelicht_wat_nu",
    "whether to tell the young person about an anonymous consultation": "anoniem_overleg_jongere_vertellen",
    "giving the municipal contact's details to worried parents": "ouders_gegevens_meldpunt_geven",
    "letting the young person contact help himself instead of the professional": "jongere_zelf_hulp_zoeken",
    "who pays for exit support": "exitbegeleiding_wie_betaalt",
    "whether the mayor can see a professional's own notes": "burgemeester_eigen_aantekeningen",
    "a possibly malicious report at the municipal meldpunt (e.g. about an ex-partner in a divorce)":
        "kwaadwillige_melding_gemeente",
    "whom to inform first for a child under guardianship (voogd) versus the municipality": "voogd_of_gemeente_eerst",
    # test7's topics, answered by faq/praktijkvragen_7.yaml (30 Nov 2026; relabelled a session later)
    "a colleague (police officer) who shows extremist sympathies": "collega_radicaliseert",
    "a colleague who voices extremist ideas at work": "collega_radicaliseert",
    "worries about a colleague who may be radicalising": "collega_radicaliseert",
    "a convicted terrorism offender returning to the neighbourhood, which partners are involved and what a youth "
    "worker may know": "veroordeelde_terrorisme_terug_in_wijk",
    "a pupil's parent showing extremist symbols at school": "ouder_extremistische_uitingen_school",
    "a pupil's parent spreading anti-government material at school": "ouder_extremistische_uitingen_school",
    "police asking a mosque for camera footage and its member list": "politie_vraagt_beelden_ledenlijst",
    "probation officer sharing supervision information with a youth worker": "reclassering_deelt_met_jongerenwerker",
    "psychosis or religious delusions versus radicalisation": "psychose_of_radicalisering",
    "psychiatric illness versus radicalisation": "psychose_of_radicalisering",
    "what a school may tell the class and parents after a pupil's arrest": "school_communicatie_na_arrestatie",
    "what the municipality does with an anonymous report": "anonieme_melding_gemeente",
    "whether to promise a young person nothing will be written down": "jongere_beloven_niets_opschrijven",
    # test8 and test9 topics answered by faq/praktijkvragen_9.yaml
    "consequences of not having reported a concern": "zwijgen_strafbaar",
    "who pays for exit counselling": "exitbegeleiding_wie_betaalt",
    # test10's last three topics, answered by faq/praktijkvragen_10.yaml (30 Nov 2026, next session)
    "police choice between a care report and an official report (proces-verbaal) for a minor":
        "politie_zorgmelding_of_proces_verbaal",
    "a form or channel for police to pass a signal to the municipality": "politie_signaal_naar_meldpunt_gemeente",
    "a probation officer's client threatening a judge (internal line or police)": "reclassering_client_dreigt_rechter",
    # test11's topics, answered by faq/praktijkvragen_11.yaml (30 Nov 2026, after test11 was scored once)
    "the police telling a sports club that a member is being watched, and what the club may do with it":
        "politie_informeert_sportclub",
    "signals of radicalisation in girls and how they differ from boys": "radicalisering_meisjes_signalen",
    "which municipality takes up a report when the young person lives in another municipality":
        "jongere_woont_in_andere_gemeente",
    "the police re-using, in a criminal interview, what a youth worker told a wijkagent in confidence":
        "politie_gebruikt_info_jongerenwerker",
    "what a letter informing someone that they are in the PGA must and must not contain": "brief_opname_pga_inhoud",
    # test12's topics, answered by faq/praktijkvragen_12.yaml (30 Nov 2026, after test12 was scored once)
    "which rules apply in the radicalisation casusoverleg versus the general case meetings of the Zorg- en "
    "Veiligheidshuis": "radicalisering_of_zvh_overleg_regels",
    "what the municipality may tell a citizen who reported a concern": "gemeente_terugkoppeling_aan_melder",
    "what the municipality may tell the person who reported a concern": "gemeente_terugkoppeling_aan_melder",
    "who decides on sharing in an organisation without a privacy officer (FG)": "delen_zonder_fg_wie_beslist",
    "a BOA asked by the police for data from the BOA's own registration": "boa_politie_vraagt_registratie",
    "repairing the relationship after sharing without consent, now that the young person knows":
        "relatie_herstellen_na_delen",
    "whether the casusoverleg needs the person's consent to discuss him": "casusoverleg_zonder_toestemming",
    "whether the professionals around a young person are told that he is discussed in the casusoverleg":
        "professionals_horen_van_casusoverleg",
    # test13's topics, answered by faq/praktijkvragen_13.yaml (30 Nov 2026, after test13 was scored once)
    "an organisation keeping a list of young people who make radical statements": "eigen_lijst_radicale_jongeren",
    "a mayor's area ban on a young person and how to object to it": "gebiedsverbod_bezwaar",
    "writing a radicalisation concern in a pupil tracking system that many colleagues can read":
        "zorg_in_leerlingvolgsysteem",
    "a teacher asked for an interview by the public prosecutor": "getuige_verhoor_politie_om",
    "an intern attending a casusoverleg": "stagiair_bij_casusoverleg",
    # topics answered by faq/praktijkvragen_14.yaml and _15.yaml (30 Nov 2026, third session)
    "a young person in the PGA breaking a contact ban": "pga_afspraak_of_verbod_overtreden",
    "a reporter who feels unsafe after the young person learnt who reported": "melder_voelt_zich_onveilig",
    "a municipality asking a sports club for a member list": "gemeente_vraagt_sportclub_gegevens",
    "DPIA for the radicalisation case meeting": "dpia_casusoverleg_radicalisering",
    "reporting right versus reporting duty": "meldrecht_of_meldplicht",
    "where freedom of expression ends": "mening_of_strafbaar",
    "whether an online threat is a criminal offence": "mening_of_strafbaar",
    "a partner over-sharing with the police by chat": "partner_deelt_te_veel_via_app",
    "group chat with young people holding a terrorist video: keep, delete or report": "terreurvideo_in_groepsapp_jongeren",
    "confused behaviour (verward gedrag) versus radicalisation": "verward_gedrag_dreigende_uitspraken",
    # checked against existing answers, or answered by faq/praktijkvragen_16.yaml (30 Nov 2026, third session)
    "a passed-on suspicion that turned out wrong": "melding_gemeente_intrekken",
    "a school keeping a watch list of pupils": "eigen_lijst_radicale_jongeren",
    "a youth centre sharing camera footage with the police": "politie_vraagt_beelden_ledenlijst",
    "how much feedback the municipality may give a school that reported a pupil": "gemeente_terugkoppeling_aan_melder",
    "what the municipality may share with a housing corporation for a PGA measure":
        "woningcorporatie_zorg_of_herhuisvesting",
    "which municipalities belong to a given Zorg- en Veiligheidshuis": "zorg_en_veiligheidshuis",
    "what a school may tell other parents about a pupil": "school_andere_ouders_informeren",
    "telling other pupils' parents their child was in an extremist group chat": "school_andere_ouders_informeren",
    "what to do when the young person refuses every conversation": "jongere_weigert_elk_gesprek",
    "already shared a name with a colleague of another organisation, what now": "naam_al_gedeeld_wat_nu",
    "secure handling of case-conference minutes (mail, printing)": "verslag_casusoverleg_veilig_omgaan",
    "what to say to parents who react angrily to a worry": "ouders_reageren_boos_op_zorg",
    "the legal (criminal-code) definition of terrorism": "terrorisme_wettelijke_definitie",
    # test14's topics, answered by faq/praktijkvragen_18.yaml (30 Nov 2026, after test14 was scored once)
    "an interpreter's secrecy about a casusoverleg": "tolk_bij_gesprek_of_casusoverleg",
    "an interpreter's secrecy": "tolk_bij_gesprek_of_casusoverleg",
    "consulting a religious leader (imam) about a young person": "imam_of_sleutelfiguur_raadplegen",
    "one professional in two roles (youth worker and mosque volunteer) and which rules apply": "twee_rollen_zelfde_jongere",
    # faq/praktijkvragen_19.yaml and _20.yaml (30 Nov 2026, fourth session)
    "police informing the parents of a minor about signals": "politie_ouders_informeren_minderjarige",
    "parents ask a teacher whether their son is known to the police": "ouders_vragen_bekend_bij_politie",
    "what the Wet politiegegevens (Wpg) is": "wpg_verschil_met_avg",
    "a police officer receiving a worry without a name from a professional bound by secrecy": "politie_zorg_zonder_naam_of_anonieme_tip",
    "what a police officer does with an anonymous tip": "politie_zorg_zonder_naam_of_anonieme_tip",
    "whether there is a minimum age for raising a concern (a 12-year-old)": "zorgen_jong_kind_leeftijd",
    "may a youth worker refuse to take part in a casusoverleg about a young person": "casusoverleg_weigeren_of_alles_vertellen",
    "role in the plan of action: must a youth worker report back everything the young person says": "casusoverleg_weigeren_of_alles_vertellen",
    "probation client back in contact with old network: tell the casusoverleg or only the OM": "reclassering_client_oud_netwerk",
    "how to explain a casusoverleg to the young person concerned": "casusoverleg_uitleggen_aan_jongere",
    "reclassering asked whether to warn a future employer (a school) about a client's terror conviction": "reclassering_client_werkgever_inlichten",
    "what probation may tell an employer about a terrorism conviction": "reclassering_client_werkgever_inlichten",
    # faq/praktijkvragen_22.yaml and _23.yaml (30 Nov 2026, fifth session; test18's topics)
    "taking part in the regional casusoverleg before the municipality has joined the covenant": "gemeente_niet_aangesloten_casusoverleg",
    "what the municipality needs to prepare a mayor's gebiedsverbod in a radicalisation case": "gebiedsverbod_voorbereiden_gemeente",
    "pupil possibly left abroad with a parent, whom the leerplichtambtenaar warns (destination unknown)": "leerling_met_ouder_naar_buitenland",
    "what happens to a pupil's data when a parent tells the school about a concern": "ouder_vertelt_school_zorg_gegevens",
    "bringing an unidentified online account into the weging/casusoverleg": "online_account_zonder_naam_casusoverleg",
    "housing corporation passing information on to the next landlord": "woningcorporatie_huurder_verhuist",
    "whether waiting a week before acting on a (non-acute) concern is a problem": "wachten_met_zorg_niet_acuut",
}
NOTE = re.compile(r'note: "no entry yet: (?P<topic>[^"]*)"')


def relabel_line(line: str) -> tuple[str, str | None]:
    """The line with its label changed, and the topic it was changed for (None: left alone)."""
    found = NOTE.search(line)
    if found is None or found.group("topic") not in DECISIONS:
        return line, None
    topic = found.group("topic")
    if line.count("ids: []") != 1:
        raise SystemExit(f"a line with the note {topic!r} has no single 'ids: []'; relabel it by hand")
    changed = line.replace("ids: []", f"ids: [{DECISIONS[topic]}]")
    return changed.replace(found.group(0), f'note: "entry added {DATE}: {topic}"'), topic


def main(write: bool, names: list[str]) -> None:
    for name in names or ["dev.yaml", "test.yaml"]:
        path = HERE / name
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        out = []
        for number, line in enumerate(lines, 1):
            changed, topic = relabel_line(line)
            note = NOTE.search(line)
            if note is not None:
                verdict = f"-> {DECISIONS[topic]}" if topic else "(left: no entry answers it)"
                print(f"{name}:{number}: {note.group('topic')} {verdict}")
            out.append(changed)
        if write:
            path.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main("--write" in sys.argv[1:], [arg for arg in sys.argv[1:] if not arg.startswith("--")])
