"""Paraphrase suite for the English extractor: each event type as different outlets
word it (inside-source reports, resident interviews, wire copy, NGO/UN prose,
testimony), written for these tests and independent of the development sets. Each
sentence names a North Korean organ (or a pronoun/"agents" after one) and must give
an event of its type whose perpetrator is that organ; the innocent uses must give
no event of that type at all."""
import pytest

from chronicle.extraction.english import extract
from extraction_checks import perpetrators_of, run_extractor


def run(text):
    return run_extractor(extract, text, "en")


def _xf(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


MSS, MSOS, WPK, KPA = "KP.MSS", "KP.MSoS", "KP.WPK", "KP.KPA"
BG, INM, COURT, GOV, CN = "KP.border_guard", "KP.inminban", "KP.court", "KP.gov", "CN.police"

POSITIVE = {
    "SURVEIL": [
        ("State Security agents have been keeping tabs on the relatives of people who fled to the South.", MSS),
        ("According to the source, the bowibu listened in on her calls to her daughter in Seoul.", MSS),
        ("Police officers are tailing traders who travel to the border towns.", MSOS),
        ("The Ministry of State Security has planted informants in every neighbourhood unit of Hyesan.", MSS),
        ("The security department put the defector's family under round-the-clock surveillance.", MSS),
        # (no rule reads it: the parse loses the subject; the learned reader does)
        ("The SSD is said to be eavesdropping on phone conversations along the Yalu.", MSS),
        ("Residents said the police kept a close eye on anyone who received money from abroad.", MSOS),
        ("Bowibu officers monitored the family's movements for months after her escape.", MSS),
        ("The State Security Department tracked down the mobile phone signals from the village.", MSS),
        ("The inminban head was told to watch over the household and report any visitors.", INM),
    ],
    "THREATEN": [
        ("An SSD officer warned the mother that her whole family would be sent to a prison camp.", MSS),
        ("The police threatened the traders with arrest if they kept using Chinese phones.", MSOS),
        ("Bowibu agents told the relatives they would pay dearly if the daughter did not come back.", MSS),
        ("The Ministry of State Security intimidated the families of defectors, a source said.", MSS),
        ("According to the group, security officials threatened to banish the family to the mountains.", MSS),
        ("The SSD summoned the brothers of the defector. The agents issued a stern warning to them.", MSS),
        ("The bowibu warned residents that anyone caught with South Korean videos would be punished.", MSS),
        ("Police officers threatened him with a labour camp sentence.", MSOS),
        ("The State Security Department has been threatening families whose members left for China.", MSS),
    ],
    "COERCE": [
        ("Bowibu agents forced the father to phone his son in Seoul and ask him to return.", MSS),
        ("The SSD made the mother write a letter urging her daughter to come home.", MSS),
        ("The police compelled the detainees to sign confessions.", MSOS),
        ("Security officials pressured the family into calling their relatives in South Korea.", MSS),
        ("The Ministry of State Security coerced relatives into recording video messages.", MSS),
        ("The Party committee ordered all residents to attend the public trial.", WPK),
        ("The wife was made to call her husband by State Security agents.", MSS),
        ("The bowibu pushed the family to persuade the defector to come back.", MSS),
        ("The police forced the smugglers to hand over their phones.", MSOS),
    ],
    "INDUCE": [
        ("The State Security Department promised the defector's mother that her son would be pardoned.", MSS),
        ("Bowibu agents offered cash to the family if the daughter returned.", MSS),
        ("The SSD has been trying to lure defectors back with promises of housing in Pyongyang.", MSS),
        ("Security officials told the family their son would be forgiven if he came home.", MSS),
        ("The Ministry of State Security enticed defectors to return with offers of jobs.", MSS),
        ("The bowibu dangled an amnesty in front of the escapees' relatives.", MSS),
        ("The State Security Department approached the wife. Its agents coaxed her into contacting her husband with promises of leniency.", MSS),
        ("The police promised a reward to residents who reported illegal phone users.", MSOS),
        # the assurance itself is the act (induce.guarantee), its actor the one assuring
        ("The SSD assured the family that no harm would come to their son if he returned.", MSS),
    ],
    "VISIT": [
        ("State Security agents visited the home of the defector's parents several times.", MSS),
        ("The bowibu summoned the woman for questioning about her sister.", MSS),
        ("Police officers came to the family's house late at night.", MSOS),
        ("The SSD called the relatives in to its county office.", MSS),
        ("Security officials went door to door asking about the missing family.", MSS),
        ("The defector's brother was hauled in for questioning by the bowibu.", MSS),
        ("Agents of the Ministry of State Security paid a visit to her workplace.", MSS),
        # (no rule reads it: the farm is read as the target; the learned reader does)
        ("The police showed up at the farm to question the defector's father.", MSOS),
        ("The State Security Department has repeatedly called the mother in for talks.", MSS),
    ],
    "DETAIN": [
        ("The bowibu arrested the woman's husband last month.", MSS),
        ("Police picked up three traders at the Hyesan market.", MSOS),
        ("The SSD locked up the brothers in a holding cell.", MSS),
        ("The State Security Department detained dozens of people caught making calls to China.", MSS),
        ("Security agents hauled the man off to the provincial bureau.", MSS),
        ("The police rounded up the smugglers in a night raid.", MSOS),
        ("He was taken into custody by the Ministry of State Security.", MSS),
        ("The bowibu interrogated the mother for three days.", MSS),
        ("Border guards caught the woman as she tried to cross the Tumen.", BG),
        ("The SSD nabbed the broker at the station.", MSS),
    ],
    "PUNISH": [
        ("The court sentenced the defector's father to ten years of hard labour.", COURT),
        ("The State Security Department sent the family to a political prison camp.", MSS),
        ("The authorities executed two men for distributing South Korean dramas.", GOV),
        ("The Party expelled the official from its ranks over his son's defection.", WPK),
        ("The police fined the traders heavily for selling Chinese goods.", MSOS),
        pytest.param("The bowibu had the brother thrown into a labor camp.", MSS,
                     marks=_xf("causative 'had X thrown': the passive participle finds no agent")),
        ("The Workers' Party dismissed the manager after his daughter fled.", WPK),
        ("The SSD publicly executed the broker in front of residents.", MSS),
        ("The court handed the woman a five-year term in a reeducation camp.", COURT),
    ],
    "EXPEL": [
        ("The authorities banished the families of defectors to remote mountain villages.", GOV),
        ("The State Security Department expelled the relatives from the border area.", MSS),
        ("The bowibu sent the family packing to the countryside.", MSS),
        ("The police evicted the defector's family from their Pyongyang apartment.", MSOS),
        ("The Party relocated the families of escapees away from the border city.", WPK),
        ("The SSD exiled the mother and her children to a farm in the interior.", MSS),
        ("Security officials forced the family to move out of Hyesan.", MSS),
        ("The authorities deported residents with relatives in the South from the capital.", GOV),
        ("The police drove the families out of the border zone.", MSOS),
    ],
    "REPATRIATE": [
        ("Chinese police forcibly repatriated the women to North Korea.", CN),
        ("Chinese public security sent the defectors back to the North.", CN),
        ("The group was handed over to the bowibu by Chinese border police.", CN),
        ("China's public security deported the escapees to North Korea last week.", CN),
        ("Chinese police returned the detained women to North Korean authorities.", CN),
        ("Chinese authorities repatriated fifty North Koreans in a single night.", CN),
        ("The Chinese police handed the family over to North Korean border guards.", CN),
        ("Chinese security officers forcibly returned the teenagers across the border.", CN),
    ],
    "ABDUCT": [
        ("Bowibu agents abducted a missionary from a Chinese border town.", MSS),
        ("The State Security Department kidnapped the activist in Yanji.", MSS),
        ("The SSD snatched the defector from a street in Dandong and took him across the river.", MSS),
        ("North Korean agents lured the pastor to the border and seized him.", GOV),
        ("State Security agents dragged the defector back across the river from China.", MSS),
        ("The bowibu spirited the broker away from his home in Changbai.", MSS),
        ("The SSD abducted two Chinese nationals near the border.", MSS),
        ("Security agents kidnapped a South Korean missionary in China.", MSS),
    ],
    "ASSAULT": [
        ("Border guards beat the woman until she lost consciousness.", BG),
        ("The bowibu tortured the detainees during interrogation.", MSS),
        ("Police officers kicked and punched the trader.", MSOS),
        ("The SSD agents brutally assaulted the defector's brother.", MSS),
        ("The security officials savagely beat the man in custody.", MSS),
        ("Guards at the holding center whipped the prisoners.", GOV),
        ("The police clubbed the smugglers with rifle butts.", MSOS),
        ("State Security interrogators battered the mother.", MSS),
        ("Soldiers at the border shot at a group of people crossing the river.", BG),
    ],
    "RESTRICT": [
        ("The Ministry of State Security has launched a crackdown on Chinese mobile phones.", MSS),
        ("The authorities tightened border control after the defections.", GOV),
        ("The police banned residents from traveling to the border without a permit.", MSOS),
        ("The SSD is jamming mobile phone signals near the border.", MSS),
        ("Border guards sealed off the riverbank to stop crossings.", BG),
        ("The Party has cracked down on the use of foreign media.", WPK),
        ("The bowibu confiscated the family's travel permits.", MSS),
        ("The authorities barred defectors' relatives from leaving their villages.", GOV),
        ("The police restricted travel to the border region.", MSOS),
    ],
    "PROPAGANDA": [
        ("State media paraded the returned defectors on TV.", GOV),
        pytest.param("The bowibu made the returnee appear at a press conference to denounce the South.", MSS,
                     marks=_xf("one trigger per span: the causative 'made ... appear' reads as COERCE only")),
        ("The authorities paraded the defector on state television.", GOV),
        ("The Party held a public criticism session against the families.", WPK),
        ("The SSD put the woman on television to criticize South Korea.", MSS),
        ("The State Security Department staged a press conference for the re-defectors.", MSS),
        ("The Party denounced the defector's family at a public meeting.", WPK),
        ("The authorities used the returnee in a propaganda video.", GOV),
    ],
    "RETURN": [
        ("A woman who had lived in Seoul for five years re-defected to North Korea.", None),
        ("The defector went back to the North last month, the ministry said.", None),
        ("He crossed back into North Korea in June after three years in the South.", None),
        ("The couple returned to North Korea via China, according to state media.", None),
        ("A defector who settled in Seoul has returned to Pyongyang.", None),
        ("The man slipped back across the river into the North.", None),
        ("She made her way back to North Korea after living in China.", None),
        ("The defector turned himself in to the North Korean embassy in Beijing.", None),
    ],
}

# Innocent uses: the same words with no coercive act by a state. None of them may
# give an event of the type they sit under.
NEGATIVE = {
    "SURVEIL": [
        "The weather service is monitoring the typhoon as it approaches.",
        "We kept an eye on the children while they played by the river.",
    ],
    "THREATEN": [
        "Meteorologists warned of heavy rain in the northern provinces.",
        "Drought threatens the maize harvest this year.",
    ],
    "COERCE": [
        "Heavy rains forced the closure of the market for two days.",
        "The flood made it hard to reach the village.",
    ],
    "INDUCE": [
        "The new season promises a better harvest.",
        "The shop offers discounts to regular customers.",
    ],
    "VISIT": [
        "She visited her aunt in Hamhung during the holiday.",
        "Tourists visit the mountain every summer.",
    ],
    "DETAIN": [
        "The ice kept the boats locked up in the harbour.",
        "He caught a cold on the train.",
    ],
    "PUNISH": [
        "The football team was sent off the pitch in the rain.",
        "The factory fined no one because the inspector never came.",
    ],
    "EXPEL": [
        "The family moved to the countryside to farm.",
        "The tenants moved out of the apartment in spring.",
    ],
    "REPATRIATE": [
        "The museum returned the paintings to their owners.",
        "Students returned home after the exams.",
    ],
    "ABDUCT": [
        "The novel tells of a prince kidnapped by pirates centuries ago.",
        "The thief snatched a purse at the market.",
    ],
    "ASSAULT": [
        "The team beat their rivals three to one.",
        "The storm battered the coast all night.",
    ],
    "RESTRICT": [
        "The restaurant banned smoking indoors.",
        "Prices of rice have been restricted by the poor harvest.",
        "The border police eased some restrictions on tourists this season.",
        "The authorities lifted the restrictions on market trading in spring.",
    ],
    "PROPAGANDA": [
        "The singer appeared on a talk show in Seoul.",
        "The film was shown on television last night.",
    ],
    "RETURN": [
        "The fishermen returned to port after the storm.",
        "She went back to school in September.",
    ],
}

_POS = [pytest.param(t, *r.values, marks=r.marks) if hasattr(r, "values") else (t, *r)
        for t, rows in POSITIVE.items() for r in rows]
_NEG = [(t, s) for t, rows in NEGATIVE.items() for s in rows]


@pytest.mark.parametrize("etype, text, actor", _POS)
def test_paraphrase_gives_the_event_and_its_perpetrator(etype, text, actor):
    actors = perpetrators_of(run(text), etype)
    assert actor in actors, actors


@pytest.mark.parametrize("etype, text", _NEG)
def test_innocent_use_gives_no_event(etype, text):
    assert not [e.type for e in run(text) if e.type == etype]


# --- families widened from development-set errors (round 4) ------------------------
# Each family with sentences written for these tests, and innocent uses of its words.

FAMILIES = {
    "held by or in": ("DETAIN", [
        ("He is thought to be held by the bowibu in Chongjin.", MSS),
        ("The police held him at a checkpoint outside Hyesan for a week.", MSOS),
        ("The county security bureau held her in its basement for a month.", MSS),
        ("The State Security Department took the platoon leader into custody.", MSS),
    ], ["The meeting was held at the community hall.", "She held the baby in her arms."]),
    "threat of what one will pay or lose": ("THREATEN", [
        ("An SSD officer told her: 'If your son does not return, your family will pay for this.'", MSS),
        ("The bowibu agent said, 'Complain again and you will lose more than your stall.'", MSS),
        ("The police chief told him he would go to a place from which no one comes back.", MSOS),
        ("Security officials told the mother that her daughter would not keep her job at the school.", MSS),
        ("The SSD warned that anyone who contacted the South would be sent to a prison camp.", MSS),
    ], ["The shop will not keep its doors open after nine."]),
    "phones gone through": ("RESTRICT", [
        # Phones gone through are searched for what is banned: a sweep (bench/CODING.md row 4), as
        # the session 13 sets code it; notebooks read and accounts watched stay SURVEIL (below).
        ("Police officers have been going through the phones of bus passengers.", MSOS),
        ("Bowibu agents went through students' phones one by one.", MSS),
    ], ["She went through her old photographs with her sister."]),
    "communications watched": ("SURVEIL", [
        ("The State Security Department sent detection teams to the border districts.", MSS),
        ("The SSD has been watching defectors' social media accounts.", MSS),
        ("The minder from the security department read our notebooks every night.", MSS),
    ], ["She went through her old photographs with her sister."]),
    "programme aired": ("PROPAGANDA", [
        ("Korean Central Television aired a segment featuring the mother of a defector.", GOV),
        ("North Korean state media broadcast a programme in which two returnees denounced the South.", GOV),
        ("The authorities put the re-defectors in front of cameras at a press event.", GOV),
        ("KCTV showed a report about defectors who had come back.", GOV),
    ], ["The station aired a segment on the spring harvest."]),
    "fences and permits": ("RESTRICT", [
        ("Border guards have built new fences and guard posts along the Tumen.", BG),
        ("The Ministry of Social Security now requires special permits for travel to the border counties.", MSOS),
        ("The Korean People's Army has been erecting barbed-wire fences along the river.", KPA),
        ("The authorities installed new sentry posts along the Yalu.", GOV),
    ], ["Farmers built new fences around their fields.", "The recipe requires two eggs."]),
    "handed over or sent back": ("REPATRIATE", [
        ("Chinese police handed the women over at the Tumen crossing.", CN),
        ("Chinese public security has handed over dozens of people through the Dandong bridge.", CN),
        ("Chinese police returned the group held in Yanji to the DPRK.", CN),
        ("The two girls were sent back to Pyongyang by Chinese police.", CN),
    ], ["The clerk handed over the keys at the front desk."]),
    "ordered out of a city": ("EXPEL", [
        ("The police in Pyongyang have ordered several families with relatives abroad to leave the capital.", MSOS),
        ("The authorities moved the relatives of defectors away from the border to inland counties.", GOV),
        ("The SSD ordered dozens of households along the river to leave their homes.", MSS),
        ("The Party committee moved the families of escapees away from the riverside.", WPK),
    ], ["The manager ordered the workers to leave the room early."]),
    "shot by guards": ("ASSAULT", [
        ("Two men crossing the river were shot by border guards.", BG),
        ("A woman was shot and wounded by soldiers at the border.", BG),
        ("The smugglers were shot by guards as they crossed the river.", BG),
        ("He was shot by border guards as he waded into the Tumen.", BG),
    ], ["The film was shot by a crew from Seoul."]),
    "ordered by an organ": ("COERCE", [
        ("Students were ordered by the city Party committee to attend the rally.", WPK),
        ("Farmers were ordered by the authorities to hand over their grain.", GOV),
        ("Residents were ordered by the police to hand in their radios.", MSOS),
        ("Traders were ordered by the security department to close their stalls.", MSS),
    ], ["The books were ordered by the library to complete the collection."]),
    "through every house": ("VISIT", [
        ("Police officers went through every house in the street asking about the missing man.", MSOS),
        ("Bowibu agents are going round every household in the village.", MSS),
        ("The SSD went through every apartment in the block looking for the family.", MSS),
        ("Security officials went around every home near the river.", MSS),
    ], ["The postman goes through every street in the town."]),
    "terms told as time": ("PUNISH", [
        ("The two brothers were given eight years each by the provincial court.", COURT),
        ("One of the smugglers got 12 years in a kyohwaso from the provincial court.", COURT),
        ("Ordered by the bowibu, she had to spend six months at a labour-training camp.", MSS),
        ("The court said the two traders were given five years of hard labour.", COURT),
        ("The SSD made sure he served three years in prison.", MSS),
        
    ], ["He spent two years in Beijing as a student."]),
    "pay lost": ("PUNISH", [
        ("The Party committee docked the workers' pay and they lost three months' wages.", WPK),
        ("The bowibu punished the crew, and the workers lost two months' pay.", MSS),
    ], ["The factory closed and the workers lost a week's pay to the flood."]),
    "permits needed": ("RESTRICT", [
        ("The Ministry of Social Security now requires permits for any travel to the border.", MSOS),
        ("The authorities needed travel passes from everyone heading to the border.", GOV),
        ("The police require travel permits for trips to Hyesan.", MSOS),
    ], ["Anglers need a licence to fish in the lake."]),
}

_FAM = [(etype, s, a) for _, (etype, rows, _) in FAMILIES.items() for s, a in rows]
_FAM_NEG = [(etype, s) for _, (etype, _, negs) in FAMILIES.items() for s in negs]


@pytest.mark.parametrize("etype, text, actor", _FAM)
def test_family_gives_the_event_and_its_perpetrator(etype, text, actor):
    assert actor in perpetrators_of(run(text), etype)


@pytest.mark.parametrize("etype, text", _FAM_NEG)
def test_family_innocent_use_gives_no_event(etype, text):
    assert not [e.type for e in run(text) if e.type == etype]


# --- perpetrator families (round 4) ---------------------------------------------------

@pytest.mark.parametrize("text, etype, actor", [
    # "Chinese phones", "Chinese goods" say where a thing comes from: the act stays the North's.
    ("The police threatened the traders with arrest if they kept using Chinese phones.", "THREATEN", MSOS),
    ("The police fined the traders heavily for selling Chinese goods.", "PUNISH", MSOS),
    ("Police officers arrested two women who had been using Chinese mobile phones.", "DETAIN", MSOS),
    ("Police confiscated the Chinese radios and arrested their owners.", "DETAIN", MSOS),
    # An organ named only as a source is not the one later "agents" belong to.
    ("Agents of the State Security Department contacted his sister. Prosecutors said the agents "
     "forced the sister to call him.", "COERCE", MSS),
    ("Bowibu officers visited the family. The court said the officers threatened the mother.", "THREATEN", MSS),
    ("The SSD approached the man in 2016. Prosecutors alleged that the agents forced him to spy.", "COERCE", MSS),
    ("The State Security Department targeted the family. The court also said the agents pressured "
     "the father to write to his son.", "COERCE", MSS),
])
def test_perpetrator_families(text, etype, actor):
    actors = perpetrators_of(run(text), etype)
    assert actor in actors, actors


def test_chinese_police_are_not_the_actor_once_the_passage_leaves_china():
    text = ("Chinese police hand the women over to North Korean officials at the bridge.\n\n"
            "The State Security Department questioned her for a month in Onsong. "
            "\"The officer in charge kicked me whenever I looked up,\" she said.")
    found = [e for e in run(text) if e.type == "ASSAULT"]
    assert found and found[0].perpetrator.actor == MSS


def test_chinese_police_stay_the_actor_inside_china():
    text = ("Chinese police raided a house in Yanji.\n\n"
            "In Yanji, the officers beat the women they found there.")
    found = [e for e in run(text) if e.type == "ASSAULT"]
    assert found and found[0].perpetrator.actor == CN


def test_an_alias_that_modifies_a_thing_is_no_actor():
    # "the military academy" is a school; "they" are still the agents of the SSD.
    text = ("SSD agents visited the family of the defector. They said the younger son's place at "
            "the military academy would be reconsidered, and they promised the family a new flat "
            "if the son came back.")
    found = [e for e in run(text) if e.type == "INDUCE"]
    assert found and found[0].perpetrator.actor == MSS


def test_the_party_named_as_a_possessor_leaves_the_act_to_its_department():
    ev = [e for e in run("The Party's Organization and Guidance Department dismissed the manager.")
          if e.type == "PUNISH"]
    assert ev and ev[0].perpetrator.actor == WPK
