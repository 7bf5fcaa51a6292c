"""Frames that carry an act with no trigger word of their own (chronicle issue 3, round 5):
a person sent, taken, kept or loaded somewhere, the class of the place deciding the act
(data/lexicon/en_places_of.tsv); threats told as reported speech; orders, rules and media
frames as new writers word them. Every sentence is written for these tests. Each family has
sentences that must give the event (with the organ named, when one is) and innocent uses
of the same words that must not."""
import pytest

from chronicle.extraction.english import extract
from chronicle.extraction import en_lexicon
from extraction_checks import perpetrators_of, run_extractor


def run(text):
    return run_extractor(extract, text, "en")


MSS, MSOS, WPK, GOV, CN, COURT = "KP.MSS", "KP.MSoS", "KP.WPK", "KP.gov", "CN.police", "KP.court"
ANY = object()  # the type is what is checked; the sentence names no organ

FAMILIES = {
    # destination frames: the place's class decides the type
    "PUNISH": [
        ("The bowibu sent the dead man's brother to a labour-training camp for a year.", MSS),
        ("After the trial the two brothers were shipped off to a kyohwaso in the north.", ANY),
        ("The provincial court gave him eight years in a prison camp near Kaechon.", COURT),
        ("His cousin received ten years of reform through labour for selling radios.", ANY),
        ("The two students were thrown out of the university after the police search.", ANY),
        ("The security department sent the foreman to work at a gold mine in the mountains.", MSS),
    ],
    "DETAIN": [
        ("Police officers took the three traders to the patrol's office near the market.", MSOS),
        ("The bowibu agents brought her back to the security bureau for more questions.", MSS),
        ("The police kept the old man at the station for two nights.", MSOS),
        ("State Security agents held the smuggler in the county lock-up until Friday.", MSS),
    ],
    "EXPEL": [
        ("The families of the escapees were packed off to a collective farm in Ryanggang.", ANY),
        ("Security agents loaded the households onto lorries bound for a remote county.", MSS),
        ("The authorities shipped the widow and her sons off to a mining village.", GOV),
        ("Soldiers put the evicted families on trucks headed for Unsan County.", ANY),
        ("Security agents loaded the three households into a lorry and dumped them in a hamlet in the mountains.", MSS),
        ("The police put the widow and her children on a cart and left them at a remote farm.", MSOS),
    ],
    "REPATRIATE": [
        ("Chinese police handed the five women, two of them pregnant, over to the North at the bridge.", CN),
        ("Public security officers put the group on a van to the border crossing at Tumen.", CN),
        ("The escapees were driven to the river by Chinese police and sent back across the Tumen.", CN),
        ("Chinese authorities returned about sixty North Koreans in the spring.", CN),
    ],
    # reported speech that foretells harm is the threat, not the harm
    "THREATEN": [
        ("A bowibu officer told the mother that if her son did not come back she would be sent away.", MSS),
        ("The police chief told the vendors that next time they would not be going home.", MSOS),
        ("Security agents informed the brothers that their father would be arrested and questioned.", MSS),
        ("The Party secretary reminded the workers that anyone who ran would never see their families again.", WPK),
        ("The families have been warned by the SSD that they will be punished if another relative leaves.", MSS),
    ],
    "COERCE": [
        ("The Party committee ordered the farmers out of the fields to watch the execution.", WPK),
        ("The security department made the broker keep running his deliveries for them.", MSS),
        ("In custody he signed a statement the interrogator had written out in advance.", ANY),
        ("The bowibu agent handed the father a letter to copy out in his own hand.", MSS),
    ],
    "RESTRICT": [
        ("The police announced that every bicycle must now be registered with the local station.", MSOS),
        ("The security bureau gave traders three days to hand over their Chinese phones.", MSS),
        ("According to the police, travel to the border counties now requires a special permit.", ANY),
        ("New fences and watchtowers have been built along the river by the border guards.", "KP.border_guard"),
    ],
    "PROPAGANDA": [
        ("Last week state television showed the woman weeping at a table in Pyongyang.", GOV),
        ("KCNA described him as a traitor who had sold secrets to Seoul.", GOV),
        ("Three further segments on returnees were aired by KCTV during the month.", GOV),
        ("The police put the two smugglers on trial before a crowd of villagers in the market square.", MSOS),
        ("The defector's brother appeared in a documentary broadcast by state media.", ANY),
    ],
    "SURVEIL": [
        ("Plainclothes police officers noted down who paid for rice in yuan.", MSOS),
        ("The bowibu planted an informer among the traders who carry money across the river.", MSS),
        ("During the call an SSD agent sat beside her writing down every word.", MSS),
        ("A man from the security department kept asking neighbours about the family's visitors.", MSS),
    ],
}

INNOCENT = {
    "PUNISH": ["She went on a summer camp with her school friends.",
               "He received ten years of training as a pianist in Pyongyang."],
    "DETAIN": ["The family took the train to the station in Hamhung to meet her.",
               "She kept the receipts at the office for the accountant."],
    "EXPEL": ["The harvest was loaded onto trucks bound for a farm in the next county.",
              "We put the children on a bus and dropped them at a farm for the school outing."],
    "REPATRIATE": ["The traders handed the goods over to the North Korean buyers at the bridge."],
    "THREATEN": ["A source told Daily NK that the three students would be sent to a camp.",
                 "The doctor told her that the baby would be born in May."],
    "COERCE": ["The manager ordered new tools out of the catalogue to replace the broken ones."],
    "RESTRICT": ["Every farmer must be registered to vote, the election committee said.",
                 "The villagers built a fence around the vegetable garden last spring."],
    "PROPAGANDA": ["State television showed the football match live on Sunday."],
    "SURVEIL": ["The teacher noted down the homework for the class.",
                "Aid agency staff made monitoring visits to clinics in Hamhung and Kowon."],
}

GATES = [
    ("THREATEN", "After the launch the coast guard issued a navigational warning to fishing boats near Wonsan."),
    ("PROPAGANDA", "North Korea's state film studio has released few new features this year."),
]

CASES = [(t, text, actor) for t, rows in FAMILIES.items() for text, actor in rows]


@pytest.mark.parametrize("etype,text,actor", CASES)
def test_frame_gives_the_event(etype, text, actor):
    actors = perpetrators_of(run(text), etype)
    if actor is not ANY:
        assert actor in actors, actors


@pytest.mark.parametrize("etype,text", [(t, x) for t, rows in INNOCENT.items() for x in rows] + GATES)
def test_innocent_use_gives_no_event_of_the_type(etype, text):
    assert not [e.type for e in run(text) if e.type == etype]


def test_word_classes_are_spliced_into_patterns():
    lex = en_lexicon.load()
    assert not any("{@" in t.pattern for t in lex.triggers)
    text = "they were taken to the brigade's headquarters"
    assert [t.rule_id for _, t in lex.scan(text, 0, len(text))] == ["detain.to_custody"]


def test_someone_who_was_on_state_media_was_shown_there():
    text = ("A fisherman who reached the South in 2019 went back across the border last year. "
            "In November he was on Uriminzokkiri, in a suit, saying South Korea is a hell for young people.")
    found = [e for e in run(text) if e.type == "PROPAGANDA"]
    assert found and found[0].perpetrator is not None and found[0].perpetrator.actor == "KP.gov", \
        [(e.type, e.perpetrator) for e in run(text)]
