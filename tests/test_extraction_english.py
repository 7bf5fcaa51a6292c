"""English rule extractor: each rule family on short sentences written for these tests,
plus the founding report from shared/samples (skipped when absent)."""
from pathlib import Path

import pytest

from chronicle.extraction import en_segment
from chronicle.extraction.english import extract
from chronicle.records import EVENT_TYPES, Document, Source
from extraction_checks import run_extractor, the_one

SAMPLE = Path("/work/shared/samples/dailynk-2014-09-ssd-pressures-families.txt")


def run(text):
    events = run_extractor(extract, text, "en")
    for ev in events:
        assert ev.type in EVENT_TYPES
        assert ev.location is None and ev.time is None
        # a rule, or the learned reader on a sentence no rule read (test_extraction_learned.py)
        assert ev.extractor.name in ("rules-en", "model-en") and ev.extractor.rule
    return events


def types(events):
    return sorted(e.type for e in events)


def one(events, etype):
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.evidence.text) for e in events]
    return found[0]


# --- the 14 types ---------------------------------------------------------------

@pytest.mark.parametrize("text, etype, actor", [
    ("The State Security Department is wiretapping the phones of families in Musan.", "SURVEIL", "KP.MSS"),
    ("Police officers threatened the merchants with prison.", "THREATEN", "KP.MSoS"),
    ("Bowibu agents forced the mother of a defector to write a letter to her son.", "COERCE", "KP.MSS"),
    ("The SSD promised housing in Pyongyang to defectors who come back.", "INDUCE", "KP.MSS"),
    ("Officers of the Ministry of State Security summoned the relatives of the defector for questioning.", "VISIT", "KP.MSS"),
    ("The police arrested three smugglers in Hyesan last week.", "DETAIN", "KP.MSoS"),
    ("The provincial court sentenced two residents to fifteen years in a labor camp.", "PUNISH", "KP.court"),
    ("The authorities banished the families of the escapees from the border region.", "EXPEL", "KP.gov"),
    ("Chinese police repatriated the women to North Korea in March.", "REPATRIATE", "CN.police"),
    ("Agents of the SSD abducted a pastor from Yanji.", "ABDUCT", "KP.MSS"),
    ("Border guards beat the woman until she fainted.", "ASSAULT", "KP.border_guard"),
    ("The Ministry of People's Security has launched a crackdown on Chinese mobile phones.", "RESTRICT", "KP.MSoS"),
    ("The Workers' Party paraded the returned defectors at a rally in front of residents.", "PROPAGANDA", "KP.WPK"),
])
def test_each_type(text, etype, actor):
    ev = one(run(text), etype)
    assert ev.perpetrator.actor == actor


def test_return_has_the_returnee_as_target_and_no_invented_perpetrator():
    ev = one(run("A defector who had lived in Seoul for three years re-defected to North Korea in June."), "RETURN")
    assert ev.perpetrator is None
    assert ev.target.category in ("defector", "returnee")


# --- perpetrators ---------------------------------------------------------------

def test_passive_with_agent():
    ev = one(run("Two brokers were arrested by the Chinese border police near Tumen."), "DETAIN")
    assert ev.perpetrator.actor == "CN.police"
    assert ev.target.category == "broker"


def test_passive_without_agent_keeps_perpetrator_none():
    ev = one(run("The family members were detained overnight."), "DETAIN")
    assert ev.perpetrator is None


def test_generic_words_and_pronouns_resolve_to_the_named_organisation():
    text = ("The State Security Department has opened a new office in Hoeryong. "
            "Its agents questioned residents about phone calls. They also warned the families of defectors.")
    evs = run(text)
    assert one(evs, "VISIT").perpetrator.actor == "KP.MSS"
    threat = one(evs, "THREATEN")
    assert threat.perpetrator.actor == "KP.MSS" and threat.perpetrator.text == "They"
    assert threat.target.category == "defector_family"


def test_unit_beats_its_ministry_and_source_is_not_perpetrator():
    ev = one(run("According to a source in Ryanggang Province, the SSD's anti-espionage unit "
                 "has been monitoring the relatives of defectors."), "SURVEIL")
    assert ev.perpetrator.actor == "KP.MSS.anti_espionage"
    assert ev.perpetrator.name == "Ministry of State Security, anti-espionage unit"
    assert ev.attribution.kind == "anonymous_source"
    assert "source in Ryanggang Province" in ev.attribution.text


# --- several acts, repeats, quotes -----------------------------------------------

def test_several_acts_in_one_sentence():
    evs = run("The security forces have intensified surveillance, crackdowns and border control since spring.")
    assert types(evs) == ["RESTRICT", "SURVEIL"]
    assert all(e.status == "ongoing" for e in evs)


def test_restatement_is_reported_once():
    text = ("Agents of the SSD are monitoring family members of defectors in Hyesan, a source said.\n\n"
            "\"They are monitoring family members of defectors every day,\" the source added.")
    evs = run(text)
    assert types(evs) == ["SURVEIL"]


def test_quoted_knowledge_claim_is_a_threat_and_surveillance():
    text = ("SSD agents visited the family of a defector in Musan. "
            "One agent told the mother, \"We know everything you said on the phone.\"")
    evs = run(text)
    assert {"VISIT", "SURVEIL", "THREATEN"} <= set(types(evs))
    assert one(evs, "SURVEIL").perpetrator.actor == "KP.MSS"
    assert "phone_monitoring" in one(evs, "SURVEIL").tactics


def test_pretext_visit_and_forced_call_tactics():
    text = ("Officials from the SSD visited the homes of defectors under the pretext of a census. "
            "During the visits they forced the relatives to call their children in South Korea.")
    evs = run(text)
    visit = one(evs, "VISIT")
    assert {"pretext_visit", "home_visit"} <= set(visit.tactics)
    assert visit.target.category == "defector_family"
    coerce = one(evs, "COERCE")
    assert "forced_call" in coerce.tactics and coerce.perpetrator.actor == "KP.MSS"


def test_amnesty_promise_is_induce_not_punish():
    evs = run("The SSD told the family: \"We have no intention of punishing him and will forgive him if he returns.\"")
    assert types(evs) == ["INDUCE"]
    assert "amnesty_promise" in evs[0].tactics
    assert evs[0].status == "occurred"


# --- certainty, attribution, status ----------------------------------------------

def test_rumor():
    ev = one(run("There are rumors that the police arrested a trader for selling Chinese phones."), "DETAIN")
    assert ev.certainty == "rumor" and ev.attribution.kind == "rumor"


def test_reportedly_and_said_to_are_reported():
    ev = one(run("SSD officials are said to be threatening the relatives of defectors."), "THREATEN")
    assert ev.certainty == "reported"


def test_state_media_confirms():
    ev = one(run("KCNA reported that the court sentenced the spy to death."), "PUNISH")
    assert ev.certainty == "confirmed" and ev.attribution.kind == "official"


def test_outlet_attribution_and_carry_to_pronoun():
    text = ("A source in Hamhung told Daily NK that police detained five women at the market. "
            "\"They also beat one of them,\" he said.")
    evs = run(text)
    assert one(evs, "DETAIN").attribution.text == "A source in Hamhung"
    assault = one(evs, "ASSAULT")
    assert assault.attribution is not None and assault.attribution.text == "A source in Hamhung"
    assert assault.perpetrator.actor == "KP.MSoS"
    ev = one(run("The SSD detained the pastor, as previously reported by Daily NK."), "DETAIN")
    assert ev.attribution.kind == "outlet" and ev.attribution.text == "Daily NK"


@pytest.mark.parametrize("text, status", [
    ("The SSD will expel the families of defectors from the border region.", "expected"),
    ("The authorities are likely to repatriate the women soon.", "expected"),
    ("The police did not arrest the merchants.", "denied"),
    ("The SSD continues to monitor the families of defectors.", "ongoing"),
    ("Police have been arresting smugglers all month.", "ongoing"),
    ("Police arrested the smugglers on Tuesday.", "occurred"),
])
def test_status(text, status):
    evs = run(text)
    assert len(evs) == 1 and evs[0].status == status


def test_threat_content_is_not_an_act():
    evs = run("The SSD threatened to send the families of defectors to a prison camp.")
    assert types(evs) == ["THREATEN"]


# --- negatives ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rice prices in Pyongyang markets rose by ten percent this month as the harvest was poor.",
    "North Korea beat Japan 2-0 in the women's football qualifier on Sunday.",
    "Security was tight at the stadium as fans arrived for the match.",
    "Heavy rain hit South Hamgyong Province, and farmers worried about the harvest.",
    "North Korea warned the United States against holding military drills.",
    "Daily NK has been reporting on the North Korean economy since 2005.",
    "Experts warned that food shortages could worsen next year.",
    "South Korean police arrested a man who had sent balloons across the border.",
])
def test_negatives_have_no_events(text):
    assert run(text) == []


# --- segmentation and offsets -----------------------------------------------------

def test_sentences_keep_exact_offsets_across_line_breaks_and_quotes():
    text = "Mr. Kim said so.\n\n\u201cAgents came at night,\u201d he said. They left.\nThe end"
    spans = [text[s.start:s.end] for s in en_segment.sentences(text)]
    assert spans == ["Mr. Kim said so.", "\u201cAgents came at night,\u201d he said.", "They left.", "The end"]


def test_evidence_is_the_sentence_and_trigger_inside_it():
    text = "Weather was fine. Police arrested two\nbrokers in Hyesan. Prices fell."
    ev = one(run(text), "DETAIN")
    assert ev.evidence.text == "Police arrested two\nbrokers in Hyesan."
    assert ev.evidence.start <= ev.trigger_start < ev.trigger_end <= ev.evidence.end
    assert text[ev.trigger_start:ev.trigger_end] == "arrested"


# --- the founding report ---------------------------------------------------------

@pytest.mark.skipif(not SAMPLE.exists(), reason="shared sample not present")
def test_founding_report_key_acts():
    evs = run(SAMPLE.read_text(encoding="utf-8"))

    def has(etype, actor=None, status=None, tactic=None, certainty=None):
        return any(e.type == etype and (actor is None or (e.perpetrator and e.perpetrator.actor == actor))
                   and (status is None or e.status == status) and (tactic is None or tactic in e.tactics)
                   and (certainty is None or e.certainty == certainty) for e in evs)

    assert has("SURVEIL", "KP.MSS")
    assert has("VISIT", "KP.MSS", tactic="pretext_visit")
    assert has("VISIT", "KP.MSS.anti_espionage")
    assert has("COERCE", tactic="forced_call")
    assert has("THREATEN")
    assert has("INDUCE", tactic="amnesty_promise")
    assert has("EXPEL", "KP.gov")
    assert has("RESTRICT", status="ongoing")
    assert has("PROPAGANDA", status="expected")
    assert not any(e.type == "PUNISH" for e in evs)  # "no intention of punishing" is a promise
    assert 10 <= len(evs) <= 20
    for e in evs:
        assert e.perpetrator is None or "source" not in e.perpetrator.text.lower()


# --- rule families added for issue 3 ------------------------------------------------

def test_longest_reading_wins_at_one_position():
    evs = run("The Workers' Party committee said the factory manager was expelled from the Party last week.")
    assert types(evs) == ["PUNISH"]


@pytest.mark.parametrize("text, etype", [
    ("Agents of the State Security Department visited a widow in Musan. "
     "She was made to telephone her son in Seoul while the officials listened.", "COERCE"),
    ("The police chief in Hyesan met traders on Monday. Market vendors were ordered to close their stalls.", "COERCE"),
    ("The SSD detained a broker in Onsong. He is being held at the county security department.", "DETAIN"),
    ("Border guards fired on two people wading across the Tumen River.", "ASSAULT"),
    ("Police officers went house to house in the district asking about missing relatives.", "VISIT"),
    ("The inminban head compiled lists of households with members living abroad "
     "and reported them to the police.", "SURVEIL"),
])
def test_wording_families(text, etype):
    assert etype in types(run(text))


def test_threat_told_as_content_of_speech_is_the_speakers_act():
    evs = run("Security officers from the State Security Department told the mother of a defector "
              "that her family would be sent to the mountains.")
    ev = one(evs, "THREATEN")
    assert ev.perpetrator.actor == "KP.MSS"
    assert ev.target.category == "defector_family"
    assert ev.status == "occurred"


def test_quoted_threat_and_promise_take_the_organisation_last_named():
    text = ("Officers of the State Security Department came to the apartment of a woman whose son "
            "fled to South Korea.\n\n"
            "\"If your son comes back, you keep your apartment. If not, you go to the mountains,\" "
            "the source quoted them as saying.")
    evs = run(text)
    assert one(evs, "INDUCE").perpetrator.actor == "KP.MSS"
    assert one(evs, "THREATEN").perpetrator.actor == "KP.MSS"


def test_speech_rule_needs_a_state_speaker():
    assert run("My neighbour told me that the weather would be different tomorrow and we would pay for it.") == []


def test_returner_is_a_returnee_and_china_holds_defectors():
    evs = run("Chinese police arrested a North Korean woman in Yanji. "
              "Another man crossed back into North Korea in May.")
    assert one(evs, "DETAIN").target.category == "defector"
    assert one(evs, "RETURN").target.category == "returnee"


def test_family_words_read_against_what_the_report_is_about():
    text = ("Many people from Hoeryong have escaped to South Korea in recent years.\n\n"
            "Bowibu agents visited the mother last week.")
    assert one(run(text), "VISIT").target.category == "defector_family"


def test_border_closure_told_only_as_background_is_no_event():
    assert run("Trade between the two countries collapsed after North Korea closed its border.") == []


def test_sports_defeat_is_no_assault():
    assert run("The defending champion was beaten into second place by her teammate.") == []


def test_people_paraded_on_state_tv_are_the_target():
    ev = one(run("A woman who re-defected last year appeared on state television in Pyongyang."), "PROPAGANDA")
    assert ev.target is not None and ev.target.category in ("returnee", "resident")


# --- round 3: speed paths, restatements across the report, orders ---------------

def test_scan_by_first_letter_finds_what_the_whole_alternation_finds():
    from chronicle.extraction import en_lexicon
    lex = en_lexicon.load()
    text = ("Police arrested two men, then agents went to their homes and warned the families; "
            "residents were told to attend and were not allowed to leave. Watching the shelter "
            "was the SSD, which also intercepted their phone calls.")
    fast = [(m.span(), t.rule_id) for m, t in lex.scan(text, 0, len(text))]
    slow, pos = [], 0
    while (m := lex.trigger_re.search(text, pos)) is not None:
        best, trig = m, lex.trigger_at(m)
        for t, rx in zip(lex.triggers, lex._each):
            alt = rx.match(text, m.start())
            if alt is not None and alt.end() > best.end():
                best, trig = alt, t
        slow.append((best.span(), trig.rule_id))
        pos = best.end()
    assert fast == slow and len(fast) >= 6


def test_scan_by_first_two_characters_finds_what_the_first_letter_finds():
    # The pair table only narrows the candidates: scanning with the first letter's
    # alternation alone (the path before it) must give the same hits, also where the
    # pair path is not taken (non-ASCII, a word at the sentence's last character).
    from chronicle.extraction import en_lexicon
    lex = en_lexicon.load()
    text = ("They’ll be sent to the mines, agents WARNED relatives; you'll pay the price. "
            "Police arrested two men and beat them. Ëxpelled from the Party, he was sent to a kyohwaso. "
            "Guards will not be allowed to stay; she was forcibly repatriated and interrogated. I")
    def letter_only(start, end):
        out, pos = [], start
        for w in en_lexicon._WORD_START.finditer(text, start, end):
            if w.start() < pos or (entry := lex._by_letter.get(w.group().lower())) is None:
                continue
            m = entry[0].match(text, w.start(), end)
            if m is None:
                continue
            best, trig = m, lex.trigger_at(m)
            for i in entry[1]:
                alt = lex._each[i].match(text, m.start(), end)
                if alt is not None and alt.end() > best.end():
                    best, trig = alt, lex.triggers[i]
            out.append((best.span(), trig.rule_id))
            pos = best.end()
        return out
    for start, end in ((0, len(text)), (0, 40), (5, len(text) - 1), (81, 130)):
        assert [(m.span(), t.rule_id) for m, t in lex.scan(text, start, end)] == letter_only(start, end)
    assert len(letter_only(0, len(text))) >= 8


def test_pattern_openings_for_the_pair_table():
    from chronicle.extraction.en_lexicon import _prefixes
    will = _prefixes(r"(?:will|would|’ll) be")  # ’ opens no ASCII pair: a placeholder stands for it
    assert {p for p in will if p.isascii()} == {"wi", "wo"} and len(will) == 3
    assert _prefixes(r"beat(?:s|en)?|hit") == {"be", "hi"}
    assert _prefixes(r"a?rrest") == {"ar", "rr"}
    assert _prefixes(r"\w+ed") is None  # a class that is no plain literal: a candidate everywhere


def test_sentence_with_no_possible_actor_is_not_parsed_but_pronoun_one_is():
    # A weak trigger with no actor, pronoun or passive cannot become an act.
    assert run("Many shoppers visit the market each morning to buy rice.") == []
    evs = run("The State Security Department is active in Musan.\n\nThey visit the families of defectors every week.")
    assert one(evs, "VISIT").perpetrator.actor == "KP.MSS"


def test_same_act_retold_later_in_the_report_is_one_event():
    text = ("Security agents arrested three women who had returned from China in Hoeryong in May.\n\n"
            "Residents said the women were held at a detention centre.\n\n"
            "\"The agents arrested the women at night,\" one neighbour said.")
    assert types(run(text)) == ["DETAIN"]


def test_acts_on_different_people_stay_apart():
    text = ("Security agents arrested two brokers in Hyesan in May.\n\n"
            "In June the agents arrested the mother of a defector in Musan.")
    assert types(run(text)) == ["DETAIN", "DETAIN"]


@pytest.mark.parametrize("text, coerce", [
    ("Officials of the State Security Department told the family to call their son and urge him to return.", True),
    ("SSD agents instructed the mother of the defector to sign a pledge of loyalty.", True),
    ("SSD agents told the mother of the defector not to leave the county.", False),
    ("SSD agents told the neighbours to report who visits the family.", False),
    ("The State Security Department told reporters to wait outside the building.", False),
])
def test_official_told_people_to_act_is_coercion(text, coerce):
    assert ("COERCE" in types(run(text))) == coerce


def test_threatened_with_a_penalty_is_a_threat_to_the_named_person():
    evs = run("Security agents threatened Pak Chol, the defector's brother, with banishment if he kept calling Seoul.")
    assert types(evs) == ["THREATEN"]
    assert evs[0].target.category == "defector_family"


# --- round 4: perpetrators in context, tense, batching ------------------------------

def perp_of(text, etype):
    ev = one(run(text), etype)
    return ev.perpetrator.actor if ev.perpetrator else None


def test_longer_alias_inside_a_shorter_one_wins():
    from chronicle.extraction.actors import ActorLexicon
    found = ActorLexicon.load().find("Officers of the State Security Ministry summoned traders.")
    assert [m.key for m in found if not m.generic] == ["KP.MSS"]
    assert perp_of("Officers of the State Security Ministry summoned dozens of traders to a meeting.",
                   "VISIT") == "KP.MSS"


@pytest.mark.parametrize("text, etype, actor", [
    # plain police in China are Chinese public security; in North Korea they stay MSoS
    ("Police raided a guesthouse in Dandong and arrested four North Korean women.", "DETAIN", "CN.police"),
    ("Police in Hyesan arrested four women who had returned from China.", "DETAIN", "KP.MSoS"),
    # soldiers at the river are border guards
    ("Soldiers beat two women who tried to wade across the Tumen River.", "ASSAULT", "KP.border_guard"),
    ("Soldiers beat two traders at a market in Pyongsong.", "ASSAULT", "KP.KPA"),
])
def test_actor_key_depends_on_the_setting(text, etype, actor):
    assert perp_of(text, etype) == actor


def test_unnamed_authorities_stay_the_state_and_generic_agents_take_a_later_organisation():
    text = ("The State Security Department opened an office in Hyesan. The authorities have "
            "banned phone calls to China.")
    assert perp_of(text, "RESTRICT") == "KP.gov"
    text = ("Agents abducted a pastor in Changbai last month. The State Security Department has "
            "done this before, activists said.")
    assert perp_of(text, "ABDUCT") == "KP.MSS"


def test_the_one_handed_over_to_is_not_the_actor_and_the_by_phrase_is():
    text = ("The woman was beaten with sticks by the border guards before being handed to the county "
            "security department.")
    assert perp_of(text, "ASSAULT") == "KP.border_guard"


def test_an_organisation_naming_a_meeting_is_not_its_actor():
    text = ("The parents of a defector were made to stand before their neighbours at a people's unit "
            "meeting while a Party official read out the charges.")
    assert perp_of(text, "PROPAGANDA") == "KP.WPK"


@pytest.mark.parametrize("text", [
    "She went back in August and was welcomed by the authorities instead of being punished.",
    "The Government stated that no citizen is punished for having relatives abroad.",
])
def test_act_said_not_to_happen_is_no_event(text):
    # (the going back in August is a return of its own since session 33: no penalty is told)
    assert not [e for e in run(text) if e.type != "RETURN"]


@pytest.mark.parametrize("text, status", [
    ("The women are being held by the State Security Department in Onsong.", "ongoing"),
    ("The police have relocated dozens of families to inland areas since the spring.", "ongoing"),
    ("Families have been called in by the security department and questioned.", "ongoing"),
    ("Returnees are beaten by security agents during questioning.", "ongoing"),
    ("Security agents beat the returnees during questioning last week.", "occurred"),
    ("Security agents repeatedly visited the homes of defectors' families last month.", "occurred"),
    ("The city security chief denied that any traders had been detained by his officers.", "denied"),
    ("Families of defectors are not allowed to leave the village by the security officer.", "ongoing"),
])
def test_status_from_tense_and_denial(text, status):
    evs = run(text)
    assert evs and evs[0].status == status, [(e.type, e.status) for e in evs]


@pytest.mark.parametrize("text, etype", [
    ("Police officers arrived at the apartment and gave the family a day to leave.", "EXPEL"),
    ("Security officers are posted with every work team abroad to prevent escapes.", "SURVEIL"),
    ("Security minders read the letters that the women write home.", "SURVEIL"),
    ("Her daughter's application to a college was rejected after the security department intervened.", "PUNISH"),
    ("In January he walked back across the river and turned himself in to border guards.", "RETURN"),
])
def test_round4_wording_families(text, etype):
    assert etype in types(run(text))


def test_extract_many_equals_extract_per_document():
    from chronicle.extraction.english import extract_many
    texts = [
        "Police raided a guesthouse in Dandong and arrested four North Korean women.",
        "The weather in Pyongyang was mild this week.",
        "Agents of the SSD have been visiting the families of defectors. They warned the mothers.",
        "",
    ]
    docs = [Document(t.encode(), t, Source(language="en"), f"d{n}", "text/plain") for n, t in enumerate(texts)]
    batched = extract_many(docs)
    assert len(batched) == len(docs)
    assert [[e.event_id for e in evs] for evs in batched] == [[e.event_id for e in extract(d)] for d in docs]
    assert [[(e.type, e.status, e.perpetrator) for e in evs] for evs in batched] == \
        [[(e.type, e.status, e.perpetrator) for e in extract(d)] for d in docs]
    assert sum(map(len, batched)) >= 3


# --- acts inside longer clauses (round 5) ------------------------------------------

def test_verb_joined_to_a_passive_shares_its_subject_and_voice():
    ev = one(run("The woman was taken to a room at the provincial security department and "
                 "made to record a video message for her daughter."), "COERCE")
    assert ev.perpetrator.actor == "KP.MSS"
    assert ev.target.text == "The woman"


def test_raised_passive_takes_the_subject_above_as_target():
    ev = one(run("The State Security Department has told the family that they are likely to be "
                 "sent to a labour camp."), "PUNISH")
    assert ev.target.text == "they" and ev.target.category != "other"
    assert ev.status == "expected"


def test_under_surveillance_by_agents():
    events = run("Officers of the State Security Department arrested the broker last month. "
                 "The broker had been under surveillance for months by agents of the Ministry of State Security.")
    ev = one(events, "SURVEIL")
    assert ev.perpetrator.actor == "KP.MSS"
    assert ev.target.text == "The broker" and ev.target.category == "broker"


def test_noun_trigger_as_subject_takes_its_by_phrase():
    ev = one(run("The crackdown on Chinese phones by the State Security Department is the harshest in years."),
             "RESTRICT")
    assert ev.perpetrator.actor == "KP.MSS"


def test_practice_in_general_is_no_act():
    assert run("Banishment to the countryside is a common punishment in North Korea.") == []


def test_subject_who_serves_time_is_the_target():
    ev = one(run("The police officer said he will spend time in a labour training camp."), "PUNISH")
    assert ev.target.text == "he" and ev.status == "expected"


@pytest.mark.parametrize("text, name", [
    ("Ms. Yun was questioned by the security department in Chongjin for a month.", "Ms. Yun"),
    ("Kim Chol Ho was beaten by soldiers at the border.", "Kim Chol Ho"),
])
def test_named_person_is_a_human_target(text, name):
    events = run(text)
    assert len(events) == 1
    assert events[0].target.text == name and events[0].target.category == "resident"


def test_things_of_people_make_their_owners_the_target():
    ev = one(run("Security officials read the workers' letters every week."), "SURVEIL")
    assert ev.target.category == "resident"
    # A thing that belongs to no one named is no person: a weak act on it is not coercion.
    assert run("Security officials read the new regulations every week.") == []


def test_restriction_on_things_counts():
    ev = one(run("The government has tightened controls on the border with China since 2020."), "RESTRICT")
    assert ev.perpetrator.actor == "KP.gov"


# --- round 6: retold acts, unnamed policy ---------------------------------

def test_act_retold_without_its_actor_is_one_event():
    text = ("A pastor who sheltered North Korean women in Changbai has been missing since April 30, "
            "and church workers say North Korean agents abducted him.\n\n"
            "The church has put up posters.\n\n"
            "\"We think he was lured to the river and then abducted,\" one worker said.")
    evs = [e for e in run(text) if e.type == "ABDUCT"]
    assert len(evs) == 1 and evs[0].perpetrator is not None


def test_two_unnamed_tellings_stay_apart():
    # Nothing ties two actorless acts together: different people may be meant.
    text = ("A woman from Musan was arrested in March.\n\n"
            "Her neighbour said the State Security Department had questioned residents.\n\n"
            "A man from Hoeryong was arrested in June.")
    assert len([e for e in run(text) if e.type == "DETAIN"]) == 2


def test_restriction_needs_a_north_korean_organ_in_the_report():
    assert "RESTRICT" not in types(run("The port has been under strict quarantine since 2020."))


# --- round 7: policy restrictions, periods ------------------------------------

def test_unattributed_policy_takes_the_state_the_report_names():
    # "the authorities" named elsewhere: the policy is the state's (KP.gov).
    text = ("The authorities in Hyesan have stepped up patrols.\n\n"
            "Residents are not allowed to travel to other provinces without a permit.")
    [ev] = [e for e in run(text) if e.type == "RESTRICT" and "not allowed" in e.evidence.text]
    assert ev.perpetrator.actor == "KP.gov" and ev.target.category == "resident"


def test_unattributed_policy_with_only_an_organ_keeps_no_actor():
    # Only an organ is named: whose policy it is stays untold, never guessed.
    text = ("The State Security Department arrested a broker in Musan.\n\n"
            "The port has been under strict quarantine since 2020.")
    ev = one(run(text), "RESTRICT")
    assert ev.perpetrator is None


def test_restriction_on_things_with_only_the_authorities_is_no_event():
    # Near an embassy: no people the restriction bears on, no organ named.
    text = "Traffic was restricted for several hours, said an official in Pyongyang."
    assert "RESTRICT" not in types(run(text))


def test_policy_noun_subject_is_no_actor():
    text = ("North Korea has told market traders to stay home.\n\n"
            "The new rules require traders to register with the market office.")
    ev = one(run(text), "RESTRICT")
    assert ev.perpetrator.actor == "KP.gov"
    assert "RESTRICT" not in types(run("The new rules require traders to register with the market office."))


def test_passports_held_by_names_the_holder():
    ev = one(run("The loggers have their passports held by Party secretaries at the camp."), "RESTRICT")
    assert ev.perpetrator.actor == "KP.WPK"


def test_campaign_split_from_against():
    text = "It was part of a campaign, launched by the provincial Party committee in May, against smuggling."
    ev = one(run(text), "RESTRICT")
    assert ev.perpetrator.actor == "KP.WPK" and ev.status == "ongoing"


def test_told_not_to_visit_is_a_restriction():
    text = "Security officials told the families not to visit the detainees."
    assert "RESTRICT" in types(run(text))


def test_restriction_stays_in_force():
    ev = one(run("North Korea closed its border with China in January 2020."), "RESTRICT")
    assert ev.status == "ongoing"
    ev = one(run("North Korea will close its border with China next month."), "RESTRICT")
    assert ev.status == "expected"


@pytest.mark.parametrize("text, etype, status", [
    ("Dozens of residents were arrested from March to May by the State Security Department.", "DETAIN", "ongoing"),
    ("Between 2015 and 2017, police officers arrested dozens of traders in Musan.", "DETAIN", "ongoing"),
    ("The man had been under surveillance by the State Security Department.", "SURVEIL", "ongoing"),
    ("Two Bowibu agents live in the compound and check the workers' rooms every evening.", "SURVEIL", "ongoing"),
    ("Police officers arrested a trader in Musan on Tuesday.", "DETAIN", "occurred"),
])
def test_period_and_frequency_make_acts_ongoing(text, etype, status):
    assert one(run(text), etype).status == status


# --- targets of paraded people and of promises (issue 3) ------------------------

def test_passive_parade_takes_its_subject_as_target():
    ev = one(run("A man who fled to Seoul in 2016 was shown at a press conference in Pyongyang "
                 "by state media on Monday."), "PROPAGANDA")
    assert ev.target is not None and "A man" in ev.target.text


def test_promise_about_people_in_its_clause_not_the_scene_setting_phrase():
    ev = one(run("Ministry of State Security officers held a meeting with the families in Musan. "
                 "At the same meeting, the officers promised that defectors who came home would "
                 "be given new apartments."), "INDUCE")
    assert ev.target is not None and "defectors" in ev.target.text
    assert "meeting" not in ev.target.text


def test_wire_dateline_is_not_the_subject():
    ev = one(run("SEOUL, May 3 - Bowibu agents arrested a broker in Hyesan on Friday, "
                 "residents said."), "DETAIN")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS"
    assert ev.target is not None and ev.target.text == "a broker"


# --- perpetrators, round 5 --------------------------------------------------------

def actor_of(events, etype):
    return one(events, etype).perpetrator


def test_agents_from_the_unit_are_the_unit_named_with_its_ministry():
    text = ("The anti-espionage bureau of Ryanggang Province's State Security Department has opened "
            "an office in Hyesan.\n\nLast week agents from the unit arrested a trader near the market.")
    assert actor_of(run(text), "DETAIN").actor == "KP.MSS.anti_espionage"


def test_family_members_are_no_officials():
    text = ("North Korea has not answered the letter.\n\nFamily members of people who escaped are "
            "subjected to surveillance by the authorities.")
    ev = one(run(text), "SURVEIL")
    assert ev.perpetrator.text != "members" and ev.perpetrator.actor == "KP.gov"


def test_agentless_penalty_in_a_paragraph_naming_no_organ_is_no_ones():
    # bench/CODING.md: an agentless clause takes no actor the grammar does not carry;
    # the police of the paragraph before are not said to have dismissed him.
    text = ("Police officers in Chongjin arrested the woman's husband in May.\n\n"
            "His brother, a teacher in North Korea, was dismissed from his job the next month, a relative said.")
    assert actor_of(run(text), "PUNISH") is None


def test_agentless_detention_takes_the_organ_of_its_own_paragraph_only():
    same = ("Security agents searched the market in Hyesan on Monday. Two traders were detained "
            "and taken to the city office.")
    assert actor_of(run(same), "DETAIN").actor == "KP.MSS"
    before = ("Security agents searched the market in Hyesan on Monday.\n\n"
              "Two days later, two traders were detained at the station, a resident said.")
    assert actor_of(run(before), "DETAIN") is None


def test_weak_passive_on_people_in_a_report_on_the_norths_organs_is_kept_with_no_actor():
    text = ("The Ministry of State Security has stepped up its hunt for phone brokers in Hyesan.\n\n"
            "Calls to South Korea cost about 30 percent of the money sent, traders say.\n\n"
            "Three weeks later, two women who had been using Chinese phones were quietly picked up, "
            "and her brother lost his job at the mill, a relative said.")
    events = run(text)
    assert actor_of(events, "DETAIN") is None and actor_of(events, "PUNISH") is None
    # With no organ of the North named anywhere, the same words tell of no act of a state.
    assert run("Two women who had been using Chinese phones were quietly picked up, a relative said.") == []


def test_agentless_banishment_in_a_report_naming_the_state_is_no_ones():
    text = ("North Korea has tightened control of its border with China this year.\n\n"
            "Families of people who fled were moved out of Hyesan to farms in Kapsan county in May.")
    ev = one(run(text), "EXPEL")
    assert ev.perpetrator is None and ev.target.category == "defector_family"


def test_agentless_penalty_takes_the_organ_named_in_its_paragraph():
    text = ("Three families were relocated to a farm in Kapsan county in March, the source said. "
            "They had been given two days' notice by the city security department.")
    assert actor_of(run(text), "EXPEL").actor == "KP.MSS"


def test_likely_sentence_with_no_actor_is_the_courts():
    text = ("The police in Hyesan questioned the man for a week.\n\n"
            "His wife was told that he is likely to be sentenced to a labour camp.")
    assert actor_of(run(text), "PUNISH").actor == "KP.court"


def test_moved_out_of_the_party_is_no_actor_of_the_move():
    text = ("The two managers were expelled from the Workers' Party in April, and their families "
            "were moved out of their apartments in Kanggye.")
    events = run(text)
    assert actor_of(events, "EXPEL") is None
    assert actor_of(events, "PUNISH").actor == "KP.WPK"


def test_organisation_inside_a_passive_warning_is_its_content_not_its_speaker():
    text = ("Local police went from house to house in the district last week. Residents who refused "
            "were told their names would be sent to the security department.")
    assert actor_of(run(text), "THREATEN").actor == "KP.MSoS"


def test_he_points_back_to_the_officer_last_mentioned():
    text = ("The inminban head had been told to watch the family.\n\n"
            "Later the officer visited the mother at home. He told her: \"If he comes back by himself, "
            "he will be forgiven.\"\n\nThe Ministry of State Security runs such visits in every city.")
    assert actor_of(run(text), "INDUCE").actor == "KP.MSS"


def test_repatriation_from_china_with_no_actor_is_chinese_police():
    text = "About forty North Koreans held in a detention centre in Tumen, China, are likely to be repatriated."
    assert actor_of(run(text), "REPATRIATE").actor == "CN.police"


def test_state_media_telling_of_an_arrest_tell_of_the_states_act():
    text = ("Reports said agents of the State Security Ministry had seized the missionary in Dandong.\n\n"
            "KCNA said the man had been arrested in Sinuiju while spying.")
    told = [e for e in run(text) if e.evidence.text.startswith("KCNA")]
    assert [(e.type, e.perpetrator.actor) for e in told] == [("DETAIN", "KP.gov")]


def test_recipient_holding_people_in_its_own_clause_is_their_jailer():
    text = ("Soldiers stopped the three residents at the checkpoint. They were then handed over to the "
            "local police station, where they were held for two days and fined.")
    assert actor_of(run(text), "PUNISH").actor == "KP.MSoS"


def test_passive_in_a_paragraph_with_no_earlier_organ_takes_the_one_named_after_it():
    text = ("A fishing cooperative in Rason has reopened.\n\nTraders said two women had been taken away "
            "in early October. The city security chief later denied it.")
    assert actor_of(run(text), "DETAIN").actor == "KP.MSS"


def test_minders_with_no_organisation_named_are_the_states():
    text = ("The minders gathered the women and told them that the runaway's parents had already "
            "been arrested in Chongjin.")
    assert actor_of(run(text), "DETAIN").actor == "KP.gov"


def test_quoted_promise_is_kept_over_the_leads_summary_of_it():
    text = ("A woman from Hyesan has gone back to the North after security agents promised her mother "
            "that she would not be punished, a source said.\n\n"
            "\"The SSD people came every week. They said, 'She will get her old job back and nobody "
            "will touch her,'\" the source said.")
    ev = one(run(text), "INDUCE")
    assert "old job back" in ev.evidence.text


# --- recall round 6: speech and pressure acts (SURVEIL, VISIT, THREATEN, COERCE, INDUCE,
# PROPAGANDA, RESTRICT) ------------------------------------------------------------

@pytest.mark.parametrize("text, etype, actor", [
    ("Security officials placed the families of the defectors under constant watch.", "SURVEIL", "KP.MSS"),
    ("The bowibu has deployed radio-detection vans to the riverside districts to find callers.", "SURVEIL", "KP.MSS"),
    ("The anti-espionage people were listening in to their calls for weeks.", "SURVEIL", "KP.MSS.anti_espionage"),
    # (searches of homes are the crackdown they carry out, bench/CODING.md; session 37)
    ("Border guards began searching the homes of families near the river.", "RESTRICT", "KP.border_guard"),
    ("Two officers of the State Security Department called on the mother of a defector.", "VISIT", "KP.MSS"),
    ("Police officers gathered twenty families at the city security department on Monday.", "VISIT", "KP.MSoS"),
    ("The security people visit her every few days.", "VISIT", "KP.MSS"),
    ("Party officials criticised the man in front of his colleagues.", "PROPAGANDA", "KP.WPK"),
    ("The bowibu ordered traders to register their mobile phones.", "RESTRICT", "KP.MSS"),
])
def test_round6_wording_families(text, etype, actor):
    ev = one(run(text), etype)
    assert ev.perpetrator is not None and ev.perpetrator.actor == actor


def test_round6_order_to_watch_is_surveillance_by_those_ordered():
    # "told to keep an eye on" is the surveillance itself, not coercion of the heads.
    events = run("The heads of people's units have been told to keep an eye on the defector's sister.")
    assert types(events) == ["SURVEIL"]
    assert events[0].perpetrator.actor == "KP.inminban"
    events = run("The heads of people's units were ordered by the SSD to keep a daily log of everyone "
                 "who visits the family.")
    assert types(events) == ["SURVEIL"]


def test_round6_series_of_acts_shares_its_subject():
    # The parser hangs "called on" under "sat" as an adverbial clause; its subject acts in all.
    events = run("Last month, two agents of the Ministry of State Security called on the mother of a "
                 "defector, sat with her for an evening, promised the family a new apartment and left.")
    ind = one(events, "INDUCE")
    assert ind.perpetrator.actor == "KP.MSS"


def test_round6_partitive_speaker_and_consequences():
    ev = one(run("The security agents came again. One of them said that my mother would be sent to the mountains."),
             "THREATEN")
    assert ev.perpetrator.actor == "KP.MSS"
    ev = one(run("Bowibu agents told the traders that anyone caught with a phone will be handled as spies."),
             "THREATEN")
    assert ev.perpetrator.actor == "KP.MSS"


def test_round6_negatives():
    # Reading a notice out is not reading people's mail; a call "on" people "to" act is an appeal.
    assert "SURVEIL" not in types(run("The order was read out at the SSD's meeting of residents."))
    assert "VISIT" not in types(run("The Party called on all residents to work harder for the harvest."))
    # Things forbidden to tourists are no coercion of residents.
    assert run("Photographs of the stadium were forbidden under the tour rules.") == []


# --- round 6b: physical acts (DETAIN, PUNISH, EXPEL, REPATRIATE, ABDUCT, ASSAULT, RETURN) ---

@pytest.mark.parametrize("text, etype, actor", [
    ("Two officers of the Yanji public security bureau came to her flat and took her to the police station.",
     "DETAIN", "CN.police"),
    ("The soldiers caught the boy at the river and handed him to the county security department.",
     "DETAIN", "KP.border_guard"),
    ("Those suspected of contact with missionaries were transferred to the ministry's provincial headquarters "
     "by the State Security Department.", "DETAIN", "KP.MSS"),
    ("The teacher was tracked down by the bowibu at a relative's house in Hoeryong.", "DETAIN", "KP.MSS"),
    ("In May the bowibu sent the man to the provincial labour training camp in Chongjin.", "PUNISH", "KP.MSS"),
    ("The factory Party committee stripped the engineer of his post after the meeting.", "PUNISH", "KP.WPK"),
    ("Authorities in Hamhung have begun moving dozens of families out of the station district.", "EXPEL", "KP.gov"),
    ("His parents have been moved out of Kaesong by the State Security Department.", "EXPEL", "KP.MSS"),
    ("Chinese police handed the three women to North Korean border guards at the bridge.", "REPATRIATE", "CN.police"),
    ("China has sent back several hundred North Koreans since the spring.", "REPATRIATE", "CN.police"),
    ("Agents of the State Security Department took the pastor across the Tumen River by car.", "ABDUCT", "KP.MSS"),
    ("Two men from the North Korean consulate put the worker on a flight to Pyongyang with his hands tied.",
     "ABDUCT", "KP.gov"),
    ("Border guards shot and wounded a woman who was washing clothes at the river.", "ASSAULT", "KP.border_guard"),
])
def test_round6b_physical_act_families(text, etype, actor):
    ev = one(run(text), etype)
    assert ev.perpetrator is not None and ev.perpetrator.actor == actor


def test_round6b_return_by_reappearing_and_no_perpetrator():
    ev = one(run("The woman, who had fled to Seoul in 2016, reappeared in Hyesan last winter."), "RETURN")
    assert ev.perpetrator is None and ev.target.category in ("returnee", "defector")
    # Reappearing in public, or in the South, is no return to the North.
    assert "RETURN" not in types(run("The official reappeared in public after two months."))
    assert "RETURN" not in types(run("The singer reappeared in Seoul after the tour."))


def test_round6b_arrest_is_not_also_a_visit():
    events = run("Two officers from the Helong public security bureau came to the house at dawn and "
                 "took me to the police station in the town.")
    assert types(events) == ["DETAIN"]


def test_round6b_lured_handover_is_one_abduction():
    events = run("Agents of the State Security Department lured the pastor across the river and handed him "
                 "to North Korean border guards.")
    assert "ABDUCT" in types(events) and "REPATRIATE" not in types(events)


def test_round6b_custody_as_setting_and_count_words_as_people():
    # "during interrogation" sets the scene of the beating; "several" are people.
    events = run("Police officers in Hyesan arrested ten traders last month. Several were beaten during "
                 "interrogation to make them name the brokers.")
    assert types(events) == ["ASSAULT", "DETAIN"]
    assert one(events, "ASSAULT").target.category == "resident"


def test_round6b_practice_expected_and_single_act_are_not_merged():
    events = run("Chinese police arrested a woman in Yanji and handed her over to North Korean guards "
                 "at the bridge on May 2. China has sent back hundreds of North Koreans since the border "
                 "reopened. Sixty more are expected to be repatriated next month.")
    assert types(events).count("REPATRIATE") == 3


def test_round6b_negatives():
    # Sport, weather and things: the words without coercion of people.
    assert run("The home side had been beaten by the heat and a long journey, the coach of the "
               "visiting team said.") == []
    assert "REPATRIATE" not in types(run("Returning defectors will not be punished, the officials promised."))
    assert "EXPEL" not in types(run("The floods drove thousands of families out of their homes in Sinuiju."))
    assert "DETAIN" not in types(run("The woman was taken to a room at the security department and made "
                                     "to record a video message."))
    assert "ABDUCT" not in types(run("A broker took the family across the river into China in 2019."))


# --- targets and status (issue 3) -------------------------------------------------

def _category(text, etype):
    ev = one(run(text), etype)
    return ev.target.category if ev.target is not None else None


@pytest.mark.parametrize("text, etype, category", [
    # the phrase's own participle or relative clause says who the people are
    ("Border guards beat two people trying to swim across the Yalu River near Hyesan on Monday.",
     "ASSAULT", "defector"),
    ("Bowibu agents arrested a woman whose brother fled to Seoul in 2019.", "DETAIN", "defector_family"),
    ("Police officers arrested a driver who helped defectors reach the river.", "DETAIN", "broker"),
    # a broker met in a clause is not what the people are
    ("Police officers arrested women who had tried to contact brokers in Hyesan.", "DETAIN", "resident"),
    # "the woman" is the mother of a defector told of just before
    ("Bowibu agents visited the mother of a defector in Musan in May. The woman was later forced "
     "to call her son in Seoul.", "COERCE", "defector_family"),
])
def test_target_category_from_the_phrase_and_the_people_told_of(text, etype, category):
    assert _category(text, etype) == category


def test_anaphor_keeps_the_number_of_people_it_points_to():
    # a plain person word with no placed people before it stays a resident
    assert _category("Police officers arrested the man at the market in Hyesan on Monday.", "DETAIN") == "resident"


def test_report_about_workers_abroad_makes_its_people_those_workers():
    text = ("About 80 North Korean construction workers in Vladivostok, Russia, live in a guarded dormitory. "
            "The Party secretary beat two men from the team last month, a colleague said.")
    assert _category(text, "ASSAULT") == "worker_abroad"
    # the same words with no such frame are residents
    assert _category("The Party secretary beat two men from the team in Hamhung last month, "
                     "a colleague said.", "ASSAULT") == "resident"


def test_people_held_in_china_are_defectors_and_returnees_once_back():
    events = run("Chinese police arrested a woman from Musan in Yanji in March and handed her over to "
                 "North Korean border guards. She is being held by the county security department in Onsong.")
    assert one([e for e in events if e.perpetrator and e.perpetrator.actor == "CN.police"],
               "DETAIN").target.category == "defector"
    held = [e for e in events if e.type == "DETAIN" and e.perpetrator and e.perpetrator.actor.startswith("KP.")]
    assert held and held[0].target.category == "returnee"


def test_restriction_on_things_falls_on_the_population():
    ev = one(run("The Ministry of State Security tightened controls on the border last year."), "RESTRICT")
    assert ev.target is not None and ev.target.category == "resident" and ev.target.text is None


@pytest.mark.parametrize("text, etype, status", [
    # a promise or threat is made; its "would" is its content
    ("A security officer told her that her son would be pardoned if he came back.", "INDUCE", "occurred"),
    # a watching duty continues
    ("In May the heads of people's units in Kanggye were told to keep an eye on the families of "
     "defectors.", "SURVEIL", "ongoing"),
    # "have begun" starts something that goes on
    ("Police officers have begun expelling families from the border villages.", "EXPEL", "ongoing"),
    # "before being handed over" is no progressive
    ("Border guards beat the man before being ordered to release him.", "ASSAULT", "occurred"),
])
def test_status_of_promises_duties_and_beginnings(text, etype, status):
    assert one(run(text), etype).status == status


def test_joined_clause_keeps_its_own_tense():
    events = run("The official warned that the women would be sent to a camp and that their parents "
                 "had already been arrested by Bowibu agents in Chongjin.")
    assert one(events, "DETAIN").status == "occurred"


# --- round 7 (issue 3): restatements, second readings, gates ------------------------

def test_round7_custody_told_after_the_arrest_is_that_arrest():
    events = run("Security agents arrested three traders in Hyesan in early March.\n\n"
                 "\"The three are kept in the bowibu cells in Hyesan and questioned every night,\" "
                 "a relative said.")
    assert "arrested" in one(events, "DETAIN").evidence.text


def test_round7_custody_of_other_people_is_another_detention():
    events = run("Police officers arrested two smugglers in Musan on Monday. A woman from Hoeryong "
                 "is being held by the police there as well.")
    assert len([e for e in events if e.type == "DETAIN"]) == 2


def test_round7_raid_on_a_flat_retells_the_arrest():
    events = run("Police in Chongjin arrested five students in April for watching foreign films. "
                 "\"The police raided a flat where they met,\" a resident said.")
    assert "arrested" in one(events, "DETAIN").evidence.text


def test_round7_failed_threat_reading_falls_back_to_the_penalty():
    ev = one(run("Relatives fear that the man, a trader from Musan, will be sent to a kyohwaso."), "PUNISH")
    assert ev.status == "expected"


def test_round7_crossing_into_a_north_korean_town_is_a_return_told_once():
    events = run("A defector who lived in Seoul for seven years has gone back to the North, "
                 "officials said.\n\nShe flew to Shenyang in May and crossed into Hyesan a week later, "
                 "an official said.")
    assert "Hyesan" in one(events, "RETURN").evidence.text


def test_round7_crossing_into_a_chinese_town_is_no_return():
    assert run("The defector crossed into Changbai with a broker in 2015.") == []


def test_round7_lure_told_with_the_abduction_is_its_ruse():
    events = run("Agents of the State Security Department lured the pastor to a restaurant in Yanji "
                 "and took him across the river.")
    assert types(events) == ["ABDUCT"]


def test_round7_told_what_would_happen_is_no_order():
    assert [e for e in run("Security officials told the woman that a car would take her to Dandong.")
            if e.type == "COERCE"] == []


def test_round7_plain_negation_is_no_act_but_a_denial_is_coded():
    assert run("Her brother has not been arrested, the neighbour said.") == []
    assert one(run("The security chief denied reports that the traders had been arrested."),
               "DETAIN").status == "denied"


def test_round7_orders_to_soldiers_and_settings_and_postures():
    assert [e for e in run("Border guards were ordered to shoot anyone crossing the river.")
            if e.type == "COERCE"] == []
    events = run("Returnees said they were beaten by guards during questioning in Onsong.")
    assert types(events) == ["ASSAULT"]
    events = run("Border guards beat the women and made them kneel on the floor for hours.")
    assert types(events) == ["ASSAULT"]


def test_round7_the_pressure_talked_about_is_no_new_act():
    assert run("A source said the pressure is aimed at cutting remittances, which the authorities "
               "consider a danger.") == []


def test_round7_counts_asked_after_kinds_of_act_and_visits_to_no_one():
    assert run("Reporters could not confirm how many people have been detained by the police.") == []
    assert run("We urge the government of China to stop forced returns of North Koreans.") == []
    assert run("The new rules followed a visit by a Party inspection team from Pyongyang.") == []
    # the same words with people named stay acts
    assert types(run("Agents forced the mother to write a letter to her son.")) == ["COERCE"]
    assert types(run("Bowibu agents paid a visit to the defector's parents in Musan.")) == ["VISIT"]


# --- round 8 (issue 3): triggers that fired with no act out ------------------------------

def test_round8_she_after_one_official_is_that_official():
    ev = one(run("The inminban head in Musan later admitted that she had passed their names to the "
                 "security department."), "SURVEIL")
    assert ev.perpetrator.actor == "KP.inminban"
    # a private person between the official and "she" may be the one meant: no act
    assert run("A security officer spoke with the mother of a defector in Musan. The woman said "
               "she had passed her son's letters to the security department.") == []


def test_round8_a_broken_series_of_acts_keeps_its_subject():
    events = run("Two agents of the State Security Department called on the mother of a defector in "
                 "Hyesan, sat with her for an hour, promised the family a new flat in the city and then "
                 "warned her that her daughter would lose her job, a neighbour told reporters.")
    assert one(events, "THREATEN").perpetrator.actor == "KP.MSS"
    assert one(events, "INDUCE").perpetrator.actor == "KP.MSS"


def test_round8_made_to_stand_on_display_is_propaganda_not_coercion():
    events = run("The court made the two men stand on a stage with their heads bowed while a "
                 "prosecutor read out the charges.")
    assert types(events) == ["PROPAGANDA"]
    assert events[0].perpetrator.actor == "KP.court"
    # a forced act joined to the posture is coercion; a posture alone, with no one watching, is no
    # coercion (session 19: the development sets code it as violence or as nothing, never COERCE)
    assert "COERCE" in types(run("Officials made the women stand before the neighbours and read "
                                 "confessions."))
    assert "COERCE" not in types(run("Police officers made the detainees stand in the yard all night."))


# --- round 9 (issue 3): general and background statements, new wording families ----------

@pytest.mark.parametrize("text", [
    "If caught, defectors could be executed by the State Security Department.",
    "Defectors who are caught by the police could face execution.",
    "Those caught by the security department face harsh punishment.",
    "Anyone caught with a Chinese phone can be arrested by the security department.",
    "If one person went missing, the whole team was punished by the Party secretary.",
    "The State Security Department has in the past been accused of kidnapping activists from China.",
    "Relatives of defectors have been left alone by the security department so that they could be "
    "used to persuade the defector to return.",
])
def test_round9_general_and_background_statements_are_no_acts(text):
    assert run(text) == []


def test_round9_specific_people_stay_acts_under_a_condition_or_a_practice():
    ev = one(run("Her family is expected to be sent to a political prison camp by the security "
                 "department if she is convicted."), "PUNISH")
    assert ev.status == "expected"
    assert types(run("The police arrested defectors in Hyesan last week.")) == ["DETAIN"]
    assert types(run("The police arrested the woman in the past year.")) == ["DETAIN"]
    assert one(run("Persons returned to the country are routinely held in detention facilities run by "
                   "the Ministry of State Security."), "DETAIN").status == "ongoing"
    # a promise to a kind of people is still the promise made
    assert types(run("The security department told the family that any defector who returns will be "
                     "pardoned.")) == ["INDUCE"]


def test_round9_standing_before_a_crowd_needs_someone_who_made_it_so():
    assert run("Kim stood in front of the crowd for an hour.") == []
    assert run("The singer stood in front of the crowd and waved.") == []


@pytest.mark.parametrize("text, etype, actor", [
    ("The security department held a public trial of two smugglers at the Hyesan airfield.",
     "PROPAGANDA", "KP.MSS"),
    ("About 3,000 residents were bused to the stadium by the police to watch the executions.",
     "COERCE", "KP.MSoS"),
    ("Party officials herded the villagers into the square to witness the sentencing.", "COERCE", "KP.WPK"),
    ("Security officers told her to make the recording in exchange for a lighter sentence for her "
     "husband.", "INDUCE", "KP.MSS"),
    ("Agents of the security department drove through Hyesan at night to locate phones connected to "
     "Chinese networks.", "SURVEIL", "KP.MSS"),
])
def test_round9_wording_families(text, etype, actor):
    assert one(run(text), etype).perpetrator.actor == actor


def test_round9_wording_family_negatives():
    assert run("Fans were bused to the stadium to watch the football final.") == []
    assert run("The trader sold rice in exchange for Chinese yuan.") == []
    assert run("The engineers traced the fault in the phone lines to a broken cable.") == []
    assert run("South Korea's Supreme Court held an open trial on the merger case.") == []
    # a public trial a sentence is passed at is staged as well (bench/CODING.md table row 14: PROPAGANDA + PUNISH;
    # session 30 changed this from the round-9 reading of the trial as the sentence's setting only)
    assert types(run("The court sentenced two smugglers to death at a public trial in Hyesan.")) == ["PROPAGANDA", "PUNISH"]


# --- targets round 2 (issue 3): what officials say, returners, number ------------------

def test_targets_round2_you_in_a_threat_is_the_person_addressed():
    events = run("Bowibu agents visited the mother of a defector in Musan in May. An agent said, "
                 "'If you talk to reporters, you will go to the mountains.'")
    ev = one(events, "THREATEN")
    assert ev.target.text == "you" and ev.target.category == "defector_family"


def test_targets_round2_one_asked_to_come_back_is_a_defector():
    ev = one(run("A security officer said that if she returns, she will be given a flat in Hyesan."), "INDUCE")
    assert ev.target.category == "defector"
    # a hearer named in full stays the target
    ev = one(run("Security agents told the mother of a defector that the family would get a new flat "
                 "if her son came back."), "INDUCE")
    assert ev.target.category == "defector_family"


def test_targets_round2_speaker_side_is_no_target():
    ev = one(run("Bowibu agents visited the mother of a defector in Musan. An agent said, "
                 "'If we have to find him ourselves, it will be different.'"), "THREATEN")
    assert ev.target is None or ev.target.text != "we"


def test_targets_round2_one_person_is_not_the_families_just_told_of():
    events = run("Bowibu agents visited the families of defectors in Musan in May. Police officers "
                 "arrested the man at the market on Monday.")
    assert one(events, "DETAIN").target.category == "resident"
    # the same words after one person of that kind take that kind
    events = run("Bowibu agents visited the mother of a defector in Musan in May. Police officers "
                 "arrested the woman at the market on Monday.")
    assert one(events, "DETAIN").target.category == "defector_family"


# --- round 10: wordings from a third development set, on sentences written here ---------

@pytest.mark.parametrize("text, etype", [
    ("The security department in Musan called in the parents of two defectors for questioning "
     "in early May.", "VISIT"),
    ("The families were called to a meeting room at the county police station one by one.", "VISIT"),
    ("Bowibu agents went through the call records of the families, looking for calls to Seoul.",
     "SURVEIL"),
    ("Inminban heads in Musan have been recording every visitor to the house of the defector's mother.",
     "SURVEIL"),
    ("The SSD arrested a smuggler in Onsong in May. \"They had been following him since the winter,\" "
     "the source said.", "SURVEIL"),
    ("The mother of a defector had been pressed by police officers in Hoeryong to call her son.",
     "COERCE"),
    ("The agents told the father of a defector that his daughter would be sent to the mines if the son "
     "did not come back.", "THREATEN"),
    ("Friends say the pastor was lured to a hotel in Yanji and driven across the Tumen River by "
     "State Security agents.", "ABDUCT"),
    ("Border guards caught a woman near Manpo. \"The soldiers grabbed her on the riverbank,\" her "
     "brother said.", "DETAIN"),
    ("Six households in Musan were forcibly removed by the Ministry of Social Security in May.", "EXPEL"),
    ("The provincial court handed down terms of five years in a labour camp to two traders in Hyesan.",
     "PUNISH"),
    ("Police in Hyesan held the trial at a stadium in front of about a thousand residents.", "PROPAGANDA"),
    ("A court in Hamhung sentenced two smugglers in May. \"The judge said their families would be "
     "watched from now on,\" a resident said.", "THREATEN"),
])
def test_round10_wordings(text, etype):
    assert etype in types(run(text)), [(e.type, e.evidence.text) for e in run(text)]


def test_round10_summons_for_questioning_is_no_detention():
    events = run("The security department in Musan called in the parents of two defectors for questioning "
                 "in early May.")
    assert "DETAIN" not in types(events)
    # questioning in custody still is
    assert "DETAIN" in types(run("He was released after a week of questioning by the security department."))


def test_round10_questioned_on_a_visit_is_the_visit():
    events = run("Bowibu agents visited the homes of defector families in Musan in May. Some mothers "
                 "were questioned for two hours about money sent from Seoul.")
    assert types(events) == ["VISIT"]
    # questioned with custody told: a detention
    events = run("Bowibu agents visited the homes of defector families in Musan in May. Two mothers "
                 "were questioned in the cells of the county security office for a week.")
    assert "DETAIN" in types(events)


def test_round10_searches_carrying_out_a_crackdown_are_the_crackdown():
    events = run("The State Security Department in Hyesan began a crackdown on Chinese phones in May, "
                 "searching homes near the river.")
    assert types(events) == ["RESTRICT"]
    # searches told alone are the crackdown too (bench/CODING.md: searches of homes are RESTRICT; session 37)
    assert types(run("Bowibu agents searched the homes of defector families in Hyesan in May.")) == ["RESTRICT"]


@pytest.mark.parametrize("text", [
    # background generalisations and commentary, no act told
    "North Korea has long punished the relatives of defectors under guilt by association.",
    "Analysts say such broadcasts warn would-be defectors that the state forgives those who come back.",
    "Pressure on families to bring defectors home has grown since 2020, observers say.",
    # near misses of the new wordings
    "A second resident said the visits were a routine check of household registers.",
    "The coach pressed ahead with plans to call up younger players.",
    "She grabbed her bag and ran to the station.",
    "The trial of the footballer was held at a court in Seoul before a judge.",
    "The farmers went through the fields looking for the lost cow.",
])
def test_round10_negatives(text):
    assert run(text) == [], [(e.type, e.evidence.text) for e in run(text)]


# --- wording families from the third dev set (chronicle issue 3) ------------------------
# Each family is tested on several wordings written for these tests, not on one phrase.

@pytest.mark.parametrize("text", [
    "Security agents make the relatives call their sons in Seoul every week.",
    "The bowibu is making the parents of defectors phone their children from a Chinese handset.",
    "Police officers made the detained vendors sign statements they had not read.",
    "The SSD officers make the wives of escapees write letters asking their husbands to return.",
])
def test_causative_make_is_coercion(text):
    ev = one(run(text), "COERCE")
    assert ev.perpetrator is not None and ev.perpetrator.actor in ("KP.MSS", "KP.MSoS")


def test_make_after_to_is_a_purpose_and_making_a_call_is_no_coercion():
    assert "COERCE" not in types(run("The SSD agents beat her to make her say where her son was."))
    assert "COERCE" not in types(run("If anyone makes the phone call to Seoul, the police will know."))


@pytest.mark.parametrize("text", [
    "The county security department has been calling in the wives of defectors one at a time.",
    "Police in Hyesan called in the parents of the missing students.",
    "The SSD calls in relatives of people who went to the South every month.",
    "Since March the bowibu has been calling in households whose members left for China.",
])
def test_calling_people_in_is_a_summons(text):
    ev = one(run(text), "VISIT")
    assert ev.perpetrator.actor in ("KP.MSS", "KP.MSoS")


@pytest.mark.parametrize("text, actor", [
    ("Chinese police took me and two other North Korean women to the police station.", "CN.police"),
    ("Her husband was taken from their apartment by security officers at midnight.", "KP.MSS"),
    ("The guards at the Onsong bowibu put the returned women in a cramped cell.", "KP.MSS"),
    ("His father was taken from the family home in Hoeryong, North Hamgyong, by police officers.", "KP.MSoS"),
])
def test_taking_people_away_and_locking_them_up_is_detention(text, actor):
    ev = one(run(text), "DETAIN")
    assert ev.perpetrator.actor == actor


@pytest.mark.parametrize("text", [
    "An SSD officer came to her workplace every week to ask about her brother.",
    "A police officer comes to the family's stall at the market every few days.",
    "Security officials went to his work unit and questioned his colleagues about him.",
])
def test_visits_to_where_people_work(text):
    ev = one(run(text), "VISIT")
    assert ev.perpetrator.actor in ("KP.MSS", "KP.MSoS")


@pytest.mark.parametrize("text, status", [
    ("A bowibu officer came to her house every few weeks and asked about her son.", "ongoing"),
    ("Police searched the homes of smugglers every two months.", "ongoing"),
])
def test_plural_frequency_is_ongoing(text, status):
    evs = run(text)
    assert evs and all(e.status == status for e in evs)


@pytest.mark.parametrize("text, etype", [
    ("The parents of the defector were questioned by the SSD in March.", "VISIT"),
    ("Families of the escapees are subjected to regular questioning by security officials.", "VISIT"),
    ("Once they are sent back, the women will be questioned by the bowibu about their contacts.", "DETAIN"),
    ("The returnees were held in a cell and questioned by the SSD for a month.", "DETAIN"),
])
def test_questioning_is_custody_only_for_people_held_or_sent_back(text, etype):
    evs = [e for e in run(text) if e.type in ("VISIT", "DETAIN")]
    assert etype in {e.type for e in evs}
    if etype == "VISIT":
        assert "DETAIN" not in {e.type for e in evs}


@pytest.mark.parametrize("text, etypes", [
    ("Those sent back are likely to face interrogation and imprisonment.", {"DETAIN", "PUNISH"}),
    ("Activists said the seven women returned by China are likely to face torture by the security department.",
     {"ASSAULT"}),
    ("Those returned by China are likely to face imprisonment, the SSD official said.", {"PUNISH"}),
])
def test_raised_subject_of_face_suffers_the_act(text, etypes):
    evs = run(text)
    assert etypes <= {e.type for e in evs}
    assert all(e.status == "expected" for e in evs if e.type in etypes)


@pytest.mark.parametrize("text", [
    "The three men were caught by police and released after they paid a fine.",
    "The smugglers were caught by border guards and released only when they paid a large fine.",
    "Two women were detained by the police and freed after they paid a fine of 1,000 yuan each.",
])
def test_paying_a_fine_is_a_penalty(text):
    assert "PUNISH" in types(run(text))


@pytest.mark.parametrize("text", [
    "Police have been tapping the phones of traders in Sinuiju.",
    "Residents say their phone lines are tapped by the security department.",
    "Bowibu agents had been following the broker's car for days.",
])
def test_tapping_and_following(text):
    assert "SURVEIL" in types(run(text))


@pytest.mark.parametrize("text", [
    "Heavy rain flooded rice fields in South Hwanghae, state media reported, threatening the harvest.",
    "The North's trade delegation returned to Pyongyang after a fair in Dalian.",
    "A team of North Korean athletes came back to Pyongyang from the games, state media said.",
])
def test_official_travel_and_report_commentary_are_no_events(text):
    assert run(text) == []


# --- round 2 on en-3: other states' organs, units named again, witnesses' summaries ---

@pytest.mark.parametrize("text", [
    "A Seoul court on Monday sentenced a defector to three years in prison for spying on fellow escapees.",
    "The Busan District Court sentenced a man who had sold the names of defectors to two years in prison.",
    "Police in Incheon arrested a broker who had forged travel documents for defectors.",
    "He was arrested by the National Intelligence Service at his flat in Suwon in May.",
])
def test_organs_of_a_southern_city_are_not_the_norths(text):
    assert run(text) == []


def test_the_norths_court_is_still_a_court():
    assert one(run("The provincial court in Hyesan sentenced a trader to ten years in a labour camp."),
               "PUNISH").perpetrator.actor == "KP.court"


def test_a_foreign_court_does_not_become_the_organ_behind_a_generic_word():
    evs = run("A Seoul court jailed a man who had sent the addresses of defectors to an MSS agent in Dandong. "
              "According to the verdict, the agent promised him that his sister would be freed early if he "
              "kept working.")
    assert one(evs, "INDUCE").perpetrator.actor == "KP.MSS"


@pytest.mark.parametrize("text", [
    "The anti-espionage unit of the city bowibu (State Security Department) has been summoning relatives "
    "of defectors. Last week a woman who refused to come was arrested by officers of the same unit.",
    "The anti-espionage department of the provincial SSD questioned the brothers. The police later "
    "searched their house, and agents of the same department arrested their father.",
])
def test_the_same_unit_is_the_unit_named_before(text):
    assert one(run(text), "DETAIN").perpetrator.actor == "KP.MSS.anti_espionage"


def test_a_unit_named_before_a_bracketed_name_of_its_ministry_keeps_its_agents():
    evs = run("The anti-espionage department of the Hoeryong bowibu (State Security Department) has been "
              "calling in families of defectors. The agents make the mothers phone their children in Seoul.")
    assert one(evs, "COERCE").perpetrator.actor == "KP.MSS.anti_espionage"


def test_a_wire_dateline_with_a_country_is_not_the_subject():
    evs = run("SEOUL, South Korea (AP) -- North Korean security agents have been forcing the wives of "
              "defectors to record messages to their husbands.")
    assert one(evs, "COERCE").perpetrator.actor == "KP.MSS"


@pytest.mark.parametrize("text, actor", [
    ("Three women were held at the State Security Department's centre in Onsong. "
     "They said guards beat them during searches for hidden money.", "KP.MSS"),
    ("Two men tried to wade across the Tumen at night. Guards fired at them and beat them "
     "when they reached the bank.", "KP.border_guard"),
])
def test_bare_guards_are_the_organ_holding_people_or_the_border_guard_at_the_river(text, actor):
    assert one(run(text), "ASSAULT").perpetrator.actor == actor


def test_chinese_guards_are_no_organ_of_the_north():
    assert run("At the bridge the Chinese guards pushed the returnees across one by one.") == []


@pytest.mark.parametrize("text, etype", [
    ("The women interviewed said Chinese police detained most of them at checkpoints on buses.", "DETAIN"),
    ("Several said they were beaten by SSD interrogators during questioning at the holding centre.", "ASSAULT"),
    ("Women described being made to work in the fields by the guards of the police detention centre.", "COERCE"),
    ("After questioning by the SSD, most were transferred to police holding centres.", "DETAIN"),
])
def test_an_undated_act_told_of_a_share_of_a_group_or_by_its_witnesses_is_ongoing(text, etype):
    assert one(run(text), etype).status == "ongoing"


@pytest.mark.parametrize("text, etype", [
    ("Several were arrested by the police in Hyesan last week.", "DETAIN"),
    ("All three were expelled from the Workers' Party by the provincial committee.", "PUNISH"),
    ("Witnesses said the police arrested most of the traders on June 3.", "DETAIN"),
])
def test_a_dated_or_counted_act_of_a_group_occurred(text, etype):
    assert one(run(text), etype).status == "occurred"


@pytest.mark.parametrize("text", [
    "The head of the people's unit told each of the 40-odd residents present to stand up and denounce the woman.",
    "An SSD officer made the teenagers bow before the crowd and say they were sorry.",
    "Bowibu agents made a woman whose brother lives in South Korea read out a statement at the meeting.",
])
def test_causative_orders_with_long_or_hyphenated_objects(text):
    assert "COERCE" in types(run(text))


@pytest.mark.parametrize("text, actor", [
    ("\"If your son does not return, your family will not be allowed to live in the city,\" the agent told her.",
     "KP.gov"),
    ("The inminban head said anyone who talks to people in the South will be next.", "KP.inminban"),
    ("A police officer warned the families in Musan that if they called Seoul again, he would know.",
     "KP.MSoS"),
    ("The bowibu officer told the man that if he lied, he would be sent away to a place where nobody comes back.",
     "KP.MSS"),
])
def test_consequences_spoken_by_an_official(text, actor):
    ev = one(run(text), "THREATEN")
    assert ev.perpetrator.actor == actor and ev.status == "occurred"


@pytest.mark.parametrize("text", [
    "The Government calls on the North Korean authorities not to punish those returned.",
    "Seoul called on Pyongyang to release the six detained missionaries.",
    "The rapporteur appealed to China to stop repatriating women who fled.",
    "Rights groups urged Beijing not to send the seven back to North Korea.",
])
def test_an_appeal_to_a_state_names_no_act(text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Her son was dragged off by police for keeping South Korean songs on his phone.",
    "Security agents dragged away two men who had sold Chinese phones.",
])
def test_dragged_off_is_custody_not_assault(text):
    assert types(run(text)) == ["DETAIN"]


@pytest.mark.parametrize("text", [
    "A worker in Russia who fled his site was caught by security officials and flown back to Pyongyang "
    "against his will last month.",
    "The waitress was seized by agents of the State Security Department in Ningbo and sent back to North "
    "Korea against her will.",
])
def test_taken_back_from_abroad_against_ones_will_is_one_abduction(text):
    assert types(run(text)) == ["ABDUCT"]


def test_a_loss_if_someone_does_not_come_back_is_a_threat_not_a_promise():
    evs = run("An SSD officer told my mother that she would lose her apartment if I did not come back.")
    assert "THREATEN" in types(evs) and "INDUCE" not in types(evs)


@pytest.mark.parametrize("text, actor", [
    ("Since her return she must report to the local security officer every week.", "KP.MSS"),
    ("Some brokers give the names of their clients to the bowibu in return for protection.", "KP.MSS"),
    ("Traders say some smugglers pass the names of their buyers to the police.", "KP.MSoS"),
])
def test_informing_an_organ_is_that_organs_watching(text, actor):
    assert one(run(text), "SURVEIL").perpetrator.actor == actor


def test_informing_no_organ_is_no_event():
    assert run("Some brokers give the names of their clients to other brokers.") == []


@pytest.mark.parametrize("text", [
    "Our inminban head writes down every visitor's name and hands the list to the police each week.",
    "The police in Musan said anyone's phone could be tapped, and officers have tapped the phones of "
    "the traders since May.",
    "The SSD has been monitoring the calls of families in Hyesan whose sons fled.",
])
def test_watching_people_through_their_names_and_phones(text):
    ev = one(run(text), "SURVEIL")
    assert ev.target is not None and ev.target.category not in (None, "other")


def test_officials_listening_in_on_a_forced_call_watch_it():
    evs = run("The woman was made to phone her son in Seoul while the bowibu officers listened.")
    assert one(evs, "SURVEIL").perpetrator.actor == "KP.MSS" and "COERCE" in types(evs)


@pytest.mark.parametrize("text", [
    "The report says more than 600 North Koreans are currently held in detention in China.",
    "The State Security Department has stepped up its hunt for escapees. Dozens of North Koreans are "
    "being held in custody in China awaiting return.",
])
def test_custody_told_as_being_in_china_is_chinas(text):
    ev = one(run(text), "DETAIN")
    assert ev.perpetrator.actor == "CN.police" and ev.target.category not in (None, "other")


@pytest.mark.parametrize("text", [
    "Agents of the SSD have been calling in the families of people who went to South Korea.",
    "Since March the county bowibu is calling in the parents of escapees one household at a time.",
])
def test_the_object_of_a_particle_verb_is_its_target(text):
    assert one(run(text), "VISIT").target.category == "defector_family"


# --- round 11 (issue 3): families widened as reporters write them -------------------

@pytest.mark.parametrize("text, etype", [
    # threats: what "will be" done to the hearer or their kin
    ("A bowibu officer told the mother that her son, a soldier near Kaesong, would be discharged.", "THREATEN"),
    ("Security agents told the families that anyone who tried the same thing would end up the same way.",
     "THREATEN"),
    ("The police chief told the traders that if they kept selling phones, their whole family would be finished.",
     "THREATEN"),
    ("An SSD official warned the relatives that the traitors will not escape punishment wherever they hide.",
     "THREATEN"),
    ("Bowibu agents told residents that anyone caught with a foreign phone would be treated as a spy.", "THREATEN"),
    ("The police told the smugglers they would pay a heavy price.", "THREATEN"),
    # custody: held at a facility, taken away
    ("He was held in the basement of the county security department for 23 days.", "DETAIN"),
    ("Officers of the Ministry of State Security came at night and took her away.", "DETAIN"),
    ("The police believe he is still being held at a state security facility in Pyongyang.", "DETAIN"),
    ("Bowibu agents took them away in a truck before dawn.", "DETAIN"),
    # abduction: forced into a vehicle, seizures of people abroad
    ("The defector was bundled into a car outside a market in Vladivostok by three men from the North "
     "Korean consulate.", "ABDUCT"),
    ("The consulate's security agents bundled the worker into a van and drove him to the airport.", "ABDUCT"),
    ("Rights groups expect more seizures of undocumented North Koreans by state security agents in Russia.",
     "ABDUCT"),
    # punishment: loss of livelihood
    ("The trader was fined by the police and lost his stall in the market.", "PUNISH"),
    ("The activist's sister lost her job at a textile mill in August after the bowibu summoned her.", "PUNISH"),
    ("After the trial, the teacher lost his post at the school on the orders of the Party committee.", "PUNISH"),
    # surveillance: lists of households, listening to calls, reporting visitors
    ("Inminban heads in Hyesan are drawing up lists of every household with relatives in China for the "
     "security department.", "SURVEIL"),
    ("The bowibu has been listening to calls in the border area with new equipment.", "SURVEIL"),
    ("The inminban head reports every visitor to the two houses to the security office.", "SURVEIL"),
    ("State security agents drew up a list of families whose members had fled.", "SURVEIL"),
    # restriction: permits, checkpoints, confinement, orders to fire, fences
    ("The city police stopped issuing travel permits to people from outside Hyesan in May.", "RESTRICT"),
    ("The Ministry of People's Security set up checkpoints on the roads out of Kanggye.", "RESTRICT"),
    ("Border guards have been ordered to fire on anyone approaching the river at night.", "RESTRICT"),
    ("Since the escape, the company's security official says the workers may no longer leave the dormitory "
     "alone.", "RESTRICT"),
    ("The Ministry of State Security put up a new line of barbed wire along the riverbank.", "RESTRICT"),
    # repatriation: forcible return, sent back by a foreign police
    ("The woman had been sent back by Chinese police in Dandong in 2019.", "REPATRIATE"),
    ("China has forcibly returned hundreds of North Koreans since the border reopened.", "REPATRIATE"),
    ("Rights groups condemned the forcible return of North Koreans by China.", "REPATRIATE"),
    # coercion: made to labour, mobilised
    ("The detainees were made to carry clay at the brickworks until dark by the guards.", "COERCE"),
    ("The security officials dictated letters that the mothers were then made to copy out.", "COERCE"),
    ("The city Party committee has mobilized all housewives and students to the rice-planting battle.", "COERCE"),
    ("The Workers' Party mobilised the residents for construction work on the new highway.", "COERCE"),
    # visits, returns, expulsions, propaganda
    ("Security officials had gone door to door in several neighborhoods of Hoeryong.", "VISIT"),
    ("The couple are believed to have re-entered the North through Dandong in May.", "RETURN"),
    ("Eleven families with members in the South had already been moved out by the authorities in March.",
     "EXPEL"),
    ("North Korean state television showed him reading a statement in which he admitted to spying.",
     "PROPAGANDA"),
    ("The broadcast on KCTV then showed photographs of four other defectors, naming them as traitors.",
     "PROPAGANDA"),
    ("Korean Central Television devoted a long segment to a group of defectors who send leaflets.", "PROPAGANDA"),
])
def test_widened_families(text, etype):
    assert etype in types(run(text))


@pytest.mark.parametrize("text", [
    # travel by foreigners, and bans on goods, bind no one
    "Hundreds of foreign amateurs returned to the North Korean capital for the marathon.",
    "Forestry officials introduced new restrictions on cutting firewood on the slopes.",
    "North Korea's own restrictions on imports remain in place for many consumer goods.",
    "The authorities ban exports of coal under the new rules.",
    # a norm forbidding coercion is no coercion
    "North Korea's Criminal Procedure Law prohibits the use of force to obtain confessions.",
    "North Korea has ratified the International Covenant on Civil and Political Rights, which bans torture.",
    "The government told the UN that torture is strictly prohibited in its detention centres.",
    # commentary and findings of years past describe a practice, not an act
    "\"Each wave of new equipment is followed by a wave of arrests,\" said a professor of North Korean "
    "studies in Seoul.",
    "The UN Commission of Inquiry found in 2014 that public executions serve to instil fear.",
    # innocent senses of the widened words
    "Korean Central Television showed families carrying furniture into new houses.",
    "We urge the Government of China to stop forced returns of North Koreans.",
    "He lost his job when the factory closed for lack of electricity.",
    "The students listened to music on the radio in the evening.",
])
def test_innocent_senses_of_widened_families(text):
    assert run(text) == []


def test_being_made_to_kneel_is_no_order_to_act():
    assert "COERCE" not in types(run("The police said the guards made the prisoners kneel for hours."))


@pytest.mark.parametrize("text, actor", [
    ("Former detainees described beatings by guards of the Ministry of People's Security.", "KP.MSoS"),
    ("Escapees recounted beatings by bowibu interrogators in Hyesan.", "KP.MSS"),
])
def test_a_witness_who_describes_an_act_is_not_its_actor(text, actor):
    assert one(run(text), "ASSAULT").perpetrator.actor == actor


def test_rights_groups_condemning_a_return_do_not_return_anyone():
    ev = one(run("Rights groups condemned the forcible return of North Koreans by China."), "REPATRIATE")
    assert ev.perpetrator is None or ev.perpetrator.actor != "other"


@pytest.mark.parametrize("text", [
    "In practice, the people we interviewed described a system in which cases are decided in the "
    "interrogation room.",
    "The women were interviewed by researchers in Seoul last year.",
])
def test_interviews_by_researchers_and_rooms_are_no_acts(text):
    assert run(text) == []


def test_interviewing_by_agents_is_a_visit():
    ev = one(run("Officers of the State Security Department interviewed the relatives of the defector twice."),
             "VISIT")
    assert ev.perpetrator.actor == "KP.MSS" and ev.target.category == "defector_family"


def test_lured_and_handed_to_agents_is_an_abduction():
    evs = run("A woman in hiding in Yanji was lured to the border by a broker and handed to North Korean agents.")
    assert types(evs) == ["ABDUCT"]


@pytest.mark.parametrize("text", [
    "Police in Kanggye put up a board outside the market listing the names of residents sent to labour camps.",
    "The city security department posted the names and photographs of six smugglers at the station.",
    "Two months later she surfaced on state television, reading a statement against her brother.",
])
def test_naming_boards_and_surfacing_on_state_tv_are_propaganda(text):
    assert "PROPAGANDA" in [e.type for e in run(text)]


def test_a_shop_notice_listing_prices_is_no_propaganda():
    assert run("The state shop put up a notice listing the new prices of rice and maize.") == []


# Triggers v19 (session 9) and the parse mended after a fronted place.
@pytest.mark.parametrize("text,etype,actor", [
    ("The company's security officer collected every phone and passport in the building.", "RESTRICT", "KP.MSS"),
    ("The security officer has kept the remaining workers inside the dormitory since the escape.", "RESTRICT", "KP.MSS"),
    ("State security officials turned the family out of their apartment in Hyesan.", "EXPEL", "KP.MSS"),
    ("North Korea's foreign ministry called the diplomat \"human dirt\" in a statement.", "PROPAGANDA", "KP.gov"),
])
def test_session_9_wordings_give_their_event(text, etype, actor):
    ev = one(run(text), etype)
    assert ev.perpetrator is not None and ev.perpetrator.actor == actor


@pytest.mark.parametrize("text", [
    "The coach kept the players inside the hotel because of the rain.",
    "The hotel collected every passport at the desk for the tourist visas.",
    "Fans called the referee a disgrace after the match in Pyongyang.",
])
def test_session_9_wordings_in_ordinary_senses_give_no_event(text):
    assert run(text) == []


def test_a_bar_on_college_in_the_passive_is_the_organ_just_named():
    ev = one(run("The State Security Department summoned the family. Their children are barred from higher "
                 "education."), "PUNISH")
    assert ev.perpetrator.actor == "KP.MSS" and ev.target.category == "resident"


def test_repeat_offenders_are_people_given_a_term():
    ev = one(run("Two repeat offenders were given six months in a labour-training unit."), "PUNISH")
    assert ev.target.category == "resident"


def test_subject_after_a_fronted_place_is_the_one_sent_away():
    ev = one(run("In Pyongyang, the defector's parents and younger sister were turned out of their "
                 "apartment and moved to a farm in South Hwanghae province."), "EXPEL")
    assert ev.target.category == "defector_family"


def test_he_after_an_official_of_an_organ_is_that_official():
    ev = one(run("The restaurant's security officer, a man known to staff as an official of the Ministry "
                 "of State Security, took the passports. Since then he has kept the women inside the dormitory."),
             "RESTRICT")
    assert ev.perpetrator.actor == "KP.MSS"


# A rights report foretelling the fate of people the record tracks (session 9).
@pytest.mark.parametrize("text,expected", [
    ("Those returned face a real risk of torture, sexual violence and imprisonment.",
     {("ASSAULT", "expected"), ("PUNISH", "expected")}),
    ("Returnees are at serious risk of torture and prolonged arbitrary detention.",
     {("ASSAULT", "expected"), ("DETAIN", "expected")}),
    ("Families of persons who have left the country reportedly face increased surveillance.",
     {("SURVEIL", "ongoing")}),
])
def test_foretold_fates_of_returnees_and_families_are_events(text, expected):
    evs = run(text)
    assert {(e.type, e.status) for e in evs} == expected
    assert all(e.perpetrator is None and e.target.category in ("returnee", "defector_family") for e in evs)


@pytest.mark.parametrize("text", [
    "Defectors say that anyone suspected of contact with churches faces severe punishment.",
    "He faces up to 15 years in prison if convicted.",
    "Maize planted in May was also at risk if the rains were late.",
])
def test_fates_of_anyone_and_of_crops_are_no_events(text):
    assert run(text) == []


def test_an_order_after_and_is_coercion():
    evs = run("Security agents summoned the five families in Hoeryong. There each of them was handed a "
              "printed pledge and told to put a thumbprint on it.")
    assert one(evs, "COERCE").perpetrator.actor == "KP.MSS"


def test_families_reporting_to_an_officer_are_the_ones_watched():
    ev = one(run("The MSS summoned the relatives of the defector. The families are now expected to report "
                 "to a designated officer every Friday."), "SURVEIL")
    assert ev.perpetrator.actor == "KP.MSS" and ev.target.category != "official"


@pytest.mark.parametrize("text,etype,actor", [
    ("The city safety department set up checkpoints on the roads out of Kanggye to stop people going to trade.",
     "RESTRICT", "KP.MSoS"),
    ("On the street the 109 inspectors stop young people and scroll through their photos and contacts.",
     "RESTRICT", "KP.gov"),
    ("The court found that the man kept tabs on defectors staying at a shelter in Yanji on the instructions "
     "of North Korea's Ministry of State Security.", "SURVEIL", "KP.MSS"),
])
def test_safety_departments_109_squads_and_agents_acting_for_an_organ(text, etype, actor):
    assert actor in [e.perpetrator.actor for e in run(text) if e.type == etype and e.perpetrator]


def test_a_private_person_acting_for_no_organ_is_no_actor():
    assert run("A neighbour kept tabs on defectors staying at a shelter on the instructions of her employer.") == []


# Session 10 families (read off en-11): the nearest subject of a parenthetical verb, an office
# held in a relative clause, the state's offices and employers, other states' arrests of North
# Koreans, and acts told by what was taken or checked.
@pytest.mark.parametrize("text,etype,actor", [
    ("Those who refuse, inminban heads have warned, will lose their rations.", "THREATEN", "KP.inminban"),
    ("The company's site manager, who is also its Party secretary, gathered the workers and warned them "
     "that the families of anyone else who ran would lose their homes.", "THREATEN", "KP.WPK"),
    ("Three days later the city education department removed her from teaching.", "PUNISH", "KP.gov"),
    ("The city housing office took away the apartment of a family whose son escaped to China.", "EXPEL", "KP.gov"),
])
def test_parentheticals_offices_and_state_bodies_act(text, etype, actor):
    assert actor in [e.perpetrator.actor for e in run(text) if e.type == etype and e.perpetrator], run(text)


@pytest.mark.parametrize("text,etype", [
    ("In August the mine quietly struck his name off the roster after the security department questioned him.",
     "PUNISH"),
    ("Lao police stopped the minibus near Luang Namtha and took all seven North Koreans to a police station.",
     "DETAIN"),
    ("In 2013 Lao authorities deported nine young North Koreans to China.", "REPATRIATE"),
])
def test_employers_and_third_states_act_with_no_actor_recorded(text, etype):
    ev = one(run(text), etype)
    assert ev.perpetrator is None or ev.perpetrator.actor is None


@pytest.mark.parametrize("text", [
    "South Korean police arrested two North Korean defectors for fraud in Incheon.",
    "The company fired him after he missed a week of work in Seoul.",
    "Russian police fined a South Korean tourist for speeding near Vladivostok.",
])
def test_the_souths_police_and_private_employers_stay_out(text):
    assert run(text) == []


@pytest.mark.parametrize("text,etype", [
    ("After her sister fled, Jang's monthly food allowance from the enterprise was cut in half by the Party "
     "committee.", "PUNISH"),
    ("Since then an officer of the security department has come round every few days asking neighbours "
     "whether the families have had calls from China.", "SURVEIL"),
    ("Police in Kanggye have begun checking the bags of passengers getting off buses for South Korean films.",
     "RESTRICT"),
    ("The bowiwon came to her school and called her into the headmaster's room.", "VISIT"),
    ("In late August the five were transferred to North Korea across the Friendship Bridge.", "REPATRIATE"),
    ("The Samjiyon returnee appears on provincial television, apologising for his betrayal.", "PROPAGANDA"),
])
def test_rations_cut_neighbours_asked_bags_checked_and_transfers(text, etype):
    assert etype in [e.type for e in run(text)], run(text)


@pytest.mark.parametrize("text", [
    "Food rations were cut across the country this spring because of the poor harvest.",
    "Security guards checked the bags of all spectators at the ice rink before the match.",
])
def test_shortages_and_event_security_are_no_acts(text):
    assert run(text) == []


def test_a_group_sent_back_faces_the_fate_a_rights_group_foretells():
    evs = run("On August 20 the five were handed over to North Korean border guards at the bridge. Human Rights "
              "Watch considers that the five face a serious risk of torture and long-term detention.")
    assert {"ASSAULT", "DETAIN"} <= {e.type for e in evs if e.target and e.target.category == "returnee"}


def test_a_watch_by_an_organ_hung_on_the_copula_is_the_organs():
    ev = one(run("Her flat is now under watch by the bowibu and neighbourhood informants."), "SURVEIL")
    assert ev.perpetrator.actor == "KP.MSS"


def test_a_blow_by_someone_unnamed_in_custody_is_an_assault():
    evs = run("Two officers took me to a room in the county security department. There a man punched me "
              "in the face until my lip split.")
    assert one(evs, "ASSAULT").perpetrator.actor == "KP.MSS"


def test_a_blow_by_someone_unnamed_in_the_street_is_no_event():
    assert "ASSAULT" not in [e.type for e in run("At the market a man punched a trader in a quarrel over prices.")]


@pytest.mark.parametrize("text,actor", [
    ("The documentary, aired by KCTV on Sunday, denounced three defectors by name as traitors.", "KP.gov"),
])
def test_a_programme_the_states_outlet_carried_acts_as_that_outlet(text, actor):
    assert one(run(text), "PROPAGANDA").perpetrator.actor == actor


def test_a_programme_shown_at_a_festival_in_seoul_is_no_act():
    assert run("The documentary, shown at a Seoul film festival on Sunday, denounced three defectors by name "
               "as traitors.") == []


def test_a_third_states_arrest_of_a_group_placed_before_targets_defectors():
    ev = one(run("Seven North Koreans reached Laos in July. Near Luang Namtha, Lao police stopped their "
                 "minibus on July 29 and took all seven to a police station."), "DETAIN")
    assert ev.perpetrator is None and ev.target.category == "defector"


def test_a_practice_told_as_routine_is_its_own_event_beside_one_arrest():
    evs = run("Lao police stopped the minibus and took all seven North Koreans to a police station. "
              "North Koreans returned from China are routinely interrogated by the Ministry of State Security.")
    assert len([e for e in evs if e.type == "DETAIN"]) == 2


def test_people_deported_who_resurface_in_pyongyang_did_not_go_back():
    evs = run("In 2013 Lao authorities deported nine young North Koreans to China, a case that drew "
              "condemnation when the nine resurfaced in Pyongyang.")
    assert "RETURN" not in [e.type for e in evs] and "REPATRIATE" in [e.type for e in evs]


def test_people_told_to_move_inland_are_expelled():
    evs = run("The provincial police announced new rules in May. Families who cannot show a job in the border "
              "zone are being told to move inland.")
    assert "EXPEL" in [e.type for e in evs] and "COERCE" not in [e.type for e in evs]


def test_an_order_to_write_down_callers_is_watching_by_the_one_told():
    ev = one(run("Her brother fled to South Korea last year. Since then the head of her people's unit has been "
                 "told to write down the name of anyone who visits her flat."), "SURVEIL")
    assert ev.perpetrator.actor == "KP.inminban"


def test_a_consequence_an_officer_told_is_a_threat_not_the_penalty():
    evs = run("Officers of the city security bureau summoned her in October. \"The senior officer put a form in "
              "front of me,\" she said. \"He said that if I did not sign it, my son would be thrown out of his "
              "school and we would both end up in the mountains.\"")
    assert "THREATEN" in [e.type for e in evs] and "PUNISH" not in [e.type for e in evs]


@pytest.mark.parametrize("text", [
    "The court said the man worked for the Ministry of State Security. He had passed the addresses and phone "
    "numbers of at least nine defectors living in Incheon to his handlers in Shenyang.",
    "Prosecutors said she photographed a pastor's church in Seoul and passed the images to an MSS handler in "
    "Dandong.",
])
def test_what_a_proxy_passes_to_handlers_is_the_organs_watching(text):
    assert one(run(text), "SURVEIL").perpetrator.actor == "KP.MSS"


def test_papers_passed_between_private_people_are_no_watching():
    assert run("The club secretary passed the names and phone numbers of new members to the treasurer.") == []


@pytest.mark.parametrize("text,etype", [
    ("The security department has listed the families of defectors. Lecturers warned residents that anyone "
     "found calling the South would lose their homes.", "THREATEN"),
    ("After the MSS report, dormitory wardens have been searching students' rooms and bags for memory cards "
     "every week.", "RESTRICT"),
])
def test_the_states_functionaries_act_for_an_untold_organ(text, etype):
    # Session 23: the organ is untold, the state is not (bench/CODING.md: officials with no organ named are KP.gov).
    ev = one(run(text), etype)
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.gov"


def test_managers_in_a_seoul_story_are_no_state_functionaries():
    assert run("Store managers in Seoul warned staff that anyone late three times would lose their bonus.") == []


# Session 11 families (read off en-12): causatives and "had to", an ex-officer writing in the
# first person, leniency promised and consequences threatened, warning shots, people taken away,
# an order's words, and what tells no act (a practice kept for decades, a time told by an act,
# weather and animals).
@pytest.mark.parametrize("text,actor", [
    ("Security officers came to the house in March. Then they had her sign a paper promising to report any call "
     "from her son.", "KP.MSS"),
    ("The police chief summoned the families and made them write letters to their relatives in Seoul.", "KP.MSoS"),
])
def test_the_one_who_has_it_done_coerces(text, actor):
    ev = one(run(text), "COERCE")
    assert ev.perpetrator is not None and ev.perpetrator.actor == actor


def test_a_pledge_that_promises_is_no_inducement():
    evs = run("Agents of the State Security Department visited the mother in Musan. They had her put her thumbprint "
              "on a form promising to inform them of any contact.")
    assert "INDUCE" not in types(evs), evs


def test_each_one_had_to_read_is_coercion_by_the_organ_in_view():
    evs = run("The bowibu paraded the four smugglers before a crowd in Hyesan. Each of them had to read a "
              "confession out loud.")
    assert "COERCE" in types(evs)


def test_an_ex_officer_writing_i_acts_for_the_organ_he_served():
    text = ("The writer worked for nine years in the State Security Department in Hoeryong before he fled.\n\n"
            "In 2016 I went to the house of a widow whose son had reached Seoul. The third time I had her call him.")
    evs = run(text)
    assert [e.perpetrator.actor for e in evs if e.type == "COERCE" and e.perpetrator] == ["KP.MSS"], evs
    assert "DETAIN" not in types(evs)  # the writer's service is a byline, no act


def test_a_victim_saying_i_acts_for_no_organ():
    text = ("I was held at the State Security Department in Hyesan for a month in 2015.\n\n"
            "Later I had my sister call a broker in China.")
    assert "COERCE" not in types(run(text))


@pytest.mark.parametrize("text,etype", [
    ('"The officer told our meeting that anyone who confesses now will get off with a fine," a resident said.',
     "INDUCE"),
    ('"A police officer said those who hide their phones will be handled as political offenders," she said.',
     "THREATEN"),
    ('"The officer said their families will answer for it," the source said.', "THREATEN"),
    ("Border guards fired three shots into the air over a woman washing clothes at the river.", "THREATEN"),
    ("The Youth League committee struck her off the list of applicants because her father had fled.", "PUNISH"),
    ("Police officers came at dawn and took away a man and his two sons.", "DETAIN"),
    ("Bowibu agents came within the hour and took the driver and his helper away.", "DETAIN"),
    ("The inminban head has been told to note who visits the family and when.", "SURVEIL"),
])
def test_promises_consequences_shots_lists_and_takings(text, etype):
    assert etype in types(run(text)), run(text)


@pytest.mark.parametrize("text,absent", [
    ("Border guards fired two shots into the air over a smuggler on the ice.", "PUNISH"),
    ("Police officers searched the house and took away the family's Chinese phones.", "DETAIN"),
    ('"Anyone who confesses will get off with a self-criticism," the officer told the police meeting in Hyesan.',
     "PROPAGANDA"),
])
def test_shots_phones_and_leniency_are_not_other_acts(text, absent):
    assert absent not in types(run(text)), run(text)


@pytest.mark.parametrize("text", [
    "North Korea has used relatives of defectors in its broadcasts for decades.",
    "Purges have become more public since the execution of a senior official in 2013.",
    "A ferry on the Dandong route has been detained in port by a gale for two days.",
    "A monkey that escaped from the Pyongyang zoo was captured by keepers in a tree.",
])
def test_practices_times_weather_and_animals_tell_no_act(text):
    assert run(text) == [], run(text)


def test_a_boat_captain_is_a_person():
    ev = one(run("After the crew returned from the South, the captain was stripped of his post by the security "
                 "department."), "PUNISH")
    assert ev.target is not None and ev.target.category is not None


@pytest.mark.parametrize("text,etype", [
    ("Police officers went from house to house in the district, searching for lodgers and foreign films.",
     "RESTRICT"),
    ("All the cargo, including the phones, was confiscated by the bowibu.", "PUNISH"),
    ("The county security department keeps a folder on every family with a member abroad.", "SURVEIL"),
    ("Agents of the State Security Department brought a broker back from Yanji in a van.", "ABDUCT"),
    ("Security officials drove him to Pyongyang and kept him in a guest house for two months.", "DETAIN"),
    ("The court sentenced the two men to death and they were shot before assembled residents.", "PROPAGANDA"),
    ("Mobile phones are subject to random inspection on the streets of Hyesan, the police said.", "RESTRICT"),
    ("Since the escape, a security officer has come round to check on the family every week.", "VISIT"),
    ("Classmates have been asked to tell the teacher whom she talks to after school, a source in the "
     "bowibu's district said.", "SURVEIL"),
])
def test_session11_families_read_off_en12(text, etype):
    assert etype in types(run(text)), run(text)


def test_a_proxy_sending_photographs_to_a_handler_watches_for_the_organ_that_runs_him():
    text = ("Officers of the Ministry of State Security detained his brother in 2021. The court found that he "
            "photographed the homes of six defectors in Seoul and sent the pictures to a handler in Shenyang.")
    ev = one(run(text), "SURVEIL")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS"


@pytest.mark.parametrize("text", [
    "Public trials and executions are intended to instil fear in the population.",
    "Foreign journalists were not allowed to travel to the match in Pyongyang.",
    "The families were ordered out of their homes to make way for a new road.",
])
def test_general_statements_and_other_acts_are_not_read_as_these(text):
    found = types(run(text))
    assert "PUNISH" not in found and "RESTRICT" not in found and "COERCE" not in found, found


# Session 11, read off en-13 (a second development set written this session).
@pytest.mark.parametrize("text,etype", [
    ("The county security department went through the houses on the river streets one by one, looking for "
     "Chinese phones.", "RESTRICT"),
    ("He was let go after the family paid 3,000 yuan, which the officers called a fine.", "PUNISH"),
    ("Relatives fear Chinese authorities will send them back to North Korea within weeks.", "REPATRIATE"),
    ("The embassy's security officer reads the staff's e-mails and keeps a list of who meets whom.",
     "SURVEIL"),
    ("Two officers of the State Security Department sat in on the interviews, taking notes.", "SURVEIL"),
    ("In October 2023 the five were handed over to the authorities of the Democratic People's Republic of "
     "Korea at Tumen.", "REPATRIATE"),
    ("His family believes he is now in the hands of the security services in North Korea.", "DETAIN"),
    ("North Korean state television showed a defector who had returned, reading an apology.", "PROPAGANDA"),
    ("The provincial court held an open trial in front of the market on Oct. 15.", "PROPAGANDA"),
    ("Within two days officers from the county security department were at the parents' houses.", "VISIT"),
    ("Under an order from the county police, every household had to be indoors by 9 p.m.", "RESTRICT"),
    ("The ship's political officer has kept the crew's seamen's books locked in his cabin.", "RESTRICT"),
    ("The teacher who wrote her reference was transferred to a school in a remote mountain village by the "
     "county education department.", "PUNISH"),
    ("Relatives described being struck off Party membership rolls by local Party committees.", "PUNISH"),
    ("Agents of the Ministry of State Security seized him in Yanji and took him back across the border.",
     "ABDUCT"),
])
def test_session11_families_read_off_en13(text, etype):
    assert etype in types(run(text)), run(text)


@pytest.mark.parametrize("text,absent", [
    ("In 2019 he was sent to a logging camp in Khabarovsk region to fell timber.", "PUNISH"),
    ("Persons who finished their term at the kyohwaso and came back to Chongjin must sign a pledge.", "RETURN"),
    ("The city Party committee ordered that released prisoners cannot be given a job at the port.", "INDUCE"),
    ("Korean Central Television showed young women in long coats on Mirae Scientists Street.", "PROPAGANDA"),
    ("Correction: An earlier version of this story said the engineer's wife was detained.", "DETAIN"),
    ("HOST: Did the security officers threaten her?", "THREATEN"),
    ("Pyongyang has for years accused South Korean missionaries of kidnapping its citizens.", "ABDUCT"),
])
def test_session11_what_is_not_these_acts(text, absent):
    assert absent not in types(run(text)), run(text)


# --- session 12: families read off en-14 (sentences written for these tests) ------

@pytest.mark.parametrize("text, etype", [
    ("The provincial paper said the ringleader's helpers had been dealt with according to law.", "PUNISH"),
    ("Police officers in Hoeryong seized 3,000 yuan that a widow had been sent by her daughter.", "PUNISH"),
    ("Officials at the county security department told the exiled households they may not come back to "
     "Onsong, not even for a wedding, without a pass.", "RESTRICT"),
    ("The girl was later thrown out of her college in Chongjin for her brother's escape.", "PUNISH"),
    ("In spring the grandparents were struck off the Kaesong residence register by the police.", "EXPEL"),
    ("The two cousins were sent to live in Kowon by the city police.", "EXPEL"),
    ("North Korea ordered about 40 of its students in Moscow to come home within a week.", "REPATRIATE"),
    ("Her husband was beaten by army security men during the questioning.", "ASSAULT"),
])
def test_session12_families_read_off_en14(text, etype):
    assert etype in types(run(text)), run(text)


def test_session12_army_security_is_the_army():
    ev = one(run("Army security men detained the soldier's parents in Kaesong."), "DETAIN")
    assert ev.perpetrator.actor == "KP.KPA"


@pytest.mark.parametrize("text, absent", [
    ("The Special Rapporteur recommends that the Government end the practice of punishing relatives of workers.",
     "PUNISH"),
    ("To the Government of China: halt the forced repatriation of North Koreans caught without papers.",
     "REPATRIATE"),
    ("The man was arrested at Incheon airport and convicted of spying under the National Security Act.", "DETAIN"),
    ("Families sent to the farm may not go back to Musan without a pass from the police.", "RETURN"),
    ("She was expelled from the university for missing exams, the school said.", "EXPEL"),
])
def test_session12_what_is_not_these_acts(text, absent):
    assert absent not in types(run(text)), run(text)


@pytest.mark.parametrize("text, status", [
    ("Once sent back, the women face interrogation by the Ministry of State Security.", "expected"),
    ("Officials of the county security department have told the families that they may not travel to other "
     "counties without a pass.", "ongoing"),
    ("He was sentenced to ten years in a camp, a charge the group could not verify.", "occurred"),
])
def test_session12_status(text, status):
    evs = run(text)
    assert evs and evs[0].status == status, [(e.type, e.status) for e in evs]


def test_session12_list_items_are_sentences_and_paragraphs():
    text = "Timeline\n\n- May 2021: she crosses the river.\n- June 2021: Police arrest her.\n1. Second point."
    got = [(text[s.start:s.end], s.paragraph) for s in en_segment.sentences(text)]
    assert got == [("Timeline", 0), ("- May 2021: she crosses the river.", 1), ("- June 2021: Police arrest her.", 2),
                   ("1. Second point.", 3)]


@pytest.mark.parametrize("text, absent", [
    ("Officers made the boy copy out a statement that his mother had been kidnapped by South Korean agents.",
     "ABDUCT"),
    ("Police told the family to sign a statement that she had been arrested for smuggling.", "DETAIN"),
    ("State media captured almost every stage of the new hospital's construction.", "DETAIN"),
    ("The famine pushed households into debt and trade, economists say.", "COERCE"),
    ("The Working Group recalls that, in accordance with article 10, any person deprived of liberty shall be "
     "held in an officially recognised place of detention.", "DETAIN"),
])
def test_session12_en15_what_is_not_these_acts(text, absent):
    assert absent not in types(run(text)), run(text)


def test_session12_made_to_copy_out_is_coercion():
    assert "COERCE" in types(run("Security officers made the boy copy out a statement in his own hand."))


@pytest.mark.parametrize("text, etype", [
    ("After the manager vanished, the nine waitresses were flown home under escort by embassy staff.", "REPATRIATE"),
    ("Since his release from the county security department, the father has had to report to the police "
     "box every morning.", "RESTRICT"),
    ("Workers were gathered for a lecture by a Party lecturer on \"traitors who sold out the fatherland.\"",
     "PROPAGANDA"),
    ("The city police pocketed the 2,000 yuan the widow had been sent, calling it evidence.", "PUNISH"),
])
def test_session12_families_read_off_en15(text, etype):
    assert etype in types(run(text)), run(text)


def test_session12_a_division_security_detachment_is_the_army():
    ev = one(run("Officers from the security detachment of his division questioned the soldier's parents."), "VISIT")
    assert ev.perpetrator.actor == "KP.KPA"


def test_session12_a_court_that_accepts_an_account_does_not_act_in_it():
    text = ("The Seoul court found that she had been held by the Onsong county security department.\n\n"
            "The court also accepted her account that her brother was dismissed from his post after her return.")
    ev = next(e for e in run(text) if e.type == "PUNISH")
    assert ev.perpetrator is None or ev.perpetrator.actor != "KP.court"


def test_session12_families_under_pressure_is_no_coercion():
    assert "COERCE" not in types(run("The security department questioned the parents. Families are also under pressure."))


@pytest.mark.parametrize("text, etype", [
    # An order to inform on whoever comes is watching, by the organ that gives it.
    ("Farm workers were ordered by the county security department to write down anyone who visits the family.",
     "SURVEIL"),
    ("Street heads have been told by the police every time to report strangers who sleep over.", "SURVEIL"),
    ("Cooks at the hostel were instructed to keep track of everyone who calls the returnee.", "SURVEIL"),
    # Shown at a meeting, or made to stand up and speak at one.
    ("The Party committee said the returned woman was led onto the stage at a meeting of the whole factory.",
     "PROPAGANDA"),
    ("Security officials made her stand up at a meeting of the people's unit and talk about hunger in China.",
     "PROPAGANDA"),
    ("Security officials made her stand up at a meeting of the people's unit and talk about hunger in China.",
     "COERCE"),
    ("An officer said anyone who hands in a Chinese phone before the deadline will be dealt with leniently.",
     "INDUCE"),
    ("Border police told the farmer that he must pay a \"fine\" of 5,000 yuan for hiding the girl.", "PUNISH"),
])
def test_session13_families_read_off_en16(text, etype):
    assert etype in types(run(text)), run(text)


def test_session13_an_order_to_report_visitors_is_not_coercion():
    evs = run("The head of the people's unit was ordered by the security department to write down anyone who "
              "comes to see the family.")
    assert types(evs) == ["SURVEIL"] and evs[0].perpetrator.actor == "KP.MSS"


@pytest.mark.parametrize("text, etype", [
    # A search of phones for banned things is a restriction (bench/CODING.md RESTRICT vs SURVEIL).
    ("The dormitory's security officer checked the women's phones one night and found a South Korean film.",
     "RESTRICT"),
    ("Youth League squads stopped him at the bus stop and went through his phone.", "RESTRICT"),
    ("In May the couple were put on a truck with their bedding and driven to a cooperative farm in the hills.",
     "EXPEL"),
    ("Last spring she crossed from Changbai into Hyesan, the unification ministry in Seoul said.", "RETURN"),
    ("In September the man appeared at a press conference in Pyongyang organised by the state.", "PROPAGANDA"),
])
def test_session13_families_read_off_en17(text, etype):
    assert etype in types(run(text)), run(text)


@pytest.mark.parametrize("text, absent", [
    ("Agents opened her letters and read her text messages.", "RESTRICT"),
    ("The family now lives on a farm close to the border with China, where police patrol at night.", "RESTRICT"),
    ("While she was held, an officer went to her mother's house and took away the family album.", "DETAIN"),
])
def test_session13_what_is_not_these_acts(text, absent):
    assert absent not in types(run(text)), run(text)


def test_session13_letters_read_are_watching():
    assert "SURVEIL" in types(run("Agents opened her letters and read her text messages."))


def test_session13_the_speaker_held_and_another_arrested_are_two_acts():
    text = ("Police held me at the county security department for nine days.\n\n"
            "He was arrested at the station a month after I got out.")
    assert [e.type for e in run(text)].count("DETAIN") == 2, run(text)


def test_session13_the_one_made_to_act_is_the_target():
    ev = one(run("Security officers made him place the call to his sister in Seoul."), "COERCE")
    assert ev.target is not None and ev.target.text == "him"


def test_session13_north_korean_agents_with_no_organ_are_the_state():
    text = ("The Ministry of State Security questioned her parents in Hyesan.\n\n"
            "A month later she was seized in Yanji by North Korean agents and taken back across the Tumen.")
    ev = one(run(text), "ABDUCT")
    assert ev.perpetrator.actor == "KP.gov"


@pytest.mark.parametrize("text, etype", [
    # People "made to" do something were made by someone: an act even with the one untold.
    ("Officials from the Party committee met the family in March. Afterwards the younger son was made to "
     "kneel by the door while the letter was read aloud.", "COERCE"),
    ("The security department questioned the neighbours. The woman was made to sweep the office yard for a week.",
     "COERCE"),
    # A term someone could face in a camp is a penalty foretold.
    ("China detained three North Korean women in Tumen. The women could face long years in a labor camp.", "PUNISH"),
    # Custody told by where and how long.
    ("Two police officers came for him and kept him there until the following evening.", "DETAIN"),
    ("The two men were hauled off a train by officers at the checkpoint near Kilju.", "DETAIN"),
    ("Security officers from the county came to the house. Her husband was told that he need not come back "
     "to work at the sawmill.", "PUNISH"),
    ("Officials from the city Party committee came to the flat. The family was told to get ready to leave "
     "Pyongyang before spring.", "EXPEL"),
    ("After the call, the security officer said she had to go to his office every Friday and answer his questions.",
     "RESTRICT"),
    ("The dock worker was executed in front of about 3,000 residents at the stadium, a source said.", "PROPAGANDA"),
    ("Agents of the Ministry of State Security broke into the e-mail accounts of nine defectors in Seoul, "
     "police said.", "SURVEIL"),
])
def test_session14_families_read_off_en18(text, etype):
    assert etype in types(run(text)), run(text)


@pytest.mark.parametrize("text, absent", [
    # A statutory maximum in a Southern court, and a practice in general, are no act.
    ("The man, who handed a list of defectors to his handlers, faces up to 10 years in prison if convicted.",
     "PUNISH"),
    ("A researcher said a returnee is made to denounce the South at every meeting.", "COERCE"),
])
def test_session14_what_is_not_these_acts(text, absent):
    assert absent not in types(run(text)), run(text)


def test_session14_questioned_for_a_month_is_custody_and_for_an_afternoon_a_summons():
    held = run("The Ministry of State Security questioned the teacher for a month at a guesthouse in Sinuiju.")
    assert "DETAIN" in types(held), held
    summoned = run("The Ministry of State Security called in the teacher's wife and questioned her for an "
                   "afternoon about his letters.")
    assert "DETAIN" not in types(summoned) and "VISIT" in types(summoned), summoned


def test_session14_items_of_a_round_up_are_never_one_act():
    text = ("North Korea this week.\n\n"
            "KILJU, North Hamgyong -- Every family on a street in Kilju was made to sign a pledge on May 3 not to "
            "call relatives abroad, a source said.\n\n"
            "CHONGJIN, North Hamgyong -- Residents of a people's unit in Chongjin were ordered to stand in the "
            "front rows at a trial, a resident said.")
    assert types(run(text)).count("COERCE") == 2, run(text)


def test_session14_the_body_telling_is_kept_over_the_lead():
    text = ("Chinese police detained six North Koreans near the border last week, a group in Seoul said.\n\n"
            "The six were taken off a minibus by police at a checkpoint outside Longjing on June 2.")
    ev = one(run(text), "DETAIN")
    assert "minibus" in ev.evidence.text, ev


@pytest.mark.parametrize("text, etype", [
    # Session 14 (en-19): made to tell; months spent in a holding centre; back over the ice; not been
    # allowed to leave; nationals returned by another state; told not to come back to college; told to
    # report every week; kept awake; a job taken from someone; agents taking someone back; a flat and a job.
    ("A security officer made the mother tell her son on the phone that the family lacked nothing.", "COERCE"),
    ("He had spent two months in the county security department's holding centre before his trial.", "DETAIN"),
    ("Last winter a woman from the next village came back across the ice from Changbai on her own.", "RETURN"),
    ("Since the escape, the cooks have not been allowed by the Ministry of State Security's minders to leave "
     "the building alone.", "RESTRICT"),
    ("China returned at least 40 nationals of North Korea across the Tumen last year, the report said.",
     "REPATRIATE"),
    ("After the security department called on the family, the boy was told not to come back to the mining "
     "college.", "PUNISH"),
    ("After two days of questioning she was told to report to the police sub-station every Friday.", "RESTRICT"),
    ("Interrogators at the Onsong security department kept her awake for four days.", "ASSAULT"),
    ("After the security department's visit, his post at the trading company was taken from him.", "PUNISH"),
    ("Three relatives living in China had been taken back to North Korea by men believed to be agents of the "
     "Ministry of State Security.", "ABDUCT"),
    ("State television said the returned man had been given a new flat in Hamhung and a job at a fertiliser plant.",
     "INDUCE"),
])
def test_session14_families_read_off_en19(text, etype):
    assert etype in types(run(text)), run(text)


@pytest.mark.parametrize("text, etype", [
    # Session 14 (en-19, second pass).
    ("Chinese police arrested her in Tumen, and the Chinese side handed her over at the bridge a week later.",
     "REPATRIATE"),
    ("Since he left, officers from the city security department have been to his parents' flat every month.",
     "VISIT"),
    ("In May the county military mobilization department struck her name from the list of recruits.", "PUNISH"),
    ("Two men from the North Korean consulate grabbed him outside the hotel in Yanji and pushed him into a "
     "van.", "ABDUCT"),
])
def test_session14_families_read_off_en19_second_pass(text, etype):
    assert etype in types(run(text)), run(text)


@pytest.mark.parametrize("text, absent", [
    ("The charity is hiring an officer to lead its monitoring and evaluation of food aid in the North.", "SURVEIL"),
    ("The government should end the practice of punishing relatives for the acts of those who fled.", "PUNISH"),
])
def test_session14_what_is_not_these_acts_second_pass(text, absent):
    assert absent not in types(run(text)), run(text)


def test_session14_a_trial_held_on_a_square_is_the_courts_staging():
    text = ("Police in Sariwon arrested a money lender in May, a source said.\n\n"
            "The trial was held on June 2 on the square in front of the station.")
    ev = one(run(text), "PROPAGANDA")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.court", ev


def test_session14_north_korea_staging_a_public_trial_is_an_act():
    assert "PROPAGANDA" in types(run("North Korea staged a public trial at a stadium in Hamhung in May, "
                                     "a source said."))


def test_session14_police_in_a_report_that_never_names_the_north_are_not_its_police():
    text = ("Holiday traffic to peak on Saturday\n\n"
            "SEJONG, Sept. 12 (Yonhap) -- About 30 million trips are expected over the holiday, the transport "
            "ministry said. Police will fly drones over expressways and will run a campaign against speeding "
            "at rest areas in Gyeonggi. Officials warned drivers that roads near Paju tend to clog.")
    assert run(text) == []
    north = ("Police in Hyesan have started a campaign against smugglers along the Yalu, a source said. "
             "Officials warned residents that anyone caught would be punished.")
    assert run(north), "a report placed in the North keeps its police"


@pytest.mark.parametrize("text, etype", [
    # Session 14 (en-20).
    ("After his brother fled, officers of the county security department called him in every week.", "VISIT"),
    ("The county security department said families of the missing are not allowed back into the town.",
     "RESTRICT"),
    ("Security officials in Hyesan said residents are not permitted on the riverbank after dark.", "RESTRICT"),
    ("After the security department's visit, her travel permit was cancelled that autumn.", "PUNISH"),
    ("A curfew from 8 p.m. has been imposed in Musan since the escape, a source said.", "RESTRICT"),
    ("The county Party committee removed him as manager of the cooperative farm in May.", "PUNISH"),
    ("Security officers made the old man hold a placard outside the station.", "COERCE"),
    ("Chinese police raided the flat at night and took away seven North Korean women.", "DETAIN"),
])
def test_session14_families_read_off_en20(text, etype):
    assert etype in types(run(text)), run(text)


def test_session14_an_apartment_taken_away_is_no_detention():
    assert "DETAIN" not in types(run("Local officials in Hyesan took away the apartment of a family whose son "
                                     "escaped to China."))


@pytest.mark.parametrize("text, etype", [
    ("At the station the officer made her call her brother's number in Seoul while he listened.", "COERCE"),
    ("Security officers took him to a guesthouse in Hamhung and questioned him for about nine days.", "DETAIN"),
])
def test_session14_families_read_off_en21(text, etype):
    assert etype in types(run(text)), run(text)


def test_session14_she_made_her_call_is_no_coercion():
    assert "COERCE" not in types(run("From a hotel in Yanji she made her call to her mother in Hyesan."))


def test_session14_police_in_laos_are_laos_police_whatever_border_is_named():
    ev = one(run("Police in northern Laos detained seven North Koreans near the Chinese border last week, "
                 "an activist group said."), "DETAIN")
    assert ev.perpetrator is None or ev.perpetrator.actor is None, ev.perpetrator


@pytest.mark.parametrize("text, etype", [
    # Session 14 (en-22).
    ("The report said at least 45 persons returned by China in 2023 were held in Onsong.", "REPATRIATE"),
    ("Two persons who had settled in the Republic of Korea returned to the DPRK last year, the ministry said.",
     "RETURN"),
    ("The county security department stopped paying the family's pension after the visit.", "PUNISH"),
])
def test_session14_families_read_off_en22(text, etype):
    assert etype in types(run(text)), run(text)


def test_session14_people_returned_to_the_dprk_by_others_are_no_return():
    assert "RETURN" not in types(run("Chinese police said the seven women were returned to the DPRK in May."))


def test_a_court_abroad_is_no_court_of_the_north():
    # A court named as another state's (by its adjective, or a place in that state) is the
    # report's "court" throughout: no act gets the North's courts as its actor.
    for text in (
            "ULAANBAATAR - A Mongolian court on Wednesday jailed two former border officers for handing two "
            "North Korean men to their embassy in March. They will probably be sent to a prison camp, the judge said.",
            "A court in Russia's Far East upheld the deportation of a North Korean builder on Tuesday. Kim would "
            "almost certainly be detained on arrival, his lawyer told the court."):
        events = run(text)
        assert events and all(e.perpetrator is None for e in events), text
    # A court named by a place in the North stays the North's.
    assert [(e.type, e.perpetrator.actor) for e in run(
        "A people's court in Hyesan sentenced two smugglers to ten years on Monday. "
        "The court said they had carried phones across the river.")] == [("PUNISH", "KP.court")]


@pytest.mark.parametrize("text, etype", [
    # Session 16 (en-31): passives of the state's orders, told with no one named.
    ("Schoolchildren have been required to attend public trials and executions.", "COERCE"),
    ("Residents of the district were made to watch the executions at the airfield.", "COERCE"),
    ("Since the crossing, the cooperative's fishermen have been sent to work on the county's rice farms.", "COERCE"),
    ("Office workers were mobilized for farm labour for a month in spring.", "COERCE"),
    ("Afterwards the two students had to stand on the stage and criticize themselves before the faculty.", "COERCE"),
    ("Her e-mail account had been accessed repeatedly from servers used by a North Korean hacking group.", "SURVEIL"),
    ("Several activists said their Gmail accounts were hacked in March.", "SURVEIL"),
    ("The woman was fined 30,000 yuan by the police in Hyesan.", "PUNISH"),
    ("Her sister had to pay a fine of 50,000 won after the search.", "PUNISH"),
    ("A trader had his permit to cross to Dandong withdrawn in June by the provincial security bureau.", "PUNISH"),
])
def test_session16_families_read_off_en31(text, etype):
    assert etype in types(run("A source in Hyesan, Ryanggang Province, told Daily NK about events last month. " + text)), \
        run(text)


def test_session16_a_private_sum_paid_is_no_fine_and_a_fine_paid_needs_a_sum():
    # "fined" only with a sum of money after it; a person who pays for something is no penalty.
    assert "PUNISH" not in types(run("A source in Hyesan told Daily NK that her sister had to pay 50,000 won "
                                     "for the train ticket to Pyongyang."))


@pytest.mark.parametrize("text", [
    # Session 17 (en-34..en-36): "called in" followed by a count or a time is a summons.
    "After that the corps security department called me in three nights in a row.",
    "The county security department called her in once a month to ask about her son.",
])
def test_session17_called_in_with_a_count_is_a_summons(text):
    evs = run("A source in Hyesan, Ryanggang Province, told Daily NK about events last month. " + text)
    assert [e.type for e in evs if e.extractor.rule == "visit.summon"] == ["VISIT"], evs


def test_session17_a_functionary_who_acts_speaks_for_an_untold_organ():
    # The state's team leaders and representatives, in a report naming its organs, act for an
    # organ the text leaves untold; a private speaker ("his uncle") does not.
    lead = ("North Korean loggers in the Russian Far East are watched by the State Security Department. "
            "Workers who complain are sent home, a former logger said. ")
    evs = run(lead + "The company's representative took all our passports at the airport and kept them in his room.")
    assert any(e.type == "RESTRICT" and e.perpetrator is not None and e.perpetrator.actor == "KP.gov"
               for e in evs), evs  # (session 23: the organ untold, the state's)
    evs = run(lead + "His uncle took all our passports at the airport and kept them in his room.")
    assert not any(e.type == "RESTRICT" for e in evs), evs


def test_session17_bare_police_in_a_report_set_in_the_south_are_the_souths():
    # A festival in Hwacheon, Gangwon Province: its police are the South's, no organ of the North.
    report = ("HWACHEON, Gangwon Province -- The ice on Hwacheon Stream finally held, and the county's trout festival "
              "opened on Saturday to crowds from Seoul and Chuncheon.\n\n"
              "Visitors caught about 41,000 trout over the first weekend, the county said.\n\n"
              "Police detained two anglers who walked onto thin ice near the dam and held them for an hour.")
    assert run(report) == []
    # The same words in a report set in the North are its police's act.
    north = ("HYESAN -- Police in Hyesan, Ryanggang Province, have tightened control of the riverside, a source said.\n\n"
             "Police detained two traders who walked down to the river and held them for an hour.")
    assert "DETAIN" in types(run(north))


def test_session17_a_threat_keeps_its_type_whatever_it_threatens():
    assert types(run("The police threatened the traders with arrest if they kept using Chinese phones.")) == ["THREATEN"]


@pytest.mark.parametrize("text,offered", [
    # Session 18: a threat the reader proposes is a promise when its condition offers a good
    # and names no harm; a good withheld is harm.
    ("If the talks go well, the rest of her labour-training term will be forgotten.", True),
    ("His parents in Sinuiju would be looked after if he handed over the names.", True),
    ("The officer said that if she kept quiet, her trading permit would be renewed.", True),
    ("If she kept ringing, her daughter would not be allowed to move up to middle school.", False),
    ("If he does not come back, his family will be sent to a labour camp.", False),
    ("Her permit was renewed last spring.", False),
])
def test_session18_an_offer_on_a_condition_is_no_threat(text, offered):
    from chronicle.extraction.english import _offered
    assert _offered(text) is offered


@pytest.mark.parametrize("sentence,key", [
    # Session 18: a bare police named by its town are that town's country's police.
    ("Police in Rajin have started checking the phones of workers at fish plants that employ Chinese "
     "technicians and deleting foreign messages, a source said.", "KP.MSoS"),
    ("A woman who fled the North said police in Mudanjiang detained her for 11 days last spring "
     "during a household registration check.", "CN.police"),
])
def test_session18_police_named_by_their_town_are_its_countrys(sentence, key):
    evs = run(sentence)
    assert evs and all(e.perpetrator is not None and e.perpetrator.actor == key for e in evs), evs


def test_session18_an_embassys_security_counsellor_is_the_mss():
    evs = run("On Oct. 22 the five were driven to Sheremetyevo airport by the embassy's security counsellor "
              "and put on a flight to Vladivostok.")
    assert [(e.type, e.perpetrator.actor) for e in evs] == [("REPATRIATE", "KP.MSS")], evs


def test_session18_a_court_tells_of_acts_it_does_not_do():
    # A court's acts are sentences, banishment, trials and warnings; an act the court found
    # another to have done is the organ's whose man it tried.
    evs = run("A Seoul court on Tuesday jailed a man for six years for spying for the North's Ministry of State "
              "Security. The court found that between 2022 and 2024 he had repeatedly followed a defector to and "
              "from her home in Seoul and photographed the building for his handlers.")
    surveil = [e for e in evs if e.type == "SURVEIL"]
    assert surveil and all(e.perpetrator is not None and e.perpetrator.actor == "KP.MSS" for e in surveil), evs


@pytest.mark.parametrize("sentence,etype", [
    # Session 19 (triggers en v29): held some days in a room; moved out of one's home to a farm
    # or into one room; a roster, a place on a list; property taken, a shop shut, goods to the state.
    ("Security agents kept him four days in a room at the county office.", "DETAIN"),
    ("The police took her to the kuryujang in Hoeryong.", "DETAIN"),
    ("After the son fled, the couple were forced to leave Hyesan for a cooperative farm.", "EXPEL"),
    ("In March the family was moved from their flat in Kimchaek to a mountain village.", "EXPEL"),
    ("Police ordered the widow to move into a single room at the edge of town.", "EXPEL"),
    ("The mine's Party committee dropped her brother from the shift roster.", "PUNISH"),
    ("Police officers took the family's motorbike and two goats.", "PUNISH"),
    ("State security agents shut her noodle stall the week after the call.", "PUNISH"),
])
def test_session19_acts_told_in_plain_words(sentence, etype):
    assert etype in types(run(sentence)), run(sentence)


def test_session19_a_sweep_taking_goods_from_every_house_is_no_penalty_on_a_family():
    # Property taken with a possessive is a penalty on its owner; "the bicycles" of a sweep are not.
    evs = run("Police went round the village and took the bicycles that had not been registered.")
    assert "PUNISH" not in types(evs), evs


def test_session19_the_norths_mission_abroad_seizing_someone_abducts():
    evs = run("He was caught at the railway station in Novosibirsk by three men from the embassy's security section.")
    assert [(e.type, e.perpetrator.actor) for e in evs] == [("ABDUCT", "KP.MSS")], evs
    # Custody the mission only visits stays the host's detention, not an abduction.
    evs = run("Staff of the DPRK consulate visited the workers while they were detained by Russian police.")
    assert "ABDUCT" not in types(evs), evs


@pytest.mark.parametrize("text,threat", [
    # Session 19 (triggers en v29, threaten.veiled): threats an official veils.
    ("The security officer leaned over the desk. \"Think about your son's place at the college,\" he said.", True),
    ("The county prosecutor told the families that anyone who helped a crossing would answer for it.", True),
    ("A KCNA commentary said the defectors' patience with the motherland was misplaced and that the "
     "motherland's patience is not endless, the Ministry of State Security said in a statement.", True),
    ("The inminban head said those who hid strangers would be dealt with under military law, police officers said.", True),
    ("\"He did not think about where he was standing,\" his brother said of the accident.", False),
    ("Selling rice by the kilo is an easy way for the farm to earn cash, the manager said.", False),
])
def test_session19_a_veiled_threat_is_a_threat(text, threat):
    assert ("THREATEN" in types(run(text))) is threat, run(text)


@pytest.mark.parametrize("sentence,key", [
    # Session 19 (actors en v18): the state's local offices are the state's.
    ("The market management office in Hyesan cancelled her stall permit after her son fled.", "KP.gov"),
    ("Then the county labor administration department stopped his pension.", "KP.gov"),
])
def test_session19_the_states_local_offices_are_the_states(sentence, key):
    evs = run(sentence)
    assert evs and all(e.perpetrator is not None and e.perpetrator.actor == key for e in evs), evs


def test_session19_a_bare_foreign_ministry_is_not_the_norths():
    # "the foreign ministry said" in a report from Seoul is Seoul's: no coded actor, no act.
    assert run("The 18 crew members were questioned as witnesses and remain free to leave the ship, "
               "the foreign ministry said on Wednesday.") == []


def test_session19_a_permit_taken_away_is_no_arrest():
    assert "DETAIN" not in types(run("The market management office has taken away the stall permit of a woman "
                                     "whose nephew fled to the South."))


def test_session19_a_report_set_in_the_souths_towns_has_the_souths_police():
    # en_generic v18: south_place knows the South's towns the gazetteer lists (Yeoncheon, Gunsan):
    # a bare "police" there is the South's, never the North's Ministry of Social Security.
    report = ("YEONCHEON -- A farmer in Yeoncheon found a plastic drone in his rice field on Sunday, the county "
              "office said.\n\nThe county office said the drone carried a camera and a small battery. Soldiers from "
              "a nearby base took it away for checks.\n\nA man who had flown it from a hill near Gunsan was handed to "
              "police and questioned for several hours before being released that night. He told officers he had "
              "been filming the harvest.\n\nFlying drones near the border needs a permit, and he is likely to be "
              "fined, the office said.")
    assert not [e for e in run(report) if e.perpetrator is not None and e.perpetrator.actor], run(report)


def test_session19_a_unit_head_reading_out_a_notice_relays_the_organs_threat():
    # A neighbourhood unit head who reads out an organ's notice relays that organ's act.
    evs = run("At the inminban meeting on the 9th, the inminban head read out an anjeonbu notice: anyone who "
              "hides an outsider will be treated as an accomplice.")
    threats = [e for e in evs if e.type == "THREATEN"]
    assert threats and all(e.perpetrator.actor == "KP.MSoS" for e in threats), evs


@pytest.mark.parametrize("text", [
    # Session 19: a return told as not made is no return; no one is accused of it to deny it.
    "The agency's staff have not returned to the country since they left during the pandemic.",
    "Kim, who fled in 2011, has never gone back to North Korea, his friends said.",
])
def test_session19_a_return_not_made_is_no_event(text):
    assert "RETURN" not in types(run(text)), run(text)


@pytest.mark.parametrize("text,threat", [
    # Session 19 (triggers en v29): advice is no threat.
    ("The coast guard warned fishermen to watch out for floating debris after the storm.", False),
    ("Police officers with megaphones warned the crowd to keep moving past the stage.", False),
    ("Security agents warned her to stop calling her son in Seoul.", True),
])
def test_session19_a_warning_to_watch_out_is_advice(text, threat):
    assert ("THREATEN" in types(run(text))) is threat, run(text)


def test_session19_a_ship_detained_is_no_arrest():
    assert "DETAIN" not in types(run("The coast guard detained the cargo ship in port for eight days while "
                                     "inspectors checked its hull."))
    assert "DETAIN" in types(run("Police detained two traders at the market in Hyesan."))


@pytest.mark.parametrize("text,coerced", [
    # Session 19 (triggers en v29): made to stand is a stress position or a display, no coercion
    # by itself; made to stand and read out a statement is.
    ("In the holding centre the guards made them stand facing the wall all night.", False),
    ("The security officer made all of us stand in a line in the yard.", False),
    ("The interrogator made her stand and repeat the statement until she knew it by heart.", True),
])
def test_session19_made_to_stand_is_no_coercion_by_itself(text, coerced):
    assert ("COERCE" in types(run(text))) is coerced, run(text)


@pytest.mark.parametrize("sentence,etype", [
    # Session 20 (triggers en v30): watching, penalties and rules told in plain words.
    ("The security officer sat at the back of the hall and wrote down what the workers said.", "SURVEIL"),
    ("Security agents told the unit head to write down which neighbour goes out after dark.", "SURVEIL"),
    ("The inminban head began keeping a notebook of who came to the family's house.", "SURVEIL"),
    ("The security officer sat by the phone and listened to every word she said to her son.", "SURVEIL"),
    ("The regiment's security officer read every letter the soldiers sent home.", "SURVEIL"),
    ("Police in Hyesan put up cameras that read faces at the bus station.", "SURVEIL"),
    ("The security department had a recording of the call she made to her son.", "SURVEIL"),
    ("His wife was let go from her job at the textile mill after the security department's visit.", "PUNISH"),
    ("The deputy chief of the Sinuiju customs post was removed in March after his nephew fled to South Korea.", "PUNISH"),
    ("After her brother fled, the teacher was transferred to a school in a mining village.", "PUNISH"),
    ("Her daughter was not admitted to the Youth League because of her father's flight.", "PUNISH"),
    ("The police told the market women that they must not talk to Chinese traders.", "RESTRICT"),
    ("Security agents told the families that they must tell the inminban head where they go every time they leave "
     "town.", "RESTRICT"),
    ("The mission's security officer kept the seaman's books of the whole crew locked in his cabin.", "RESTRICT"),
])
def test_session20_acts_told_in_plain_words(sentence, etype):
    assert etype in types(run(sentence)), run(sentence)


@pytest.mark.parametrize("sentence", [
    # Writing, listening and letters that watch no one.
    "The journalist wrote down what the farmers said about the harvest.",
    "Students sat in the hall and listened to the concert.",
    "She opened the box of Chinese sweets her aunt had sent.",
])
def test_session20_plain_words_of_watching_need_a_state_that_watches(sentence):
    assert "SURVEIL" not in types(run(sentence)), run(sentence)


def test_session20_a_unit_heads_call_is_watching_or_the_step_of_another_act():
    # bench/CODING.md, VISIT vs SURVEIL: an inminban head dropping in watches; the call that
    # carries a threat is the threat's.
    evs = run("Since the spring the head of the family's people's unit has dropped in on them every evening.")
    assert "VISIT" not in types(evs) and "SURVEIL" in types(evs), evs
    evs = run("The inminban head came to the house and warned the mother that the family would be sent to the "
              "mountains if her son called again.")
    assert "VISIT" not in types(evs) and "THREATEN" in types(evs), evs
    # A security officer's visit to question a family stays a visit.
    assert "VISIT" in types(run("Two security agents came to the house and questioned the mother about her son."))


def test_session20_an_act_told_again_far_on_is_another_act():
    # en_merge: a restatement follows its act within a few sentences; the same words much later tell
    # another act (here a second arrest months on).
    report = ("Rice prices in Hyesan rose again this month, traders said.\n\n"
              "Security agents arrested a broker in Hyesan in March, a source said. "
              "The broker had carried money for families in the city for years. Traders say she charged a fifth of "
              "each sum. Demand rose after the border closed. Many families depended on her.\n\n"
              "Prices at the market fell in the summer. The harvest was good.\n\n"
              "In October security agents arrested another broker in the same district.")
    assert [e.type for e in run(report)].count("DETAIN") == 2, run(report)
    # Told again in the next sentence, the arrest is one act.
    assert [e.type for e in run("Security agents arrested a broker in Hyesan in March. The broker was arrested "
                                "at her home, a source said.")].count("DETAIN") == 1


def test_session20_a_causatives_target_is_the_one_made_to_act():
    evs = run("Then the interrogator made her sign a written confession that she was not allowed to read.")
    coerce = one(evs, "COERCE")
    assert coerce.target is not None and coerce.target.text.casefold() == "her", evs


def test_session20_a_dateline_with_a_province_is_no_subject():
    evs = run("KANGGYE, CHAGANG - The Kanggye city people's committee on Dec. 5 ordered a family of three, whose "
              "eldest son went to China in the summer, to move to a farm in a mountain village.")
    assert "EXPEL" in types(evs) and one(evs, "EXPEL").perpetrator.actor == "KP.gov", evs


def test_session20_radio_monitoring_units_are_the_mss():
    evs = run("The department's radio monitoring unit had recorded the call from the first word to the last.")
    surveil = one(evs, "SURVEIL")
    assert surveil.perpetrator.actor == "KP.MSS", evs


def test_session20_questioning_at_a_summons_is_the_summons():
    # The development sets code all 30 passages of a summons with questioning as VISIT, however long.
    evs = run("Pak was called in two days later and questioned for three days running by the security department.")
    assert "VISIT" in types(evs) and "DETAIN" not in types(evs), evs
    # Custody told beside it stays custody.
    evs = run("Pak was called in and then held in the cells of the security department for three days.")
    assert "DETAIN" in types(evs), evs


def test_session20_an_act_no_organ_does_in_a_report_set_in_the_south_is_not_coded():
    report = ("JEJU -- Jeju's immigration office said on Monday that a tour group had arrived at Jeju port "
              "last month with forged papers.\n\n"
              "Two tourists were detained at the port in Jeju and deported, and will be barred from "
              "re-entering for five years, the office said.\n\n"
              "Officials in Jeju said checks at the port would be reviewed at the end of the year.")
    assert "DETAIN" not in types(run(report)) and "RESTRICT" not in types(run(report)), run(report)


@pytest.mark.parametrize("text,induced", [
    # Luring is an inducement only back home or with promises (triggers v30); the ruse of an
    # abduction or the word alone is none.
    ("The SSD has been trying to lure defectors back with promises of housing in Pyongyang.", True),
    ("State security agents lured the broker to the riverbank, where soldiers seized him.", False),
])
def test_session20_luring_is_an_inducement_only_back_or_with_promises(text, induced):
    assert ("INDUCE" in types(run(text))) is induced, run(text)


def test_session20_a_threat_told_with_that_if_is_no_order():
    evs = run("At that session, security officers told her that if she tried to follow her husband, her parents "
              "would pay for it.")
    assert "THREATEN" in types(evs) and "COERCE" not in types(evs), evs
    assert "COERCE" in types(run("Security officers told her to call her son in Seoul and ask him to come back."))


# --- session 21: acts only imagined; a setting not decided by bare forces or people's origin ----

@pytest.mark.parametrize("text", [
    "I thought they would punish my brother.",
    "I was sure I would get a kyohwaso term.",
    "We all assumed the police would arrest him the next day.",
])
def test_session21_an_act_only_thought_to_come_is_no_act(text):
    assert run(text) == []


def test_session21_a_feared_act_stays_expected():
    (ev,) = run("She feared her brother would be sent to a political prison camp.")
    assert (ev.type, ev.status) == ("PUNISH", "expected")


def test_session21_bare_police_and_where_people_come_from_do_not_set_a_report_in_the_north():
    import re
    from chronicle.extraction import en_lexicon, en_segment
    from chronicle.extraction.actors import ActorLexicon
    from chronicle.extraction.english import _Context, _in_context

    def set_in_south(text):
        lex, actors, flat = en_lexicon.load(), ActorLexicon.load(), re.sub(r"\s", " ", text)
        ctx = _Context(text, flat, lex, actors, _in_context(lex, flat, en_segment.sentences(text), actors.find(flat)))
        ctx.named.extend(m for m in ctx.mentions if not m.generic)
        return ctx.set_in_south

    assert set_in_south(
        "Police in Incheon have arrested a landlord who took the deposits of 40 tenants, many of them "
        "North Korean-born. Police said the tenants had been steered to his buildings in Incheon by two "
        "agents. \"I left North Korea in 2018 and this was all I had,\" said one tenant, a North Korean-born "
        "woman of 45. Police also questioned a lawyer in Incheon.")
    assert not set_in_south(
        "Police in Hyesan have arrested a trader. Police in Hyesan said he had sold Chinese phones. "
        "The provincial security bureau in Hyesan questioned his wife. A man in Incheon heard of it.")


def test_session21_where_a_defector_went_does_not_set_a_report_in_the_south():
    text = ("Her son fled to South Korea in 2019 and now lives in Seoul. Police came to the family's flat in "
            "Musan in March. They detained his mother at her home. A neighbour said she was released a week later.")
    assert "DETAIN" in types(run(text))


@pytest.mark.parametrize("text,actor", [
    ("A man who came from the county security department questioned her for three hours.", "KP.MSS"),
    ("Two men sent from the provincial security bureau searched the house.", "KP.MSS"),
])
def test_session21_a_subject_said_to_come_from_an_organ_acts_for_it(text, actor):
    (ev,) = run(text)
    assert ev.perpetrator.actor == actor


def test_session21_fleeing_from_the_police_makes_no_one_their_agent():
    assert run("A woman who fled from the police was beaten by her husband.") == []


def test_session21_the_agents_after_real_estate_agents_are_those_agents():
    text = ("Police in Incheon have arrested a landlord and two real estate agents accused of taking the deposits "
            "of 40 tenants, many of them North Korean-born. Investigators said the agents visited tenants at "
            "home. \"When I asked for my money back, the agent warned me that I would lose everything,\" said "
            "one tenant. The landlord bought the buildings with a state security scheme, the police said.")
    assert not [e for e in run(text) if e.type in ("THREATEN", "VISIT")], run(text)
    # An organ's agents named after the trade's are the organ's again.
    text = ("Two real estate agents rented the flat to her. Later State Security agents came to the flat, "
            "and the agents warned her mother that her son must come home.")
    assert any(e.type == "THREATEN" and e.perpetrator and e.perpetrator.actor == "KP.MSS" for e in run(text)), run(text)


@pytest.mark.parametrize("text,etype", [
    # Session 22 (triggers en v31): a posture held on an order for hours, all night or without moving
    # is torture; held only before others it is a display, not violence.
    ("In the holding centre she was made to kneel for hours with her hands behind her head.", "ASSAULT"),
    ("Several women said they had been made to stand or kneel for entire nights in the cells.", "ASSAULT"),
    ("Guards at the security department forced the prisoners to kneel on the concrete floor all night.", "ASSAULT"),
    ("Detainees at the Onsong security department were made to sit motionless for most of the day.", "ASSAULT"),
])
def test_session22_a_stress_position_is_violence(text, etype):
    assert types(run(text)) == [etype], run(text)


def test_session22_a_posture_before_others_is_no_violence():
    events = run("The court made the mother stand at the front of the hall for hours while a "
                 "prosecutor read out the charges.")
    assert "ASSAULT" not in types(events), events


def test_session22_a_beating_and_a_night_on_the_knees_are_two_acts():
    text = ("In Onsong I was taken to the county security office's holding cells. When I said no, the "
            "interrogator hit me with a wooden ruler on the hands and the head. That went on for ten days. "
            "Some girls had it worse; one was made to kneel all night in the corridor.")
    assert types(run(text)).count("ASSAULT") == 2, run(text)
    # A beating told in the lead and again, with the kneeling, in the body is one act.
    text = ("A woman who was sent back from China was beaten in custody, a tribunal found. "
            "She said officers of the Musan security department beat her with a board and made her kneel for hours.")
    assert types(run(text)).count("ASSAULT") == 1, run(text)


def test_session22_someone_reported_missing_is_no_watching():
    assert run("His Chinese wife has reported him missing to the local police.") == []
    assert "SURVEIL" in types(run("The inminban head reported the visitors to the security department."))


@pytest.mark.parametrize("text,n", [
    # Session 22: another state's police holding people on the route are coded with no actor,
    # however lawful that state's police are in other acts.
    ("Russian migration police detained four North Korean workers at a building site in Vladivostok.", 1),
    ("Russian police detained four North Koreans near the border.", 1),
    ("Russian police detained a drunk driver in Vladivostok.", 0),
    ("The Japanese coast guard detained a Chinese fishing boat.", 0),
])
def test_session22_a_third_states_police_holding_north_koreans(text, n):
    events = run(text)
    assert [e.type for e in events] == ["DETAIN"] * n, events
    assert all(e.perpetrator is None or e.perpetrator.actor is None for e in events)


def test_session22_an_arrest_fronted_as_a_time_is_no_act_of_its_sentence():
    events = run("Two days after her arrest, officers from the Kaesong city security department came to the "
                 "family's house and asked the eldest son to hand over the letter.")
    assert types(events) == ["VISIT"], events
    assert events[0].perpetrator.actor == "KP.MSS"
    assert types(run("Police in Kaesong arrested her in March.")) == ["DETAIN"]


def test_session22_an_expulsion_from_the_party_told_as_a_noun_is_the_partys_penalty():
    (ev,) = run("Her expulsion from the Party followed in May, a neighbour in Hyesan said.")
    assert ev.type == "PUNISH" and ev.perpetrator.actor == "KP.WPK"


def test_session22_held_by_a_third_states_patrol_told_in_the_passive():
    (ev,) = run("The group of North Koreans was picked up by a Mongolian border patrol within hours of crossing.")
    assert ev.type == "DETAIN" and ev.perpetrator is None


def test_session22_people_marched_out_by_their_work_units_are_the_states_mobilisation():
    text = ("A court in Hyesan sentenced two men to death at an open trial on Dec. 26. Factory workers and "
            "secondary school pupils were marched to the ground by their work units and schools and made to "
            "stand through the proceedings in freezing weather, a resident said.")
    coerce = [e for e in run(text) if e.type == "COERCE"]
    assert len(coerce) == 1 and coerce[0].perpetrator is None, run(text)


def test_session22_an_act_the_north_accuses_seoul_of_is_no_act_of_the_north():
    events = run("State media has used re-defectors in press conferences since the early 2010s, usually to "
                 "accuse Seoul of abducting or mistreating them.")
    assert "ABDUCT" not in types(events), events


def test_session22_what_a_threat_says_would_cost_her_is_no_forecast():
    events = run("An officer from the city security bureau told her that one more call to Seoul would cost her the flat.")
    assert types(events) == ["THREATEN"], events
    assert run("The ministry said the reorganisation would cost about 1.2 billion won.") == []


def test_session22_trade_with_china_does_not_make_the_police_chinas():
    text = ("SINUIJU: Police step up checks on Chinese phones. The police in Sinuiju have been stopping people "
            "at the railway station and going through their phones for Chinese SIM cards, a source reported. "
            "Traders who deal with China say business has slowed.")
    assert {e.perpetrator.actor for e in run(text) if e.perpetrator} == {"KP.MSoS"}, run(text)


def test_session22_a_social_security_station_is_the_police():
    (ev,) = run("Three officers from the district social security station came to the flat one evening and searched it.")
    assert ev.perpetrator.actor == "KP.MSoS"


def test_session22_following_a_defector_about_is_tailing():
    events = run("He followed a defector to and from her home in Seoul for months, the court found, on the orders of "
                 "the Ministry of State Security.")
    assert types(events) == ["SURVEIL"] and events[0].perpetrator.actor == "KP.MSS", events
    assert run("She followed the news from home every night.") == []


@pytest.mark.parametrize("text,etype", [
    # Session 23 (triggers en v32): custody told by the room or by "there" with days or more,
    # a blow that knocks someone to the ground, workers or students sent or ordered home.
    ("Officers checked his papers on the platform. He was kept in the station guard room until the evening.", "DETAIN"),
    ("The three fishermen were taken from the harbour to the county security department. They were kept there "
     "for nine days.", "DETAIN"),
    ("When she refused to get into the truck, she was knocked to the ground by one of the policemen.", "ASSAULT"),
    ("North Korea has sent home about 60 restaurant workers from Phnom Penh after two waitresses fled.", "REPATRIATE"),
])
def test_session23_custody_blows_and_recalls(text, etype):
    assert etype in types(run(text)), run(text)


def test_session23_a_summons_kept_a_day_is_the_summons_and_doors_are_no_people():
    evs = run("Her father was summoned to the city security department in May and kept there for a day.")
    assert types(evs) == ["VISIT"], evs
    assert "ASSAULT" not in types(run("Police knocked down the door of the house at dawn.")), \
        run("Police knocked down the door of the house at dawn.")


@pytest.mark.parametrize("text", [
    # Session 23 (triggers en v32): school expulsions, being turned away from an academy, early
    # retirement and a move from a job to a labour team are penalties, not removals from a place.
    "Four students at an agricultural college in Sariwon were expelled after their phones were checked.",
    "The defector's nephew was turned away from the naval academy in Nampo this spring.",
    "Her uncle was \"retired early\" from the railway bureau after the letter was found.",
    "Her brother was moved from his post at the county office to a construction brigade.",
])
def test_session23_lost_places_are_penalties(text):
    evs = run("A source in Ryanggang Province said the family's daughter fled to South Korea in 2020. " + text)
    assert "PUNISH" in types(evs) and "EXPEL" not in types(evs), evs


@pytest.mark.parametrize("text", [
    # Session 23 (triggers en v32): watching told as "watching her closely" or a channel followed for months.
    "The security officer in charge of the village is watching the family closely since the call.",
    "Her brother thinks the MSS has been following his YouTube channel closely for a year.",
])
def test_session23_watching_told_closely(text):
    assert "SURVEIL" in types(run(text)), run(text)


@pytest.mark.parametrize("text", [
    # Session 23 (triggers en v32): expulsions from a university or the Party are penalties.
    "A third-year cadet at the Kim Chaek naval academy was expelled in May after his cousin fled.",
    "Her brother was expelled last spring from the Pyongyang University of Medicine by its Party committee.",
    "The district Party committee met on Friday and expelled her father for failing to educate his daughter.",
])
def test_session23_expelled_from_a_university_or_the_party_is_punished(text):
    evs = run("A source in South Hamgyong Province said the family's daughter fled to South Korea in 2021. " + text)
    assert "PUNISH" in types(evs) and "EXPEL" not in types(evs), evs


def test_session23_fired_over_their_heads_is_a_warning_shot():
    evs = run("I served as a border guard in Musan for five years. When traders came down to the river at night, "
              "we fired over their heads.")
    assert any(e.type == "THREATEN" and e.extractor.rule == "threaten.warning_shots" for e in evs), evs


def test_session23_called_to_a_party_committee_is_a_summons():
    evs = run("After the defection her father was called to the county Party committee in Kapsan and questioned "
              "about his son.")
    assert "VISIT" in types(evs), evs
    assert "VISIT" not in types(run("The delegates were called to a committee meeting in Pyongyang on Monday.")), \
        run("The delegates were called to a committee meeting in Pyongyang on Monday.")


@pytest.mark.parametrize("text,etype", [
    # Session 24 (triggers en v33): a post or ration cards taken away are penalties, not custody;
    # a forced abortion is violence, not an order; "made him ring me" is a forced call.
    ("The Party committee took her post as team leader away and gave it to a younger man.", "PUNISH"),
    ("Before leaving, the two security officers collected the family's ration cards.", "PUNISH"),
    ("Three women said that pregnant detainees at the holding centre had been forced to undergo abortions.", "ASSAULT"),
    ("Officers from the county security department sat his father down and made him ring me.", "COERCE"),
])
def test_session24_posts_cards_abortions_and_calls(text, etype):
    evs = run("A source in Ryanggang Province said the family's daughter fled to South Korea in 2021. " + text)
    assert etype in types(evs), evs
    assert "DETAIN" not in types(evs) and ("COERCE" not in types(evs) or etype == "COERCE"), evs


def test_session24_taken_from_a_flat_abroad_by_the_norths_men_is_an_abduction():
    evs = run("One woman said her brother had been taken from a flat in Yanji last spring by two men she believed "
              "to be agents of the Ministry of State Security.")
    assert types(evs) == ["ABDUCT"] and evs[0].perpetrator.actor == "KP.MSS", evs
    # the North's own officers taking someone from a flat at home hold him: custody
    evs = run("Her brother was taken from his flat in Hyesan last spring by officers of the Ministry of State Security.")
    assert types(evs) == ["DETAIN"], evs


def test_session24_round_up_items_headed_by_towns_are_never_one_act():
    text = ("Inside North Korea this week: reporting duty in Hamhung, slang patrols in Sariwon\n\n"
            "Daily NK's weekly round-up of short reports from our sources inside the country.\n\n"
            "Hamhung: A woman in her forties who was sent back from China last year has been told to report to the "
            "police box in her neighborhood every Tuesday, a source in South Hamgyong Province said. She is also "
            "barred from leaving the city.\n\n"
            "Sariwon: Patrols of the Socialist Patriotic Youth League have been stopping students outside schools in "
            "the North Hwanghae provincial capital since late April and checking whether they use South Korean words "
            "in their text messages.")
    evs = [e for e in run(text) if e.type == "RESTRICT"]
    assert any("barred" in e.evidence.text for e in evs) and any("Patrols" in e.evidence.text for e in evs), evs


def test_session24_shot_by_a_firing_squad_is_an_execution_and_a_transfer_caught_is_no_custody():
    evs = run("The court in Hyesan found him guilty of guiding people across the river. He was shot by a firing squad "
              "at the end of the trial.")
    assert "PUNISH" in types(evs) and "ASSAULT" not in types(evs), evs
    evs = run("Kwon, a former officer of the Ministry of State Security, said: In my time we took the money off "
              "the families whenever we caught a transfer.")
    assert "DETAIN" not in types(evs), evs


def test_session24_an_act_whose_people_go_unsaid_falls_on_those_last_told_of():
    evs = run("Security officers detained the mother of a defector in Hyesan last month, a source said. "
              "Since then the security department has been tapping calls, the source said.")
    watched = [e for e in evs if e.type == "SURVEIL" and not e.extractor.rule.startswith("model.")]
    assert watched and watched[0].target is not None, evs
    assert watched[0].target.category == "defector_family" and watched[0].target.text is None, watched


def test_session24_will_be_hunted_down_is_a_threat_and_a_pledges_promise_no_act():
    evs = run("North Korea's state news agency carried a statement on Tuesday. It warned that defectors who send "
              "leaflets would be hunted down \"to the ends of the earth.\"")
    assert "THREATEN" in types(evs) and "DETAIN" not in types(evs), evs
    evs = run("That spring the head of my mother's people's unit came to her door with a sheet of paper and made her "
              "sign it, promising that she would not accept calls from outside.")
    assert "INDUCE" not in types(evs) and "COERCE" in types(evs), evs
    assert "COERCE" not in types(run("The inspection group, which residents call a grupa, is made up of officials "
                                     "from the Party Central Committee, prosecutors and police, he said.")), \
        run("The inspection group, which residents call a grupa, is made up of officials from the Party Central "
            "Committee, prosecutors and police, he said.")


def test_session24_sentences_handed_to_people_are_penalties():
    evs = run("A notice from the Chongjin city prosecutors' office was posted on January 12, listing prison "
              "sentences handed to 14 people for illegal border crossing.")
    assert any(e.type == "PUNISH" and e.extractor.rule == "punish.sentences_handed" for e in evs), evs


@pytest.mark.parametrize("text,etype", [
    # Session 24 (triggers en v33): an officer who "had gone to" a home calls there; "lost that job" is a penalty.
    ("According to Choi, the security officer had gone to her mother's house that afternoon and stayed until night.",
     "VISIT"),
    ("After the security department came, I lost my job at the mine.", "PUNISH"),
])
def test_session24_gone_to_a_home_and_a_job_lost(text, etype):
    assert etype in types(run(text)), run(text)


@pytest.mark.parametrize("text", [
    # Session 24 (triggers en v33): reports written on others are watching (an order to inform), not coercion.
    "In the village, the head of the people's unit reports on them every month, the source said.",
    "From 2017 until I left, the police officer for our area told me to write a report every Monday on those "
    "three houses.",
])
def test_session24_reports_on_others_are_watching(text):
    evs = run(text)
    assert "SURVEIL" in types(evs) and "COERCE" not in types(evs), evs


def test_session24_guards_in_a_holding_centre_are_its_organs_not_the_border_guards():
    evs = run("After their return, people are held in holding centres run by the Ministry of State Security near the "
              "border. Women described being strip-searched repeatedly and said that guards beat those whose answers "
              "changed.")
    beaten = [e for e in evs if e.type == "ASSAULT"]
    assert beaten and beaten[0].perpetrator.actor == "KP.MSS", evs
    evs = run("Guards at the river fired at the traders as they crossed the border.")
    assert evs and evs[0].perpetrator.actor == "KP.border_guard", evs


def _devset_text(name, doc_id):
    import json
    path = Path(__file__).resolve().parents[1] / "bench" / "devset" / name
    return next(r["text"] for r in map(json.loads, path.open()) if r["id"] == doc_id)


def test_session24_a_country_a_place_borders_is_no_state_imposing_a_ban():
    # en-66's fishing-ban negative (a report set in the South): "the estuary borders North Korea" names a place.
    evs = run(_devset_text("en-66.jsonl", "en-cy04"))
    assert not any(e.perpetrator and e.perpetrator.actor == "KP.gov" for e in evs), evs


def test_session24_called_to_a_section_of_an_office_is_a_summons():
    evs = run("Her mother was called to the anti-espionage section of the Sinuiju city security department in "
              "mid-September, the source said.")
    assert any(e.type == "VISIT" and e.extractor.rule == "visit.summon" for e in evs), evs


def test_session24_a_flat_given_to_one_who_came_back_is_an_inducement():
    evs = run("A woman who fled to the South in 2019 returned to Pyongyang in March. KCTV said Jang had been given a "
              "new apartment in Pyongyang and a job at a textile mill.")
    assert any(e.type == "INDUCE" and e.extractor.rule == "induce.housed" for e in evs), evs
    evs = run("After leaving Hanawon, defectors are given an apartment in Seoul and a settlement grant.")
    assert "INDUCE" not in types(evs), evs


def test_session25_expulsion_from_the_youth_league_is_a_penalty_not_banishment():
    evs = run("The Youth League committee at her college expelled her from the league in May after security agents "
              "found South Korean songs on her phone.")
    assert any(e.type == "PUNISH" and e.extractor.rule == "punish.thrown_out" for e in evs), evs
    assert "EXPEL" not in types(evs), evs


def test_session25_coming_back_into_the_country_is_a_return():
    evs = run("State television said the fisherman, who had lived in Seoul for four years, crossed back into the country "
              "in May.")
    ev = one(evs, "RETURN")
    assert ev.extractor.rule == "return.redefect" and ev.perpetrator is None


def test_session25_the_organ_named_by_its_noun_is_read_in_a_later_sentence():
    # en-69's interview with a Hoeryong mother: "the bureau called me in" points back to the city
    # security bureau named paragraphs before; the sentence names no organ itself, but is read.
    evs = run(_devset_text("en-69.jsonl", "en-db13"))
    assert any(e.type == "VISIT" and e.extractor.rule == "visit.summon" and "called me in" in e.evidence.text
               and e.perpetrator.actor == "KP.MSS" for e in evs), evs


def test_session25_questioning_by_men_who_came_to_the_house_is_a_visit():
    # en-71's op-ed: agents "came to his house and questioned him for three hours" call at a home;
    # the questioning is the visit's, not custody.
    evs = run(_devset_text("en-71.jsonl", "en-dd12"))
    assert any(e.type == "VISIT" and "came to his house" in e.evidence.text for e in evs), evs
    assert not any(e.type == "DETAIN" and "came to his house" in e.evidence.text for e in evs), evs


def test_session25_the_younger_one_of_two_holders_slaps():
    evs = run("I was held for three nights at the county security department. On the second night the younger one "
              "slapped me until my ear rang.")
    assert any(e.type == "ASSAULT" and e.extractor.rule == "assault.beat_verb" for e in evs), evs


def test_session25_terms_got_crews_sent_home_and_bounties():
    evs = run("My cousin was arrested by the provincial security bureau in 2021 and got eight years.")
    assert any(e.type == "PUNISH" and e.extractor.rule == "punish.got_term" for e in evs), evs
    evs = run("He got ten years of experience at the plant before he retired.")
    assert "PUNISH" not in types(evs), evs
    evs = run("After the welder fled, the whole brigade was ordered home by the trading company in Moscow.")
    assert any(e.type == "REPATRIATE" and e.extractor.rule == "repatriate.ordered_home" for e in evs), evs
    evs = run("The embassy denied that any workers had been sent home as a punishment.")
    assert not any(e.extractor.rule == "repatriate.ordered_home" for e in evs), evs
    evs = run("State Security agents in Hunchun pay local drivers 300 yuan for every North Korean they report.")
    assert any(e.type == "INDUCE" and e.extractor.rule == "induce.bounty" for e in evs), evs


def test_session25_a_public_trial_held_and_a_telephone_listened_to():
    evs = run("KCNA said the four smugglers were convicted last week and that their trial was held in public before the city's residents.")
    assert "PROPAGANDA" in types(evs), evs
    evs = run("Since the spring the State Security Department is listening to the telephone of the house, a source said.")
    assert any(e.type == "SURVEIL" and e.extractor.rule == "surveil.listened" for e in evs), evs
    evs = run("Security officials sent the families of the two men to a mining area in Chagang Province.")
    assert "EXPEL" in types(evs), evs


def test_session25_a_crew_ordered_home_by_its_company_is_the_norths_recall():
    # en-71's testimony of a builder in Abu Dhabi: "the company ordered the whole crew home" is the
    # North's recall of its workers (bench/CODING.md: KP.gov), not a company's lawful act.
    evs = run(_devset_text("en-71.jsonl", "en-dd07"))
    assert any(e.type == "REPATRIATE" and e.extractor.rule == "repatriate.ordered_home"
               and e.perpetrator.actor == "KP.gov" for e in evs), evs


def test_session25_workers_flown_home_with_no_agent_are_recalled_by_the_state():
    evs = run("After one of the programmers vanished in Dalian, the remaining North Korean IT workers were flown from "
              "Shenyang to Pyongyang in late September, a South Korean official said.")
    ev = one(evs, "REPATRIATE")
    assert ev.target.category == "worker_abroad" and ev.perpetrator.actor == "KP.gov", evs


def test_session25_bare_officials_in_a_report_set_in_the_south_are_no_states():
    # A Seoul traffic notice: "officials said", "a city official said. He warned ...": the South's
    # own officials, as a bare "police" there is (ctx.set_in_south), not the North's organs.
    text = ("Buses barred from Yanghwa Bridge during repairs\n\n"
            "Buses will be barred from the Yanghwa Bridge over the Han River from Monday while engineers repair two "
            "of its joints, the Seoul city government said Tuesday.\n\n"
            "The restriction will stay in place for a month. Police will be posted at both ends of the bridge, and "
            "cameras will watch every vehicle, officials said. Drivers caught breaking the rule will be fined up to "
            "2 million won, and their buses will be held at a depot until the fine is paid.\n\n"
            "Engineers visited the bridge in June and found the damage. \"We cannot take risks,\" a city official "
            "said. He warned that the ban could be extended if more damage is found.")
    assert run(text) == []


def test_session25_a_public_trial_told_by_state_media_is_the_courts():
    evs = run("KCNA said the trial of the two smugglers was held in public before 3,000 citizens at a stadium in "
              "Hyesan last week, and that both were sentenced to death.")
    assert any(e.type == "PROPAGANDA" and e.perpetrator.actor == "KP.court" for e in evs), evs


def test_session25_the_neighbourhood_unit_is_the_peoples_unit():
    evs = run("The neighbourhood unit leader has been told to write down everyone who visits the family, a source in "
              "Hyesan said.")
    assert any(e.type == "SURVEIL" and e.perpetrator and e.perpetrator.actor == "KP.inminban" for e in evs), evs


def test_session25_a_money_courier_is_a_person_not_money():
    evs = run("A money courier who carried cash from relatives in South Korea to families in North Pyongan Province was "
              "arrested by city police at his home in early January, a source in Sinuiju said.")
    assert "DETAIN" in types(evs), evs
    evs = run("Customs officers seized money and goods worth 3 million won at the port, police said.")
    assert "DETAIN" not in types(evs), evs


def read_by(text, etype, rule):
    """The events of ``text``, asserting that the rule ``rule`` read an act of ``etype`` in it."""
    evs = run(text)
    assert any(e.type == etype and e.extractor.rule == rule for e in evs), evs
    return evs


def test_session26_a_title_with_its_full_stop_fills_a_word_slot():
    read_by("Two officers came at night and took Mrs. Ryu to the police station in Onsong.",
            "DETAIN", "detain.taken_to")


def test_session26_a_unit_head_who_must_report_every_visitor_watches_and_signing_in_is_a_restriction():
    evs = run("Since her return from China, the head of her people's unit has to report everybody who comes to her "
              "door, and she has to sign in at the police box in Hoeryong every Friday.")
    got = {e.type: e for e in evs}
    assert "SURVEIL" in got and got["SURVEIL"].perpetrator.actor == "KP.inminban", evs
    assert "RESTRICT" in got and "COERCE" not in got, evs
    read_by("North Korean police keep watch on the returnee. Her unit head must tell the local security office "
            "about anyone who visits her flat.", "SURVEIL", "surveil.report")


def test_session26_a_reward_told_well_after_the_return_is_still_the_returns():
    filler = " ".join(["Neighbours in the town say the winter was hard and the market stayed half empty."] * 12)
    read_by("Jang Myong-hui walked back across the Yalu last spring after six years in Seoul.\n\n" + filler +
            "\n\nState television said she had been given a flat in Sinuiju and a post at a shoe factory.",
            "INDUCE", "induce.housed")


def test_session26_a_returnee_thanking_the_state_for_a_flat_was_rewarded():
    read_by("The couple returned to the North in March. On state television the husband thanks \"the loving care "
            "of the Party\" for a flat in Chongjin and a job at the port.", "INDUCE", "induce.thanks")


def test_session26_come_home_and_nothing_will_happen_is_a_promise():
    read_by("An officer of the county security department took the receiver. \"Come home and nothing will happen "
            "to your mother,\" he said.", "INDUCE", "induce.welcome")


def test_session26_two_kinds_of_penalty_in_one_sentence_are_two_acts():
    evs = run("After his son fled, the father, a foreman at the Musan mine, was expelled from the Workers' Party and "
              "dismissed from his post.")
    pun = [e for e in evs if e.type == "PUNISH"]
    assert len(pun) == 2, evs
    assert pun[0].evidence.end <= pun[1].evidence.start, pun
    assert "Party" in pun[0].evidence.text and "post" in pun[1].evidence.text, pun
    # one penalty told with several of its words stays one act
    evs = run("The county court sentenced the smuggler to ten years in a reform-through-labour camp.")
    assert len([e for e in evs if e.type == "PUNISH"]) == 1, evs


def test_session26_penalties_of_two_kinds_in_following_sentences_are_not_one_act():
    evs = run("The defector's brother was expelled from the Workers' Party in May, a source in Hyesan said. Two weeks "
              "later he was dismissed from his job at the cement works.")
    assert len([e for e in evs if e.type == "PUNISH"]) == 2, evs


def test_session26_new_wordings_of_watching_staging_custody_return_and_restriction():
    read_by("North Korea's State Security officers have been posing as believers to find people who pray together "
            "in Sinuiju, a source said.", "SURVEIL", "surveil.undercover")
    read_by("The city security department put her on the stage of the Hyesan cultural hall in May.",
            "PROPAGANDA", "propaganda.humiliate")
    read_by("In Hongwon the county bowibu kept her there four days and questioned her about her husband.",
            "DETAIN", "detain.holding")
    read_by("Chinese police detained nine North Koreans in Yanji. Activists said they faced being sent back "
            "within weeks.", "REPATRIATE", "repatriate.facing_return")
    read_by("The welder fled a North Korean building site in Khabarovsk in May. He is expected to be handed to "
            "consular officials next week.", "REPATRIATE", "repatriate.facing_return")
    read_by("Since June the Chinese police in Yanji have been freezing WeChat accounts that receive money from "
            "South Korea.", "RESTRICT", "restrict.accounts_frozen")


def test_session26_bare_police_in_a_report_set_in_china_are_chinas():
    evs = run("Landladies questioned in Yanji\n\nSince early October, volunteers in Yanji and Longjing say, landladies "
              "in the lanes near the railway station have been asked about their tenants from across the border in "
              "China's Jilin province.\n\nPolice fined one landlady 10,000 yuan last month for failing to register "
              "a tenant.")
    assert [(e.type, e.perpetrator.actor) for e in evs] == [("PUNISH", "CN.police")], evs
    # in a report set in the North they stay the North's
    evs = run("Police in Hyesan arrested three traders last week. Police fined one woman 10,000 won.")
    assert all(e.perpetrator.actor == "KP.MSoS" for e in evs), evs


def test_session26_an_arrest_told_as_a_time_is_no_arrest():
    evs = run("Since the arrests, police in Hoeryong have been calling in the families one by one.")
    assert "DETAIN" not in types(evs), evs
    evs = run("Kim, a North Korean national, taught English at a school in Pyongyang at the time of his arrest.")
    assert "DETAIN" not in types(evs), evs
    assert "DETAIN" in types(run("Police in Hoeryong arrested two traders in March.")), evs


def test_session26_coming_back_on_ones_own_or_through_a_border_city_is_a_return():
    evs = run("A woman who had worked in Shenyang for six years came back by herself from Yanji in 2020.")
    assert [(e.type, e.extractor.rule) for e in evs] == [("RETURN", "return.on_own")], evs
    evs = run("She went back in 2019, through Dandong, a classmate from Hanawon said.")
    assert [(e.type, e.extractor.rule) for e in evs] == [("RETURN", "return.on_own")], evs
    evs = run("Three days later the fisherman crossed the river from Ji'an into Manpo.")
    assert [e.type for e in evs] == ["RETURN"], evs
    assert run("She went back to work on Monday after the holiday.") == []
    assert run("He crossed the Tumen into China near Musan in 2015.") == []


def test_session27_guards_who_shot_a_man_assault_him():
    evs = read_by("In August 2019, one night, border guards shot a man who was crossing the river below Changsong.",
                  "ASSAULT", "assault.shot")
    assert [e.perpetrator.actor for e in evs if e.type == "ASSAULT"] == ["KP.border_guard"], evs
    assert run("The film crew shot a video of the river below Changsong.") == []


def test_session27_phones_taken_pensions_cancelled_and_letters_opened():
    read_by("Since then the North Korean security officer has taken the remaining 46 workers' phones.",
            "RESTRICT", "restrict.phones_taken")
    read_by("After the escape the managers of the North Korean crew collected the passports and phones of the "
            "remaining 70 workers.", "RESTRICT", "restrict.phones_taken")
    read_by("In Hyesan, North Korea, her job at the market management office was already taken away.",
            "PUNISH", "punish.ration_cut")
    read_by("In February 2025 her father in Nampo, North Korea, was told not to report for work at the docks again.",
            "PUNISH", "punish.ration_cut")
    evs = read_by("North Korea's army keeps watch on him: the political department of the Kosong regiment opens all "
                  "his letters now.", "SURVEIL", "surveil.posted")
    assert {e.perpetrator.actor for e in evs if e.type == "SURVEIL"} == {"KP.KPA"}, evs


def test_session27_released_in_an_amnesty_is_no_promise():
    evs = run("He was sentenced by a North Korean court to two years of labour. I was released early, in an amnesty "
              "in February 2025, and crossed the river again in May.")
    assert "INDUCE" not in types(evs), evs
    assert "INDUCE" in types(run("The State Security Department promised an amnesty to anyone who came back."))


def test_session27_handed_back_ordered_home_and_seized_from_a_hospital():
    read_by("Chinese authorities handed about 40 North Koreans back to their country in two groups in October.",
            "REPATRIATE", "repatriate.returned_people")
    read_by("We worked at a North Korean restaurant. In January 2020 we were all ordered home from Shenyang on a "
            "single day.", "REPATRIATE", "repatriate.ordered_home")
    read_by("The group said North Korean security agents had seized a woman from a hospital in Yanji in September.",
            "ABDUCT", "abduct.grab_bring")
    read_by("Bowibu agents came out of the reeds, bound him and dragged him across the frozen edge of river to "
            "Namyang side.", "ABDUCT", "abduct.abduct")


def test_session27_soldiers_of_a_border_guard_company_are_no_firm():
    evs = read_by("When I stepped onto the ice near Jongsong in North Korea, two other soldiers from the border guard "
                  "company caught me.", "DETAIN", "detain.caught")
    assert [e.perpetrator.actor for e in evs if e.type == "DETAIN"] == ["KP.border_guard"], evs


def test_session27_a_visit_told_as_coming_again():
    read_by("In September two State Security officers came again.", "VISIT", "visit.came")
    assert run("Spring came again to the valley.") == []


def test_session27_a_person_in_a_fronted_phrase_is_the_subject_the_parser_left_out():
    evs = run("Officers of North Korea's Ministry of State Security have summoned relatives of people who left.\n\n"
              "In one case documented by OHCHR, a woman in Hyesan, Ryanggang Province, was held for three days at "
              "the city office of the Ministry in March 2024.")
    assert [(e.type, e.perpetrator.actor, e.target.text) for e in evs if e.type == "DETAIN"] == [
        ("DETAIN", "KP.MSS", "a woman in Hyesan")], evs


def test_session27_a_detention_centre_is_a_place_not_an_arrest():
    evs = run("North Korea's government did not respond to a letter asking about conditions in detention.")
    assert "DETAIN" not in types(evs), evs
    evs = run("Chinese police arrested her in Yanji. After two months in a detention centre in Tumen she was "
              "handed over to North Korean officers on the bridge.")
    assert types(evs).count("DETAIN") == 1, evs
    read_by("North Korean police put her in detention for a month.", "DETAIN", "detain.arrest")


def test_session27_a_video_on_the_state_run_website_is_staging():
    read_by("Some months later the defector appeared in a video on the state-run website Uriminzokkiri, calling "
            "life in the South slavery.", "PROPAGANDA", "propaganda.appear")


def test_session27_officials_not_tied_to_the_north_in_a_report_set_in_the_south_act_for_the_south():
    evs = run("Bird flu confirmed at duck farm near border in Yeoncheon\n\nYEONCHEON, Gyeonggi -- Highly pathogenic bird "
              "flu has been confirmed at a duck farm in Yeoncheon, about 5 kilometers from the inter-Korean border, the "
              "agriculture ministry in Sejong said Friday.\n\nQuarantine officials have banned the movement of poultry, "
              "eggs and feed from 18 farms within 10 km of the site for two weeks and will inspect each of them, "
              "officials said.\n\nNorth Korea reported an outbreak near its border with China last winter, and "
              "officials in Seoul believe migrating birds carry the virus south along the Imjin River.\n\nFarmers in "
              "Yeoncheon and Pocheon said the ban came at a bad time. Egg prices in Seoul rose slightly on the news.")
    assert evs == [], evs
    # people of the North named as such keep the act, wherever the report is set
    evs = run("A defector in Seoul said officers visited her mother in Hyesan last month and told her to call. "
              "Seoul police said they were looking into the case in Seoul.")
    assert {"VISIT", "COERCE"} <= set(types(evs)), evs


def test_session28_having_a_relative_telephone_or_record_is_coercion():
    read_by("Then the agents had her telephone her son from the county security office.", "COERCE", "coerce.causative")
    read_by("Two security officers came to the flat and had my father record a message for me.",
            "COERCE", "coerce.causative")


def test_session28_a_long_prison_term_faced_is_an_expected_penalty_not_a_kind_of_people():
    evs = run("A lawyer for the family said the two fishermen were likely to face long prison terms after their return.")
    assert [(e.type, e.status) for e in evs] == [("PUNISH", "expected")], evs
    # a kind of people facing a term stays general
    assert run("Defectors who are caught face a long prison term.") == []


def test_session28_removed_or_dropped_from_a_board_or_committee_is_a_penalty():
    read_by("After his daughter fled, the farm's Party committee met and the father was removed from the management "
            "board.", "PUNISH", "punish.removed")
    read_by("His wife was dropped from the district women's union committee the same week.", "PUNISH", "punish.removed")


def test_session28_kneeling_until_morning_is_a_stress_position():
    read_by("The interrogator at the county security department made me kneel on the cement floor until dawn.",
            "ASSAULT", "assault.stress_position")


def test_session28_calls_on_a_household_phone_are_no_call_on_anyone():
    evs = run("Neighbours say the county security department has been listening to calls on the family's phone.")
    assert "VISIT" not in types(evs) and "SURVEIL" in types(evs), evs


def test_session28_a_team_sent_back_home_is_a_recall():
    evs = run("After one welder ran away in Vladivostok, the North Korean construction company sent the whole crew of "
              "30 men back to North Korea.")
    assert [e.type for e in evs] == ["REPATRIATE"], evs


def test_session28_nobody_will_touch_you_is_a_promise():
    for text in ("A security officer told the mother that if her son comes home, nobody will touch him.",
                 "On the phone the officer said: come back, nothing will happen to you."):
        assert "INDUCE" in types(run(text)), text


def test_session28_traced_communications_watchtowers_and_patrols():
    read_by("State Security agents had traced his messages to a contact in Dandong for a year.", "SURVEIL", "surveil.locate")
    read_by("Since spring, watchtowers have gone up along the Tumen near Onsong, the source said, and border guards "
            "patrol the riverbank with dogs at night.", "RESTRICT", "restrict.allowed")


def test_session28_a_report_in_busan_with_a_north_korean_born_worker_is_set_in_the_south():
    evs = run("Power back in Haeundae after substation fire\n\nElectricity returned to 41,000 households in Haeundae and "
              "Suyeong early Sunday, the power company said. One elderly man was briefly detained in a stalled lift "
              "for 40 minutes before building staff opened the doors.\n\nCity officials warned residents to check on "
              "elderly neighbours and said they were monitoring heat-related calls to emergency services. Police "
              "directed traffic at 60 junctions.\n\nAmong the line crews was Moon, 38, an engineer who was born in "
              "Chongjin, North Korea, and came south as a teenager.")
    assert evs == [], evs


def test_session28_an_official_or_freight_wagons_coming_back_make_no_return():
    for text in ("An official of the county security department came to the house at the Lunar New Year and asked "
                 "about my brother. Two weeks later the same officer came back to Pukchong.",
                 "Since the spring the railway security office at Namyang has searched all freight wagons coming back "
                 "from Tumen on the Chinese side."):
        assert "RETURN" not in types(run(text)), text


def test_session28_homes_searched_for_hidden_rice_is_a_sweep():
    read_by("Police in Yomju County searched the homes of farmers at a cooperative farm for hidden rice over ten days.",
            "RESTRICT", "restrict.search_for")


def test_session28_event_volunteers_are_private_people_but_security_staff_are_not():
    assert run("One man was briefly detained by festival volunteers for trying to cut off a piece of the rope.") == []
    assert "ASSAULT" in types(run("The worker was beaten by company security staff in Vladivostok.")), "security staff"


def test_session28_the_leads_summary_of_words_said_gives_way_to_the_bodys_quote():
    evs = run("State Security agents in Unpa county have been pressing the families of two residents who fled to the "
              "South, mixing threats with promises, a source told Daily NK.\n\n"
              "\"An agent came to the mother's house in October,\" the source said. \"He said that if her son comes "
              "home, nobody will touch him and the family will get a new flat.\"")
    assert "nobody will touch him" in the_one(evs, "INDUCE").evidence.text, evs


def test_session28_kneeling_until_morning_is_a_second_harm_after_a_blow():
    evs = run("For three weeks I was questioned every day in the basement of the city security department. When he "
              "did not like an answer, the interrogator hit me on the head with his belt buckle. Twice he made me "
              "kneel on the concrete until morning.")
    assert types(evs).count("ASSAULT") == 2, evs


def test_session28_crossing_the_tumen_from_the_chinese_side_is_a_return_and_the_north_stages_the_show():
    evs = run("In March 2025 she crossed the Tumen River from the Chinese side near Tumen city, and a month later "
              "she appeared in a video on Uriminzokkiri.")
    got = {e.type: e for e in evs}
    assert "RETURN" in got and got["PROPAGANDA"].perpetrator.actor == "KP.gov", evs
    read_by("In August the man took the train across the Tumen River from Khasan, the ministry said.",
            "RETURN", "return.crossed_from_china")
    assert "RETURN" not in types(run("In 2019 she crossed the Tumen River from Musan into China.")), "a defection"


def test_session28_a_year_told_with_when_and_a_practice_asked_to_end_are_no_acts():
    assert run("Escapes by boat have been rare since 2020, when the North sealed its borders during the pandemic.") == []
    assert run("Please also write to the authorities of China, urging them to stop forcibly returning North Koreans "
               "and to let those who ask for asylum see UNHCR.") == []
    # a sealing told as the act itself stays
    read_by("In January 2020 the North sealed its borders with China and Russia.", "RESTRICT", "restrict.ban")


def test_session28_a_person_named_by_an_initial_is_a_person():
    evs = read_by("The court found that K. was held for two months at the Hyesan city security department, where an "
                  "interrogator struck her across the back.", "DETAIN", "detain.question")
    assert "ASSAULT" in types(evs), evs


def test_session29_a_penalty_a_threat_names_is_its_content_not_an_expected_act():
    evs = run("The county police called his mother in twice and warned that the whole family would be moved out of "
              "the county if her son crossed the river again.")
    assert "THREATEN" in types(evs) and "EXPEL" not in types(evs), evs
    # an act forecast before a threat's word in its sentence is still told
    evs = run('"They will be interrogated in Sinuiju, and some of them will end up in camps," said a Seoul activist.')
    assert "DETAIN" in types(evs), evs


def test_session29_a_verb_of_saying_between_commas_names_the_speaker():
    evs = run("A bowibu officer came to the farm in March. Otherwise, he said, her grandson would be thrown out of "
              "the army.")
    threat = the_one(evs, "THREATEN")
    assert threat.perpetrator is not None and threat.perpetrator.actor == "KP.MSS", evs
    assert "PUNISH" not in types(evs), evs


def test_session29_taken_from_home_and_stopped_by_a_patrol():
    read_by("Two bowibu agents took the old man from his home in Kanggye before dawn.", "DETAIN", "detain.taken_from_home")
    evs = run("Two bowibu agents took the family albums from his home in Kanggye.")
    assert not any(e.extractor.rule == "detain.taken_from_home" for e in evs), evs  # things, not people
    read_by("The two girls were stopped by a patrol of Chinese border police near the river.", "DETAIN",
            "detain.stopped_by")


def test_session29_labour_a_call_at_the_house_households_told_to_leave_and_workers_called_home():
    read_by("In the Tumen centre the guards made us sew gloves until midnight.", "COERCE", "coerce.made_labour")
    read_by("Last winter the county security department sent two men to our flat.", "VISIT", "visit.sent_to_house")
    evs = read_by("The county people's committee told some 30 of the riverside households to leave by the end of May.",
                  "EXPEL", "expel.households_told")
    assert "COERCE" not in types(evs), evs
    read_by("In July the Pyongyang trading company called all twenty of us home ahead of schedule.", "REPATRIATE",
            "repatriate.called_home")


def test_session29_a_travel_pass_refused_and_long_terms_faced():
    read_by("His parents were refused a travel pass to visit him in Chongjin.", "RESTRICT", "restrict.pass_refused")
    evs = run("Returnees who admitted meeting South Koreans face long terms in labour camps, the report said.")
    assert [(e.type, e.status) for e in evs] == [("PUNISH", "expected")], evs


def test_session29_summoned_alone_removed_as_team_leader_off_teaching_and_a_watch_list():
    read_by("The next day the district bowibu called her in alone.", "VISIT", "visit.summon")
    read_by("In March the farm Party committee removed him as work-team leader.", "PUNISH", "punish.removed_as")
    read_by("After her son fled, the teacher was taken off teaching and sent to sweep the school yard.", "PUNISH",
            "punish.off_teaching")
    read_by("After I came back I was put on a list of people to be watched.", "SURVEIL", "surveil.watch_list")


def test_session29_dictating_a_letter_or_recording_a_voice_is_coercion_and_writing_down_every_word_watching():
    read_by("The bowibu officers dictated a letter to the mother and had it sent to her daughter.", "COERCE",
            "coerce.dictated")
    read_by("Party officials came to the house and recorded her voice on a phone.", "COERCE", "coerce.dictated")
    evs = run("The security department wrote every word of the script for the broadcast.")
    assert "SURVEIL" not in types(evs), evs


def test_session29_orders_to_wait_or_to_watch_others_are_no_coercion_of_the_one_ordered():
    for text in ("At the police station a guard told me to wait in the corridor.",
                 "The bowibu told people's unit heads to walk round their blocks at night and see who has guests."):
        assert "COERCE" not in types(run(text)), text


def test_session29_the_officer_who_questioned_her_and_an_interview_for_a_report():
    for text in ("The officer who questioned her said nothing about her brother.",
                 "She was interviewed in Seoul in March 2025 by the group."):
        assert "VISIT" not in types(run(text)), text


def test_session29_a_crossing_into_the_north_is_a_return_with_no_perpetrator():
    evs = read_by("According to the ministry, the woman crossed the Yalu River into the North near Sinuiju in June.",
                  "RETURN", "return.crossed_into")
    assert the_one(evs, "RETURN").perpetrator is None, evs


def test_session29_a_wire_leads_return_and_the_bodys_telling_are_one_act():
    evs = run("SEOUL, June 3 (Yonhap) -- A North Korean defector who had lived in Daegu for five years has gone back "
              "to the North, the unification ministry said Tuesday.\n\n"
              "The man, a 41-year-old surnamed Kim, flew to Shenyang in April and crossed into North Korea at "
              "Dandong, the ministry said.")
    assert "crossed into North Korea" in the_one(evs, "RETURN").evidence.text, evs


def test_session29_an_act_that_starts_a_span_is_a_time_and_a_decree_barring_entry_a_restriction():
    evs = run("Within a month of the execution, the city police evicted his widow from their flat.")
    assert "PUNISH" not in types(evs) and "EXPEL" in types(evs), evs
    read_by("North Korea's parliament has adopted a law that bars anyone without a special pass from entering a "
            "strip along the Yalu.", "RESTRICT", "restrict.bars_entry")
    read_by("His sister lost her job as a nurse at the county hospital a week later.", "PUNISH", "punish.lost_job")


def test_session29_a_family_ordered_out_of_its_flat_is_expelled():
    read_by("The county people's committee ordered the widow and her children out of their house in March.", "EXPEL",
            "expel.ordered_out")


def test_session29_sent_back_across_a_crossing_a_shoot_notice_and_a_fine_given():
    read_by("Last spring some 30 people were sent back through the border city of Hunchun, the group said.",
            "REPATRIATE", "repatriate.sent_back_across")
    read_by("Border guards have put up signs along the bank saying that anyone who comes within 100 metres will be "
            "shot.", "THREATEN", "threaten.shoot_notice")
    read_by("The city police gave him a fine of 500,000 won for selling Chinese phones.", "PUNISH", "punish.given_fine")
    read_by("Two security agents took the old teacher from the county's middle school to the security department.",
            "DETAIN", "detain.taken_to")


def test_session30_he_opening_a_sentence_is_the_official_the_sentence_before_was_about():
    evs = run("In May an agent from the city security department came to the flat of a widow whose daughter "
              "lives in Busan. He brought a Chinese handset and had her dial her daughter.")
    coerce = the_one(evs, "COERCE")
    assert coerce.perpetrator is not None and coerce.perpetrator.actor == "KP.MSS", evs
    # a subject that is no official leaves the pronoun to the nearest-person reading
    evs = run("In May a neighbour came to the flat of a widow whose daughter lives in Busan. "
              "He brought a Chinese handset and had her dial her daughter.")
    assert "COERCE" not in types(evs), evs


def test_session30_told_to_pass_a_message_on_is_the_message_not_coercion():
    evs = run("The bowibu officer told the father to pass a message on: if his son returned, he would be given "
              "a house in Hyesan.")
    assert "INDUCE" in types(evs) and "COERCE" not in types(evs), evs
    assert not any(e.extractor.rule == "coerce.instruct" for e in evs), evs  # the order to relay is no act of its own


def test_session30_custody_for_a_week_or_one_night_and_the_cells_of_a_named_organ():
    read_by("The county security department held her for a week and asked about her sister.", "DETAIN", "detain.kept")
    read_by("The border guards kept him one night at their post.", "DETAIN", "detain.kept")
    read_by("In May the Musan police kept us in the county police station's cells for six weeks.", "DETAIN",
            "detain.collar")


def test_session30_counted_women_sent_back_and_people_handed_back_to_the_north():
    read_by("Chinese police have sent back at least 30 women through the Tumen crossing this year.", "REPATRIATE",
            "repatriate.return")
    evs = run("Guards at the reception centre were known for beating newly returned women.")
    assert "REPATRIATE" not in types(evs), evs  # "returned women": who they are, not an act
    read_by("Chinese authorities handed about 25 North Koreans, most of them teenagers, back to the North on "
            "Tuesday.", "REPATRIATE", "repatriate.handed_back")


def test_session30_a_lenient_outcome_if_one_comes_back_is_a_promise_not_a_threat():
    evs = run("The security officer told his wife that if he came home by himself he would only be sent to a "
              "farm for a year.")
    assert "INDUCE" in types(evs) and "THREATEN" not in types(evs), evs


def test_session30_a_call_recorded_a_phone_taken_away_and_a_call_list_gone_through():
    read_by("The bowibu agent sat beside her and recorded the whole call.", "SURVEIL", "surveil.recorded_call")
    read_by("In March police took away the Chinese phone of a family in Musan.", "RESTRICT", "restrict.phone_taken")
    evs = run("When her son rang, the security officer took the phone and spoke to him himself.")
    assert "RESTRICT" not in types(evs), evs  # the handset picked up to talk, not taken from anyone
    read_by("The county security officer went through her call list in front of her.", "SURVEIL", "surveil.tail")


def test_session30_given_days_to_leave_and_noting_down_everyone_who_calls():
    read_by("In April the family was given five days to leave their flat in Kanggye.", "EXPEL", "expel.days_to_leave")
    evs = run("Stallholders were given three days to pack up their Chinese goods and take them home.")
    assert "EXPEL" not in types(evs), evs
    read_by("Since June the inminban head has been noting down everyone who visits the house.", "SURVEIL",
            "surveil.write_down")


def test_session30_what_would_have_happened_is_no_act_but_a_guess_at_what_did_is():
    for text in ("Had she been caught at the station, she would have been sent back to the North by the police.",
                 "Twenty years ago a family like hers would have been banished to the mountains by the bowibu.",
                 "The tribunal found that he would probably be questioned by the State Security Department and "
                 "imprisoned if he were returned."):
        evs = run(text)
        assert not any(e.type in ("REPATRIATE", "EXPEL", "DETAIN", "PUNISH") for e in evs), (text, evs)
    evs = run("The mine's workers would almost certainly have been made to attend the trial by the Party committee.")
    assert "COERCE" in types(evs), evs


def test_session30_a_public_trial_a_sentence_is_passed_at_is_staged_too():
    evs = run("The two smugglers were sentenced to death at a public trial held at the Hyesan stadium last week.")
    assert {"PUNISH", "PROPAGANDA"} <= set(types(evs)), evs


def test_session30_calling_someone_in_every_week_and_boats_not_allowed_past_a_limit():
    read_by("After that the battalion's security officer started calling him in every Monday.", "VISIT", "visit.summon")
    evs = run("The security officer sent him phone calls in every city he visited.")
    assert "VISIT" not in types(evs), evs
    read_by("Since March the coastal police have said fishing boats are not allowed past five miles out.", "RESTRICT",
            "restrict.allowed")


def test_session30_recalled_workers_a_surrender_at_the_border_movements_reported_and_ended_up_in_a_camp():
    read_by("North Korea recalled about 150 of its workers from Mongolia in May.", "REPATRIATE", "repatriate.recall")
    read_by("He worked on farms in Helong and handed himself in at a border guard post near Musan.", "RETURN",
            "return.surrender")
    read_by("Since then the inminban head must report her movements every week to the safety agent.", "SURVEIL",
            "surveil.log")
    read_by("A neighbour later heard that the man ended up in a prison camp.", "PUNISH", "punish.ended_up_in_camp")
    read_by("At the trial the judge announced long sentences for the four smugglers.", "PUNISH",
            "punish.terms_announced")


def test_session30_a_motorbike_taken_away_is_a_penalty_on_goods_not_a_detention():
    evs = read_by("The agents took his motorbike away and said he could have it back when his son returned.", "PUNISH",
                  "punish.property_taken")
    assert "DETAIN" not in types(evs), evs
    read_by("Security agents took the old man away in the night.", "DETAIN", "detain.take_away")


def test_session30_the_norths_managers_abroad_act_for_the_state():
    evs = read_by("After the escape, North Korean managers at the plant collected the workers' phones every night.",
                  "RESTRICT", "restrict.phones_taken")
    assert the_one(evs, "RESTRICT").perpetrator.actor == "KP.gov", evs


def test_session30_handcuffs_put_on_someone_and_someone_taken_with_them_are_held():
    read_by("Two policemen from the Antu bureau put handcuffs on me in front of the farmer's grandson.", "DETAIN",
            "detain.handcuffed")
    read_by("Police raided the flat in the morning. The grandfather, a retired teacher, was taken with them.",
            "DETAIN", "detain.taken_along")


def test_session31_a_catch_then_the_taking_and_holding_is_coded_where_the_custody_is_told():
    evs = run("In early May a woman in her thirties in Onsong was caught with a Chinese phone at a road checkpoint. "
              "She was taken to the county security department and kept there for six days.")
    detain = the_one(evs, "DETAIN")
    assert "kept there for six days" in detain.evidence.text, evs
    # a catch that itself tells the taking stays the act told
    evs = run("Border guards caught him on the ice near Samsu and handed him to the security bureau. "
              "He was kept in its cells for a month.")
    detain = the_one(evs, "DETAIN")
    assert "caught him" in detain.evidence.text, evs


def test_session31_a_harm_told_to_a_family_without_that_is_a_threat():
    evs = read_by("Police officers came to her parents' home in Chongjin and told them their daughter would be sent to a "
                  "political prison camp if she was caught.", "THREATEN", "threaten.told_would")
    assert the_one(evs, "THREATEN").perpetrator.actor == "KP.MSoS", evs


def test_session31_crews_ordered_home_households_sent_off_and_a_post_lost_for_a_sweeping_job():
    read_by("In October the whole crew of 30 was ordered home early and was flown out of Vladivostok.", "REPATRIATE",
            "repatriate.ordered_home")
    read_by("The county security department drew up a list of families with relatives in the South. Already two "
            "households were sent to Kimjongsuk County at the end of November.", "EXPEL", "expel.households_sent")
    read_by("Mr. Jo's mother was moved from her post as head of a workshop canteen at the steel complex to a sweeping "
            "job in March.", "PUNISH", "punish.moved_from_post")


def test_session31_a_lecture_on_a_returnees_repentance_signals_picked_up_and_families_called_in_one_by_one():
    read_by("Days later the city Party committee held a lecture for factory workers on the couple's \"repentance\".",
            "PROPAGANDA", "propaganda.traitor_lecture")
    read_by("In October officers of the county security department picked up his calls to China.",
            "SURVEIL", "surveil.picked_up_signal")
    read_by("Now the bowibu is calling the families in the notebook one by one to the bowibu office.", "VISIT",
            "visit.summon")


def test_session31_interviewed_for_this_article_and_phones_picking_up_signals_are_no_acts():
    evs = run("Three former members of such crews, interviewed for this article in a third country, described long "
              "shifts and shared rooms.")
    assert evs == [], evs
    evs = run("Phone brokers in border towns use Chinese handsets that pick up signals from the Chinese side.")
    assert "DETAIN" not in types(evs), evs


def test_session31_a_blanket_denial_names_no_act_and_a_handover_with_an_apposition_is_one():
    evs = run("Asked about the report, a Chinese foreign ministry spokesperson said there was \"no such thing as forced "
              "repatriation\" and that the people had entered China illegally.")
    assert "REPATRIATE" not in types(evs), evs
    read_by("Chinese authorities handed about 60 North Koreans, most of them women, to North Korean officials at the "
            "border crossings of Tumen and Hunchun on Tuesday.", "REPATRIATE", "repatriate.repatriate")


def test_session31_goods_of_traders_taken_households_ordered_to_move_and_shock_brigades():
    read_by("On February 3 police officers took the rice of at least twenty women sitting near Hyesan market.", "PUNISH",
            "punish.goods_of_taken")
    read_by("On July 29 the county people's committee ordered all sixty households of our block to move into tents "
            "on the slope.", "EXPEL", "expel.ordered_to_move")
    read_by("In spring the city Party committee assigned my nephew to a youth shock brigade building the power station.",
            "COERCE", "coerce.shock_brigade")


def test_session31_people_who_are_caught_in_general_and_state_tv_airing_a_news_conference():
    evs = run("Only the families without connections are caught, the source said.")
    assert "DETAIN" not in types(evs), evs
    read_by("North Korean state television on Thursday broadcast a news conference by a woman who said she had come "
            "back from the South.", "PROPAGANDA", "propaganda.before_press")


@pytest.mark.parametrize("text, etype, actor", [
    # session 31: police named with their town are that town's country's
    ("I lived in Yanji for four years and worked in a restaurant in Longjing. Chinese police caught me at a checkpoint "
     "near Tumen in 2019. When I came back, my husband had divorced me; the police in Hoeryong had told him he would "
     "lose his job if he stayed married to a traitor.", "THREATEN", "KP.MSoS"),
    ("In the spring the police in Wangqing came to the farm and took her away.", "DETAIN", "CN.police"),
    # session 32: bare police in a sentence naming a town of China are China's, in a report that names the North more
    ("Kim fled Hoeryong in North Hamgyong Province in 2018. Her mother still lives in Hoeryong, North Korea. In August "
     "2023 police came to her flat in Wangqing after a neighbour reported her, and she was taken to a detention centre.",
     "DETAIN", "CN.police"),
    ("Police in Hyesan arrested two traders last week.", "DETAIN", "KP.MSoS"),
])
def test_session31_32_police_are_the_country_of_the_town_their_sentence_names(text, etype, actor):
    evs = run(text)
    assert the_one(evs, etype).perpetrator.actor == actor, evs


def test_session31_a_phone_listened_to_people_shown_on_state_tv_and_an_informant_told_to_keep_a_notebook():
    read_by("Now the bowibu listens to my mom's phone.", "SURVEIL", "surveil.know_calls")
    read_by("Several of them were shown on Korean Central Television reading statements of repentance.", "PROPAGANDA",
            "propaganda.shown_on_tv")
    read_by("Kang, his hands tied, was shown to the crowd as a human trafficker.", "PROPAGANDA", "propaganda.exhibit")
    read_by("In March an officer of the county security department ordered me to keep a notebook on two households in "
            "my unit.", "SURVEIL", "surveil.ordered_to_watch")


def test_session31_the_people_it_would_have_fallen_on_saying_it_did_not_happen_is_no_act():
    evs = run("I was held at the Jixi detention centre for about 50 days. The guards did not beat us.")
    assert "ASSAULT" not in types(evs), evs
    evs = run("Chinese police said they did not beat us, but the women disagree.")
    assert the_one(evs, "ASSAULT").status == "denied", evs  # the accused's denial stays coded


def test_session31_held_overnight_then_handed_to_another_body_is_two_custodies():
    evs = run("He was held at the post overnight and handed to the city security department the next day, where he is "
              "being questioned about his contacts in China.")
    detains = [e for e in evs if e.type == "DETAIN"]
    assert len(detains) == 2, evs
    assert detains[0].evidence.text == "He was held at the post overnight", evs
    assert detains[1].evidence.text.startswith("handed to the city security department"), evs


def test_session31_a_summons_stands_beside_the_threat_said_at_it():
    evs = run('Mr. Kim said his aunt, who lives in Musan, was called in by a security officer who told her not to talk '
              'to anyone about her son "if you want to keep your flat."')
    assert {"VISIT", "THREATEN"} <= set(types(evs)), evs


@pytest.mark.parametrize("text, etype, rule", [
    ("She was sent, without trial, to a labour training camp in Kilju for six months.", "PUNISH", "punish.to_camp"),
    ("Relatives fear the two brothers will end up in a political prison camp.", "PUNISH", "punish.ended_up_in_camp"),
    ("Her son was barred from taking the university entrance examination this spring.", "PUNISH", "punish.barred_exam"),
    ("The district people's committee refused to register the couple's marriage because the bride's brother had "
     "defected.", "PUNISH", "punish.refused_register"),
    ("The three women could face terms in a labour camp once they are handed back.", "PUNISH", "punish.face_term"),
    ("The police threw him into a van outside the station.", "DETAIN", "detain.thrown_in_vehicle"),
    ("The factory Party secretary had her read a confession before the whole workforce.", "COERCE", "coerce.had_do"),
    ("Since then a plainclothes security officer has been posted at the entrance of the family's apartment block.",
     "SURVEIL", "surveil.recruit"),
    ("Her daughter was told she could not continue at the medical college.", "PUNISH", "punish.told_not_continue"),
    ("After the escape the remaining 40 workers at the shipyard were sent home.", "REPATRIATE",
     "repatriate.sent_home_passive"),
    ("A letter from his mother was read out on the Voice of Korea last week.", "PROPAGANDA", "propaganda.read_on_air"),
    ("The two officials were sent with their families to a coal mine in Kowon.", "EXPEL", "expel.sent_with_families"),
    ("Students have been assigned to youth shock brigades for the dam project.", "COERCE", "coerce.shock_brigade"),
    ("Pyongyang recalled the whole team in March, two weeks after the escape.", "REPATRIATE", "repatriate.recall"),
])
def test_session32_single_rule_readings(text, etype, rule):
    read_by(text, etype, rule)


def test_session32_a_lecturer_is_a_person_and_a_workers_denial_in_general_no_recall():
    evs = run("The lecturer is expected to be sent to a labour training camp for at least a year.")
    assert the_one(evs, "PUNISH").status == "expected", evs
    evs = run("The embassy denied that any workers had been sent home as a punishment.")
    assert "REPATRIATE" not in types(evs), evs


def test_session32_a_taiwan_court_is_no_court_of_the_north():
    evs = run("The Kaohsiung District Court fined the fishing company NT$3 million for hiring the crew.")
    assert "PUNISH" not in types(evs), evs


def test_session32_a_dateline_with_its_year_is_no_subject():
    evs = run("SEOUL, July 3, 2026 (AFP) - North Korean state television on Thursday broadcast a news conference by a "
              "woman who said she had come back from the South.")
    assert the_one(evs, "PROPAGANDA").perpetrator.actor == "KP.gov", evs


def test_session32_a_woman_sent_to_a_camp_and_a_denial_about_a_man_are_two_acts():
    evs = run("A woman interviewed by the mission said she had been returned from China in 2025. She was held for two "
              "months in Hyesan. She was later sent to a labour training camp for six months.\n\n"
              "The Government rejected as a fabrication the allegation that a man had been publicly executed in Hyesan "
              "in 2023.")
    punish = [e for e in evs if e.type == "PUNISH"]
    assert sorted(e.status for e in punish) == ["denied", "occurred"], evs


def test_session32_kin_told_to_keep_quiet_if_they_want_him_to_live_are_threatened():
    evs = run("Officers came to his house twice and told his mother that the relatives in the South should stay quiet "
              "if they wanted him to live.")
    assert "THREATEN" in types(evs), evs


def test_session32_each_sunday_is_a_frequency_and_a_bar_from_exams_is_its_own_penalty():
    evs = run("Every Saturday the Party secretary held a criticism session in the dormitory.")
    assert the_one(evs, "PROPAGANDA").status == "ongoing", evs
    evs = run("The students' parents were summoned to the district police station and fined 300,000 won each. Two of "
              "the students were barred from sitting this year's entrance examination for Kim Il Sung University.")
    assert len([e for e in evs if e.type == "PUNISH"]) == 2, evs


@pytest.mark.parametrize("text, etype, rule", [
    ("The inminban head reported to the security department every month on who came and went.", "SURVEIL",
     "surveil.who_came"),
    ("The agent kept a log of her calls.", "SURVEIL", "surveil.kept_log"),
    ("The woman has been touring schools to tell pupils about her hardships in the South.", "PROPAGANDA",
     "propaganda.lecture_tour"),
    ("KCNA carried a statement from the defector's mother calling on him to come home.", "PROPAGANDA",
     "propaganda.words_carried"),
])
def test_session32_watching_told_by_who_came_a_log_kept_and_state_media_carrying_kins_words(text, etype, rule):
    read_by(text, etype, rule)


@pytest.mark.parametrize("text, etype, rule", [
    ("Chinese police caught her in Yanji in May, and she was handed back at the Namyang bridge in June.", "REPATRIATE",
     "repatriate.sent_back_across"),
    ("A woman who had lived in Busan for years walked back across the Tumen near Onsong in March.", "RETURN",
     "return.redefect"),
    ("Two agents took her father to an office in Hoeryong to phone his daughter in Seoul.", "COERCE",
     "coerce.brought_to_call"),
    ("At the holding centre the guards marched the detainees out every day to dig ditches.", "COERCE",
     "coerce.marched_out"),
    ("Three months after she went back she was on state television, weeping about her life in Seoul.", "PROPAGANDA",
     "propaganda.on_television"),
    ("The Ministry of Social Security now bars the families of defectors from receiving travel permits.", "RESTRICT",
     "restrict.bars_families"),
    ("Her son's licence to drive a truck was revoked in the spring.", "PUNISH", "punish.permit_taken"),
    ("The Youth League patrol took the two students to its office for the night.", "DETAIN",
     "detain.kept_overnight"),
    ("The county security officers locked the three drivers in a storage room for three days.", "DETAIN",
     "detain.locked_in"),
    ("Border guards picked him up on the riverbank at dawn.", "DETAIN", "detain.pick_up"),
    ("Watchers from the people's unit sit outside the family's door every evening.", "SURVEIL", "surveil.watcher"),
])
def test_session33_single_rule_readings(text, etype, rule):
    read_by(text, etype, rule)


def test_session33_a_means_after_by_is_no_agent():
    evs = run("He had crossed back by small boat over the Han River estuary in late January.")
    assert the_one(evs, "RETURN").target.category == "returnee", evs


def test_session33_a_duty_to_report_to_the_department_is_watching():
    evs = run("The county security department held her for six weeks. She was released on condition that she report "
              "to the department every Saturday.")
    assert "SURVEIL" in types(evs), evs


def test_session33_things_taken_away_hold_no_one_and_north_korea_watchers_watch_no_one():
    evs = run("In August his family's ration card was taken away.")
    assert "DETAIN" not in types(evs), evs
    evs = run("North Korea watchers from the university said the policy was unusual.")
    assert "SURVEIL" not in types(evs), evs


def test_session33_chinas_police_taking_people_over_the_bridge_hand_them_over():
    evs = run("The group, most of them women arrested in Jilin since the summer, were taken across the Tumen River "
              "bridge to Namyang in buses escorted by Chinese police.")
    assert "REPATRIATE" in types(evs) and "ABDUCT" not in types(evs), evs
    evs = run("He was seized in a market in Yanji and taken across the river by North Korean agents.")
    assert "ABDUCT" in types(evs), evs


def test_session33_he_after_a_quote_the_source_told_is_the_quotes_official():
    evs = run('"On the last visit the bowibu agent took out a phone and made the mother call her son in front of him," the '
              'source told Daily NK. "He held a small recorder next to the phone the whole time."')
    surveil = the_one(evs, "SURVEIL")
    assert surveil.perpetrator is not None and surveil.perpetrator.actor.startswith("KP."), evs


def test_session33_people_locked_in_and_questioned_are_held():
    evs = run("The regiment's security officers locked the platoon in its barracks for a week and questioned the men "
              "one by one.")
    assert "DETAIN" in types(evs) and "VISIT" not in types(evs), evs


def test_session33_penalties_on_different_people_in_one_sentence_are_two_acts():
    evs = run("The broker was sentenced to 12 years in a kyohwaso, and two women who had received money through him "
              "were each given two years in a labour training camp.")
    assert [e.type for e in evs].count("PUNISH") == 2, evs
    evs = run("He was sentenced to ten years and sent to a kyohwaso in Chongjin.")
    assert [e.type for e in evs].count("PUNISH") == 1, evs


def test_session33_her_husband_and_she_are_two_people():
    evs = run("In March her sister told her on the phone that her own husband had been taken away by the security "
              "department. She was then held for three months by the provincial security bureau.")
    assert [e.type for e in evs].count("DETAIN") == 2, evs


@pytest.mark.parametrize("text, etype, rule", [
    ("A bowibu officer came to the house. He also checked where her phone had been.", "SURVEIL",
     "surveil.phone_whereabouts"),
    ("Security men went round the markets with his photograph, asking who had seen him.", "SURVEIL",
     "surveil.asked_around"),
    ("The bowibu officers took the crew's phones, and the phones were copied on the first day.", "SURVEIL",
     "surveil.phone_copied"),
    ("The county security bureau has listed the households, and the calls of all of them are being watched.",
     "SURVEIL", "surveil.calls_watched"),
    ("The people's unit head watches the family. She counts the shoes at the door to see who's inside.", "SURVEIL",
     "surveil.who_was_there"),
    ("Returnees are watched by the Ministry of Social Security. Neighbours were recruited to report on them.",
     "SURVEIL", "surveil.recruit"),
])
def test_session33_watching_by_phone_checks_asking_around_copies_and_recruits(text, etype, rule):
    read_by(text, etype, rule)


def test_session33_asking_kin_where_he_went_is_no_watching():
    evs = run("Two officers from the city security department came to the flat and asked his mother where he was.")
    assert "SURVEIL" not in types(evs), evs


def test_session33_a_sweep_through_many_homes_is_a_restriction_one_home_checked_is_watching():
    evs = read_by("Police in Kapsan have been carrying out unannounced night-time checks on households since January.",
                  "RESTRICT", "restrict.house_sweep")
    assert "SURVEIL" not in types(evs), evs
    evs = run("The bowibu officer checks her house every week.")
    assert "SURVEIL" in types(evs) and "RESTRICT" not in types(evs), evs


@pytest.mark.parametrize("text, etype, rule", [
    ("I know of one woman from Hanawon who went back in 2023 and nobody has heard from her since.", "RETURN",
     "return.went_back_when"),
    ("A man I met in Incheon went back to the North last year through Dandong.", "RETURN", "return.on_own"),
    ("She had come back across the Amnok near Sinuiju that spring, swimming at night.", "RETURN",
     "return.came_back_across"),
    ("A woman who had lived in China for nine years returned voluntarily to Hyesan in June.", "RETURN",
     "return.came_back_across"),
])
def test_session33_going_back_told_with_its_time_or_its_crossing(text, etype, rule):
    read_by(text, etype, rule)


def test_session33_going_back_to_work_and_a_letter_across_the_river_are_no_return():
    for text in ("He went back to work in 2023.", "He said the letter had come across the river in a pack of cigarettes."):
        assert "RETURN" not in types(run(text)), text


def test_session34_a_supposition_with_a_source_between_is_no_act():
    # The parser makes "caught" the root when "interviewees said" stands between the two clauses.
    evs = run("Had the soldiers been caught before reaching the river, relatives said, they would surely have been shot.")
    assert "DETAIN" not in types(evs), evs
    evs = run("Border guards caught the soldiers before they could reach the river, relatives said.")
    assert "DETAIN" in types(evs), evs


@pytest.mark.parametrize("text, etype, rule", [
    ("Chinese police sent the four women back through Dandong on the morning of May 3.", "REPATRIATE",
     "repatriate.push_back"),
    ("Agents told his mother to stop answering his calls or her younger son would lose his place at college.",
     "THREATEN", "threaten.or_else"),
    ("Border guards caught the carriers on the ice at dawn.", "DETAIN", "detain.caught"),
    ("The team's political officer searched the dormitory and took the workers' phones away.", "RESTRICT",
     "restrict.phone_taken"),
    ("After the escape, the county security department acted, and his parents were forced to leave the county "
     "for a farm.", "EXPEL", "expel.made_leave"),
    ("Border guards saw him on the ice, and the soldiers fired twice over his head.", "THREATEN",
     "threaten.warning_shots"),
    ("The farm's Party committee cut the brigade members' autumn distribution by half.", "PUNISH",
     "punish.dock"),
    ("The county Party committee met in June, and the mine manager was given a Party reprimand.", "PUNISH",
     "punish.reprimand"),
    ("An officer of the security department told her that her son's future depends on her own behaviour.",
     "THREATEN", "threaten.veiled"),
    ("The county security department already keeps a list of such households in Onsong.", "SURVEIL",
     "surveil.watch_list"),
    ("The neighbour, a retired miner, has informed for the city security department for years.", "SURVEIL",
     "surveil.informs_for"),
    ("In the spring of 2023 his mother was made to retire from the clinic.", "PUNISH", "punish.made_to_quit"),
    ("The Party committee staged the trial in the stadium, and my aunt had to sit in the front row.", "COERCE",
     "coerce.front_row"),
])
def test_session34_single_rule_readings(text, etype, rule):
    read_by(text, etype, rule)


def test_session34_propaganda_shown_on_the_norths_television_is_the_states():
    evs = run("Security agents arrested the returnee in Hyesan in March. Two weeks later she was on television, "
              "crying about her life in Seoul.")
    propaganda = the_one(evs, "PROPAGANDA")
    assert propaganda.perpetrator is not None and propaganda.perpetrator.actor == "KP.gov", evs
    assert propaganda.perpetrator.text == "television", evs


def test_session34_the_prc_sends_people_back_as_chinas_police():
    evs = run("Throughout the year the PRC continued to forcibly return North Koreans it had detained.")
    assert the_one(evs, "REPATRIATE").perpetrator.actor == "CN.police", evs


def test_session34_the_reports_own_title_is_a_headline_however_it_ends():
    title = "Missing Yanji broker resurfaces on North Korean TV as 'spy'"
    text = (title + "\n\nA Korean-Chinese broker who disappeared from Yanji in May has appeared on North Korean state "
            "television, confessing to spying for Seoul, his wife said on Tuesday.\n\nIn the 20-minute programme, aired "
            "by Korean Central Television on June 2, the broker sat at a desk and read a statement thanking the state "
            "for its mercy. His wife said he had been taken across the river by two men from the North.")
    doc = Document(text.encode(), text, Source(language="en", title=title), "test", "text/plain")
    evs = extract(doc)
    assert all(e.evidence.start > len(title) for e in evs), evs
    # the lead's summary gives way to the body's telling of the broadcast, which pins it down
    assert "aired" in the_one(evs, "PROPAGANDA").evidence.text, evs


def test_session34_the_fate_foretold_of_those_sent_back_is_expected_not_generic():
    evs = run("Chinese police detained the nine in Kunming last week. Those sent back are likely to be interrogated by "
              "the Ministry of State Security and could be sentenced to years in prison.")
    assert the_one(evs, "PUNISH").status == "expected", evs
    evs = run("Anyone caught with a Chinese phone could be sent to a labour camp.")
    assert "PUNISH" not in types(evs), evs


def test_session34_an_interviewers_line_tells_no_act_the_guests_answer_does():
    text = ("HOST: My guest today left Hyesan in 2019. You told me the security department came for your brother.\n\n"
            "KIM: Yes. In March 2021 two officers from the city security department took my brother from his work "
            "unit and held him for a month.\n\n"
            "Q: So he was arrested because of you? A: They said so. They beat him with a belt every night.")
    evs = run(text)
    host_end = text.index("\n\n")
    assert evs and all(e.evidence.start > host_end for e in evs), evs
    assert not any("because of you" in e.evidence.text for e in evs), evs
    assert "held him for a month" in the_one(evs, "DETAIN").evidence.text, evs
    assert "ASSAULT" in types(evs), evs


@pytest.mark.parametrize("text, etype, actor", [
    # the security organs named as a kind, a firm's security representative and security minders abroad
    ("KCNA said the smugglers had been arrested in Hyesan by the vigilant security organs.", "DETAIN", "KP.MSS"),
    ("On the first day, the company's security representative took away the workers' passports.", "RESTRICT",
     "KP.MSS"),
    ("Security minders at the logging camp collected the workers' phones every night.", "RESTRICT", "KP.MSS"),
])
def test_session35_security_organs_representatives_and_minders_are_the_ministry_of_state_security(text, etype, actor):
    evs = run(text)
    assert the_one(evs, etype).perpetrator.actor == actor, evs


@pytest.mark.parametrize("text, etype", [
    ("The tribunal did not accept that her younger brother had been sent to a labour camp because of her flight.",
     "PUNISH"),
    ("The court was not persuaded by her evidence that the officers had beaten her mother in 2022.", "ASSAULT"),
    ("The judge could not establish his claim that his sister had been expelled from college.", "PUNISH"),
])
def test_session35_an_act_a_court_doubts_keeps_its_own_tense_not_a_denial(text, etype):
    assert the_one(run(text), etype).status == "occurred"


def test_session35_an_act_the_accused_denies_is_still_denied():
    evs = run("A foreign ministry spokesman denied that police had beaten the women before handing them over.")
    assert the_one(evs, "ASSAULT").status == "denied", evs


@pytest.mark.parametrize("text, etype, actor", [
    ("Four Chinese officers took her from the kitchen and drove her to a detention centre on the edge of the city.",
     "DETAIN", "CN.police"),
    ("Chinese guards caught the three women near the river and held them at the border post.", "DETAIN", "CN.police"),
    ("The school's Party cell held a meeting at which the teacher had to read out a self-criticism.", "PROPAGANDA",
     "KP.WPK"),
])
def test_session35_chinas_officers_and_the_partys_cells_are_named_organs(text, etype, actor):
    assert the_one(run(text), etype).perpetrator.actor == actor


def test_session35_people_handed_to_an_organ_are_in_its_custody():
    evs = run("Border guards caught the woman on the ice near Hyesan. "
              "She was handed to the city security department the next morning.")
    handed = [e for e in evs if e.type == "DETAIN" and "handed" in e.evidence.text]
    assert len(handed) == 1 and handed[0].perpetrator.actor == "KP.MSS", evs
    # an arrest told before the handing stays the arresting body's
    evs = run("Chinese police arrested the two women in Yanji and handed them to North Korean officials at Tumen.")
    assert the_one(evs, "DETAIN").perpetrator.actor == "CN.police", evs


def test_session35_a_handing_from_one_organ_of_the_north_to_another_is_no_repatriation():
    assert "REPATRIATE" not in types(run("After four days the railway police handed him to the bowibu in Hyesan."))


def test_session35_police_after_the_person_came_back_are_the_norths():
    evs = run("I worked in a restaurant in Dandong and was always afraid of the Chinese police. "
              "I crossed back over the Yalu in September and the security department kept me for 25 days. "
              "In October the city police sent me to the labour training unit for six months.")
    assert the_one(evs, "PUNISH").perpetrator.actor == "KP.MSoS", evs


@pytest.mark.parametrize("text, etype", [
    ("The battalion's security officer beat me for two nights with a shovel handle.", "ASSAULT"),
    ("The regiment's security officers locked our whole platoon in the barracks for a week.", "DETAIN"),
])
def test_session35_an_army_formations_security_officers_are_the_army(text, etype):
    assert the_one(run(text), etype).perpetrator.actor == "KP.KPA"


@pytest.mark.parametrize("text", [
    "The city security department told his mother that her son would not be punished if he returned.",
    "Security officers told the family that he would not be punished and would get his job back if he came home.",
])
def test_session35_a_promise_of_no_punishment_is_made_not_denied(text):
    assert the_one(run(text), "INDUCE").status == "occurred"


def test_session35_a_relative_clause_is_not_denied_by_the_clause_it_hangs_on():
    # the parser hangs "he hit me" on "answer" as a relative clause of "did not like"
    evs = run("At the county security department the interrogator questioned me every night. When he did not like an "
              "answer he hit me across both ears with his open hands.")
    assert the_one(evs, "ASSAULT").status == "occurred", evs


@pytest.mark.parametrize("text", [
    # people sent, with who they are between verb and place, to a farm village or a remote county
    "In February the city police sent our mother, who had done nothing, to a farm village outside Hoeryong.",
    # ordered to move in with relatives elsewhere
    "The provincial security bureau ordered her and their son to move in with relatives in Uiju.",
])
def test_session36_people_sent_away_with_words_between_are_banished(text):
    ev = the_one(run(text), "EXPEL")
    assert ev.perpetrator is not None, ev


@pytest.mark.parametrize("text", [
    "The battalion then discharged him and sent him home to Kosan county.",  # home, no banishment
    "Every spring the factory is sending people to the farms in May to help with rice planting.",  # farm mobilisation
])
def test_session36_sent_home_or_to_the_farms_is_no_banishment(text):
    assert "EXPEL" not in {e.type for e in run(text)}


def test_session36_a_court_sentences_two_sets_of_people_in_clauses_of_their_own():
    evs = [e for e in run("The provincial court sentenced the boat's captain to death and gave his two crewmen ten years each.")
           if e.type == "PUNISH"]
    assert len(evs) == 2, evs
    assert "captain" in evs[0].evidence.text and "crewmen" in evs[1].evidence.text, evs


def test_session36_penalties_on_one_person_told_twice_stay_one():
    evs = run("The court sentenced Kim to ten years in a kyohwaso and sent him to the Chongori camp.")
    assert [e.type for e in evs].count("PUNISH") == 1, evs


@pytest.mark.parametrize("text", [
    "After four days three men from our embassy found him at a market in Yanji, pushed him into a car and drove him back.",
    "His driver told us that two men speaking with a North Korean accent stopped the car near Changbai, pulled him out "
    "and pushed him into a boat.",
    "In 2018 some North Korean men grabbed him outside a bathhouse in Tumen and drove him back over the bridge in the boot of a car.",
])
def test_session36_the_norths_men_with_no_organ_named_abduct_for_the_state(text):
    # (in a report, where the learned reader reads a seizure no rule reads)
    report = ("Ri, a cook from Hyesan, left a North Korean restaurant in China in March, his cousin told the group. "
              f"{text} His family in Hyesan has heard nothing from him since, and the group fears he is held by the "
              "Ministry of State Security.")
    ev = the_one([e for e in run(report) if e.evidence.text.startswith(text[:30])], "ABDUCT")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.gov", ev


@pytest.mark.parametrize("text", [
    "In December her husband was thrown out of the Party, a neighbour said.",
    "A lecturer at the Hamhung University of Chemical Industry was stripped of his Party membership in late October.",
])
def test_session36_an_expulsion_from_the_party_with_no_one_named_is_the_partys(text):
    ev = the_one(run(text), "PUNISH")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.WPK", ev


def test_session36_blows_in_questioning_with_no_one_named_are_the_questioning_organs():
    # (the organ named three paragraphs before: too far for a passive's actor, not for the questioning organ)
    text = ("The provincial security bureau arrested three brokers in Hyesan in March, traders said.\n\n"
            "Their families have not been told where they are. Traders at the market believe the arrests followed a "
            "call to Seoul that was overheard.\n\n"
            "Prices at the market have since doubled, and few traders still cross the river.\n\n"
            "One broker, a man in his fifties known in the market as Uncle Pak, was beaten so badly during "
            "interrogation that he could no longer walk, a trader said.")
    ev = the_one(run(text), "ASSAULT")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS", ev


def test_session37_two_penalties_told_of_one_person_and_the_other_are_two_acts():
    evs = [e for e in run("The trial was held in Onsong county, North Korea. One of the two men tried with the broker, "
                          "a driver from Hoeryong, received 12 years in a kyohwaso; the other, a 40-year-old miner, got "
                          "eight years.") if e.type == "PUNISH"]
    assert len(evs) == 2, evs
    assert "12 years" in evs[0].evidence.text and "eight years" in evs[1].evidence.text, evs


def test_session37_a_penalty_joined_to_a_passive_falls_on_its_subject():
    ev = the_one(run("In Hyesan, North Korea, the trader was questioned by the police for two days and released "
                     "after paying a fine of 3,000 yuan."), "PUNISH")
    assert ev.target is not None and "trader" in (ev.target.text or ""), ev


def test_session37_a_private_job_lost_beside_another_verb_is_no_penalty():
    evs = run("In Hunchun he had been working at a fish plant without papers and lost his job when the plant closed in May.")
    assert "PUNISH" not in {e.type for e in evs}, evs


@pytest.mark.parametrize("text", [
    "In Hyesan, North Korea, two agents from the city security department came to my brother-in-law's house "
    "and told him to stop sending money.",
    "In Hyesan, North Korea, two agents from the city security department came to my house and told my wife "
    "to stop sending money.",
])
def test_session37_officials_coming_to_a_relatives_house_named_with_hyphens_visit(text):
    ev = the_one(run(text), "VISIT")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS", ev
    assert ev.extractor.rule == "visit.question", ev  # (the visit word itself, not the learned reader)


def test_session37_asking_a_foreman_whom_someone_talks_with_is_watching():
    ev = the_one(run("In Kimchaek, North Korea, the bowiwon comes to the steel mill every week and asks the "
                     "foreman who her husband talks with."), "SURVEIL")
    assert ev.perpetrator is not None, ev


def test_session37_asking_whether_someone_got_letters_is_no_watching_word():
    evs = run("In Yanji the police came to my school and asked my teacher whether I had received any letters.")
    assert "SURVEIL" not in {e.type for e in evs if e.extractor.rule == "surveil.ask_who"}, evs


def test_session37_chinas_police_detaining_a_south_korean_is_chinas_act():
    ev = the_one(run("Chinese police detained a South Korean pastor at a guesthouse in Tumen last month."), "DETAIN")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "CN.police", ev


def test_session37_a_south_korean_sentenced_at_home_is_still_the_souths_own_justice():
    evs = run("A South Korean trader was sentenced on Monday to two years in prison for selling fake medicine.")
    assert not evs, evs


def test_session37_a_count_of_them_points_back_to_the_organ():
    evs = run('Agents of the city State Security department in Kilju, North Korea, are looking for a defector\'s '
              'brother. "Five of them came to her house after midnight on May 3," the source said.')
    ev = the_one(evs, "VISIT")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS", evs


def test_session37_searching_homes_is_the_crackdown_not_watching():
    evs = run("Police in Hoeryong, North Korea, searched the homes of five traders on Tuesday and took their "
              "Chinese phones.")
    ev = the_one(evs, "RESTRICT")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSoS", ev
    assert "SURVEIL" not in {e.type for e in evs}, evs


def test_session37_he_inside_a_sentence_whose_subject_is_an_official_is_that_official():
    evs = run("The interrogator, a man from the provincial security bureau who had a gold tooth and who smiled when "
              "he lied, made me write the statement again, and each time he disliked it he slapped me.")
    ev = the_one(evs, "ASSAULT")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS", evs


def test_session37_made_to_talk_on_a_call_is_coercion():
    ev = the_one(run("In Hyesan, North Korea, security agents came with a Chinese phone, dialed the son's number "
                     "themselves and made his father talk."), "COERCE")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS", ev


def test_session37_a_duty_to_report_if_anyone_visits_is_watching():
    ev = the_one(run("In Musan, North Korea, the inminban head must report if anybody visits the family."), "SURVEIL")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.inminban", ev


def test_session37_a_warning_the_source_voices_after_said_is_no_threat():
    evs = run("Police in the Chinese city of Jixi detained five North Koreans at a rented flat on Tuesday, a Seoul-based "
              "aid group said, warning that they would probably be deported within days.")
    assert "THREATEN" not in {e.type for e in evs}, evs


def test_session37_details_passed_to_a_handler_named_after_them_are_watching_for_his_organ():
    ev = the_one(run("Prosecutors said the broker had passed the names of 14 defectors to a North Korean handler "
                     "in Dandong."), "SURVEIL")
    assert ev.perpetrator is not None and ev.perpetrator.actor.startswith("KP."), ev


def test_session37_people_who_would_be_sent_back_are_to_be_handed_back():
    evs = run("Police in Jixi, China, detained five North Koreans on Tuesday. An aid group said they would probably "
              "be sent back within weeks.")
    ev = the_one(evs, "REPATRIATE")
    assert ev.status == "expected", ev


@pytest.mark.parametrize("text", [
    "The five workers in Pyongyang will be sent back to work at the factory next week.",
    "Twelve of the oldest pines, which the growers feared would not survive washing, will be sent back to Takamatsu.",
])
def test_session37_things_or_people_sent_back_to_work_are_not_handed_back(text):
    assert "REPATRIATE" not in {e.type for e in run(text)}


@pytest.mark.parametrize("text", [
    # the words' subject, after a saying verb, goes on as "he"
    "My daughter sends word through a broker's wife. She says that since I left, a man from the Musan security "
    "department comes to her house every few weeks and asks if her uncle has called. In March he told her that I "
    "would be brought back in a sack if I talked to foreigners, and that she would lose her job at the mill.",
])
def test_session37_he_goes_on_from_the_official_the_sentence_before_told_of(text, monkeypatch):
    # (the rules' own reading: the learned reader alone also finds the threat, with or without them)
    from chronicle.extraction import english
    monkeypatch.setattr(english, "LEARNED", False)
    ev = the_one(run(text), "THREATEN")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS", ev

# Session 41: acts each rule reads, with the actor it takes (None: any), on sentences written for these tests.
SESSION41_ACTS = [
    # a self-criticism made before others is the coercion and the staged session both
    ("At an inminban meeting organised by the county security department, the fisherman's wife had to stand in "
     "front of her neighbours and criticise herself.", "PROPAGANDA", None),
    ("The mill's Party secretary made the two welders read self-criticisms aloud at the Saturday meeting.",
     "PROPAGANDA", None),
    # an order said with what follows if it is disobeyed
    ("In October a man who said he was from the Hoeryong security office rang her in Incheon. \"He said, 'Your "
     "father is with us now. Stop giving interviews to foreign radio or your mother will share his room,'\" she "
     "said.", "THREATEN", "KP.MSS"),
    # workers a company abroad sent home: the state's recall
    ("Six North Korean loggers left a timber camp near Tynda in Russia's Amur region in August, according to two "
     "Russian foremen at the camp. The North Korean company that runs the crews sent nine of their co-workers home "
     "to North Korea a week later, the foremen said.", "REPATRIATE", "KP.gov"),
    ("A North Korean propaganda website on Monday posted a video in which a woman who returned from the South "
     "denounced her former neighbours in Seoul.", "PROPAGANDA", "KP.gov"),
    # a daughter in Seoul does not make the North's police Seoul's
    ("One of the mothers in our unit lived in Hamhung. In 2022 her daughter in Seoul sent money and somebody told "
     "the police. Officers came at night, searched the flat and took the mother to the police station.",
     "DETAIN", "KP.MSoS"),
    ("In most cases the relatives who stayed behind were summoned by county security departments within a month of "
     "the departure.", "VISIT", "KP.MSS"),
    ("A second group of about ten North Koreans was handed over at Changbai, across the Yalu from Hyesan, on "
     "Thursday.", "REPATRIATE", None),
    ("Since the border reopened in 2023 China has handed people over in large groups, sometimes hundreds at a time.",
     "REPATRIATE", None),
    ("Since my son left, the inminban head in our building comes every evening now.", "SURVEIL", None),
    ("Since the spring the border guards have put cameras on the poles along the river below Hyesan.",
     "SURVEIL", None),
    ("Last week the anjeonbu sent him to the danryeondae for six months.", "PUNISH", None),
    ("His wife in Seoul said she was convinced he had been forced to confess on North Korean television.",
     "COERCE", None),
    # a mission's staff named by the mission alone act for the state
    ("Four North Korean workers fled a site in Vientiane in May. The embassy people told them that their parents "
     "would suffer for their choice.", "THREATEN", "KP.gov"),
]


def _read_as(text, etype, actor):
    """The text reads an act of the type, by the actor when one is given."""
    found = [e for e in run(text) if e.type == etype]
    assert found, [(e.type, e.extractor.rule) for e in run(text)]
    if actor is not None:
        assert found[0].perpetrator is not None and found[0].perpetrator.actor == actor, found[0]


@pytest.mark.parametrize("text,etype,actor", SESSION41_ACTS)
def test_session41_acts_read(text, etype, actor):
    _read_as(text, etype, actor)


# The rules' own reading of each (the learned reader alone also proposes some of these acts).
SESSION41_RULES = [
    ("In March the county police told the fisherman's family they had to leave Hyesan. A truck came for them three "
     "days later.", "EXPEL", "expel.truck_came"),
    ("A woman who had lived in Seoul for four years has gone back to North Korea, a relative said. In March she "
     "flew to Shenyang, and from there she crossed the Yalu near Manpo by herself.", "RETURN", "return.crossed_near"),
    ("My brother left for China in the spring. The bowibu guys came once, in September, and then twice more.",
     "VISIT", "visit.came"),
    ("After my sister left, officers from the county security department came three times that winter.",
     "VISIT", "visit.came"),
    ("The woman returned to the North from Seoul in March. State television said the state gave her and her "
     "daughter a flat in Chongjin within a month of her return.", "INDUCE", "induce.housed"),
    ("He came back across the Yalu in May. Since then they gave him his old desk at the trade company and a room "
     "near the station.", "INDUCE", "induce.housed"),
    ("He came back across the Yalu last spring. Now the county Party committee drives him around to factories and "
     "farms in Toksong county to speak.", "PROPAGANDA", "propaganda.driven_round"),
    ("The bowibu officer told her that if her son keeps talking to South Korean radio, your family cannot stay in "
     "this county any more.", "THREATEN", "threaten.consequence"),
    ("An agent told my aunt that my mother would \"have a very hard winter\" if I kept talking to journalists.",
     "THREATEN", "threaten.consequence"),
]


@pytest.mark.parametrize("text,etype,rule", SESSION41_RULES)
def test_session41_rules_read(text, etype, rule):
    assert any(e.type == etype and e.extractor.rule == rule for e in run(text)), \
        [(e.type, e.extractor.rule) for e in run(text)]


# Look-alike words that tell no act of the type (over-reach guards).
SESSION41_NONE = [
    ("Security officers in Hyesan made the woman write a confession about her calls to Seoul.", "PROPAGANDA"),
    ("The market manager said traders can pay the stall fee in cash or they will be able to pay it in rice after "
     "the harvest.", "THREATEN"),
    ("Police in Hyesan questioned the woman for three hours about her calls to Seoul and then sent her home.",
     "REPATRIATE"),
    ("She later returned the money she owed. In 2018 she crossed the Tumen near Musan with a broker and went to "
     "Yanji, where she cooked in a restaurant.", "RETURN"),
    ("A truck came for the cabbages on Tuesday, and the farm sold the rest at the market in Hyesan.", "EXPEL"),
    ("She said she could not live in China without papers any more, and that she wanted to see her children.",
     "THREATEN"),
    ("\"We were forced to accept it, but we will hold them to the letter of the decision,\" the farm manager in "
     "Hyesan said.", "COERCE"),
    ("If the weather turned, we were forced back to shore and the whole crew was stuck in Chongjin for days.",
     "COERCE"),
    ("The Seoul Central District Court sentenced the broker to two years in prison on Friday.", "PUNISH"),
]


@pytest.mark.parametrize("text,etype", SESSION41_NONE)
def test_session41_no_act_read(text, etype):
    assert etype not in types(run(text)), types(run(text))


def test_session41_a_penalty_the_words_say_will_not_fall_is_a_promise_and_one_that_will_a_threat():
    lifted = types(run("Last month two agents from the county security department told my sister that if I came "
                       "back, our father would be released and nobody would be punished."))
    assert "INDUCE" in lifted and "THREATEN" not in lifted, lifted
    kept = types(run("Last month two agents from the county security department told my sister that if I did not "
                     "come back, our father would be sent to a prison camp."))
    assert "THREATEN" in kept and "INDUCE" not in kept, kept


def test_session41_an_organ_named_in_the_plural_is_that_organ():
    from chronicle.extraction.actors import ActorLexicon
    found = ActorLexicon.load().find("relatives were summoned by county security departments and city Party committees")
    assert [(m.text, m.key) for m in found] == [("security departments", "KP.MSS"), ("Party committees", "KP.WPK")]


@pytest.mark.parametrize("text", [
    "Chinese police caught my sister in Changbai and sent her back in November. She did a year in the labour "
    "training camp in Riwon.",
    "After he was sent back he spent most of a year in a labour training camp near Chongjin.",
])
def test_session41_a_term_served_in_a_camp_is_a_penalty_on_its_subject(text):
    evs = [e for e in run(text) if e.type == "PUNISH"]
    assert evs and evs[0].target is not None, [(e.type, e.extractor.rule) for e in run(text)]


# --- session 42 ---

SESSION42_ACTS = [
    # a clause of time with its own subject is not denied by the main clause's "not"
    ("When Pak slipped back across the Tumen last spring, he did not hide from his neighbours in Onsong.",
     "RETURN", None),
    # people herded or marched in the passive to a stadium or square are mobilised
    ("The whole village was herded to the sports ground in Musan on Friday morning.", "COERCE", None),
    ("Workers from nearby enterprises were marched to the square by their managers and made to stand there all "
     "afternoon.", "COERCE", None),
    # paraded before one's colleagues is exhibited as before a crowd
    ("After his return the county Party committee paraded the driver before his colleagues at the bus depot in "
     "Kanggye.", "PROPAGANDA", "KP.WPK"),
    # handed back at a crossing
    ("Chinese border police handed her back at the Tumen crossing three weeks later.", "REPATRIATE", "CN.police"),
    # blows in a reporter's idiom
    ("Officers of the county security department knocked him about for two days before letting him go home.",
     "ASSAULT", "KP.MSS"),
    ("The city police picked the trader up at the station and worked him over in a back room.", "ASSAULT",
     "KP.MSoS"),
    # a causative execution, a room used as a cell, a crossing back over the MDL, workers let out only with a minder
    ("The regiment's security chief had him shot two days later in front of the barracks.", "PUNISH", None),
    ("The embassy's security man locked her in a basement room for a week before the flight home.", "DETAIN", None),
    ("A soldier who had defected in 2020 walked back across the Military Demarcation Line near Paju last month.",
     "RETURN", None),
    ("At the shipyard in Gdansk the North Korean welders were let out only in groups with a minder.", "RESTRICT",
     None),
    # the North's state-run channel as the state; a rule that requires travellers to carry a permit
    ("In a clip uploaded by a North Korean state-run channel, the returnee's father thanked the Party for its "
     "mercy.", "PROPAGANDA", "KP.gov"),
    ("Since March the authorities in Hyesan have required everyone leaving the city to carry a travel pass.",
     "RESTRICT", None),
    ("Since March the families of defectors have been barred by the city authorities from returning to Pyongyang.",
     "RESTRICT", None),
    ("At the county police station the guards used their belts on the women who talked after lights out.", "ASSAULT",
     None),
    # shot at a public gathering: an execution
    ("A farm manager in Sukchon County was shot at a public gathering in May for selling state rice, the agency "
     "said.", "PUNISH", None),
]


SESSION42_NONE = [
    # a finding that names the act as not found
    ("The unification ministry said it had found no sign that the fisherman had been pressured to go back to "
     "the North.", "COERCE"),
    ("The court said there was no evidence of mistreatment by the security officers who held him.", "ASSAULT"),
    ("The group said it had no reports of anyone being detained during the clearances in Hyesan.", "DETAIN"),
    # trying to stop people leaving is no bar on them
    ("Those who reach Seoul describe a state that has stopped trying to stop people from leaving.", "RESTRICT"),
    # a thing repatriated
    ("A bronze statue taken from a temple in Kaesong in 1990 was repatriated from Osaka last month.", "REPATRIATE"),
    ("A North Korean painting that vanished from a Pyongyang museum was repatriated after a court case in Berlin.",
     "REPATRIATE"),
]


def test_session42_a_family_name_the_tagger_misreads_still_names_a_person():
    evs = [e for e in run("The county education department fined the teacher's mother. Paek herself was fined "
                          "300,000 won in May.") if e.type == "PUNISH"]
    assert any("Paek" in e.evidence.text for e in evs), [(e.type, e.evidence.text) for e in evs]


# --- session 43 ---

SESSION43_ACTS = [
    # a causative told as done, whether or not the trigger's match takes in its auxiliary
    ("North Korea's Ministry of State Security held a public execution in Hyesan in March. Pupils from the town's "
     "schools were made to watch.", "COERCE", None),
    # defendants at a trial are people
    ("At the public trial in Musan, organised by the North's provincial court, the defendants were made to confess "
     "before the crowd.", "COERCE", None),
    # custody: a whole group held in holding rooms, someone led away to an office, people "taken in"
    ("North Korean border guards held the whole family in the holding rooms at Sinuiju for three weeks.", "DETAIN",
     None),
    ("State Security agents led him away to the county security department in handcuffs.", "DETAIN", "KP.MSS"),
    ("The neighbours were questioned by the bowibu, and two of them were taken in as well.", "DETAIN", None),
    ("All eleven were held first in a State Security detention facility in Hoeryong.", "DETAIN", None),
    # dragged to the North's bank of the river
    ("Agents from the North Korean consulate grabbed the pastor and dragged him to the North Korean bank of the "
     "river.", "ABDUCT", None),
    # shows: before a meeting of workers, on the wired radio, at criticism meetings, stood at the front
    ("In Kilju, where the North's security ministry keeps a list of returnees, a returned woman was paraded before "
     "a meeting of farm workers as a traitor who had come to her senses.", "PROPAGANDA", None),
    ("North Korea's security ministry held him for a month. After his release he was made to go on the county's "
     "wired radio and denounce his brother in Seoul.", "PROPAGANDA", None),
    ("Women who came back from China have been paraded at criticism meetings in their villages by the Party.",
     "PROPAGANDA", None),
    ("At the women's union meeting she was made to stand at the front while the chairwoman read out her offences.",
     "PROPAGANDA", None),
    ("North Korean state television later broadcast her praising the Party's mercy.", "PROPAGANDA", "KP.gov"),
    # workers flown home by the embassy, or recalled by their government
    ("The North Korean embassy flew the remaining nine waitresses home the next morning.", "REPATRIATE", "KP.gov"),
    ("Twelve North Korean welders who worked at a site in Kazan went home last week after being recalled by their "
     "government.", "REPATRIATE", None),
    ("The nine women were returned through the Namyang crossing in early March.", "REPATRIATE", None),
    # in a report on the North's workers abroad, the firm that sends them home recalls them for the state
    ("About 40 North Korean construction workers have been building hotels in Muscat since 2019. In December of that "
     "year the company sent eleven men home from Muscat before their contracts ended.", "REPATRIATE", "KP.gov"),
    # a forced call: put on the phone to someone
    ("The security officer put the mother on the phone to her son in Seoul.", "COERCE", "KP.MSS"),
    # threats: "or lose him", children who would not finish school
    ("An officer of the State Security Department told the grandmother to \"keep your grandson quiet, or lose "
     "him\".", "THREATEN", "KP.MSS"),
    ("A security agent told her that her children would not finish school if her brother kept speaking on the "
     "radio.", "THREATEN", "KP.MSS"),
    # penalties: a life term, a dateline read apart from the subject, shots at people
    ("The young man, a witness at the trial in Hamhung said, was given a life term.", "PUNISH", None),
    ("Seoul, Nov 3 (EFE).- Police in the Chinese city of Yanji detained four North Koreans at a guesthouse on "
     "Monday.", "DETAIN", "CN.police"),
    ("Two fishermen said they had watched North Korean border guards open fire on smugglers on the ice.", "ASSAULT",
     "KP.border_guard"),
    # a fate foretold beside the custody the rules read in the same sentence
    ("The five were sent back across the bridge at Tumen. Activists said the five were likely to face "
     "interrogation by the Ministry of State Security and long terms in labour camps.", "PUNISH", None),
    # an interviewer's question that the answer confirms, or that takes the act as given
    ("Security agents in Hyesan arrested the broker in April.\n\nQ: Did the agents ever make his wife call you?\n\n"
     "A: Yes. Twice, in May.", "COERCE", None),
    ("The county security department watches the family.\n\nQ: How often has the security department sent its "
     "officers to her house since you left?\n\nA: Every month.", "VISIT", None),
]


# --- session 44 ---

SESSION44_ACTS = [
    # watching a call: listening in, sitting beside the caller, holding the receiver, a call traced
    ("The State Security officer listened in whenever she rang her son in Seoul.", "SURVEIL", "KP.MSS"),
    ("Two security agents sat next to her grandmother while she phoned her brother in Busan.", "SURVEIL", "KP.MSS"),
    ("The bowibu agents had traced the call to a number used by her son.", "SURVEIL", "KP.MSS"),
    # informers made or paid to report on others; heads of units ordered to keep watch; malicious apps
    ("The North Korean foreman made one welder report back on the others.", "SURVEIL", "KP.gov"),
    ("The county security department has ordered the heads of people's units (inminban) to keep a close watch on "
     "families of defectors.", "SURVEIL", "KP.MSS"),
    ("A North Korean state-sponsored group has been sending malicious phone apps to defectors in Seoul since 2024.",
     "SURVEIL", "KP.gov"),
    # words dictated; trials held in squares with a clause between; shown as an example or before reporters
    ("Two officers from the bowibu dictated its last lines to her father.", "COERCE", "KP.MSS"),
    ("The trials, which former residents described to the group, were held by provincial courts in market squares.",
     "PROPAGANDA", "KP.court"),
    ("For a year he was held up as an example at lectures by the county Party committee.", "PROPAGANDA", "KP.WPK"),
    ("A North Korean man identified as Ri appeared before reporters in Pyongyang to denounce the South.",
     "PROPAGANDA", None),
    # returns told by the motherland or the bridge
    ("Ms Ri told reporters she had returned to the motherland in May.", "RETURN", None),
    ("She came back across the bridge in April after her savings ran out.", "RETURN", None),
    # a bag searched; a crew kept aboard; a family moved to a farm
    ("Border police searched her bag at Manpo station and took her phone.", "RESTRICT", "KP.MSoS"),
    ("The North Korean political officer on the trawler did not let any of the crew go ashore in Busan.",
     "RESTRICT", "KP.gov"),
    ("Officers of the provincial security bureau moved her parents and sister to a cooperative farm in Unpa county.",
     "EXPEL", "KP.MSS"),
    # a boat seized with its crew; a woman lured and handed to agents; China's handover, however it goes on
    ("North Korean patrol boats seized a South Korean fishing boat and its nine crew near Yeonpyeong in 1974.",
     "ABDUCT", "KP.KPA"),
    ("In May a broker lured her to Tumen and then handed her over to agents of the State Security Department.",
     "ABDUCT", "KP.MSS"),
    ("Chinese police handed the three women to North Korean consular staff in Dandong, who took them back across "
     "the Yalu.", "REPATRIATE", "CN.police"),
    ("Han described her sister's handover by Chinese police at Namyang in the winter of 2022.", "REPATRIATE",
     "CN.police"),
    # kept at the office one was summoned to; a fine one has to pay; calls from the North's numbers
    ('She was summoned to the county security department "for a chat" and kept there for nine days.', "DETAIN",
     "KP.MSS"),
    ("Her family was told she will go to a labour camp, and they will have to pay a fine for the radio as well.",
     "PUNISH", None),
    ("Since June she has received four calls from a North Korean number warning her to stop speaking to the "
     "press.", "THREATEN", None),
]


@pytest.mark.parametrize("text,etype,actor", SESSION42_ACTS + SESSION43_ACTS + SESSION44_ACTS)
def test_sessions_42_to_44_acts_read(text, etype, actor):
    _read_as(text, etype, actor)


SESSION43_NONE = [
    ("The site manager, a North Korean official, has been holding the workers' passports since the spring.",
     "DETAIN"),  # papers held, no one
    ("A temple scroll taken in 1910 was repatriated from a Tokyo collection last year.", "REPATRIATE"),
    ("A fourth woman was driven away by men from the North Korean consulate in Shenyang.", "EXPEL"),  # abducted
    ("North Korea's law provides prison terms of up to five years for watching foreign films.", "PUNISH"),
    ("At least six teachers with relatives in the South have been moved out of their schools in Chongjin.",
     "EXPEL"),  # a post lost, not a home
    ("Security agents in Hyesan arrested the broker in April.\n\nQ: Did the agents ever threaten his wife?\n\n"
     "A: No, never.", "THREATEN"),
    ("The school in Hyesan sent the pupils home early because of the storm.", "REPATRIATE"),  # no workers abroad
]


SESSION44_NONE = [
    ('"Sending him back means handing him to his jailers," the lawyer said.', "REPATRIATE"),  # named, not done
    ("In March 2024 I was sent home to my village in Kyongsong county after my contract ended.", "EXPEL"),
    ("Then they put a phone in front of her and had her speak into it for a voice message.", "PROPAGANDA"),
    ("The three-year-old ferret was detained briefly in a cat carrier at the show.", "DETAIN"),  # an animal
    ("The authorities have required all residents to register their handsets with the post office.", "COERCE"),
]


@pytest.mark.parametrize("text,etype", SESSION42_NONE + SESSION43_NONE + SESSION44_NONE)
def test_sessions_42_to_44_no_act_read(text, etype):
    assert etype not in types(run(text)), types(run(text))


SESSION45_ACTS = [
    # a sentence being served in a camp; workers or staff sent back to the capital
    ("A broker said she is serving a sentence at the Chongori reform camp.", "PUNISH", None),
    ("The North Korean consulate in Shenyang sent the 14 waitresses back to Pyongyang.", "REPATRIATE", None),
    # people kept from leaving; the police's stations named as "people's security"
    ("Security agents kept the women from leaving the dormitory at night.", "RESTRICT", "KP.MSS"),
    ("His wife was summoned twice to the people's security station in Sakchu.", "VISIT", "KP.MSoS"),
    # soldiers are people, paraded before their regiment; people required to attend trials are made to
    ("The two would-be deserters were paraded in front of the whole regiment at its base in Changpung.",
     "PROPAGANDA", None),
    ("The authorities require schoolchildren to attend public trials.", "COERCE", "KP.gov"),
]


@pytest.mark.parametrize("text,etype,actor", SESSION45_ACTS)
def test_session45_acts_read(text, etype, actor):
    _read_as(text, etype, actor)


SESSION45_NONE = [
    ("Foreign journalists were not allowed to travel to the match, officials said.", "RESTRICT"),  # a visa's terms
    ("Kwon, a former officer of the Ministry of State Security, said: In my time we took the money off the "
     "families whenever we caught a transfer.", "DETAIN"),  # money held, no one
]


@pytest.mark.parametrize("text,etype", SESSION45_NONE)
def test_session45_no_act_read(text, etype):
    assert etype not in types(run(text)), types(run(text))


def test_session44_a_speech_made_at_a_meeting_is_staged_too():
    text = ("North Korea's security ministry held the woman for a month after she came back from China. In January "
            "she was made to speak at a meeting of the women's union in Myonggan county, officials said.")
    assert {"COERCE", "PROPAGANDA"} <= set(types(run(text))), types(run(text))


def test_session44_a_fine_beside_a_camp_term_is_a_second_penalty():
    text = ("Police in Hyesan sent the woman to a labour training camp for six months in May. Since then, people "
            "caught with Chinese phones in the district have had to pay heavy fines, the source said.")
    penalties = [e for e in run(text) if e.type == "PUNISH"]
    assert len(penalties) == 2, [(e.type, e.evidence.text) for e in run(text)]


@pytest.mark.parametrize("text", [
    "The bowibu visited the family in May. Her son had not been allowed to join the Party because of her flight.",
    "North Korea's security agents arrested the broker in May. He was not moved to a labour camp until the winter.",
])
def test_session43_a_penalty_told_with_not_is_no_denial(text):
    found = [e for e in run(text) if e.type == "PUNISH"]
    assert found and found[0].status == "occurred", [(e.type, e.status) for e in run(text)]


def test_session43_a_question_and_its_answer_tell_one_act_in_the_answer():
    text = ("Security agents in Hyesan arrested the broker in April.\n\nQ: Did the officers threaten his wife?\n\n"
            "A: Yes. They said she would lose her job at the mill if she talked to reporters again.")
    threats = [e for e in run(text) if e.type == "THREATEN"]
    assert len(threats) == 1 and "They said" in threats[0].evidence.text, [(e.type, e.evidence.text) for e in run(text)]


SESSION46_ACTS = [
    # a punishment foretold for a class of people is a warning to all of them, not a penalty expected
    ("The Ministry of State Security's notice says anyone using a mobile phone near the river will be dealt with "
     "severely.", "THREATEN", "KP.MSS"),
    # told to think about one's son's future: the veiled threat, in reported speech
    ("The safety agent from the district police station came again at supper. He said the district knows she is in "
     "Helsinki now, and that I should think about my son's future.", "THREATEN", "KP.MSoS"),
]


@pytest.mark.parametrize("text,etype,actor", SESSION46_ACTS)
def test_session46_acts_read(text, etype, actor):
    _read_as(text, etype, actor)


SESSION46_NONE = [
    ("The Ministry of State Security's notice says anyone using a mobile phone near the river will be dealt with "
     "severely.", "PUNISH"),  # the warning, no penalty beside it
    ("The Ministry of State Security's leaflets promise that people who left will not be punished if they come back.",
     "THREATEN"),  # a promise
    ("The Ministry of State Security said anyone who hands in the phone will be dealt with leniently.", "THREATEN"),
    # negated in the passive, nothing alleged or denied: no act (a duty to report to the police is no report)
    ("She has not been arrested, but she must report to the police substation every Monday, the source said.", "DETAIN"),
    ("Should smartphones be banned in schools?", "RESTRICT"),  # a question put
    ("Will the Chinese police send them back to North Korea?", "REPATRIATE"),
]


@pytest.mark.parametrize("text,etype", SESSION46_NONE)
def test_session46_no_act_read(text, etype):
    assert etype not in types(run(text)), types(run(text))


@pytest.mark.parametrize("text,etype,status", [
    # a state's statement that someone was never sent to a camp is its denial
    ('In its comments on the present report, the Government of the DPRK stated that a man from Hyesan "has never '
     'been sent to any so-called camp and is engaged in productive labour in his home town".', "PUNISH", "denied"),
    # a penalty told as a refusal occurred
    ("Her daughter was not admitted to the Youth League because of her father's flight.", "PUNISH", "occurred"),
    # an act told in a claim the sentence calls false is denied; one called true is not
    ("Reports that the women were abducted are false, KCNA said.", "ABDUCT", "denied"),
    ("KCNA said reports that the women had been abducted were a fabrication.", "ABDUCT", "denied"),
    ("Reports that the women were abducted by agents are true, the ministry said.", "ABDUCT", "occurred"),
])
def test_session46_status_read(text, etype, status):
    found = [e for e in run(text) if e.type == etype]
    assert found and found[0].status == status, [(e.type, e.status) for e in run(text)]


# --- session 47 ---

@pytest.mark.parametrize("text,etype,actor", [
    # a crew ordered home by its employer, with a possessive before the crew
    ("In March the company that hired us ordered our entire crew home, the welder said.", "REPATRIATE", None),
    # released after months in a holding centre: the custody is told by its end
    ("The teenager was released after three months in a holding centre in Musan.", "DETAIN", None),
    # people handed over "face interrogation": custody expected for them
    ("Those handed over this spring face interrogation by the security ministry in Hyesan.", "DETAIN", "KP.MSS"),
    ("They gagged him, bound his wrists and took him across to the North Korean side.", "ABDUCT", None),
    ("The agents made him rewrite his statement four times.", "COERCE", "KP.gov"),
])
def test_session47_acts_read(text, etype, actor):
    _read_as(text, etype, actor)


@pytest.mark.parametrize("text,etype", [
    ("The families of the missing fishermen have been hit hardest by the closure.", "ASSAULT"),  # the idiom
    ("Police officers pushed him into a van outside the market.", "ASSAULT"),  # the step of a taking, no blow
])
def test_session47_no_act_read(text, etype):
    assert etype not in types(run(text)), types(run(text))


def test_session47_face_interrogation_is_expected():
    found = [e for e in run("Those handed over this spring face interrogation by the security ministry in Hyesan.")
             if e.type == "DETAIN"]
    assert found and found[0].status == "expected", found


def test_session47_an_act_read_alone_takes_the_organ_the_report_last_named():
    # "a man" names no organ, and the paragraphs between name none; the report is about the MSS
    text = ("The Ministry of State Security in Hyesan has stepped up pressure on the families of defectors, a source "
            "in Ryanggang Province told Daily NK on Monday.\n\n"
            "Families with a relative in South Korea are being summoned to the county office one at a time, the "
            "source said.\n\n"
            "The source described the winter as the hardest in years for such families. Prices at the market have "
            "risen and rations are late.\n\n"
            "Many households also lost their private plots last year. Neighbours keep their distance from them.\n\n"
            "Last month a man took the phone from one mother and said that if her daughter kept sending money, her "
            "brother would not finish university.")
    threats = [e for e in run(text) if e.type == "THREATEN"]
    assert threats and threats[0].perpetrator is not None and threats[0].perpetrator.actor == "KP.MSS", threats


def test_session47_a_case_lines_fragments_tell_what_befell_its_person():
    text = ("Case file: a bureau driver\n\nThe group compiled the timeline below from two of his relatives.\n\n"
            "- 4 March: Summoned to the city security department for questioning about missing diesel.\n"
            "- Late April: Expelled from the Party.\n"
            "- June: Crossed back into China at Tumen.")
    found = {e.type for e in run(text)}
    assert {"PUNISH", "RETURN"} <= found, found


def test_session47_a_speakers_fragment_in_a_transcript_is_no_case_line():
    text = ("HOST: And what happened to your brother?\n\n"
            "PARK: Nothing at first. Then the city committee took his card. Expelled, just like that.")
    assert "EXPEL" not in {e.type for e in run(text)}


def test_session47_being_moved_out_is_a_harm_said():
    text = "A safety agent told her she would be moved out to a farm village if another call came from Seoul."
    assert "THREATEN" in types(run(text)) and "EXPEL" not in types(run(text)), types(run(text))


def test_session47_a_pupil_given_detention_is_no_custody():
    assert "DETAIN" not in types(run("Pupils who talk in class are given detention on Friday afternoons."))


def test_session47_a_sources_quoted_forecast_is_no_threat():
    text = ("The group said 40 women had been handed over at the bridge to Namyang on May 2.\n\n"
            '"Most were caught in Jilin over the winter," the group\'s director told Reuters. "They will be questioned '
            'by the State Security in Onsong, and many will be sent to prison camps."')
    found = types(run(text))
    assert "THREATEN" not in found and "PUNISH" in found, found


def test_session47_held_for_weeks_in_holding_centres_is_custody():
    text = "Returnees are routinely held for weeks in provincial holding centres run by the Ministry of State Security."
    found = [e for e in run(text) if e.type == "DETAIN"]
    assert found and found[0].extractor.rule == "detain.holding", [(e.type, e.extractor.rule) for e in run(text)]


def test_session47_a_bare_count_of_a_group_named_with_of_counts_people():
    text = ("The group said that, of 52 North Koreans whose cases it followed last year, 17 were beaten in custody "
            "after their return.")
    assert "ASSAULT" in types(run(text)), types(run(text))


def test_session47_a_case_line_told_as_a_headline_is_a_passive():
    text = ("A charity's log of a family's year\n\nThe trust compiled the record from the family's calls.\n\n"
            "March 2025: Father called in to the county security department for questioning.\n\n"
            "6 June 2025: Brother dismissed from his post at the power station.")
    found = types(run(text))
    assert "PUNISH" in found and "VISIT" in found, found


def test_session47_a_participle_before_what_someone_said_is_no_headline_passive():
    text = ("The report's annex lists the interviews.\n\n"
            "24. One woman interviewed in 2025 said she had been taken from a flat in Yanji by two men.")
    assert "VISIT" not in types(run(text)), types(run(text))


# Session 48: each wording below is the project's own; the sets that showed the gaps are not quoted.
SESSION48_ACTS = [
    # the parser makes the police the object of "says" and the act a second verb of the speaker's
    ("A teacher now in Toronto says police in the port of Chongjin, in North Korea's north-east, detained her "
     "nephew in March.", "DETAIN", "KP.MSoS"),
    # the North's own border security receives the man: a handover, not the Chinese police holding him
    ("The court found that he was caught by Chinese police near Helong and handed over to North Korean border "
     "security at the Nanping bridge in May.", "REPATRIATE", None),
    # a bare participle joined by the parser to the sentence's "concerns" is the passive's second verb
    ("The third case concerns a man who was reportedly detained by public security officers in Yanji, China, "
     "in March 2024, and handed over to the authorities of the Democratic People's Republic of Korea in June.",
     "REPATRIATE", None),
    ("A former soldier said he watched guards shoot a woman who was wading across the river near Hyesan.",
     "ASSAULT", "KP.border_guard"),
    ("On the night of 2 June, police took four women from two villages near Tumen, their neighbours said.",
     "DETAIN", None),
    ("The guards dragged her out of the cell by the hair, she said.", "ASSAULT", None),
    ("A worker who fled his site in Tomsk was seized near a bus stop by three men from the North Korean embassy.",
     "ABDUCT", None),
    ("The county Party committee made three students who had been found with foreign films stand at the front of "
     "the hall and criticise themselves before their classmates.", "COERCE", "KP.WPK"),
    ("Neighbourhood unit heads marched every family to the city stadium, residents said.", "COERCE", "KP.inminban"),
    ("\"The inminban heads told us that anyone who stayed home would be reported to the security department,\" "
     "the woman said.", "THREATEN", "KP.inminban"),
    ("The brigade's minder locked him in a container at the site for two days, the court heard.", "DETAIN", None),
]


@pytest.mark.parametrize("text,etype,actor", SESSION48_ACTS)
def test_session48_acts_are_read(text, etype, actor):
    found = [e for e in run(text) if e.type == etype]
    assert found, [(e.type, e.extractor.rule) for e in run(text)]
    if actor is not None:
        assert found[0].perpetrator is not None and found[0].perpetrator.actor == actor, found[0].perpetrator


def test_session48_a_summons_of_kin_after_a_custody_is_an_act_of_its_own():
    text = ("In Hamhung he was handed to the State Security Department, the source says, and officers there have "
            "called his mother in for questioning three times.")
    assert {"DETAIN", "VISIT"} <= set(types(run(text))), types(run(text))


def test_session48_a_summons_that_begins_a_custody_is_that_custody():
    text = "The county security department summoned his sister and kept her for two nights in a cell."
    assert "VISIT" not in types(run(text)) and "DETAIN" in types(run(text)), types(run(text))


def test_session48_told_us_outside_a_quotation_is_a_source_talking_to_the_outlet():
    text = "Officials told us that anyone who stayed home would be reported to the security department."
    assert all(e.extractor.rule != "threaten.told_us_would" for e in run(text))


def test_session48_one_who_fears_for_himself_makes_no_threat():
    text = ("Guards at the site beat the welder, his lawyer said.\n\n"
            "\"He believes he will be sent to a camp,\" the lawyer said.")
    found = types(run(text))
    assert "THREATEN" not in found and "PUNISH" in found, found


def test_session48_one_who_tells_takes_a_hearer_and_acts_on():
    text = ("The provincial security bureau told his wife that he was being held, took the keys to the flat and "
            "ordered her to move in with relatives in Uiju.")
    assert "EXPEL" in types(run(text)), types(run(text))


def test_session48_border_security_receiving_someone_is_no_policy():
    text = "He was arrested by Chinese police and handed over to North Korean border security at Namyang."
    assert "RESTRICT" not in types(run(text)), types(run(text))


def test_session48_minders_abroad_who_seize_a_worker_into_a_van_abduct_him():
    text = ("North Korean workers at a building site in Vladivostok say one of them tried to leave the site last "
            "month.\n\n"
            "\"The security officer and the foreman caught him by the fence and pushed him into the company van,\" "
            "one worker said.")
    assert "ABDUCT" in types(run(text)) and "DETAIN" not in types(run(text)), types(run(text))


def test_session48_a_subject_the_parser_takes_into_a_fronted_phrase_acts():
    text = "At the county security department in Onsong interrogators kicked him for hours."
    found = [e for e in run(text) if e.type == "ASSAULT"]
    assert found and found[0].perpetrator is not None and found[0].perpetrator.actor == "KP.MSS", found


@pytest.mark.parametrize("text,returns", [
    ("Her brother says the ones who came back from the South are given jobs in the city.", False),
    ("State television said the embrace of the motherland remains open to all who return.", False),
    ("The ministry counts three people who returned to the North from the South last year.", True),
])
def test_session48_whoever_came_back_is_no_return_told(text, returns):
    assert ("RETURN" in types(run(text))) == returns, [(e.type, e.extractor.rule) for e in run(text)]


def test_session48_an_open_trial_is_public_and_those_ordered_to_watch_attend():
    text = ("Two men were sentenced to death at an open trial held at a stadium in Hamhung, where officials had "
            "ordered some 2,000 workers, including students, to watch.")
    found = types(run(text))
    assert {"PUNISH", "PROPAGANDA", "COERCE"} <= set(found), found


def test_session48_two_coercions_two_sentences_apart_in_the_body_are_two_acts():
    text = ("The mother of a defector in Seoul has been pressed by State Security agents in Hoeryong, a relative said.\n\n"
            "In October two agents made her call her daughter in Seoul and ask her to come home. The daughter hung up "
            "after a minute. In November the agents made her write a letter to the daughter saying she was ill.")
    assert types(run(text)).count("COERCE") == 2, [(e.type, e.evidence.text[:40]) for e in run(text)]


def test_session48_an_informer_told_to_record_is_set_to_watch_not_ordered():
    text = ("She was held by the Ministry of State Security for two months, and since her release the head of her "
            "inminban has been told to record everyone who visits her.")
    found = [(e.type, e.extractor.rule) for e in run(text)]
    assert ("SURVEIL" in types(run(text))) and all(rule != "coerce.instruct" for _, rule in found), found


# --- session 49: long reports as outlets publish them ---------------------------

def test_session49_a_denial_verb_in_the_passive_is_a_penalty_not_a_denial():
    text = ("Three of the mine's managers were dismissed and expelled from the Party, and the county committee "
            "ordered workers to attend study sessions.")
    found = run(text)
    assert "PUNISH" in types(found), [(e.type, e.status) for e in found]
    assert all(e.status != "denied" for e in found), [(e.type, e.status) for e in found]


def test_session49_deputies_are_officials():
    assert one(run("Two deputies of the farm chairman were expelled from the Party."), "PUNISH").target.category == "official"


@pytest.mark.parametrize("text", [
    "Officers of the city security department in Hyesan, Ryanggang Province, arrested last week the wife of a "
    "trader who fled to China, a source said.",
    "Agents of the State Security branch in Hoeryong, North Hamgyong Province, detained in late May the brother "
    "of a soldier who crossed the border, a source told reporters.",
])
def test_session49_a_participle_with_its_own_object_is_active(text):
    ev = one(run(text), "DETAIN")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS"


def test_session49_an_act_named_to_explain_a_word_is_none():
    text = ("The head of the county Party committee told the families of defectors that anyone who kept in touch "
            "with them would go where the crows do not fly. The source said the phrase was understood by everyone "
            "in the room as a reference to banishment.")
    found = run(text)
    assert "THREATEN" in types(found) and "EXPEL" not in types(found), [(e.type, e.evidence.text) for e in found]


def test_session49_run_in_heads_of_a_case_report_tell_no_act():
    text = ("Summary. This report documents the arrest of a woman from Musan in China.\n\n"
            "Arrest in Yanji. On March 3, 2025, two police officers came to the flat where she lived and took her "
            "to the city police station.\n\n"
            "Handover. On April 9 she was handed to North Korean border guards at Tumen.")
    found = run(text)
    assert "REPATRIATE" in types(found)
    assert all(not e.evidence.text.startswith(("Arrest in", "Handover.", "Summary.")) for e in found), \
        [(e.type, e.evidence.text) for e in found]


@pytest.mark.parametrize("text, etype", [
    ("The security department took the teacher, a man in his forties named Kang, from his classroom in front of his "
     "pupils.", "DETAIN"),
    ("Officers at the county police station held her for another month.", "DETAIN"),
    ("The security minder would slap workers who came late to the site.", "ASSAULT"),
    ("The provincial security bureau has taken the mine's manager and his deputy into custody.", "DETAIN"),
])
def test_session49_trigger_families(text, etype):
    assert any(e.type == etype and not e.extractor.rule.startswith("model.") for e in run(text)), \
        [(e.type, e.extractor.rule) for e in run(text)]


def test_session49_one_and_the_other_penalised_are_two_acts():
    found = run("One man was sentenced to eight years. The other was given five years.")
    assert types(found).count("PUNISH") == 2, [(e.type, e.evidence.text) for e in found]


def test_session49_told_to_stay_put_is_a_restriction_not_an_order():
    found = run("The officers told him to stay in the village and not to leave the county.")
    assert "RESTRICT" in types(found) and "COERCE" not in types(found), [(e.type, e.extractor.rule) for e in found]


@pytest.mark.parametrize("text", [
    "One young grey seal, found exhausted on a beach in May, was repatriated from Belgium in a van.",
    "The centre back was expelled from the game for a brutal foul in the third quarter.",
])
def test_session49_animals_and_players_sent_off_are_no_acts(text):
    assert run(text) == [], [(e.type, e.extractor.rule) for e in run(text)]


# --- session 50: who did it ------------------------------------------------------

def test_session50_a_unit_named_paragraphs_before_does_not_narrow_a_later_act():
    text = ("Mrs. Kim has been called in three times since December by the anti-espionage section of the "
            "provincial security bureau in Hyesan. Her son fled to South Korea in 2023.\n\n"
            "Her neighbours say she rarely leaves the house now.\n\n"
            "On the last occasion an officer told her that her family would walk the same road.")
    found = run(text)
    assert actor_of(found, "VISIT").actor == "KP.MSS.anti_espionage"
    assert actor_of(found, "THREATEN").actor == "KP.MSS"


def test_session50_the_north_doing_something_is_the_state_not_the_organ_named_before():
    text = ("Security officials in Hyesan arrested three traders in March, a source said. "
            "The NIS also said the North had recalled about 20 staff from its trading offices in the region.")
    assert actor_of(run(text), "REPATRIATE").actor == "KP.gov"


@pytest.mark.parametrize("text, etype, actor", [
    ("Ri was arrested on 3 October 2025 by officers of the Sohung County Safety Station.", "DETAIN", "KP.MSoS"),
    ("Rights groups said Chinese border troops had fired on North Korean women wading across the Tumen.",
     "ASSAULT", "CN.police"),
])
def test_session50_aliases(text, etype, actor):
    assert actor_of(run(text), etype).actor == actor


@pytest.mark.parametrize("text", [
    "By noon two officers of the county security department had driven up from the county town and taken the men "
    "away.",
    "On 19 March two security agents came to the company's building and led Ri out to a black car.",
    "A week later the security officer came into the fitting shop and walked him out through the back gate.",
])
def test_session50_custody_told_by_leading_or_taking_people_away(text):
    assert any(e.type == "DETAIN" and not e.extractor.rule.startswith("model.") for e in run(text)), \
        [(e.type, e.extractor.rule) for e in run(text)]


@pytest.mark.parametrize("text, etype", [
    ("The coach was sent off in the first leg. He will be banned from the touchline for the second leg.", "RESTRICT"),
    ("Then Ekberg was banished to the penalty box for holding, and Rockford killed the clock.", "EXPEL"),
    ("The report does not say how Ri was treated in Hyesan, and we have no information that she was mistreated.",
     "ASSAULT"),
    ("The men had told Russian border officers they wanted to go to South Korea, the report said.", "COERCE"),
    ('"We were stuck in the tents for two days by rain, so we interrogated every rock within fifty metres," she said.',
     "DETAIN"),
])
def test_session50_no_act_of_the_type(text, etype):
    assert etype not in types(run(text)), [(e.type, e.extractor.rule) for e in run(text)]


# --- session 51: terms told in Korean-style English ---------------------------------

@pytest.mark.parametrize("text, status", [
    ("One man, 22 years old, who was copying the drama to memory cards, got 12 years of kyohwa.", "occurred"),
    ("Source said he will likely get a long kyohwa term.", "expected"),
    ("Source said he will likely get a long prison term.", "expected"),
    ("The men were later given six months each in a labour training unit.", "occurred"),
])
def test_session51_terms_got_or_given(text, status):
    punished = [e for e in run(text) if e.type == "PUNISH"]
    assert len(punished) == 1 and punished[0].status == status, punished


@pytest.mark.parametrize("text, restricted", [
    ("On 30 June police closed the market's clothing section for three days.", True),
    ("Since 2020 police in Sunchon have closed sections of the city's market again and again.", True),
    ("The market closed early because of the rain.", False),
])
def test_session51_a_market_closed_by_an_organ(text, restricted):
    assert any(e.type == "RESTRICT" for e in run(text)) == restricted


# --- session 52: acts in the words witnesses and reporters use ---------------------------------

@pytest.mark.parametrize("text, etype", [
    ("Her brother was arrested in March. He got five years in May, a cousin said.", "PUNISH"),
    ("In Myongchon, Han drew six months in a labour-training unit for crossing the border.", "PUNISH"),
    ("The skipper and the engineer were given ten years apiece by the provincial court in November.", "PUNISH"),
    ("One of the seven was handed to the security department in Saeppyol and is now doing time in Chongori.",
     "PUNISH"),
    ("The Party's Central Committee stripped three senior officials of a Pyongyang trading company that sold "
     "seafood to China of their posts in April.", "PUNISH"),
    ("His father, a retired official, lost his Party card in May after the State Security Department questioned him.",
     "PUNISH"),
    ("Three young men from Chaeryong ended up in the county police holding cells in late August.", "DETAIN"),
    ("The rest of the crew have been sitting in the county security department's cells since they landed.", "DETAIN"),
    ("From there we spent forty days at the collection centre in Sambong, she said.", "DETAIN"),
    ("On 2 April the Chinese police walked the women back over the bridge in a line.", "REPATRIATE"),
    ("Her daughter was caught in Jilin in 2024, and she made her own way back across the Tumen in May.", "RETURN"),
    ("Since the start of the month, nobody in Wiwon County may go within a kilometre of the Yalu without a pass "
     "from the county police.", "RESTRICT"),
    ("On 12 March police turned over every house on the river road looking for Chinese phones.", "RESTRICT"),
    ("Chinese police took her away in September. Since then, officers have come to the farmhouse twice to ask "
     "her husband whether his wife had telephoned.", "VISIT"),
    ("The bowiwon made her call her son from the office. The call was recorded by a man from the radio wave "
     "bureau sitting beside her.", "SURVEIL"),
])
def test_session52_acts_in_plain_words(text, etype):
    assert etype in types(run(text)), [(e.type, e.extractor.rule) for e in run(text)]


@pytest.mark.parametrize("text, etype", [
    ("He sat in the office of the football club for an hour waiting for the coach.", "DETAIN"),
    ("The chess player got two years older since his last title, and drew three games in a row.", "PUNISH"),
    ("Nobody will be allowed into the cave until the end of September, the club said.", "RESTRICT"),
])
def test_session52_no_act_in_look_alike_words(text, etype):
    assert etype not in types(run(text)), [(e.type, e.extractor.rule) for e in run(text)]


def test_session52_a_dashless_wire_dateline_is_no_subject():
    ev = one(run("SEOUL (AA) North Korea's Ministry of State Security arrested about 20 officials of the Rason trade "
                 "bureau in October, South Korea's spy agency told lawmakers."), "DETAIN")
    assert ev.perpetrator.actor == "KP.MSS"


def test_session52_us_in_lower_case_names_no_american_police():
    # "took us. The police ..." once read as "US ... police", a lawful foreign body
    text = ('Chinese police took seven women from a rented room in Antu. "Somebody had sold us. The police knew our '
            'names before they opened the door." On 2 April the police put the women on a bus to Kaishantun and '
            'handed them to North Korean border guards at the bridge.')
    assert "REPATRIATE" in types(run(text))
