"""The learned field readers (chronicle.extraction.learned_fields): an act's target category,
status and certainty, read again with what the report is about. Reports are the tests' own."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from chronicle.extraction import learned_fields as lf
from chronicle.pipeline import DEFAULT_STAGES, Pipeline
from chronicle.records import CERTAINTIES, STATUSES, TARGET_CATEGORIES, Analysis, Document, Event, Evidence, Extractor, Source, Target

ROOT = Path(__file__).resolve().parents[1]


def document(text: str, lang: str = "en", title: str = "Report") -> Document:
    return Document(raw=text.encode(), text=text, origin="test", media_type="text/plain",
                    source=Source(language=lang, published="2024-05-01", title=title))


def events(text: str, lang: str = "en", stages=DEFAULT_STAGES):
    return Pipeline(stages).__call__(document(text, lang)).events


RULES_ONLY = tuple(s for s in DEFAULT_STAGES if s != "fields")


VALUES = {"target": set(TARGET_CATEGORIES), "status": set(STATUSES), "certainty": set(CERTAINTIES),
          "perpetrator": {"keep", "none"}}


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("field", ["target", "status", "certainty", "perpetrator"])
def test_shipped_models_load_and_speak_the_contract(lang, field):
    model = lf.FieldModel.load(lang, field)
    assert model is not None and model.field == field
    assert set(model.classes) <= VALUES[field] and len(model.classes) >= 2
    assert model.meta["language"] == lang and model.meta["provenance"]
    # Trained on this language's development sets (bench/devset), never on the blind sets.
    assert model.meta["trained_on"] and all(s.startswith(lang) for s in model.meta["trained_on"])
    assert all((ROOT / "bench" / "devset" / f"{s}.jsonl").is_file() for s in model.meta["trained_on"])


def test_the_stage_runs_after_dedupe_and_before_places_and_times():
    assert DEFAULT_STAGES.index("dedupe") < DEFAULT_STAGES.index("fields") < DEFAULT_STAGES.index("locate")


def test_a_widow_in_a_report_about_a_son_who_fled_is_his_family():
    text = ("Her son crossed the Tumen into China two years ago and now lives in Seoul. Since the spring, "
            "officers of the county security department have summoned the widow to their office three "
            "times in October and questioned her about money transfers.")
    before = [e for e in events(text, stages=RULES_ONLY) if e.type == "VISIT"]
    after = [e for e in events(text) if e.type == "VISIT"]
    assert [e.target.category for e in before] == ["resident"]  # the lexicon's row for widows
    assert [(e.target.text, e.target.category) for e in after] == [("the widow", "defector_family")]
    assert after[0].extractor.fields["target"] == f"model.target@{lf.FieldModel.load('en', 'target').version}"


def test_a_woman_caught_in_a_market_raid_stays_a_resident():
    text = ("Police in Hyesan raided the market last week. Officers detained a woman who sold rice at a "
            "stall and questioned her for hours.")
    (ev,) = [e for e in events(text) if e.type == "DETAIN"]
    assert ev.target.category == "resident"


def test_a_korean_mother_of_a_defector_is_his_family():
    text = "김씨가 2019년 한국으로 탈북한 뒤 보위부는 혜산에 사는 그의 어머니를 매달 불러 조사했다."
    before = [e for e in events(text, "ko", RULES_ONLY) if e.type == "VISIT"]
    after = [e for e in events(text, "ko") if e.type == "VISIT"]
    assert [e.target.category for e in before] == ["resident"]
    assert [(e.target.text, e.target.category) for e in after] == [("그의 어머니", "defector_family")]


def _event(target, evidence="Agents questioned her.", shared_extractor=None, status="occurred"):
    return Event(document_id="d", type="VISIT", evidence=Evidence(evidence, 0, len(evidence)),
                 extractor=shared_extractor or Extractor("rules-en", "1", "visit.question"), target=target,
                 status=status)


def test_only_named_targets_are_read_again_and_shared_objects_are_not_changed_behind_a_rule():
    shared_target = Target("her", "resident")
    shared_extractor = Extractor("rules-en", "1", "visit.question")
    a = Analysis(document=document("Her son fled to Seoul. Agents questioned her. Agents questioned her again."))
    a.events = [_event(shared_target, shared_extractor=shared_extractor),
                _event(shared_target, shared_extractor=shared_extractor),
                _event(None), _event(Target(None, "other"))]
    lf.read_fields(a, {"target": lf.FieldModel.load("en", "target")})
    assert shared_target.category == "resident" and shared_extractor.fields == {}
    assert ["target" in e.extractor.fields for e in a.events] == [True, True, False, False]
    assert a.events[2].target is None and a.events[3].target.category == "other"
    assert a.events[0].target is not a.events[1].target


def _model(field, classes, bias):
    return lf.FieldModel({"field": field, "version": "t"}, classes, bias, {"R:occurred": [0.0] * len(classes)})


def test_a_status_is_never_made_or_unmade_denied():
    loud = _model("status", ["denied", "occurred", "expected"], [9.0, 0.0, 1.0])
    assert loud.value({}) == "expected"  # the likeliest value a reader may give
    a = Analysis(document=document("Officials said no one was arrested. Police arrested two traders."))
    a.events = [_event(None, status="denied"), _event(None, status="occurred")]
    lf.read_fields(a, {"status": loud})
    assert [e.status for e in a.events] == ["denied", "expected"]
    assert a.events[0].extractor.fields == {} and a.events[1].extractor.fields == {"status": "model.status@t"}


def test_the_perpetrator_reader_only_keeps_or_drops_the_rules_actor():
    from chronicle.records import Perpetrator
    drop = _model("perpetrator", ["keep", "none"], [0.0, 5.0])
    a = Analysis(document=document("Agents came. They questioned her. Someone questioned her."))
    a.events = [_event(None), _event(None)]
    a.events[0].perpetrator = Perpetrator("They", "KP.MSS", "Ministry of State Security")
    a.events[1].perpetrator = Perpetrator("Someone", None, None)
    lf.read_fields(a, {"perpetrator": drop})
    assert a.events[0].perpetrator is None and a.events[0].extractor.fields == {"perpetrator": "model.perpetrator@t"}
    # No actor key, nothing to keep or drop: the reader never names one.
    assert a.events[1].perpetrator.text == "Someone" and a.events[1].extractor.fields == {}
    keep = _model("perpetrator", ["keep", "none"], [5.0, 0.0])
    b = Analysis(document=a.document)
    b.events = [_event(None)]
    b.events[0].perpetrator = Perpetrator("They", "KP.MSS", "Ministry of State Security")
    lf.read_fields(b, {"perpetrator": keep})
    assert b.events[0].perpetrator.actor == "KP.MSS"


def test_a_court_finding_is_confirmed():
    text = ("The Seoul Central District Court ruled on Friday that the defendant, an agent of the Ministry of "
            "State Security, had threatened three defectors by phone in 2022 and sentenced him to four years.")
    before = [e for e in events(text, stages=RULES_ONLY) if e.type == "THREATEN"]
    after = [e for e in events(text) if e.type == "THREATEN"]
    assert [e.certainty for e in before] == ["reported"]
    assert [e.certainty for e in after] == ["confirmed"]
    assert after[0].extractor.fields["certainty"].startswith("model.certainty@")


def test_features_hold_the_rules_reading_the_phrase_the_evidence_and_the_report():
    ev = _event(Target("the widow", "resident"), evidence="Agents summoned the widow.")
    report = lf.report_features("en", "Her son fled to China.", [ev])
    feats = lf.field_features("target", ev, lf.act_features("en", ev, report))
    assert feats["R:resident"] == 1.0 and feats["TY:VISIT"] == 1.0 and feats["T:widow"] == 1.0
    assert feats["S:summon"] == lf.EVIDENCE_WEIGHT and feats["D:fled"] == lf.REPORT_WEIGHT
    assert feats["DC:resident"] == 1.0
    assert lf.field_features("status", ev, {})["R:occurred"] == 1.0
    assert lf.words("ko", "어머니를 불러") == {"어머니를", "어머", "불러"}


def test_the_perpetrator_reader_sees_whether_the_passage_names_the_actor():
    from chronicle.records import Perpetrator
    named = _event(None, evidence="군 보위부가 그를 정치범수용소로 보냈다")
    named.perpetrator = Perpetrator("군 보위부", "KP.MSS", "Ministry of State Security")
    carried = _event(None, evidence="그는 정치범수용소로 보내졌다")
    carried.perpetrator = Perpetrator("보위부", "KP.MSS", "Ministry of State Security")
    assert lf.field_features("perpetrator", named, {}, "ko")["PE:in"] == 1.0
    assert lf.field_features("perpetrator", carried, {}, "ko")["PE:out"] == 1.0
    # the shipped Korean reader keeps an organ its act's passage names more readily than one carried
    model = lf.FieldModel.load("ko", "perpetrator")
    keep = model.classes.index("keep")
    weight = {f: model._matrix[model._row[f]][keep] for f in ("PE:in", "PE:out")}
    assert weight["PE:in"] > weight["PE:out"]


@pytest.mark.parametrize("raw, why", [
    ({"meta": {"field": "target"}, "classes": ["resident", "other"], "bias": [0.0]}, "missing or bad"),
    ({"meta": {"field": "target"}, "classes": ["resident", "other"], "bias": [0.0], "weights": {}}, "2 classes, 1"),
    ({"meta": {"field": "colour"}, "classes": ["red"], "bias": [0.0], "weights": {}}, "'colour'"),
])
def test_a_model_file_that_is_not_one_is_refused_with_its_name(tmp_path, raw, why):
    bad = tmp_path / "xx_target.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match="xx_target.json: not a field model") as err:
        lf.FieldModel.from_file(bad)
    assert why in str(err.value)


def test_exported_records_say_which_reader_gave_which_field():
    text = "Her son fled to Seoul in 2019. Security agents summoned the widow to their office in Hyesan."
    doc = document(text)
    (ev,) = [e for e in Pipeline()(doc).events if e.type == "VISIT"]
    rec = ev.to_record(doc.source)
    assert {"target", "status", "certainty"} <= set(rec["extractor"]["fields"]) <= set(lf.FIELDS)
    assert rec["extractor"]["fields"]["target"].startswith("model.target@")
    assert rec["extractor"]["rule"] and rec["target"]["category"] in TARGET_CATEGORIES


def test_training_script_writes_readers_the_stage_loads(tmp_path):
    pytest.importorskip("sklearn")
    devset = tmp_path / "devset"
    devset.mkdir()
    reports = [
        ("Her son fled to South Korea. Police detained his mother at her home.", "defector_family", "occurred"),
        ("His daughter defected in 2019. Police detained her father in Musan.", "defector_family", "occurred"),
        ("Police detained a trader at the market in Hyesan.", "resident", "ongoing"),
        ("Police detained a farmer in Hoeryong for selling corn.", "resident", "ongoing"),
    ]
    with (devset / "en-x.jsonl").open("w", encoding="utf-8") as fh:
        for i, (text, cat, status) in enumerate(reports):
            ev = text.split(". ")[-1] if ". " in text else text
            fh.write(json.dumps({"id": f"x{i}", "language": "en", "title": "Report", "published": "2024-01-01",
                                 "text": text, "gold": [{"type": "DETAIN", "evidence": ev.rstrip("."),
                                                         "target": cat, "status": status,
                                                         "certainty": "reported"}]}) + "\n")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_field_models.py"), "--lang", "en",
                    "--field", "target", "--field", "status", "--devset-dir", str(devset),
                    "--out-dir", str(tmp_path)], check=True)
    assert sorted(p.name for p in tmp_path.glob("en_*.json")) == ["en_status.json", "en_target.json"]
    model = lf.FieldModel.from_file(tmp_path / "en_target.json")
    assert model.meta["trained_on"] == ["en-x"] and model.meta["acts"] == 4 and model.field == "target"
    assert set(model.classes) == {"defector_family", "resident"}
    assert model.value({"T:mother": 1.0, "D:fled": 0.2}) == "defector_family"
    status = lf.FieldModel.from_file(tmp_path / "en_status.json")
    assert status.field == "status" and set(status.classes) == {"occurred", "ongoing"}


def test_every_field_read_has_its_place_in_an_exported_record():
    assert set(lf.RECORD_VALUE) == set(lf.FIELDS)
    text = "Her son fled to Seoul in 2019. Security agents summoned the widow to their office in Hyesan."
    doc = document(text)
    (ev,) = [e for e in Pipeline()(doc).events if e.type == "VISIT"]
    rec = ev.to_record(doc.source)
    assert lf.RECORD_VALUE["target"](rec) == ev.target.category and lf.RECORD_VALUE["status"](rec) == ev.status
