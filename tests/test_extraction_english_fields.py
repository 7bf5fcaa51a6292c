"""Fields of English events that transfer across writers (chronicle issue 3, round 6,
bench/CODING.md section 2): a Chinese court is China's state (CN.police), the people
an abduction takes from abroad are no residents of the North, and a heritage or
conservation body closing a site to visitors restricts no one. Every sentence is
written for these tests."""
import pytest

from chronicle.extraction import english
from chronicle.extraction.english import extract
from extraction_checks import run_extractor


def run(text):
    return run_extractor(extract, text, "en")


def of_type(text, etype):
    return [e for e in run(text) if e.type == etype]


CHINESE_COURTS = [
    "The Dandong Intermediate People's Court sentenced the smuggler to four years in prison.",
    "A court in Hunchun sentenced two ethnic Korean guides to five years for hiding North Koreans.",
    "The Helong City People's Court sentenced a farmer to two years for sheltering a runaway soldier.",
    "Last month the Longjing People's Court sentenced a cook to three years for helping escapees.",
]


@pytest.mark.parametrize("text", CHINESE_COURTS)
def test_a_chinese_court_is_chinas_state(text):
    found = of_type(text, "PUNISH")
    assert [e.perpetrator.actor for e in found] == ["CN.police"], \
        [(e.type, e.perpetrator) for e in run(text)]


def test_a_north_korean_court_stays_the_norths():
    found = of_type("The Hyesan People's Court sentenced the broker to ten years of reform through labour.",
                    "PUNISH")
    assert [e.perpetrator.actor for e in found] == ["KP.court"]


ABDUCTIONS = [
    "Agents of the State Security Department abducted a shopkeeper outside a hotel in Yanji and drove him across the border.",
    "The shop owner was kidnapped from a warehouse in Changbai by men from the bowibu.",
    "North Korean operatives kidnapped a pastor near the border town of Tumen last spring.",
    "The woman was abducted from her flat in Dandong by North Korean agents and taken across the river.",
]


@pytest.mark.parametrize("text", ABDUCTIONS)
def test_an_abduction_takes_no_resident(text):
    found = of_type(text, "ABDUCT")
    assert found and all(e.target is not None and e.target.category not in ("resident", None)
                         for e in found), [(e.type, e.target) for e in run(text)]


def test_an_abducted_defector_stays_a_defector():
    found = of_type("North Korean agents abducted a defector from a guesthouse in Yanji.", "ABDUCT")
    assert [e.target.category for e in found] == ["defector"]


SITE_CLOSURES = [
    "The Cultural Heritage Administration said visits to the old fortress would be restricted until the walls are repaired.",
    "The national heritage bureau has banned visitors from the royal tombs while the murals dry out.",
    "The zoo said visits to the tiger enclosure were restricted after the cubs were born.",
]


@pytest.mark.parametrize("text", SITE_CLOSURES)
def test_a_site_closed_for_its_care_restricts_no_one(text):
    assert run(text) == [], [(e.type, e.perpetrator, e.evidence.text) for e in run(text)]


def test_a_restriction_told_beside_a_heritage_site_still_counts():
    found = of_type("The Ministry of State Security banned residents of Kaesong from leaving the city "
                    "while the heritage inspectors were there.", "RESTRICT")
    assert [e.perpetrator.actor for e in found] == ["KP.MSS"]


def test_the_capital_as_a_place_names_no_state_behind_a_rule():
    text = ("Old royal tombs near Pyongyang shut for repairs\n\n"
            "Conservators found mould on the painted walls of two tombs last spring.\n\n"
            "The heritage office said restrictions on visits would stay until the walls are dry.")
    assert run(text) == [], [(e.type, e.perpetrator, e.evidence.text) for e in run(text)]


def test_the_state_named_as_actor_still_imposes_the_rule():
    text = ("Border towns tighten rules\n\n"
            "North Korea has banned residents of Hyesan from travelling to the river bank after dark.")
    found = of_type(text, "RESTRICT")
    assert [e.perpetrator.actor for e in found] == ["KP.gov"]


def test_an_abduction_told_with_a_pronoun_still_counts():
    # "other" is no person to the gates a weak trigger needs: the category is set after them.
    text = ("Two men in a car were waiting outside the inn for the trader.\n\n"
            "They forced him into the car; he was taken across the Tumen River before dawn.")
    found = of_type(text, "ABDUCT")
    assert found and all(e.target.category != "resident" for e in found)


# An unattributed restriction on things, in a report that names only the state, is no
# coercion of people; with an organ of the North named, or people it bears on, it is.
def test_a_state_closing_a_site_to_visits_restricts_no_one():
    text = ("North Korea has shut a mountain temple to tourists while its roof is rebuilt.\n\n"
            "Entry to the temple grounds will be restricted until the work ends next year, the park office said.")
    assert of_type(text, "RESTRICT") == [], [(e.type, e.evidence.text) for e in run(text)]


@pytest.mark.parametrize("lead", ["The Ministry of State Security has stepped up checks in Hyesan.",
                                  "North Korea has stepped up checks in Hyesan."])
def test_an_unattributed_rule_on_travel_counts(lead):
    # travel is people's own act: a rule on it bears on residents, whoever the report names
    found = of_type(lead + "\n\nA ban on travel to the riverside districts has been in force since March.",
                    "RESTRICT")
    assert [e.target.category for e in found] == ["resident"]


def test_an_unattributed_rule_on_people_in_a_report_naming_the_state_counts():
    text = ("North Korea tightened its grip on border towns this spring.\n\n"
            "Residents of Sinuiju are now forbidden to leave the city without a travel permit.")
    assert of_type(text, "RESTRICT")


# A penalty told with no actor is the court's when its sentence tells a trial or a term of
# years; not a political prison camp (no trial) nor a dismissal or expulsion.
COURT_TERMS = [
    "Two of the smugglers each got eight years in a reform-through-labour camp.",
    "After a closed trial in May, the teacher was sent to a kyohwaso near Chongori.",
    "The driver was given fifteen years in a prison camp for carrying Bibles.",
    "Those judged guilty of selling the films are sent to prison camps for long terms.",
]


@pytest.mark.parametrize("text", COURT_TERMS)
def test_a_term_or_a_trial_makes_the_penalty_the_courts(text):
    found = of_type("Hyesan residents talk of a crackdown.\n\n" + text, "PUNISH")
    assert [e.perpetrator.actor for e in found] == ["KP.court"], [(e.type, e.perpetrator) for e in run(text)]


NOT_COURT_TERMS = [
    "The three brothers are expected to be sent to a political prison camp, though no trial has been held.",
    "Her husband was dismissed from the mine the week after the trial.",
]


@pytest.mark.parametrize("text", NOT_COURT_TERMS)
def test_a_camp_without_trial_or_a_dismissal_is_not_the_courts(text):
    found = of_type("Hyesan residents talk of a crackdown.\n\n" + text, "PUNISH")
    assert found and all(e.perpetrator is None or e.perpetrator.actor != "KP.court" for e in found), \
        [(e.type, e.perpetrator) for e in run(text)]


# --- round 7 (issue 3): status, target and perpetrator cues that transfer -------------

def statuses(text, etype=None):
    return [e.status for e in run(text) if etype is None or e.type == etype]


# How often an act is done says it is a practice: record format "ongoing" (repeated).
REPEATED = [
    "Security agents questioned the miner's wife repeatedly about her son in Seoul.",
    "Bowibu officers questioned the widow again and again about her brother in the South.",
    "A police officer visited the household roughly once a month to ask about the missing daughter.",
    "The interrogator slapped the trader whenever he looked up from the floor.",
    "Police officers have been going through the phones of passengers at the Hyesan station.",
]


@pytest.mark.parametrize("text", REPEATED)
def test_a_repeated_act_is_ongoing(text):
    found = statuses(text)
    assert found and set(found) == {"ongoing"}, [(e.type, e.status) for e in run(text)]


def test_a_single_dated_act_stays_occurred():
    assert statuses("Security agents questioned the miner's wife about her son in Seoul on March 4.") \
        == ["occurred"]


def test_a_person_believed_held_is_held_still():
    text = "The teacher is believed to be held by the Ministry of State Security in Hamhung."
    assert statuses(text, "DETAIN") == ["ongoing"], [(e.type, e.status) for e in run(text)]


def test_a_person_held_once_was_held():
    text = "The teacher was held by the Ministry of State Security in Hamhung last March."
    assert statuses(text, "DETAIN") == ["occurred"], [(e.type, e.status) for e in run(text)]


def test_a_message_families_have_been_given_goes_on():
    text = ("Families of defectors in Musan have been told by the security department that they "
            "will lose their homes if their relatives speak to reporters.")
    assert statuses(text, "THREATEN") == ["ongoing"], [(e.type, e.status) for e in run(text)]


def test_a_message_given_on_a_day_was_given():
    text = ("On Monday the security department told the families in Musan that they would lose "
            "their homes if their relatives spoke to reporters.")
    assert statuses(text, "THREATEN") == ["occurred"], [(e.type, e.status) for e in run(text)]


def categories(text, etype):
    return [e.target.category if e.target else None for e in run(text) if e.type == etype]


SENT_BACK = "Eleven North Koreans were sent back from China at Namyang in May, a source said. "


def test_those_returned_are_returnees():
    text = SENT_BACK + "Those returned are held by the security department in Onsong."
    assert categories(text, "DETAIN") == ["returnee"], [(e.type, e.target) for e in run(text)]


@pytest.mark.parametrize("who", ["One woman", "The woman, a trader from Musan,", "The adults"])
def test_people_told_of_after_a_return_are_returnees(who):
    text = SENT_BACK + f"{who} will be sent to a labour-training camp, relatives fear."
    assert categories(text, "PUNISH") == ["returnee"], [(e.type, e.target) for e in run(text)]


def test_whoever_comes_back_is_a_returnee():
    text = "My uncle went back across the Tumen to the North in 2021 after four years in Seoul."
    assert categories(text, "RETURN") == ["returnee"], [(e.type, e.target) for e in run(text)]


def test_traitors_in_a_threat_are_defectors():
    text = ("After two soldiers defected, a Rodong Sinmun editorial warned that traitors would "
            "face the harshest punishment.")
    found = [e.target.category for e in run(text) if e.target and e.target.text == "traitors"]
    assert found and set(found) == {"defector"}, [(e.type, e.target) for e in run(text)]


@pytest.mark.parametrize("who, category", [
    ("a smuggler carrying copper", "resident"),
    ("a people smuggler", "broker"),
])
def test_a_goods_smuggler_is_a_resident(who, category):
    text = f"Border guards in Sinuiju arrested {who} on the riverbank last week."
    assert categories(text, "DETAIN") == [category], [(e.type, e.target) for e in run(text)]


def test_a_promise_conditioned_on_return_targets_the_one_who_left():
    text = ("A defector in Seoul said she was promised by the security department that her "
            "brother would be freed from prison if she came back.")
    assert categories(text, "INDUCE") == ["defector"], [(e.type, e.target) for e in run(text)]


def test_the_anti_espionage_section_is_the_unit():
    text = ("Officers of the provincial security bureau's anti-espionage section summoned the "
            "widow twice in May.")
    found = [e.perpetrator.actor for e in run(text) if e.perpetrator]
    assert found and set(found) == {"KP.MSS.anti_espionage"}, [(e.type, e.perpetrator) for e in run(text)]


# Round 8: a definite organ noun as the subject ("the squad", "the bureau") points back
# to the organ last named with that noun; one policeman is the police; the Youth League
# is the Party's (bench/CODING.md section 2, perpetrator).
ORGAN_ANAPHORS = [
    ("Inspection squads of the Youth League have been searching bags at the station in "
     "Hyesan since April. On Monday the squad detained two pupils with foreign films.",
     "DETAIN", "KP.WPK"),
    ("The provincial security bureau arrested a fish trader in Chongjin in March. "
     "In April the bureau sent her to a labour camp.",
     "PUNISH", "KP.MSS"),
    ("A Youth League patrol stopped a truck of students outside Kanggye. "
     "The patrol arrested the driver for carrying a Chinese phone.",
     "DETAIN", "KP.WPK"),
]


@pytest.mark.parametrize("text,etype,actor", ORGAN_ANAPHORS)
def test_a_definite_organ_noun_takes_the_organ_named_with_it(text, etype, actor):
    found = [e for e in of_type(text, etype) if e.evidence.text.startswith(("On Monday", "In April", "The patrol"))]
    assert found and found[0].perpetrator is not None and found[0].perpetrator.actor == actor


def test_an_organ_noun_with_no_organ_named_so_is_no_actor():
    # A sports team named before: "the team" is no organ of the state.
    text = ("The provincial security bureau opened a new office in Hyesan last year. "
            "Our school's volleyball team travelled to Wonsan. The team beat the hosts badly.")
    assert of_type(text, "ASSAULT") == []


@pytest.mark.parametrize("text,actor", [
    ("A policeman came to the widow's home and questioned her about her son's phone calls.", "KP.MSoS"),
    ("A police officer arrested the tailor at the market in Sariwon.", "KP.MSoS"),
    ("The Socialist Patriotic Youth League detained three students for dyeing their hair.", "KP.WPK"),
])
def test_one_policeman_and_the_youth_league_are_named_organs(text, actor):
    evs = run(text)
    assert evs and evs[0].perpetrator is not None and evs[0].perpetrator.actor == actor



def test_a_joint_subject_takes_the_first_named_organ():
    # bench/CODING.md, joint acts: the first-named organ, not the longer name.
    evs = run("Police and Youth League squads detained four students at the Hyesan market on Sunday.")
    assert evs and evs[0].perpetrator is not None and evs[0].perpetrator.actor == "KP.MSoS"


def test_a_unit_inside_its_ministry_is_no_joint_subject():
    evs = run("The anti-espionage unit of the State Security Department arrested a trader in Sinuiju.")
    assert evs and evs[0].perpetrator.actor == "KP.MSS.anti_espionage"


def test_north_korean_agents_are_never_the_chinese_police_named_before():
    text = ("Chinese police in Yanji detained a broker in March. Since then at least three brokers "
            "have been snatched along the Tumen by North Korean agents.")
    evs = of_type(text, "ABDUCT")
    assert evs and evs[0].perpetrator is not None and evs[0].perpetrator.actor == "KP.gov"


def test_a_duty_imposed_on_people_is_done_to_them_and_stands():
    # "must sign": the wives are made to; the organ that summoned them makes them, and a
    # duty in force is ongoing, not one past act.
    text = ("The city Party committee summoned the wives of the workers who fled. "
            "Each wife must sign a pledge to report any call from abroad.")
    evs = [e for e in of_type(text, "COERCE") if e.evidence.text.startswith("Each wife")]
    assert evs and evs[0].target is not None and evs[0].target.text == "Each wife"
    assert evs[0].status == "ongoing"
    assert evs[0].perpetrator is not None and evs[0].perpetrator.actor == "KP.WPK"


def test_the_one_who_lost_a_post_is_the_target():
    evs = of_type("Police arrested the smuggler in Hyesan in May. His brother lost his job at the mine "
                  "a week later.", "PUNISH")
    assert evs and evs[0].target is not None and evs[0].target.text == "His brother"


def test_in_a_first_person_account_he_after_him_is_still_the_official():
    text = ("The provincial security bureau in Sinuiju held me for three months. Every morning the "
            "interrogator asked the same questions. When my answers did not satisfy him, he beat me "
            "across the back with his belt.")
    evs = of_type(text, "ASSAULT")
    assert evs and evs[0].perpetrator is not None and evs[0].perpetrator.actor == "KP.MSS"


def test_chinese_goods_at_a_north_korean_market_leave_the_police_north_korean():
    text = ("I was selling Chinese shoes at the market in Chongjin when two men from the police "
            "took me to the police station.")
    evs = of_type(text, "DETAIN")
    assert evs and evs[0].perpetrator.actor == "KP.MSoS"


def test_the_unit_heads_are_the_heads_of_the_unit_named_before():
    # A rule reads the act (the learned reader off, so the test holds whatever it proposes).
    text = ("The people's unit met in March. Since then the unit heads have been visiting every "
            "household in the evenings, checking who is staying over.")
    english.LEARNED = False
    try:
        evs = run(text)
    finally:
        english.LEARNED = True
    assert evs and evs[-1].perpetrator is not None and evs[-1].perpetrator.actor == "KP.inminban"


def test_a_security_man_at_a_company_abroad_is_state_security():
    evs = of_type("In Vladivostok the security man attached to the company detained two workers "
                  "who had tried to run away.", "DETAIN")
    assert evs and evs[0].perpetrator is not None and evs[0].perpetrator.actor == "KP.MSS"



@pytest.mark.parametrize("second", [
    "Uriminzokkiri later posted a video of the confession in Pyongyang.",
    "In June the court held a public trial at the stadium.",
])
def test_an_act_on_a_thing_falls_on_the_people_last_told_of(second):
    # "posted a video", "held a public trial": no people named, so the act's people are the
    # returnees just told of, not "other".
    text = "Three women who had returned from China were detained in Hyesan in May. " + second
    evs = of_type(text, "PROPAGANDA")
    assert evs and evs[0].target is not None and evs[0].target.category == "returnee"


def test_what_one_is_made_to_do_again_and_again_is_ongoing():
    evs = of_type("After the arrest in Hyesan, the interrogators made me write my confession again and again.",
                  "COERCE")
    assert evs and evs[0].status == "ongoing"


def test_made_to_do_once_stays_one_act():
    evs = of_type("After the arrest in Hyesan, the interrogators made me write a confession.", "COERCE")
    assert evs and evs[0].status == "occurred"


# Round 9: kin named later in a report about a defector's family are that family; a bare
# number points back to the officials just named; a prosecutor or judge is the court.

def test_kin_named_later_stay_the_defectors_family():
    text = ("Security officers in Musan have been questioning the family of a soldier who went to "
            "South Korea last autumn.\n\n"
            "The parents were summoned to the county security office twice in May, a resident said.")
    found = [e for e in run(text) if e.type == "VISIT" and e.target and "parents" in (e.target.text or "")]
    assert [e.target.category for e in found] == ["defector_family"], \
        [(e.type, e.target) for e in run(text)]


def test_kin_in_a_report_on_no_defector_stay_residents():
    text = ("City officials in Wonsan have begun clearing a district for a new hotel.\n\n"
            "The parents of several pupils were summoned to the city people's committee in May.")
    found = [e for e in run(text) if e.target and "parents" in (e.target.text or "")]
    assert found and all(e.target.category == "resident" for e in found), \
        [(e.type, e.target) for e in run(text)]


def test_kin_of_people_who_crossed_are_a_defectors_family():
    text = "Security officers banished the relatives of people who had crossed the river to a farm in the mountains."
    found = of_type(text, "EXPEL")
    assert [e.target.category for e in found] == ["defector_family"], [(e.type, e.target) for e in run(text)]


def test_a_bare_number_points_back_to_the_guards_just_named():
    text = ("Border guards caught the smuggler on the frozen river. "
            "They fired twice and one hit him in the leg, a neighbour said.")
    found = of_type(text, "ASSAULT")
    assert found and found[0].perpetrator is not None and found[0].perpetrator.actor == "KP.border_guard", \
        [(e.type, e.perpetrator) for e in run(text)]


def test_a_number_far_from_any_official_names_no_actor():
    text = ("Border guards patrol the river every night, residents in the county say, and the traders "
            "have learned their routes over many years of careful watching from the hills above.\n\n"
            "Two brothers from the village argued over the money they had lost, and one hit the other.")
    assert not of_type(text, "ASSAULT"), [(e.type, e.perpetrator) for e in run(text)]


def test_a_judge_sentencing_is_the_court():
    found = of_type("At the rally a judge sentenced the trader to twelve years in a prison camp.", "PUNISH")
    assert [e.perpetrator.actor for e in found] == ["KP.court"]


def test_a_court_ordering_a_company_to_pay_coerces_no_one():
    text = "A district court in Yanji has ordered a local shipping company to repay 900,000 yuan to a supplier."
    assert not of_type(text, "COERCE"), [(e.type, e.target) for e in run(text)]



# Round 10: who gives a shoot order, who expels from the Party, and which police a passage
# about China words still leaves in the North.
SHOOT_ORDERS = [
    "Since March, soldiers posted along the Yalu have been ordered to fire on anyone crossing at night.",
    "The authorities have issued a decree allowing border guards to shoot at anyone who nears the fence.",
    "Under the new rule, guards on the riverbank may shoot without warning at people found in the zone.",
]


@pytest.mark.parametrize("text", SHOOT_ORDERS)
def test_a_shoot_order_is_the_states_not_the_guards(text):
    found = of_type(text, "RESTRICT")
    assert found and {e.perpetrator.actor for e in found if e.perpetrator} == {"KP.gov"}, \
        [(e.type, e.perpetrator) for e in run(text)]


def test_guards_who_shoot_on_their_own_stay_the_actor():
    text = "Border guards opened fire on two women wading across the river near Musan on Tuesday."
    found = of_type(text, "ASSAULT")
    assert [e.perpetrator.actor for e in found] == ["KP.border_guard"], [(e.type, e.perpetrator) for e in run(text)]


def test_an_expulsion_from_the_party_with_no_actor_is_the_partys():
    text = ("Kim Chol Su fled to China in 2019, a relative said.\n\n"
            "His uncle, a teacher in Kilju, was expelled from the Party the following spring because of him.")
    found = [e for e in of_type(text, "PUNISH") if "expelled" in e.evidence.text]
    assert [e.perpetrator.actor for e in found] == ["KP.WPK"], [(e.type, e.perpetrator) for e in run(text)]


def test_police_arresting_a_seller_of_chinese_made_goods_are_the_norths():
    text = "A woman from Hoeryong was arrested by the city's police last May for selling Chinese-made shoes."
    found = of_type(text, "DETAIN")
    assert [e.perpetrator.actor for e in found] == ["KP.MSoS"], [(e.type, e.perpetrator) for e in run(text)]


def test_police_beside_a_flight_into_china_are_the_norths():
    text = ("Two officers from the local police station came to the old man's door in Chongjin in May and "
            "questioned him for an hour. His grandson had crossed into China the winter before.")
    found = [e for e in run(text) if e.type in ("VISIT", "DETAIN")]
    assert found and all(e.perpetrator.actor == "KP.MSoS" for e in found), [(e.type, e.perpetrator) for e in found]


def test_police_in_a_passage_set_in_china_stay_chinese():
    text = ("She reached Yanji in March and hid in a flat rented by a church. "
            "Police raided the flat in April and arrested her.")
    found = of_type(text, "DETAIN")
    assert [e.perpetrator.actor for e in found] == ["CN.police"], [(e.type, e.perpetrator) for e in run(text)]


# Round 10, false events: a restriction told as eased or lifted, or one on trade, coerces no one.
NO_COERCION = [
    "The state shipping line resumed ferries to Vladivostok on Friday as Pyongyang relaxes travel "
    "restrictions it imposed during the pandemic.",
    "Officials in Beijing said restrictions on cargo flights had been lifted last spring.",
    "North Korea has tightened restrictions on imports of Chinese sugar this year, customs figures show.",
]


@pytest.mark.parametrize("text", NO_COERCION)
def test_an_eased_restriction_or_a_trade_measure_is_no_event(text):
    assert not of_type(text, "RESTRICT"), [(e.type, e.extractor.rule) for e in run(text)]


def test_a_restriction_on_people_still_counts():
    text = "North Korea has tightened restrictions on residents of border towns, who now need a permit to travel."
    assert of_type(text, "RESTRICT"), [(e.type, e.extractor.rule) for e in run(text)]


def test_people_to_be_handed_to_the_north_are_handed_by_china():
    text = ("Four women caught in a flat in Yanji last week are being held at a detention centre, a pastor said.\n\n"
            "He said they were likely to be handed to North Korean border officials within a month.")
    found = of_type(text, "REPATRIATE")
    assert [e.perpetrator.actor for e in found if e.perpetrator] == ["CN.police"], \
        [(e.type, e.perpetrator) for e in run(text)]


def test_a_handover_to_the_north_in_a_report_without_china_names_no_chinese_police():
    text = "Two loggers who fled a camp in the Russian Far East were handed over to the North Korean side in June."
    found = of_type(text, "REPATRIATE")
    assert all(e.perpetrator is None or e.perpetrator.actor != "CN.police" for e in found), \
        [(e.type, e.perpetrator) for e in found]


def test_people_told_of_in_a_report_on_a_defectors_family_are_that_family():
    from chronicle.extraction.english import extract
    from extraction_checks import run_extractor
    text = ("Mother of a defector moved out of her home in Anju\n\n"
            "The mother of a man who defected to South Korea last year has been watched closely since spring, "
            "a source said.\n\n"
            "An officer of the city security department has summoned her twice since May.")
    evs = [e for e in run_extractor(extract, text, "en") if e.type == "VISIT"]
    assert evs and evs[0].target is not None and evs[0].target.category == "defector_family", evs


def test_a_defectors_familys_flat_is_the_familys():
    from chronicle.extraction.english import extract
    from extraction_checks import run_extractor
    text = ("Her son fled to China in 2019. Since then two officers from the security department have come to "
            "the flat every week.")
    evs = [e for e in run_extractor(extract, text, "en") if e.type == "VISIT"]
    assert evs and evs[0].target is not None and evs[0].target.category == "defector_family", evs


def test_bare_police_after_chinas_police_are_chinas_until_people_are_handed_back():
    from chronicle.extraction import english
    from extraction_checks import run_extractor
    events = run_extractor(english.extract, "Chinese police have stepped up checks in Yanji. Last month police "
                           "took away two North Korean women who had been spotted near the river.", "en")
    assert [(e.type, e.perpetrator.actor) for e in events] == [("DETAIN", "CN.police")]
    events = run_extractor(english.extract, "Chinese police handed the two women over at Tumen in March. "
                           "Back in North Korea, police beat them during questioning.", "en")
    assert ("ASSAULT", "KP.MSoS") in [(e.type, e.perpetrator.actor) for e in events]


# --- session 39: terms given, blows, actors abroad, unit heads' reports ----------------------
# (sentences written for these tests)

@pytest.mark.parametrize("text", [
    "In March a court in Hamhung gave him seven years.",
    "The provincial court handed her ten years in a reform camp.",
])
def test_a_term_given_to_someone_is_a_penalty(text):
    assert of_type(text, "PUNISH"), [(e.type, e.extractor.rule) for e in run(text)]


def test_a_term_given_is_not_an_age_or_a_duration_ago():
    text = "The court clerk gave her a lift home five years ago."
    assert not of_type(text, "PUNISH"), [(e.type, e.extractor.rule) for e in run(text)]


@pytest.mark.parametrize("text, etype, key", [
    # teeth knocked out are blows, with no person as the object
    ("Officers of the county security department held him for a month. They knocked out three of his teeth.",
     "ASSAULT", "KP.MSS"),
    ("The anjeon-bu sent her to a labour training camp for six months.", "PUNISH", "KP.MSoS"),  # romanised, hyphen
    ("In 2023 our platoon caught a woman and her son on the ice near Musan.", "DETAIN", "KP.border_guard"),
    ("At the camp outside Muscat the site manager kept every worker's passport in his safe.", "RESTRICT", "KP.gov"),
])
def test_session_39_readings_of_who_acts(text, etype, key):
    found = of_type(text, etype)
    assert [e.perpetrator.actor for e in found if e.perpetrator] == [key], \
        [(e.type, e.perpetrator) for e in run(text)]


def test_unit_heads_ordered_to_report_on_households_watch_them():
    text = "Inminban heads in Hyesan were ordered to report every week on households with relatives in China."
    assert of_type(text, "SURVEIL") and not of_type(text, "RESTRICT"), \
        [(e.type, e.extractor.rule) for e in run(text)]


@pytest.mark.parametrize("text", [
    "Mozambican police detained a North Korean nurse at a checkpoint outside Maputo on Friday.",
    "Namibian police detained six North Korean builders at a site in Windhoek last week.",
])
def test_police_of_a_state_where_workers_are_sent_are_that_states(text):
    found = of_type(text, "DETAIN")
    assert found and all(e.perpetrator is None for e in found), [(e.type, e.perpetrator) for e in run(text)]


def test_someone_forced_into_a_car_and_driven_to_the_airport_is_abducted():
    text = ("Two security men from the embassy found the welder at a friend's flat in Moscow, pushed him into a car "
            "and drove him to the airport.")
    assert of_type(text, "ABDUCT"), [(e.type, e.extractor.rule) for e in run(text)]


@pytest.mark.parametrize("text", [
    "North Korean waitresses at a restaurant in Hanoi have worked there since 2023, a source said. "
    "In June an official from the North Korean embassy took the staff's passports.",
    "North Korean doctors at a clinic in Maputo have worked there since 2023, a source said. "
    "In June the security official at the embassy confiscated the nurses' passports.",
])
def test_staff_of_a_north_korean_mission_abroad_are_workers_abroad(text):
    cats = [e.target.category for e in run(text) if e.type == "RESTRICT" and e.target is not None]
    assert cats == ["worker_abroad"], [(e.type, e.target) for e in run(text)]


def test_work_given_as_a_penalty_is_a_penalty():
    text = "Households that missed the rally were given two days of road repair work as a penalty, the source said."
    assert of_type(text, "PUNISH"), [(e.type, e.extractor.rule) for e in run(text)]


def test_a_word_removed_from_a_post_is_no_penalty():
    text = "The ministry removed the old signs from their posts along the road."
    assert not of_type(text, "PUNISH"), [(e.type, e.extractor.rule) for e in run(text)]
