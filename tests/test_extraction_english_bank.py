"""Wording families widened from the English sentence bank's tune part (issue 3): each
family as reporters write it, in sentences written for these tests (not the bank's).
A positive sentence must give an event of its type; an innocent use must give no event
of that type (or none at all where the sentence tells no act)."""
import pytest

from chronicle.extraction.english import extract
from extraction_checks import run_extractor


def types(text):
    return {e.type for e in run_extractor(extract, text, "en")}


POSITIVE = [
    # threats: ultimatums, blackmail, cautions, charges threatened
    ("THREATEN", "The bowibu gave the family an ultimatum: bring the son home or lose the flat."),
    ("THREATEN", "A security officer blackmailed the trader into informing on his neighbours."),
    ("THREATEN", "Police cautioned the relatives that they would be sent away if they talked."),
    ("THREATEN", "Security officials cautioned residents not to contact relatives in the South."),
    ("THREATEN", "The SSD gave the trader a final warning to stop using his Chinese phone."),
    # coercion: strong-arming, obliging, requiring, extracted confessions, causatives
    ("COERCE", "Security agents obliged the family to sign a pledge of loyalty."),
    ("COERCE", "The police are requiring all traders to buy state bonds."),
    ("COERCE", "The SSD extracted a confession from the detained pastor."),
    ("COERCE", "The bowibu had the father dictate a letter to his son in Seoul."),
    ("COERCE", "The SSD pressed the mother into recording a video message."),
    # inducement: sweeteners, dangled offers, assurances
    ("INDUCE", "Bowibu officers dangled the promise of a new flat in front of the family."),
    ("INDUCE", "The SSD sweetened its offer with a job at a trading company."),
    ("INDUCE", "The SSD tempted the broker with a large sum of money."),
    ("INDUCE", "The inminban head assured the mother that her son would not be punished if he came home."),
    # visits: dropping by, knocking, calling at, sent for
    ("VISIT", "Police officers dropped in on the family without warning."),
    ("VISIT", "The bowibu sent for the defector's brother twice last month."),
    ("VISIT", "Police officers called at the family's home on Tuesday."),
    ("VISIT", "Security agents showed up at the factory where the father works."),
    # custody: placed under arrest, locked up, kept overnight, seized people
    ("DETAIN", "The bowibu placed the smuggler under arrest at the market."),
    ("DETAIN", "The police locked the trader up for ten days."),
    ("DETAIN", "Bowibu agents seized the two smugglers at the riverbank."),
    ("DETAIN", "Police officers kept the woman overnight at the station."),
    # penalties: stints, sent down, condemned, hangings, docked pay
    ("PUNISH", "A court sent the broker down for ten years."),
    ("PUNISH", "The smuggler was condemned to death by a provincial court."),
    ("PUNISH", "The official was packed off to a re-education camp."),
    ("PUNISH", "The defector's father was thrown out of the Party."),
    ("PUNISH", "The bowibu docked the worker's rations for three months."),
    # banishment: resettled inland, uprooted, made to leave, kicked out
    ("EXPEL", "The authorities uprooted the family and moved them to a mountain village."),
    ("EXPEL", "Security officials kicked the family out of their home in Pyongyang."),
    ("EXPEL", "Families with relatives abroad were resettled inland last winter."),
    ("EXPEL", "The police told the widow to pack up and leave the town."),
    # hand-backs: pushed back across, refouled, returned by others, forcibly sent home
    ("REPATRIATE", "China shipped the escapees back to North Korea."),
    ("REPATRIATE", "Chinese authorities sent the group back across the border."),
    ("REPATRIATE", "The women were returned to North Korea by Chinese authorities."),
    ("REPATRIATE", "Beijing forcibly sent home dozens of North Koreans last month."),
    ("REPATRIATE", "Chinese police refouled the family despite their pleas."),
    # abductions: spirited away, smuggled into the North, snatched, marched onto a train
    ("ABDUCT", "North Korean agents spirited the pastor away from Yanji."),
    ("ABDUCT", "North Korean operatives kidnapped a South Korean missionary in China."),
    ("ABDUCT", "North Korean agents marched the defector onto a train to Pyongyang."),
    ("ABDUCT", "The broker was smuggled into North Korea by bowibu agents."),
    # violence: roughing up, rifle butts, thrashing
    ("ASSAULT", "Guards roughed up the prisoners during interrogation."),
    ("ASSAULT", "The police thrashed the young man with a belt."),
    ("ASSAULT", "Detainees were beaten with rifle butts."),
    ("ASSAULT", "Bowibu interrogators poured water over his face until he confessed."),
    # restrictions: sealed borders, cut-off calls, confiscated devices, bars on leaving
    ("RESTRICT", "The authorities have sealed off the border with China."),
    ("RESTRICT", "The state security ministry cut off international calls from the border towns."),
    ("RESTRICT", "The police will confiscate all Chinese-made radios, residents said."),
    ("RESTRICT", "Border guards have stopped letting traders through the checkpoint."),
    # propaganda: before cameras, televised confessions, rallies, parades
    ("PROPAGANDA", "The regime put the re-defector in front of reporters in Pyongyang."),
    ("PROPAGANDA", "KCTV broadcast the woman's confession."),
    ("PROPAGANDA", "The Party held a mass rally to condemn the defectors."),
    ("PROPAGANDA", "The woman was paraded through the market with a sign around her neck."),
    ("PROPAGANDA", "State media showed the re-defector criticising life in the South."),
    # returns: going back to the North, trickling back, coming back to a northern town
    ("RETURN", "A woman who fled to the South has come back to Hoeryong."),
    ("RETURN", "He decided to return to the North after his mother fell ill."),
    ("RETURN", "A former soldier who defected in 2019 has returned home to the North."),
    ("RETURN", "Defectors have been trickling back from South Korea this year."),
    # custody, penalties, watching and visits in other registers
    ("DETAIN", "Police officers collared the smuggler at the station."),
    ("DETAIN", "The SSD is keeping the returnee in a cell at its Hyesan office."),
    ("PUNISH", "The court slapped a five-year term on the smuggler."),
    ("SURVEIL", "The SSD recruited neighbours to spy on the family."),
    ("SURVEIL", "The bowibu intercepted the letters she sent to her sister."),
    ("RESTRICT", "Police have been clamping down on the use of Chinese phones."),
    ("RESTRICT", "The regime has put the border zone off limits to residents."),
    ("VISIT", "Security agents made repeated trips to the family's home."),
    ("VISIT", "The security officer paid the family a visit."),  # (a unit head's call is its watching: conventions.py)
    ("VISIT", "Bowibu officers went to see the defector's father at his workplace."),
    # surveillance: staking out, snooping, observing, calls logged
    ("SURVEIL", "Bowibu agents staked out the house of the defector's sister for a week."),
    ("SURVEIL", "Police in Hyesan are snooping on anyone who receives money from China."),
    ("SURVEIL", "Her calls were logged by the bowibu after her son escaped."),
    ("SURVEIL", "Our inminban head drops by the widow's flat every evening, pretending to borrow rice."),
]


@pytest.mark.parametrize("etype,text", POSITIVE)
def test_family_gives_its_type(etype, text):
    assert etype in types(text)


INNOCENT = [
    "A heavy rain warning was issued by the state weather agency.",
    "The football team is heading back to North Korea after the tournament.",
    "The national team returned to Pyongyang after the match.",
    "The remains of three pilots were repatriated to the United States.",
    "Profits from the hotel were repatriated to the Chinese owners.",
    "Chinese customs officials detained a shipment of fish.",
    "The chef dropped by the market to buy fish.",
    "The museum exhibited paintings to the public.",
    "Manchester United thrashed their rivals 5-0 on Saturday.",
    "The delegation from Pyongyang visited a factory in Dandong.",
]


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_use_gives_no_event(text):
    assert types(text) == set()


def test_reduced_relative_tells_no_new_act():
    # "the repatriated women" are background: the act told is the beating
    assert types("At the holding centre, guards beat the repatriated women with sticks.") == {"ASSAULT"}
