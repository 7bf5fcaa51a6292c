"""The learned sentence reader (chronicle.extraction.learned) and how the English
extractor reads what it proposes. Sentences are the tests' own."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from chronicle.extraction import english, korean, learned
from chronicle.records import EVENT_TYPES

from extraction_checks import run_extractor

ROOT = Path(__file__).resolve().parents[1]


def test_stem_joins_inflections():
    assert {learned.stem(w) for w in ("detained", "detaining", "detains")} == {"detain"}
    assert learned.stem("families") == "family"
    assert learned.stem("was") == "was"  # too short to strip


def test_english_features_hold_words_pairs_triggers_and_actor_kinds():
    feats = learned.english_features("Agents kept her overnight", ["DETAIN"], ["KP"])
    assert {"agent", "kept", "her", "overnight", "kept_her", "HIT:DETAIN", "ACT:KP"} <= feats


def test_english_sentence_features_hold_the_actors_named_just_before():
    flat = "Youth League squads patrolled the market. They stopped two girls in jeans."
    start = flat.index("They")
    feats = learned.english_sentence_features(flat, start, len(flat))
    assert "CTX:KP" in feats and "ACT:KP" not in feats
    assert "CTX:KP" not in learned.english_sentence_features(flat, 0, start - 1)


def test_korean_features_are_pieces_of_words_with_edges():
    feats = learned.korean_features("보위부가 끌고 갔다", ["KP"])
    assert {"<끌", "끌고", "고>", "<보위", "ACT:KP"} <= feats
    assert "끌고 " not in feats  # pieces never cross a space


def test_sentences_cover_each_language_and_refuse_others():
    text = "Police held him for a week. Prices rose."
    spans = [(s, e) for s, e, _ in learned.sentences("en", text)]
    assert [text[s:e] for s, e in spans] == ["Police held him for a week.", "Prices rose."]
    assert len(list(learned.sentences("ko", "보위부가 그를 체포했다. 쌀값이 올랐다."))) == 2
    with pytest.raises(ValueError, match="'fr'"):
        list(learned.sentences("fr", "Il pleut."))


def test_shipped_english_model_names_its_provenance_and_the_contract_types():
    model = learned.SentenceModel.load("en")
    assert model is not None
    assert "development sets" in model.meta["provenance"]
    assert 0 < model.threshold < 1
    assert set(model.types) <= set(EVENT_TYPES)
    assert model.meta["sentences_with_events"] > 500


def test_a_language_without_a_model_gets_none():
    assert learned.SentenceModel.load("xx") is None


def test_a_broken_model_file_is_named(tmp_path):
    bad = tmp_path / "en_sentence.json"
    bad.write_text(json.dumps({"meta": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match="en_sentence.json: not a sentence model"):
        learned.SentenceModel.from_file(bad)


def test_model_tells_acts_from_background():
    model = learned.SentenceModel.load("en")
    act = ("Security agents hauled the defector's brother in for questioning and kept him "
           "at the county office for three days, a source said.")
    background = "Rice prices at the Hyesan market rose by a tenth in March, traders said."
    assert model.event_probability(learned.english_features(act, [], ["generic"])) \
        > 0.5 > model.event_probability(learned.english_features(background))
    assert model.propose(learned.english_features(background)) is None
    scores = model.type_scores(learned.english_features(act, [], ["generic"]))
    assert abs(sum(scores.values()) - 1) < 1e-6


def test_learned_events_name_the_model_and_keep_an_actor_from_the_text():
    # Wordings no trigger row knows; the model proposes them, the extractor reads
    # actor and target from the parse as for any act.
    found = []
    for text in _UNKNOWN_WORDINGS:
        english.LEARNED = False
        try:
            rules = run_extractor(english.extract, text, "en")
        finally:
            english.LEARNED = True
        with_model = run_extractor(english.extract, text, "en")
        learned_events = [e for e in with_model if e.extractor.rule.startswith("model.")]
        for ev in learned_events:
            assert ev.extractor.name == "model-en"
            assert ev.type.lower() == ev.extractor.rule.split(".", 1)[1]
            assert ev.perpetrator is not None and ev.perpetrator.text in text
        if learned_events and not rules:
            found.append(text)
    assert len(found) >= 3, found


def test_a_proposed_threat_is_read_from_the_words_said():
    # No trigger row reads these; the model proposes a threat, and as for a speech
    # trigger the one who says it is the actor and the one told is the target.
    for text, hearer in (
            ("Late that night an officer of the county security office phoned the widow and told her that "
             "her pension would stop the day her son spoke to a reporter again.", "her"),
            ("A man from the provincial security bureau told the brothers that their mother's flat would go "
             "to another family unless the eldest came home.", "the brothers")):
        events = run_extractor(english.extract, text, "en")
        assert [(e.type, e.extractor.rule, e.perpetrator.actor, e.target.text) for e in events] == \
            [("THREATEN", "model.threaten", "KP.MSS", hearer)], text


def test_learned_reader_adds_nothing_to_innocent_news():
    for text in _INNOCENT:
        assert run_extractor(english.extract, text, "en") == [], text
    for text in _INNOCENT_KO:
        assert run_extractor(korean.extract, text, "ko") == [], text


def test_korean_learned_events_name_the_model_and_keep_an_actor_from_the_text(monkeypatch):
    found = []
    for text in _UNKNOWN_WORDINGS_KO:
        monkeypatch.setattr(korean, "LEARNED", False)
        rules = run_extractor(korean.extract, text, "ko")
        monkeypatch.setattr(korean, "LEARNED", True)
        learned_events = [e for e in run_extractor(korean.extract, text, "ko")
                          if e.extractor.rule.startswith("model.")]
        for ev in learned_events:
            assert ev.extractor.name == "model-ko"
            assert ev.perpetrator is not None and ev.perpetrator.actor.startswith("KP.")
            assert ev.perpetrator.text in text
        if learned_events and not rules:
            found.append(text)
    assert len(found) >= 2, found


def test_shipped_korean_model_is_stricter_than_the_english_one():
    # Korean sentences carry several acts and the rules already read most of them:
    # a proposal must be surer to pay (left-out scoring on the development sets).
    assert learned.SentenceModel.load("ko").threshold > learned.SentenceModel.load("en").threshold


_UNKNOWN_WORDINGS = [
    "Officers from the county security office kept the widow in a back room of their building "
    "for two nights and asked about her son in Seoul, a source in Musan said.",
    "Police in Hyesan have been stopping young women at the market gate and cutting their "
    "trousers if they are too tight, a resident said.",
    "The police showed up at the farm to question the defector's father.",
    "Ministry of Social Security officers took the family's television and rice cooker away "
    "in a cart, a neighbour said.",
]

_UNKNOWN_WORDINGS_KO = [
    "보위부 요원들은 탈북자의 어머니를 밤늦게까지 사무실에 앉혀 놓고 아들의 행방을 캐물었다.",
    "시 안전부는 장마당 입구에서 젊은 여성들의 바지 길이를 재고 짧은 머리를 잘라냈다고 소식통이 전했다.",
    "보위원들은 그 집 세간살이를 모두 실어 갔다.",
    "보위부는 그 여성에게 매일 아침 사무실에 와서 도장을 받으라고 했다.",
    "안전원들은 장마당에서 한국 옷을 입은 여성들의 옷을 그 자리에서 벗겨 빼앗았다.",
    "보위부는 탈북자의 남동생을 대학에서 내보내고 탄광으로 보냈다.",
]

_INNOCENT_KO = [
    "쌀값이 한 달 사이에 10% 올랐다고 상인들이 전했다.",
    "라오스 대표단이 흥남비료공장을 방문했다고 조선중앙통신이 보도했다.",
    "축구 대표팀이 중국 전지훈련을 마치고 귀국했다.",
]

_INNOCENT = [
    "Rice prices at the Hyesan market rose by a tenth in March, traders said.",
    "The national football team came home from a training camp in Kunming on Monday, "
    "state media said, and will play Japan in February.",
    "A delegation from Laos visited a fertiliser plant in Hungnam, the state news agency reported.",
]


def test_training_script_writes_a_model_the_reader_loads(tmp_path):
    pytest.importorskip("sklearn")
    devset = tmp_path / "devset"
    devset.mkdir()
    acts = ["Police detained the trader at the market.", "Police detained a broker near the river.",
            "Guards beat the prisoners with sticks.", "Guards beat him during questioning."]
    quiet = ["Rice prices rose in March.", "The team won the match.", "It rained all week.",
             "The factory made more shoes."]
    with (devset / "en-x.jsonl").open("w", encoding="utf-8") as fh:
        for i, (act, other) in enumerate(zip(acts, quiet)):
            etype = "DETAIN" if i < 2 else "ASSAULT"
            fh.write(json.dumps({"id": f"x{i}", "text": f"{act} {other}",
                                 "gold": [{"type": etype, "evidence": act}]}) + "\n")
    out = tmp_path / "model.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_sentence_model.py"), "--lang", "en",
                    "--devset-dir", str(devset), "--bank", str(tmp_path / "none.jsonl"),
                    "--passages", str(tmp_path / "none.jsonl"), "--out", str(out)], check=True)
    model = learned.SentenceModel.from_file(out)
    assert model.meta["trained_on"] == ["en-x.jsonl"]
    assert model.meta["sentences"] == 8 and model.meta["sentences_with_events"] == 4
    feats = learned.english_features("Police detained a woman at the station.")
    assert model.type_scores(feats)["DETAIN"] > model.type_scores(feats)["ASSAULT"]


_PASSAGES = sorted((ROOT / "bench" / "train").glob("*.jsonl"))


@pytest.mark.parametrize("path", _PASSAGES, ids=[p.name for p in _PASSAGES])
def test_training_passages_are_well_formed(path):
    lang = path.name[:2]
    ids = set()
    for n, line in enumerate(path.open(encoding="utf-8"), 1):
        rec = json.loads(line)
        where = f"{path.name} line {n} ({rec.get('id')})"
        assert rec["id"] not in ids, where
        ids.add(rec["id"])
        assert rec["language"] == lang, where
        for ev in rec["events"]:
            assert ev["type"] in EVENT_TYPES, where
            assert ev["evidence"] in rec["text"], where
    assert len(ids) >= 90  # a batch worth training on: some hundreds of sentences


def test_a_korean_proposal_with_no_actor_stands_only_in_a_report_on_an_organ_of_the_north():
    # Session 8: a proposed act on people, in a report about one of the North's organs, is kept
    # with no actor recorded (who followed her is untold); alone, the same sentence tells nothing
    # a state did.
    told = "박 씨는 그 뒤로 장마당에 나갈 때마다 낯선 남자가 뒤를 따라붙는다고 이웃에게 털어놓았다."
    report = "회령시 보위부가 지난달부터 한국과 연락하는 주민들을 찾아내고 있다고 소식통이 전했다.\n\n" + told
    events = [e for e in run_extractor(korean.extract, report, "ko")
              if e.extractor.rule.startswith("model.") and e.evidence.text == told]
    assert [(e.type, e.perpetrator) for e in events] == [("SURVEIL", None)]
    assert run_extractor(korean.extract, told, "ko") == []


def test_a_proposed_korean_return_stands_with_no_actor():
    # A return is the returner's own act: the record gives it no perpetrator, so a proposed
    # return must not wait for a state actor the way a proposed arrest does.
    from chronicle.records import Event, Evidence, Extractor, Target
    text = "하나원 동기 한 명이 2년 전에 중국을 거쳐 들어갔어요."
    ret = Event("d", "RETURN", Evidence(text, 0, len(text)), Extractor("rules-ko", "x", "proposed"),
                target=Target(None, None))
    assert korean._as_proposed(ret) is ret and ret.extractor.rule == "model.return"
    held = Event("d", "DETAIN", Evidence(text, 0, len(text)), Extractor("rules-ko", "x", "proposed"),
                 target=Target(None, None))
    assert korean._as_proposed(held) is None
    home = "그 뒤로 반장은 밤마다 우리 집 창 쪽을 기웃거리다 돌아갔다."
    back = Event("d", "RETURN", Evidence(home, 0, len(home)), Extractor("rules-ko", "x", "proposed"),
                 target=Target(None, None))
    assert korean._as_proposed(back) is None  # going home from a street is no return to the North


def _one_type_model(etype: str, weights: dict) -> learned.SentenceModel:
    """A model that proposes every sentence as ``etype``, its verbs weighed as given (by stem)."""
    others = [t for t in EVENT_TYPES if t != etype]
    return learned.SentenceModel({"version": "test", "threshold": 0.5}, 5.0, {},
                                 {etype: 1.0, **{t: 0.0 for t in others}},
                                 {etype: weights, **{t: {} for t in others}})


def test_a_proposal_hangs_on_the_first_verb_that_reads_as_a_state_act(monkeypatch):
    # "rode" speaks most for custody but its subject is the workers; "took" has the
    # officers as subject, and the act hangs on it.
    fake = _one_type_model("DETAIN", {"rode": 2.0, "took": 1.0})
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: fake))
    text = ("The fishermen rode home in silence, and security officers took them to an old hotel "
            "by the harbour for nine days.")
    events = run_extractor(english.extract, text, "en")
    assert [(e.type, e.extractor.rule, text[e.trigger_start:e.trigger_end], e.perpetrator.actor)
            for e in events] == [("DETAIN", "model.detain", "took", "KP.MSS")]


def test_a_proposal_of_another_type_is_a_second_act_but_never_a_rereading(monkeypatch):
    # The rules read the arrest; the model's act hangs on another verb and is kept beside it.
    fake = _one_type_model("PUNISH", {"shav": 2.0})
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: fake))
    text = "Police in Hyesan arrested the trader last week and shaved his head in the station yard."
    events = run_extractor(english.extract, text, "en")
    assert sorted((e.type, text[e.trigger_start:e.trigger_end]) for e in events) == \
        [("DETAIN", "arrested"), ("PUNISH", "shaved")]
    # A word the rules already read as one act is not read again as the model's type.
    fake = _one_type_model("DETAIN", {"question": 2.0})
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: fake))
    events = run_extractor(english.extract, "The parents of the defector were questioned by the SSD in March.", "en")
    assert [e.type for e in events] == ["VISIT"]


def test_a_korean_proposal_of_another_type_is_a_second_act_unless_it_tells_the_same_one(monkeypatch):
    fake = _one_type_model("PUNISH", {"<깎": 2.0})
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: fake))
    text = "보위부는 지난달 혜산에서 그를 체포한 뒤 머리를 깎아 버렸다."
    events = run_extractor(korean.extract, text, "ko")
    assert sorted((e.type, text[e.trigger_start:e.trigger_end], e.perpetrator.actor) for e in events) == \
        [("DETAIN", "체포", "KP.MSS"), ("PUNISH", "깎", "KP.MSS")]
    # Sent back and so come back: one repatriation, no return of her own beside it.
    fake = _one_type_model("RETURN", {"돌아": 2.0})
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: fake))
    assert [e.type for e in run_extractor(korean.extract, "그 여성은 중국에서 추방돼 북으로 돌아왔다.", "ko")] == \
        ["REPATRIATE"]


def _veto_model(doubted_words: dict, veto: float) -> learned.SentenceModel:
    """A model that proposes nothing (its threshold is out of reach) and doubts sentences
    holding the words given (negative weights, by stem)."""
    return learned.SentenceModel({"version": "test", "threshold": 1.1, "veto": veto}, 0.0, doubted_words,
                                 {t: 0.0 for t in EVENT_TYPES}, {t: {} for t in EVENT_TYPES})


_REPORT = ("Security agents in Hyesan arrested a broker on Monday, a source told Daily NK. "
           "The broker had carried money from Seoul to families in the city for years. "
           "It is rare for a Chinese court to penalise people for seizing North Koreans on Pyongyang's behalf. "
           "Traders said prices at the market had not changed.")


def test_a_sentence_the_model_doubts_is_read_as_background(monkeypatch):
    fake = _veto_model({"rare": -9.0}, veto=0.02)
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: fake))
    events = run_extractor(english.extract, _REPORT, "en")
    assert [e.type for e in events] == ["DETAIN"]
    assert "Monday" in events[0].evidence.text
    # With no veto the remark on courts reads as a penalty (what the veto is for).
    monkeypatch.setattr(learned.SentenceModel, "load",
                        classmethod(lambda cls, lang: _veto_model({"rare": -9.0}, veto=0.0)))
    assert [e.type for e in run_extractor(english.extract, _REPORT, "en")] == ["DETAIN", "PUNISH"]


def test_a_text_of_a_sentence_or_two_is_never_doubted(monkeypatch):
    fake = _veto_model({"arrest": -9.0}, veto=0.02)
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: fake))
    assert [e.type for e in run_extractor(english.extract, "Police arrested the smugglers in Hyesan on Tuesday.", "en")] \
        == ["DETAIN"]


def test_a_strong_word_with_a_state_named_is_not_the_models_to_doubt(monkeypatch):
    fake = _veto_model({"arrest": -9.0}, veto=0.02)
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: fake))
    assert "DETAIN" in [e.type for e in run_extractor(english.extract, _REPORT, "en")]


def test_a_korean_sentence_the_model_doubts_is_not_parsed(monkeypatch):
    text = ("보위부는 지난 3일 혜산에서 브로커 한 명을 체포했다. 소식통은 이 브로커가 오래 돈을 날라 왔다고 전했다. "
            "중국 형법상 부녀매매죄는 사안이 무거우면 무기징역까지 선고할 수 있다.")
    monkeypatch.setattr(learned.SentenceModel, "load",
                        classmethod(lambda cls, lang: _veto_model({"<형법": -9.0}, veto=0.0)))
    assert [e.type for e in run_extractor(korean.extract, text, "ko")] == ["DETAIN", "PUNISH"]
    monkeypatch.setattr(learned.SentenceModel, "load",
                        classmethod(lambda cls, lang: _veto_model({"<형법": -9.0}, veto=0.02)))
    assert [e.type for e in run_extractor(korean.extract, text, "ko")] == ["DETAIN"]


def test_shipped_models_carry_their_veto():
    for lang in ("en", "ko"):
        model = learned.SentenceModel.load(lang)
        assert 0 < model.veto < model.threshold


def _typing_model(weights: dict, retype=(0.3, 0.5)) -> learned.SentenceModel:
    """A model that proposes nothing and types sentences by the stems given ({type: {stem: w}})."""
    return learned.SentenceModel({"version": "test", "threshold": 1.1, "retype": list(retype)}, 0.0, {},
                                 {t: 0.0 for t in EVENT_TYPES},
                                 {t: weights.get(t, {}) for t in EVENT_TYPES})


def test_retyped_keeps_a_likely_type_and_one_already_told():
    model = _typing_model({"DETAIN": {"crackdown": 9.0}})
    feats = learned.english_features("The crackdown caught three traders.")
    assert model.retyped(feats, "RESTRICT", set()) == "DETAIN"
    assert model.retyped(feats, "RESTRICT", {"DETAIN"}) == "RESTRICT"  # the sentence already tells it
    assert model.retyped(learned.english_features("Prices rose."), "RESTRICT", set()) == "RESTRICT"
    assert _typing_model({"DETAIN": {"crackdown": 9.0}}, (1.0, 1.0)).retyped(feats, "RESTRICT", set()) == "RESTRICT"


def test_a_rules_act_the_reader_types_otherwise_says_so_in_its_record(monkeypatch):
    text = "Security agents visited the defector's mother in Hyesan."
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: _typing_model({})))
    assert [(e.type, e.extractor.fields) for e in run_extractor(english.extract, text, "en")] == [("VISIT", {})]
    fake = _typing_model({"PUNISH": {"visit": 9.0}})
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: fake))
    [ev] = run_extractor(english.extract, text, "en")
    assert ev.type == "PUNISH" and ev.extractor.fields["type"] == "model.type@test"
    assert ev.extractor.rule == "visit.visit"  # the rule's words, the reader's type
    # a visit read as a threat keeps its own reading beside it (session 31: english._BOTH_READINGS)
    fake = _typing_model({"THREATEN": {"visit": 9.0}})
    monkeypatch.setattr(learned.SentenceModel, "load", classmethod(lambda cls, lang: fake))
    evs = run_extractor(english.extract, text, "en")
    assert sorted((e.type, e.extractor.fields.get("type")) for e in evs) == [("THREATEN", "model.type@test"),
                                                                           ("VISIT", None)]


# --- read alone (session 17) -----------------------------------------------------------

# (no official the rules take for "he": since session 37 "the interrogator" of a first-person account
# stays "he" across a paragraph, so the man is left unnamed as one)
_ALONE_EN = ("In 2017 I was sent back from China and held by the State Security Department in Onsong. "
             "A man in a grey jacket wanted names. "
             "Every night he asked the same questions about the people who had helped me.\n\n"
             "When I got one word wrong he hit me across the face with the back of his hand.")


def _with_alone(monkeypatch, lang, bar):
    model = learned.SentenceModel.load(lang)
    monkeypatch.setattr(model, "alone", bar)
    return model


def test_a_sentence_the_reader_is_sure_of_is_read_alone_with_no_actor_named(monkeypatch):
    # "he hit me": the rules find no organ for "he" (the paragraph before names none they
    # take), so only the reader's own reading tells the beating; its actor stays untold.
    _with_alone(monkeypatch, "en", 2.0)
    assert "ASSAULT" not in {e.type for e in run_extractor(english.extract, _ALONE_EN, "en")}
    _with_alone(monkeypatch, "en", 0.0)
    alone = [e for e in run_extractor(english.extract, _ALONE_EN, "en") if e.extractor.rule.endswith(".alone")]
    assert [(e.type, e.extractor.name, e.extractor.rule) for e in alone] == \
        [("ASSAULT", "model-en", "model.assault.alone")]
    assert "hit me across the face" in alone[0].evidence.text


def test_reading_alone_keeps_the_gates_on_negation_and_purpose(monkeypatch):
    _with_alone(monkeypatch, "en", 0.0)
    for text in ("She went back in August and was welcomed by the authorities instead of being punished.",
                 "The Government stated that no citizen is punished for having relatives abroad."):
        # (the going back in August is a return of its own since session 33: no penalty is read)
        assert [e for e in run_extractor(english.extract, text, "en") if e.type != "RETURN"] == [], text


def test_a_korean_sentence_the_reader_is_sure_of_stands_with_no_actor_in_a_report_on_an_organ(monkeypatch):
    report = ("북송된 여성들의 증언을 담은 보고서가 나왔다. 보고서는 중국 공안에 붙잡혀 넘겨진 여성 12명을 면담했다. "
              "증언자들은 신의주 집결소 안에서 날마다 흙벽돌 찍는 일에 내몰렸다고 입을 모았다.")
    _with_alone(monkeypatch, "ko", 2.0)
    assert not any(e.extractor.rule.endswith(".alone") for e in run_extractor(korean.extract, report, "ko"))
    _with_alone(monkeypatch, "ko", 0.0)
    alone = [e for e in run_extractor(korean.extract, report, "ko") if e.extractor.rule.endswith(".alone")]
    assert [(e.type, e.extractor.name, e.perpetrator) for e in alone] == [("COERCE", "model-ko", None)]
    # A line alone is no report: however sure the reader, no act without an actor.
    line = "증언자들은 신의주 집결소 안에서 날마다 흙벽돌 찍는 일에 내몰렸다고 입을 모았다."
    assert not any(e.extractor.rule.endswith(".alone") for e in run_extractor(korean.extract, line, "ko"))


def test_korean_retyping_drops_a_fetching_inside_a_threat_and_keeps_summonses():
    # The words said name a fetching (데려오기); the learned reader reads the sentence as the
    # threat it is, which the sentence tells on its own word: the fetching was the threat read
    # again. A line alone is the rules' to read.
    report = ("청진시 보위부가 탈북자 가족을 다시 조사하고 있다고 소식통이 전했다.\n\n"
              "수남구역에 사는 40대 여성은 남동생이 한국으로 간 사실이 드러나 지난주 회사에서 쫓겨났다.\n\n"
              "이 여성이 회사 당비서를 찾아가 사정을 하자, 옆에 있던 보위지도원이 \"동생을 데려오기 전엔 입도 "
              "뻥긋하지 말라\"며 \"자꾸 말썽을 부리면 식구째 산골 농장으로 쫓아 보내겠다\"고 윽박질렀다고 "
              "소식통은 덧붙였다.")
    assert [e.type for e in run_extractor(korean.extract, report, "ko")] == ["PUNISH", "THREATEN"]
    assert korean._KEEPS_TYPE >= {"VISIT", "THREATEN", "INDUCE"}


def test_session47_a_sentences_reading_does_not_depend_on_the_hash_seed():
    # A sum over a set follows its hash order; near a bar the reading flipped with PYTHONHASHSEED.
    import os
    import subprocess
    import sys
    from pathlib import Path
    here = str(Path(__file__).resolve().parent)
    code = (f"import sys; sys.path.insert(0, {here!r}); from test_extraction_korean import run; "
            "print([e.type for e in run('보위부가 A씨가 돌아오지 않으면 조카를 대학에서 내쫓겠다고 했다는 말도 덧붙였다.')])")
    outs = set()
    for seed in ("1", "5", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        outs.add(done.stdout.strip().splitlines()[-1])
    assert len(outs) == 1, outs
