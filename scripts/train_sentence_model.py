"""Train the learned sentence reader (chronicle.extraction.learned) on the project's own
hand-coded development sets and training passages, and write its weights as a data file.

    python3 scripts/train_sentence_model.py --lang en            # all development sets
    python3 scripts/train_sentence_model.py --lang en --hold-out en-7 --out /tmp/m.json

Training data: every sentence of every report in ``bench/devset/<lang>*.jsonl`` (a
sentence is labelled with the types of the gold events whose evidence overlaps it;
negatives give only unlabelled sentences), the tune part (odd ids) of the sentence
bank ``bench/sentences/<lang>.jsonl`` and the training passages ``bench/train/<lang>*.jsonl``
(written for training, in the bank's format). Never the blind sets, never the bank's check part.
Needs scikit-learn (a development dependency); running the model needs nothing.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "bench" / "devset"
BANK = ROOT / "bench" / "sentences"
TRAIN = ROOT / "bench" / "train"
OUT = ROOT / "src" / "chronicle" / "data" / "models"
# Chosen on the development sets left out one at a time and on the sentence banks' check
# parts (never trained on): Korean sentences hold several acts the rules mostly read
# already, so a Korean proposal must be surer to pay. Since session 15 a proposal is read
# from whichever of its verbs reads as a state act, and the English model pays at a lower
# bar with the usual penalty (sets en-23..en-27 left out: F1 0.612 -> 0.616; en-28..en-30:
# 0.582 -> 0.596).
# The veto: a sentence the model judges this unlikely to state any act is read as background,
# whatever trigger words it holds (a law quoted, commentary, a warning about fraud). Chosen in
# session 16 with en-28..en-33 and, in turn, en-20..en-27 left out of training (F1 0.613 ->
# 0.618 and 0.623 -> 0.628 with recall unchanged, events on their negatives 15 -> 12 and
# 17 -> 11), ko-28..ko-33 and ko-20..ko-27 (at 0.02: 0.644 -> 0.665, 0.663 -> 0.674; at 0.05,
# kept: 0.670 and 0.675, negatives 5 -> 0 and 5 -> 2). Higher English bars removed more false
# acts but also true ones told in few words; 0.05 in English (0.641 and 0.637 with the changes
# below) dropped the founding report's expected propaganda, so English stays at 0.02.
# The retype bars: an English rule's act on a weak word ("visited", "a crackdown") whose type
# the model gives under 0.1, in a sentence the model gives over 0.7 to a type no act there has,
# takes that type. Chosen the same way (English 0.618 -> 0.627 and 0.628 -> 0.631; bars of
# 0.3/0.5 gained more, 0.638 and 0.637, but also overrode plain words: "threatened ... with
# arrest" read as an arrest). Korean retyping gained as much but overrode readings the
# development sets settled (불러 놓고 돌려보내지 않았다 as a summons), so Korean keeps the rules' types.
# With the veto in place the English bar came down again, 0.6 -> 0.45 (same sets left out:
# 0.627 -> 0.637 and 0.631 -> 0.636, one more event on their negatives); Korean's 0.85 stays
# (0.75: 0.665 and 0.674 -> 0.679, two more events on negatives).
# The alone bar (session 17): a sentence the model gives at least this, in which no rule and
# no proposal read as a rule reads any act, is read again as the proposal is but without the
# rules' gates on who acts (a subject that is no organ's, a speaker not named); the other gates
# (negation, purpose, condition, question) stay. With en-28..en-36 / ko-28..ko-36 and, in turn,
# en-20..en-27 / ko-20..ko-27 left out of training: English 0.645 -> 0.664 and 0.643 -> 0.659
# at 0.8, events on their negatives 19 and 12 as before (0.7: 0.670 and 0.660 with one and two
# more events on negatives; 0.9: 0.660 and 0.655); subjects that are kin or friends stay no
# organ's, and a line or two, or a report naming no organ of the North or China, is not read so;
# Korean, under the same terms (a report naming an organ of the North or China), 0.681 -> 0.685
# and 0.677 -> 0.680 at 0.9 (its proposals start at 0.85), no more events on negatives.
# Korean retyping (session 17), at the English bars, for acts on words that do not name an act by
# themselves, summonses, threats and promises keeping their type, and an act retyped to a type
# its sentence goes on to tell dropped as read twice (korean._retype): with the same sets left
# out, 0.685 -> 0.694 and 0.680 -> 0.692, precision 0.694 -> 0.724 and 0.697 -> 0.725, recall
# flat (retyping summonses too gave 0.693 and 0.686, with 불려 가 조사를 받았다 read as custody).
# Only in reports of three sentences or more, as the veto: a line is the rules' to read.
# Session 17: retrained on 36 sets, the model gave the founding report's expected propaganda use
# 0.018, under the English veto; 0.015 keeps it, at a cost of 5 and 2 more false acts on the sets
# left out (0.664 -> 0.663, 0.659 -> 0.658), no act gained or lost; exempting every sentence with
# a trigger word after an organ named instead cost 6 and 9.
# Session 19, trained on 42 sets with the same groups left out in turn: the Korean bar comes down
# to 0.80 (0.695 -> 0.702 and 0.704 -> 0.704, no more events on negatives; 0.75 gave 0.704 and
# 0.707 with one more and read a returnee's "the Party forgave me" on state TV as a promise; 0.70
# 0.707 and 0.709 with two more; 0.9 0.696 and 0.697). English at 0.40 gained 0.003 and 0.000 and
# stays at 0.45.
# Session 21, trained on 48 sets: more sets raised each of en-43..en-48 left out in turn
# (pooled F1 0.671 -> 0.678, 7 acts gained, 2 false ones fewer) but gave the founding
# report's forecast 0.009, under the veto. With the sets left out the same way the veto
# costs little either side: 0.015 and 0.011 gave 512 acts right and 237 and 239 false,
# 0.008 513 and 239, 0.005 513 and 245. The English veto is 0.008. Korean, ko-43..ko-48 left
# out the same way: 405 acts right either way, 4 false ones fewer. On sets written after the
# training (en-49, en-50, ko-49, ko-50, never trained on): 0.713 -> 0.724, 0.621 -> 0.636,
# 0.723 -> 0.731, 0.784 -> 0.798. Then trained on those four as well (50 sets), checked on
# en-51 / ko-51, written after and never trained on: 0.686 -> 0.695 and 0.690 -> 0.697 (with
# the field readers retrained likewise); the founding report's forecast 0.012.
# Session 45, English only: the model last trained in session 35 (71 sets) retrained on 125. With
# en-123..en-129 left out of training, on en-123..en-127: 0.843 -> 0.850 (3 acts gained, 6 false
# fewer); with en-118..en-122 left out, on those: 0.802 -> 0.810. The alone bar 0.8 -> 0.7 gained
# on both (0.854, 0.812). A veto of 0.012 gained a little more (0.854, 0.816) but the retrained
# model gives the founding report's forecast 0.0066 (0.0061 trained on every set): at 0.006 the two
# groups gave 0.852 and 0.814. A proposal whose likeliest type is under 0.5 is dropped (type_floor;
# 5 acts fewer and 10 false ones fewer over the two groups: 0.851, 0.817; 0.6 lost more acts on the
# first). The veto is 0.005, the same figures with some room under the forecast.
# Korean retrained the same way lost (0.881 -> 0.875) and keeps its session-41 model.
# Session 47: the English alone bar 0.7 -> 0.5 on en-130 and en-131, written after the training and never
# trained on: 194 -> 196 acts, 31 false ones either way (F1 0.808 -> 0.813; 0.4 and 0.3 gave the same as 0.5);
# the negative sets 7 events either way; in-sample, on the sets it was trained on, 84 acts more and no false one.
# The Korean bar 0.9 -> 0.8 or 0.7 on ko-121..ko-131 (not ko-129), never trained on: one false act more.
# The Korean type floor 0.0 -> 0.5 on the same sets: 919 -> 915 acts, 120 -> 107 false ones (F1 0.866 -> 0.869;
# 0.6 gave 0.870 with 9 acts fewer, 0.3 0.866); on ko-110..ko-120 and the negative sets nothing changed.
DEFAULTS = {"en": {"threshold": 0.45, "C": 1.0, "veto": 0.005, "retype": [0.1, 0.7], "alone": 0.5, "type_floor": 0.5},
            "ko": {"threshold": 0.80, "C": 1.0, "veto": 0.05, "retype": [0.1, 0.7], "alone": 0.9, "type_floor": 0.5}}


def sentence_rows(lang: str, paths: list[Path]):
    """(features, types) per sentence of the development reports."""
    from chronicle.extraction import learned
    for path in paths:
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            text = rec["text"]
            spans = []
            for g in rec["gold"]:
                at = text.find(g["evidence"])
                if at < 0:
                    raise ValueError(f"{path.name} {rec['id']}: evidence not in text: {g['evidence'][:60]!r}")
                spans.append((at, at + len(g["evidence"]), g["type"]))
            for start, end, feats in learned.sentences(lang, text):
                yield feats, {t for a, b, t in spans if a < end and b > start}


def passage_rows(lang: str, path: Path, tune_only: bool):
    """(features, types) per sentence of a file of labelled passages (the sentence
    bank's tune part, the training passages): a passage's types go to the sentences
    its evidence overlaps."""
    from chronicle.extraction import learned
    if not path.exists():
        return
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        if tune_only and int(rec["id"].rsplit("-", 1)[1]) % 2 == 0:
            continue  # the bank's check part is never trained on
        text = rec["text"]
        spans = []
        for e in rec["events"]:
            at = text.find(e["evidence"]) if e.get("evidence") else -1
            spans.append((at, at + len(e["evidence"]), e["type"]) if at >= 0 else (0, len(text), e["type"]))
        for start, end, feats in learned.sentences(lang, text):
            yield feats, {t for a, b, t in spans if a < end and b > start}


def _type_part(typ, weights) -> dict:
    """Per-type bias and weights, as the reader's softmax takes them. With two types
    scikit-learn keeps one row (the second type against the first): the first type then
    scores zero, which gives the same probabilities."""
    classes = [str(c) for c in typ.classes_]
    if len(classes) == 2:
        return {"bias": {classes[0]: 0.0, classes[1]: round(float(typ.intercept_[0]), 4)},
                "weights": {classes[0]: {}, classes[1]: weights(typ.coef_[0])}}
    return {"bias": {c: round(float(b), 4) for c, b in zip(classes, typ.intercept_)},
            "weights": {c: weights(coef) for c, coef in zip(classes, typ.coef_)}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", required=True, choices=["en", "ko"])
    ap.add_argument("--hold-out", action="append", default=[], metavar="SET",
                    help="a development set (e.g. en-7) left out, to score the model on it")
    ap.add_argument("--threshold", type=float, help="probability a proposal needs (default per language)")
    ap.add_argument("--C", type=float, help="inverse L2 strength (default per language)")
    ap.add_argument("--veto", type=float, help="probability below which a sentence is background (default per language)")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--no-passages", action="store_true", help="leave out bench/train/<lang>*.jsonl")
    ap.add_argument("--devset-dir", type=Path, default=DEVSET)
    ap.add_argument("--bank", type=Path, help="sentence bank (default bench/sentences/<lang>.jsonl)")
    ap.add_argument("--passages", type=Path, help="training passages (default bench/train/<lang>*.jsonl)")
    args = ap.parse_args(argv)
    args.threshold = args.threshold if args.threshold is not None else DEFAULTS[args.lang]["threshold"]
    args.C = args.C if args.C is not None else DEFAULTS[args.lang]["C"]
    args.veto = args.veto if args.veto is not None else DEFAULTS[args.lang]["veto"]

    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    bank = args.bank or BANK / f"{args.lang}.jsonl"
    passages = [] if args.no_passages else ([args.passages] if args.passages
                                             else sorted(TRAIN.glob(f"{args.lang}*.jsonl")))
    sets = sorted(p for p in args.devset_dir.glob(f"{args.lang}*.jsonl") if p.stem not in args.hold_out)
    if not sets:
        raise SystemExit(f"no development sets {args.lang}*.jsonl in {args.devset_dir}")
    rows = list(sentence_rows(args.lang, sets)) + list(passage_rows(args.lang, bank, True))
    for path in passages:
        rows += list(passage_rows(args.lang, path, False))
    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in feats} for feats, _ in rows])
    names = vec.get_feature_names_out()
    # Features seen in one sentence only are noise that would bloat the file.
    df = np.asarray((X > 0).sum(axis=0)).ravel()
    keep = np.where(df >= 2)[0]
    X, names = X[:, keep], names[keep]

    y_event = np.array([1 if types else 0 for _, types in rows])
    event = LogisticRegression(C=args.C, max_iter=5000).fit(X, y_event)
    with_event = np.where(y_event == 1)[0]
    # One type per sentence for the type model: the first in a fixed order (a sentence
    # with two acts is rare, and either type is the act it states).
    y_type = [sorted(rows[i][1])[0] for i in with_event]
    typ = LogisticRegression(C=args.C, max_iter=5000).fit(X[with_event], y_type)

    def weights(coef):
        return {str(n): round(float(w), 4) for n, w in zip(names, coef) if abs(w) >= 0.005}

    model = {
        "meta": {
            "provenance": "Trained by scripts/train_sentence_model.py on chronicle's own hand-coded "
                          "development sets (bench/devset) and the tune part of the sentence bank; "
                          "logistic regression (scikit-learn) over word stems, stem bigrams, trigger "
                          "types and the kinds of actor named in and just before the sentence.",
            "version": datetime.date.today().isoformat(),
            "language": args.lang,
            "threshold": args.threshold,
            "veto": args.veto,
            "retype": DEFAULTS[args.lang]["retype"],
            "alone": DEFAULTS[args.lang]["alone"],
            "type_floor": DEFAULTS[args.lang]["type_floor"],
            "C": args.C,
            "trained_on": [p.name for p in sets]
                          + ([f"{bank.parent.name}/{bank.name} (odd ids)"] if bank.exists() else [])
                          + [f"{p.parent.name}/{p.name}" for p in passages if p.exists()],
            "sentences": len(rows),
            "sentences_with_events": int(y_event.sum()),
            "features": len(names),
        },
        "event": {"bias": round(float(event.intercept_[0]), 4), "weights": weights(event.coef_[0])},
        "type": _type_part(typ, weights),
    }
    out = args.out or OUT / f"{args.lang}_sentence.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    m = model["meta"]
    print(f"{out}: {m['sentences']} sentences ({m['sentences_with_events']} with acts), "
          f"{m['features']} features, trained on {', '.join(m['trained_on'])}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
