"""Train the learned target reader (chronicle.extraction.learned_targets) on the
project's own hand-coded development sets, and write its weights as a data file.

    python3 scripts/train_target_model.py --lang en               # all development sets
    python3 scripts/train_target_model.py --lang ko --leave-one-out   # and print each set's
                                                                       # accuracy left out

Training data: every act the pipeline (without the target stage) reads from a report of
``bench/devset/<lang>*.jsonl`` that matches a gold event (as ``bench/quality.py`` matches
them), labelled with the gold target category. Never the blind sets.
Needs scikit-learn (a development dependency); running the model needs nothing.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
DEVSET = ROOT / "bench" / "devset"
OUT = ROOT / "src" / "chronicle" / "data" / "models"
# Inverse L2 strength, chosen on the development sets left out one at a time (English:
# 0.3 -> 0.727, 1 -> 0.733, 3 -> 0.731 accuracy on matched acts).
C = 1.0


def matched_rows(lang: str, paths: list[Path]):
    """(set name, features, gold category, rules' category, has a target phrase) per
    act read from a development report that matches a gold event."""
    import quality
    from chronicle.extraction import learned_targets as lt
    from chronicle.pipeline import DEFAULT_STAGES, Pipeline
    pipeline = Pipeline([s for s in DEFAULT_STAGES if s != "target"])
    for path in paths:
        for n, line in enumerate(path.open(encoding="utf-8"), 1):
            rec = json.loads(line)
            if rec.get("language", lang) != lang or not rec["gold"]:
                continue
            analysis = pipeline(quality.to_document(rec, f"{path.name}:{n}"))
            events = analysis.events
            report = lt.report_features(lang, lt.document_text(analysis), events)
            gold = quality.gold_items(rec)
            pred = [quality.predicted_item(e) for e in events]
            for gi, pi in quality.match(gold, pred):
                ev = events[pi]
                yield (path.stem, lt.event_features(lang, ev, report), gold[gi].target,
                       ev.target.category if ev.target else None, bool(ev.target and ev.target.text))


def fit(rows):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    rows = [r for r in rows if r[2] is not None]
    vec = DictVectorizer()
    X = vec.fit_transform([r[1] for r in rows])
    model = LogisticRegression(C=C, max_iter=5000).fit(X, [r[2] for r in rows])
    return vec, model


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", required=True, choices=["en", "ko"])
    ap.add_argument("--hold-out", action="append", default=[], metavar="SET",
                    help="a development set (e.g. en-7) left out of training")
    ap.add_argument("--leave-one-out", action="store_true",
                    help="also score each set with a model trained on the others")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--devset-dir", type=Path, default=DEVSET)
    args = ap.parse_args(argv)

    import numpy as np

    sets = sorted(p for p in args.devset_dir.glob(f"{args.lang}*.jsonl") if p.stem not in args.hold_out)
    if not sets:
        raise SystemExit(f"no development sets {args.lang}*.jsonl in {args.devset_dir}")
    rows = list(matched_rows(args.lang, sets))
    print(f"{len(rows)} matched acts from {len(sets)} sets", file=sys.stderr)

    if args.leave_one_out:
        total = {"rules": 0, "model": 0, "n": 0}
        for name in sorted({r[0] for r in rows}):
            vec, model = fit([r for r in rows if r[0] != name])
            test = [r for r in rows if r[0] == name]
            guess = model.predict(vec.transform([r[1] for r in test]))
            rules = sum(r[3] == r[2] for r in test)
            ours = sum((g if r[4] else r[3]) == r[2] for r, g in zip(test, guess))
            print(f"{name:10} {len(test):4} acts  rules {rules / len(test):.3f}  model {ours / len(test):.3f}")
            total["rules"] += rules
            total["model"] += ours
            total["n"] += len(test)
        print(f"{'all':10} {total['n']:4} acts  rules {total['rules'] / total['n']:.3f}  "
              f"model {total['model'] / total['n']:.3f}")

    vec, model = fit(rows)
    names = vec.get_feature_names_out()
    coef = model.coef_
    if coef.shape[0] == 1:  # two classes: scikit-learn keeps one row
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
    keep = np.where(np.abs(coef).max(axis=0) >= 0.005)[0]
    out = {
        "meta": {
            "provenance": "Trained by scripts/train_target_model.py on chronicle's own hand-coded "
                          "development sets (bench/devset): the acts the pipeline reads that match a "
                          "gold event, labelled with its target category; logistic regression "
                          "(scikit-learn) over the rules' category, the event type, the words of the "
                          "target phrase, the evidence and the report, and the report's mix of categories.",
            "version": datetime.date.today().isoformat(),
            "language": args.lang,
            "C": C,
            "trained_on": [p.stem for p in sets],
            "acts": len(rows),
        },
        "classes": [str(c) for c in model.classes_],
        "bias": [round(float(b), 4) for b in (model.intercept_ if len(model.intercept_) > 1
                                               else [-model.intercept_[0] / 2, model.intercept_[0] / 2])],
        "weights": {str(names[i]): [round(float(w), 4) for w in coef[:, i]] for i in keep},
    }
    path = args.out or OUT / f"{args.lang}_target.json"
    path.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(keep)} features, {len(model.classes_)} categories)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
