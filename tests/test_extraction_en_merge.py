"""Merging English restatements: each rule on events built over sentences written for
these tests (the merge sees only events and their clauses), plus one report run
through the whole extractor."""
import pytest

from chronicle.extraction.en_merge import Clause, merge_restatements
from chronicle.extraction.english import extract
from chronicle.records import Document, Event, Evidence, Extractor, Perpetrator, Source, Target


class Report:
    """Sentences of one invented report; ``ev`` builds an event over one of them."""

    def __init__(self, *sentences: str):
        self.sentences = sentences
        self.text = " ".join(sentences)
        self.clauses: dict[int, Clause] = {}

    def ev(self, n: int, etype: str, clause: str, actor=None, target=None, category=None,
           status="occurred") -> Event:
        sent = self.sentences[n]
        start = self.text.index(sent)
        at = start + sent.index(clause)
        ev = Event("doc", etype, Evidence(sent, start, start + len(sent)),
                   Extractor("rules-en", "test", "test"), status=status,
                   perpetrator=Perpetrator(actor, actor) if actor else None,
                   target=Target(target, category) if target else None,
                   trigger_start=at, trigger_end=at + len(clause))
        self.clauses[id(ev)] = Clause(clause, n, 1 if n == 0 else 2)
        return ev

    def merge(self, *events: Event, lead=None) -> list[Event]:
        return merge_restatements(list(events), self.clauses, lead=lead)


def test_lead_and_body_return_merge_keeping_the_dated_body_telling():
    r = Report("A woman from Hyesan who lived in Seoul for five years has gone back to the North.",
               "She crossed the Yalu River into North Korea in March, her friend said.")
    lead = r.ev(0, "RETURN", "has gone back to the North", target="A woman from Hyesan",
                category="returnee")
    body = r.ev(1, "RETURN", "crossed the Yalu River", target="She", category="returnee")
    assert r.merge(lead, body, lead=1) == [body]  # (the extractor passes the lead's paragraph)


def test_equal_detail_keeps_the_later_body_telling():
    r = Report("A man who had settled in Busan has returned to North Korea, state media said.",
               "The man went back last spring, according to the broadcast.")
    lead = r.ev(0, "RETURN", "has returned to North Korea", target="A man",
                category="returnee")
    body = r.ev(1, "RETURN", "went back", target="The man", category="returnee")
    # The lead names Busan, the body a season: one detail each -> the body stands.
    assert r.merge(lead, body) == [body]


def test_richer_earlier_telling_is_kept_over_a_bare_retelling():
    r = Report("Security agents in Chongjin arrested the mother of a defector on May 3.",
               "She was held for a week, a neighbour said.")
    first = r.ev(0, "DETAIN", "arrested the mother", actor="KP.MSS",
                 target="the mother of a defector", category="defector_family")
    again = r.ev(1, "DETAIN", "was held", target="She", category="defector_family")
    first.tactics.append("interrogation")
    again.tactics.append("incommunicado")
    kept = r.merge(first, again)
    assert kept == [first]
    assert first.tactics == ["interrogation", "incommunicado"]


def test_actor_named_once_and_left_out_later_still_merges():
    r = Report("Police officers beat a returnee from China in Onsong in April.",
               "\"They beat him until he could not stand,\" his cousin said.")
    a = r.ev(0, "ASSAULT", "beat a returnee", actor="KP.MSoS", target="a returnee",
             category="returnee")
    b = r.ev(1, "ASSAULT", "beat him", target="him", category="returnee")
    assert r.merge(a, b) == [a]


def test_actor_and_its_sub_unit_are_one_actor():
    r = Report("An anti-espionage team arrested two traders in Musan in June.",
               "The traders were held by the security department for a month.")
    a = r.ev(0, "DETAIN", "arrested two traders", actor="KP.MSS.anti_espionage",
             target="two traders", category="resident")
    b = r.ev(1, "DETAIN", "were held", actor="KP.MSS", target="The traders", category="resident")
    assert r.merge(a, b) == [a]


def test_different_actors_are_two_acts():
    r = Report("Chinese police detained the woman in Yanji.",
               "The security department later held the woman in Onsong.")
    a = r.ev(0, "DETAIN", "detained the woman", actor="CN.police", target="the woman",
             category="defector")
    b = r.ev(1, "DETAIN", "held the woman", actor="KP.MSS", target="the woman",
             category="defector")
    assert r.merge(a, b) == [a, b]


def test_place_taken_for_a_target_does_not_block_the_merge():
    r = Report("Agents detained the brother of a defector in Hoeryong last week.",
               "They took him to the detention center, a relative said.")
    a = r.ev(0, "DETAIN", "detained the brother", actor="KP.MSS",
             target="the brother of a defector", category="defector_family")
    b = r.ev(1, "DETAIN", "took him", actor="KP.MSS", target="the detention center",
             category="other")
    assert r.merge(a, b) == [a]


def test_differently_worded_targets_sharing_a_word_merge():
    r = Report("A 34-year-old woman from Kimchaek was sentenced to five years in a camp.",
               "The woman was sentenced for calling her son abroad, the source said.")
    a = r.ev(0, "PUNISH", "was sentenced", target="A 34-year-old woman from Kimchaek",
             category="resident")
    b = r.ev(1, "PUNISH", "was sentenced", target="The woman", category="resident")
    assert r.merge(a, b) == [a]


def test_people_named_by_unrelated_words_are_two_acts():
    r = Report("Border guards fired on two people crossing the river.",
               "The woman and her companion were then beaten with rifle butts.")
    a = r.ev(0, "ASSAULT", "fired on two people", actor="KP.border_guard",
             target="two people", category="resident")
    b = r.ev(1, "ASSAULT", "beaten", actor="KP.border_guard", target="The woman",
             category="resident")
    assert r.merge(a, b) == [a, b]


def test_different_dates_mark_two_acts():
    r = Report("Agents visited the parents in March.", "Agents visited the parents again in July.")
    a = r.ev(0, "VISIT", "visited the parents", actor="KP.MSS", target="the parents",
             category="defector_family")
    b = r.ev(1, "VISIT", "visited the parents", actor="KP.MSS", target="the parents",
             category="defector_family")
    assert r.merge(a, b) == [a, b]


def test_a_second_time_marks_one_more_act():
    r = Report("The father was summoned to the city security department in May.",
               "He was called in a second time a week later.")
    a = r.ev(0, "VISIT", "summoned", actor="KP.MSS", target="The father", category="defector_family")
    b = r.ev(1, "VISIT", "called in", actor="KP.MSS", target="He", category="defector_family")
    assert r.merge(a, b) == [a, b]


@pytest.mark.parametrize("lead,body,acts", [
    # "this autumn" in the lead and "in early October" in the body: the month lies in the
    # season, so the dates do not mark two acts; a month outside it still does.
    ("this autumn", "in early October", 1),
    ("this spring", "in early October", 2),
])
def test_a_month_inside_the_season_named_dates_one_act(lead, body, acts):
    r = Report(f"Agents visited the parents {lead}.", f"Agents visited the parents {body}.")
    told = [r.ev(n, "VISIT", "visited the parents", actor="KP.MSS", target="the parents",
                 category="defector_family") for n in (0, 1)]
    assert len(r.merge(*told)) == acts


def test_word_lists_come_from_the_versioned_data_file():
    # The seasons and number words are rows of data/lexicon/en_merge.tsv, not code.
    from chronicle.extraction.en_lexicon import file_version
    assert file_version("lexicon/en_merge.tsv") == "8"
    r = Report("Agents visited the parents in spring.", "Agents visited the parents in winter.")
    a = r.ev(0, "VISIT", "visited the parents", actor="KP.MSS", target="the parents",
             category="defector_family")
    b = r.ev(1, "VISIT", "visited the parents", actor="KP.MSS", target="the parents",
             category="defector_family")
    assert r.merge(a, b) == [a, b]
    r = Report("Guards beat dozens of prisoners.", "Guards beat Twelve prisoners.")
    a = r.ev(0, "ASSAULT", "beat dozens of prisoners", actor="KP.MSoS",
             target="dozens of prisoners", category="resident")
    b = r.ev(1, "ASSAULT", "beat Twelve prisoners", actor="KP.MSoS", target="Twelve prisoners",
             category="resident")
    assert r.merge(a, b) == [a, b]


def test_date_of_another_act_earlier_in_the_sentence_does_not_count():
    r = Report("A man who fled in 2015 has returned to the North.",
               "He went back in August, the agency said.")
    a = r.ev(0, "RETURN", "has returned", target="A man", category="returnee")
    b = r.ev(1, "RETURN", "went back", target="He", category="returnee")
    assert r.merge(a, b) == [b]


def test_a_place_and_its_province_agree():
    r = Report("Agents arrested a broker in Musan on June 2.",
               "The broker was held by the security department, a source in North Hamgyong "
               "Province said.")
    a = r.ev(0, "DETAIN", "arrested a broker", actor="KP.MSS", target="a broker",
             category="broker")
    b = r.ev(1, "DETAIN", "was held", actor="KP.MSS", target="The broker", category="broker")
    assert r.merge(a, b) == [a]


def test_different_places_mark_two_acts():
    r = Report("Police arrested a trader in Hyesan.", "Police arrested a trader in Musan.")
    a = r.ev(0, "DETAIN", "arrested a trader", actor="KP.MSoS", target="a trader",
             category="resident")
    b = r.ev(1, "DETAIN", "arrested a trader", actor="KP.MSoS", target="a trader",
             category="resident")
    assert r.merge(a, b) == [a, b]


def test_different_numbers_of_victims_mark_two_acts():
    r = Report("Guards beat three prisoners at the camp.", "Guards beat five prisoners at the camp.")
    a = r.ev(0, "ASSAULT", "beat three prisoners", actor="KP.MSoS", target="three prisoners",
             category="resident")
    b = r.ev(1, "ASSAULT", "beat five prisoners", actor="KP.MSoS", target="five prisoners",
             category="resident")
    assert r.merge(a, b) == [a, b]


def test_one_victim_and_many_are_two_acts():
    r = Report("Agents abducted him near the river in May.",
               "The agency has been accused of abducting activists from China before.")
    a = r.ev(0, "ABDUCT", "abducted him", actor="KP.MSS", target="him", category="resident")
    b = r.ev(1, "ABDUCT", "abducting activists", actor="KP.MSS", target="activists",
             category="other")
    assert r.merge(a, b) == [a, b]


def test_one_home_and_homes_of_defectors_are_two_acts():
    r = Report("Agents have been visiting the homes of defectors in Hoeryong.",
               "A unit of the security department has been visiting this one home every week.")
    a = r.ev(0, "VISIT", "visiting the homes", actor="KP.MSS", target="the homes of defectors",
             category="defector_family")
    b = r.ev(1, "VISIT", "visiting this one home", actor="KP.MSS.anti_espionage",
             target="this one home", category="defector_family")
    assert r.merge(a, b) == [a, b]


def test_definite_retelling_with_no_target_keeps_the_telling_that_names_the_victims():
    r = Report("Officials visited the homes of defectors under a pretext.",
               "During the visits they made the relatives call their children.")
    a = r.ev(0, "VISIT", "visited the homes", actor="KP.MSS", target="the homes of defectors",
             category="defector_family")
    b = r.ev(1, "VISIT", "visits", actor="KP.MSS")
    assert r.merge(a, b) == [a]


def test_different_named_victims_are_two_acts():
    r = Report("Agents questioned Ms. Pak at the office.", "Agents questioned Ms. Ri at the office.")
    a = r.ev(0, "DETAIN", "questioned Ms. Pak", actor="KP.MSS", target="Ms. Pak",
             category="resident")
    b = r.ev(1, "DETAIN", "questioned Ms. Ri", actor="KP.MSS", target="Ms. Ri",
             category="resident")
    assert r.merge(a, b) == [a, b]


def test_different_types_never_merge():
    r = Report("Agents summoned the father.", "Agents threatened the father.")
    a = r.ev(0, "VISIT", "summoned the father", actor="KP.MSS", target="the father",
             category="defector_family")
    b = r.ev(1, "THREATEN", "threatened the father", actor="KP.MSS", target="the father",
             category="defector_family")
    assert r.merge(a, b) == [a, b]


def test_whole_report_tells_a_return_once():
    text = ("A man from Musan who had lived in South Korea for four years has gone back to "
            "the North, a source said.\n\n"
            "The man crossed the Tumen River back into North Korea in February, the source "
            "in North Hamgyong Province told reporters.")
    doc = Document(text.encode(), text, Source(language="en"), "test", "text/plain")
    returns = [e for e in extract(doc) if e.type == "RETURN"]
    assert len(returns) == 1
    assert "February" in returns[0].evidence.text


# --- round 7 -------------------------------------------------------------------------

def test_body_naming_the_returnee_merges_with_a_lead_describing_her():
    r = Report("A North Korean defector has returned to the North, Seoul's Unification Ministry said.",
               "Officials said Ri flew to Yanji in April and crossed into Hyesan.")
    lead = r.ev(0, "RETURN", "has returned to the North", target="A North Korean defector",
                category="defector")
    body = r.ev(1, "RETURN", "crossed into Hyesan", target="Ri", category="returnee")
    # "Seoul's" names a government, not a place of the act; the dated body stands.
    assert r.merge(lead, body) == [body]


def test_the_mother_of_a_man_and_a_man_are_other_people():
    r = Report("Two agents visited the mother of a man who fled to Seoul.",
               "Agents also visited a man in the same district in October.")
    a = r.ev(0, "VISIT", "visited the mother", actor="KP.MSS", target="the mother of a man",
             category="defector_family")
    b = r.ev(1, "VISIT", "visited a man", actor="KP.MSS", target="a man in the same district",
             category="defector_family")
    assert r.merge(a, b) == [a, b]


def test_quantity_before_of_leaves_the_head_to_compare():
    r = Report("Dozens of families of officials were expelled from Pyongyang last autumn.",
               "The families were loaded onto trucks by the police.")
    a = r.ev(0, "EXPEL", "expelled", target="Dozens of families of officials", category="official")
    b = r.ev(1, "EXPEL", "loaded onto trucks", actor="KP.MSoS", target="The families",
             category="official")
    assert len(r.merge(a, b)) == 1


def test_date_in_a_relative_clause_is_not_the_detail_of_the_act():
    r = Report("Ten women who were arrested in Shenyang in March have been handed back to North Korea.",
               "They were driven across the bridge to Sinuiju early this month.")
    lead = r.ev(0, "REPATRIATE", "handed back", actor="CN.police", target="Ten women",
                category="defector")
    body = r.ev(1, "REPATRIATE", "driven across the bridge", actor="CN.police", target="They",
                category="defector")
    assert r.merge(lead, body) == [body]


def test_custody_state_merges_into_the_arrest_whatever_the_place():
    r = Report("Chinese police arrested the couple in Yanji on May 2.",
               "Police kept them at a detention centre in Tumen for a month.")
    arrest = r.ev(0, "DETAIN", "arrested the couple", actor="CN.police", target="the couple",
                  category="defector")
    held = r.ev(1, "DETAIN", "detention centre", actor="CN.police", target="them",
                category="defector")
    assert r.merge(arrest, held) == [arrest]
    # held first, arrest told after: the arrest still stands for both
    assert r.merge(held, arrest) == [arrest]
    # the facility taken for the target names no other people
    held.target = Target("a detention centre in Tumen", "defector")
    assert r.merge(arrest, held) == [arrest]


def test_custody_of_people_of_another_kind_is_not_merged():
    r = Report("Agents arrested the returnees at the border.",
               "Relatives of defectors are held in the county cells.")
    a = r.ev(0, "DETAIN", "arrested the returnees", actor="KP.MSS", target="the returnees",
             category="returnee")
    b = r.ev(1, "DETAIN", "held in the county cells", actor="KP.MSS", target="they",
             category="defector_family")
    assert r.merge(a, b) == [a, b]


# --- round 11 ------------------------------------------------------------------------

def _events(text: str) -> list[Event]:
    doc = Document(text.encode(), text, Source(language="en"), "test", "text/plain")
    return extract(doc)


def _named(r: Report, n: int, etype: str, clause: str, actor: str, actor_text: str, **kw) -> Event:
    """An event whose actor is named by ``actor_text``: in its own sentence, or (when the
    words are not there) carried over from a neighbour."""
    ev = r.ev(n, etype, clause, **kw)
    ev.perpetrator = Perpetrator(actor_text, actor)
    return ev


def test_the_visits_told_again_with_a_definite_noun_are_the_visits_told_before():
    events = _events(
        "State Security Department officers went from house to house in Musan in March, "
        "questioning the families of people who fled to South Korea, a resident said.\n\n"
        "Neighbours were told the visits were a routine check of residence papers. \"They only "
        "go to the houses of the missing,\" the resident said.")
    visits = [e for e in events if e.type == "VISIT"]
    assert len(visits) == 1
    assert "March" in visits[0].evidence.text


def test_caught_the_group_after_the_arrest_is_that_arrest():
    events = _events(
        "Police in the North Korean city of Hoeryong arrested five traders in early May for "
        "smuggling copper wire to China, a source said.\n\n"
        "The officers caught the group as they were unloading boxes near the river, the source said.")
    arrests = [e for e in events if e.type == "DETAIN"]
    assert len(arrests) == 1
    # "in the North Korean city": the China the goods went to does not make them Chinese police.
    assert arrests[0].perpetrator.actor == "KP.MSoS"


def test_two_arrests_of_different_people_stay_two():
    events = _events(
        "State Security agents in Hyesan arrested a woman in March for calling her son in "
        "Seoul, a source said.\n\n"
        "In June, police in Musan arrested two brokers who had helped people cross the river, "
        "the source added.")
    assert len([e for e in events if e.type == "DETAIN"]) == 2


def test_they_are_being_watched_is_the_practice_told_before():
    events = _events(
        "Inminban heads in Kanggye have been recording every visitor to the homes of defector "
        "families since May, a resident said. They pass the lists to the city security office.\n\n"
        "The families know they are being watched, the resident said.")
    watching = [e for e in events if e.type == "SURVEIL"]
    assert len(watching) == 1
    assert "since May" in watching[0].evidence.text


def test_generic_state_in_the_lead_and_the_organ_in_the_body_are_one_promise():
    r = Report("North Korea's security services are offering pardons to people who fled the country.",
               "In April, officers of the Kanggye State Security Department promised several "
               "families that their children would not be punished.")
    lead = _named(r, 0, "INDUCE", "offering pardons", "KP.gov", "security services",
                  target="people who fled the country", category="defector", status="ongoing")
    body = _named(r, 1, "INDUCE", "promised several families", "KP.MSS",
                  "State Security Department", target="several families", category="defector_family")
    assert r.merge(lead, body) == [body]


def test_two_named_organs_are_still_two_actors():
    r = Report("Police arrested a trader at the market.",
               "State Security agents arrested a trader at the station.")
    a = _named(r, 0, "DETAIN", "arrested a trader", "KP.MSoS", "Police", target="a trader",
               category="resident")
    b = _named(r, 1, "DETAIN", "arrested a trader", "KP.MSS", "State Security agents",
               target="a trader", category="resident")
    assert r.merge(a, b) == [a, b]


def test_a_carried_over_actor_still_tells_which_state_acted():
    # The Chinese arrest and a North Korean transfer whose organ was borrowed from the
    # sentence before are not one act.
    r = Report("Chinese police arrested North Koreans found without papers.",
               "Those suspected of contact with missionaries were transferred to the provincial headquarters.")
    arrest = _named(r, 0, "DETAIN", "arrested North Koreans", "CN.police", "Chinese police",
                    target="North Koreans", category="defector")
    moved = _named(r, 1, "DETAIN", "transferred to", "KP.MSS", "Ministry of State Security",
                   target="Those", category="defector")
    assert r.merge(arrest, moved) == [arrest, moved]


def test_a_target_that_is_the_actor_names_no_victims():
    r = Report("Party officials at a cement factory in Haeju held a criticism session in November.",
               "The man was made to stand in front of some 200 workers.")
    lead = _named(r, 0, "PROPAGANDA", "criticism session", "KP.WPK", "Party officials",
                  target="Party officials at a cement factory in Haeju", category="official")
    body = _named(r, 1, "PROPAGANDA", "made to stand", "KP.WPK", "Party secretary",
                  target="The man", category="resident")
    assert r.merge(lead, body) == [lead]


def test_of_two_readings_of_one_sentence_the_named_actor_is_kept():
    r = Report("Two students were sentenced by the court to seven years in a camp.")
    named = _named(r, 0, "PUNISH", "sentenced", "KP.court", "court", target="Two students",
                   category="resident")
    borrowed = _named(r, 0, "PUNISH", "sentenced", "KP.MSoS", "city safety agency",
                      target="Two students", category="resident")
    assert r.merge(named, borrowed) == [named]


def test_plural_nouns_compare_with_their_singular():
    from chronicle.extraction.en_merge import signature
    assert signature("the houses of the missing") & signature("house in Hyesan")
    assert signature("families") == signature("family")


def test_a_summary_that_is_its_sentences_own_act_and_pins_it_down_beats_a_vague_quote():
    r = Report("Security officials in Chongjin have been telling families in May that defectors will be pardoned.",
               "\"They said, 'If she comes back, everything is forgiven,'\" the source said.")
    summary = _named(r, 0, "INDUCE", "telling families", "KP.MSS", "Security officials",
                     target="families", category="defector_family", status="ongoing")
    quote = r.ev(1, "INDUCE", "If she comes back", target="she", category="defector")
    r.clauses[id(quote)] = Clause("If she comes back", 1, 2, quoted=True)
    assert r.merge(summary, quote) == [summary]


def test_the_organ_named_in_a_merged_telling_replaces_the_states_name():
    r = Report("Agents from the State Security Department are watching the families of defectors in Hyesan.",
               "The authorities have stepped up the monitoring of families of defectors in Hyesan since March.")
    organ = _named(r, 0, "SURVEIL", "watching", "KP.MSS", "State Security Department",
                   target="the families of defectors", category="defector_family", status="ongoing")
    state = _named(r, 1, "SURVEIL", "monitoring", "KP.gov", "The authorities",
                   target="families of defectors", category="defector_family", status="ongoing")
    kept = r.merge(organ, state)
    assert len(kept) == 1 and kept[0].perpetrator.actor == "KP.MSS"


def test_an_act_told_again_of_part_of_the_group_is_the_groups_act():
    evs = extract(Document(b"", TEXT_PART, Source(language="en"), "test", "text/plain"))
    detained = [e for e in evs if e.type == "DETAIN"]
    assert len(detained) == 1 and "six traders" in detained[0].target.text
    assert any(e.type == "PUNISH" for e in evs)  # the fine paid by one of them is its own act


def test_part_of_a_group_told_first_is_not_merged_into_a_later_act():
    r = Report("Two of them were arrested by the police in May.", "Police arrested four other traders in June.")
    part = r.ev(0, "DETAIN", "were arrested", "KP.MSoS", target="Two of them", category="resident")
    other = r.ev(1, "DETAIN", "arrested", "KP.MSoS", target="four other traders", category="resident")
    assert len(r.merge(part, other)) == 2


TEXT_PART = ("Police arrested six traders in Musan in March for selling Chinese phones. "
             "One of them was caught at the market and released after paying a fine. "
             "The others are still being held at the county police station.")


def test_a_hedged_count_is_many_against_one_victim():
    # "At least 30 people" opens with a hedge, not the number: still many people, so
    # the one woman taken later is an act of her own.
    r = Report("At least 30 people were detained by the bowibu in Hoeryong this winter.",
               "She was taken into custody by the bowibu on Feb. 8.")
    a = r.ev(0, "DETAIN", "detained", actor="KP.MSS", target="At least 30 people", category="resident")
    b = r.ev(1, "DETAIN", "taken into custody", actor="KP.MSS", target="She", category="resident")
    assert r.merge(a, b) == [a, b]


def test_number_of_victims_reads_a_hedged_count_but_not_an_age():
    from chronicle.extraction.en_merge import _number
    assert _number("At least 30 people") == "many"
    assert _number("some forty residents") == "many"
    assert _number("the 35-year-old") is None
    assert _number("she") == "one"


def test_a_wire_dateline_adds_no_detail_to_the_lead():
    # Equal detail once the dateline's city and day are set aside: the body's telling stands
    # for both (bench/CODING.md, lead and detail).
    r = Report("SEOUL, June 2 (Yonhap) -- A North Korean defector who went back to the North in March has "
               "since been shown at a news conference, the unification ministry said.",
               "He crossed back into the North through China in March, the ministry said.")
    lead = r.ev(0, "RETURN", "went back to the North", target="A North Korean defector", category="returnee")
    body = r.ev(1, "RETURN", "crossed back into the North", target="He", category="returnee")
    assert r.merge(lead, body, lead=1) == [body]  # (the extractor passes the lead's paragraph)


def test_the_speaker_and_another_kind_of_person_are_two_acts():
    # "me" is the one telling (a defector's mother), not the broker; a third-person pronoun
    # would point back, the first person does not.
    r = Report("They came at night and took me to the security department in Sinchon town.",
               "The broker was arrested the next week.")
    a = r.ev(0, "DETAIN", "took me", actor="KP.MSS", target="me", category="defector_family")
    b = r.ev(1, "DETAIN", "was arrested", target="The broker", category="broker")
    assert r.merge(a, b) == [a, b]
    # The speaker told of by her kind in the lead is still herself.
    r = Report("A defector's mother was taken to the security department in March.",
               "They took me to the security department at night.")
    a = r.ev(0, "DETAIN", "was taken", actor="KP.MSS", target="A defector's mother", category="defector_family")
    b = r.ev(1, "DETAIN", "took me", actor="KP.MSS", target="me", category="defector_family")
    assert len(r.merge(a, b)) == 1


_RAID = "Police in Dandong detained three North Korean women in a raid on a karaoke bar late Friday."


def _raid_lead(r: Report) -> Event:
    return r.ev(0, "DETAIN", "detained three North Korean women", actor="CN.police",
                target="three North Korean women", category="defector")


def test_a_lead_summary_gives_way_to_the_bodys_account_told_at_length():
    # CODING §1.2: one event, on the detailed passage; the lead's actor is still the act's.
    r = Report(_RAID, "Officers came in through the kitchen, checked the identity cards of the staff and led "
                      "the three women in their twenties out to a van that was waiting in the lane.")
    lead = _raid_lead(r)
    body = r.ev(1, "DETAIN", "led", target="the three women", category="defector")
    kept = r.merge(lead, body, lead=1)
    assert kept == [body]
    assert kept[0].perpetrator.actor == "CN.police"


def test_a_short_vague_retelling_leaves_the_lead_standing():
    r = Report(_RAID, "They took the women away, a waiter said.")
    lead = _raid_lead(r)
    body = r.ev(1, "DETAIN", "took the women away", target="the women", category="defector")
    assert r.merge(lead, body, lead=1) == [lead]


def test_a_woman_and_a_man_told_by_pronouns_are_two_people():
    # Session 19: "she" and "he" each agree with anyone alone, but not with each other.
    r = Report("After the son fled, he was sentenced to three years in a labour camp, the source said.",
               "His mother lost her post at the school, and she was dismissed from the Party as well.")
    son = r.ev(0, "PUNISH", "was sentenced to three years", actor="KP.court", target="he", category="resident")
    mother = r.ev(1, "PUNISH", "was dismissed from the Party", actor="KP.WPK", target="she", category="defector_family")
    assert r.merge(son, mother) == [son, mother]
    r = Report("After the son fled, he was sentenced to three years in a labour camp, the source said.",
               "A court in Hyesan sentenced him in March, a relative said.")
    lead = r.ev(0, "PUNISH", "was sentenced to three years", actor="KP.court", target="he", category="resident")
    body = r.ev(1, "PUNISH", "sentenced him", actor="KP.court", target="him", category="resident")
    assert len(r.merge(lead, body)) == 1


def test_a_place_raided_gives_way_to_the_telling_that_names_who_was_taken():
    # Session 21: "raided the market" names a place, no one held; the next telling says who.
    r = Report("Police in Hyesan raided the market last week.",
               "Officers detained a woman who sold rice at a stall and questioned her for hours.")
    raid = r.ev(0, "DETAIN", "raided", actor="KP.MSoS", target="the market", category="other")
    held = r.ev(1, "DETAIN", "detained", actor="KP.MSoS", target="a woman", category="resident")
    assert r.merge(raid, held) == [held]
    # The whole extractor: one act, on the passage that names the woman.
    text = " ".join(r.sentences)
    doc = Document(text.encode(), text, Source(language="en"), "test", "text/plain")
    (ev,) = [e for e in extract(doc) if e.type == "DETAIN"]
    assert ev.target.text == "a woman" and ev.evidence.text.startswith("Officers detained")


def test_an_act_told_as_one_more_is_not_the_first_again():
    # Session 21: "as well", "also" mark a further act of the same type, not a restatement.
    r = Report("Her husband lost his job at the port in May.",
               "A few months later he was expelled from the Party as well.")
    job = r.ev(0, "PUNISH", "lost his job", target="Her husband", category="defector_family")
    party = r.ev(1, "PUNISH", "was expelled from the Party", target="he", category="defector_family")
    assert r.merge(job, party) == [job, party]
    r = Report("Her husband lost his job at the port in May.", "He lost the job after the raid, a relative said.")
    job = r.ev(0, "PUNISH", "lost his job", target="Her husband", category="defector_family")
    again = r.ev(1, "PUNISH", "lost the job", target="He", category="defector_family")
    assert len(r.merge(job, again)) == 1


def test_a_beating_and_a_stress_position_are_two_kinds_of_harm():
    # Session 22 (en_merge.tsv v5, manner): a night held on one's knees is not the beating retold.
    r = Report("The interrogator hit her with a wooden ruler on the hands.",
               "Some of the women were made to kneel all night in the corridor.")
    a = r.ev(0, "ASSAULT", "hit her", actor="KP.MSS", target="her", category="returnee")
    b = r.ev(1, "ASSAULT", "were made to kneel all night in the corridor", actor="KP.MSS",
             target="Some of the women", category="returnee")
    assert r.merge(a, b) == [a, b]
    # The beating told again, with the kneeling after its own words, is the same act.
    r = Report("She was beaten in custody.", "Officers beat her with a board and made her kneel for hours.")
    a = r.ev(0, "ASSAULT", "was beaten", target="She", category="returnee")
    b = r.ev(1, "ASSAULT", "beat her", actor="KP.MSS", target="her", category="returnee")
    assert len(r.merge(a, b)) == 1


def test_session26_two_body_tellings_of_equal_detail_keep_the_first():
    # Neither in the lead: the first telling is the act, the later one goes on about it.
    r = Report("The agents came to the house in Musan in the spring.",
               "Two agents made her write a letter to her son.",
               "She wept, and they told her to hold it still.")
    first = r.ev(1, "COERCE", "made her write", actor="KP.MSS", target="her", category="defector_family")
    later = r.ev(2, "COERCE", "told her to hold", actor="KP.MSS", target="her", category="defector_family")
    assert r.merge(first, later, lead=0) == [first]
    # the lead's summary still gives way to the body's telling
    lead = r.ev(0, "COERCE", "came to the house", actor="KP.MSS", target="the house", category="defector_family")
    assert r.merge(lead, first, lead=1) == [first]



@pytest.mark.parametrize("people, gender", [
    ("her own husband", "m"), ("the family's 19-year-old son", "m"), ("his mother", "f"), ("she", "f"),
    ("the broker", ""),
])
def test_session33_gender_of_people_named_with_a_possessive(people, gender):
    from chronicle.extraction import en_merge
    assert en_merge._gender(people) == gender


@pytest.mark.parametrize("words, kept_actor", [
    ("the city people's committee", "KP.gov"),  # a body the telling names keeps its act
    ("the authorities", "KP.MSS"),  # a word for the state takes the organ the report named
])
def test_session36_a_body_the_kept_telling_names_is_not_replaced_by_the_organ_told_before(words, kept_actor):
    r = Report("Agents of the State Security Department promised the woman a flat if she came back.",
               f"Since her return in November, {words} has given her a room in a dormitory and a job.")
    first = r.ev(0, "INDUCE", "promised the woman a flat", actor="KP.MSS", target="the woman", category="returnee")
    later = r.ev(1, "INDUCE", "has given her a room", actor="KP.gov", target="her", category="returnee")
    first.perpetrator = Perpetrator("Agents of the State Security Department", "KP.MSS")
    later.perpetrator = Perpetrator(words, "KP.gov")
    kept = r.merge(first, later)
    assert len(kept) == 1 and kept[0].perpetrator.actor == kept_actor, kept


@pytest.mark.parametrize("first_people, first_category, later_people, later_category, merged", [
    # the first telling's clause coloured its category (kin named in it); "the broker" points back
    ("A money broker", "defector_family", "The broker", "broker", True),
    # a name shares no word with the description of its bearer
    ("The broker", "broker", "Kang", "resident", True),
    # a new person by the same word, told with "a", is not pointed back to
    ("A money broker", "defector_family", "a broker", "broker", False),
])
def test_session39_the_same_person_told_under_two_categories(first_people, first_category, later_people,
                                                              later_category, merged):
    r = Report("Security officials have arrested a man who carried remittances to the families of defectors.",
               "He was taken from his home on March 3 by officers of the county security department.")
    first = r.ev(0, "DETAIN", "have arrested", actor="KP.MSS", target=first_people, category=first_category)
    later = r.ev(1, "DETAIN", "was taken from his home", actor="KP.MSS", target=later_people,
                 category=later_category)
    assert (len(r.merge(first, later)) == 1) is merged


def test_session39_a_lead_arrest_and_the_bodys_telling_of_the_broker_are_one_act():
    text = ("A money broker who carried remittances to the families of defectors in Musan has been arrested, a "
            "source said.\n\nThe broker, a man in his forties surnamed Kang, was taken from his home on March 3 by "
            "officers of the county security department.")
    doc = Document(raw=text.encode(), text=text, origin="test", media_type="text/plain",
                   source=Source(outlet="Daily NK", published="2025-06-01", language="en"))
    assert [e.type for e in extract(doc)].count("DETAIN") == 1, [(e.type, e.evidence.text) for e in extract(doc)]
