"""Train the learned field readers (chronicle.extraction.learned_fields) on the project's
own hand-coded development sets, and write their weights as data files.

    python3 scripts/train_field_models.py --lang en                  # target, status, certainty
    python3 scripts/train_field_models.py --lang ko --field status --leave-one-out
                                        # and print each set's accuracy with it left out

Training data: every act the pipeline (without the fields stage) reads from a report of
``bench/devset/<lang>*.jsonl`` that matches a gold event (as ``bench/quality.py`` matches
them), labelled with the gold value of the field. Never the blind sets.
Needs scikit-learn (a development dependency); running the readers needs nothing.
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
# Inverse L2 strength, chosen on the development sets left out one at a time (English
# target accuracy: 0.3 -> 0.727, 1 -> 0.733, 3 -> 0.731).
C = 1.0


def matched_acts(lang: str, paths: list[Path]):
    """(set name, act, act features, gold item) per act read from a development report
    that matches a gold event."""
    import quality
    from chronicle.extraction import learned_fields as lf
    from chronicle.pipeline import DEFAULT_STAGES, Pipeline
    pipeline = Pipeline([s for s in DEFAULT_STAGES if s != "fields"])
    for path in paths:
        for n, line in enumerate(path.open(encoding="utf-8"), 1):
            rec = json.loads(line)
            if rec.get("language", lang) != lang or not rec["gold"]:
                continue
            analysis = pipeline(quality.to_document(rec, f"{path.name}:{n}"))
            events = analysis.events
            report = lf.report_features(lang, lf.document_text(analysis), events)
            gold = quality.gold_items(rec)
            pred = [quality.predicted_item(e) for e in events]
            for gi, pi in quality.match(gold, pred):
                yield path.stem, events[pi], lf.act_features(lang, events[pi], report), gold[gi]


def rows_for(field: str, acts, lang: str):
    """(set name, features, what the reader learns, rules' value, readable, gold value) per act."""
    from chronicle.extraction import learned_fields as lf
    spec = lf.FIELDS[field]
    return [(name, lf.field_features(field, ev, feats, lang), spec.label(getattr(gold, field), spec.get(ev)),
             spec.get(ev), spec.readable(ev), getattr(gold, field))
            for name, ev, feats, gold in acts]


def fit(rows):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    rows = [r for r in rows if r[2] is not None and r[4]]
    vec = DictVectorizer()
    X = vec.fit_transform([r[1] for r in rows])
    return vec, LogisticRegression(C=C, max_iter=5000).fit(X, [r[2] for r in rows])


def leave_one_out(field: str, rows) -> None:
    from chronicle.extraction import learned_fields as lf
    spec = lf.FIELDS[field]
    allowed = spec.allowed
    total = {"rules": 0, "model": 0, "n": 0}
    for name in sorted({r[0] for r in rows}):
        vec, model = fit([r for r in rows if r[0] != name])
        test = [r for r in rows if r[0] == name]
        probs = model.predict_proba(vec.transform([r[1] for r in test]))
        guess = [max((c for c in model.classes_ if allowed(c)), key=lambda c: p[list(model.classes_).index(c)])
                 for p in probs]
        rules = sum(r[3] == r[5] for r in test)
        ours = sum((spec.result(r[3], g) if r[4] else r[3]) == r[5] for r, g in zip(test, guess))
        print(f"{field:9} {name:10} {len(test):4} acts  rules {rules / len(test):.3f}  model {ours / len(test):.3f}")
        total["rules"] += rules
        total["model"] += ours
        total["n"] += len(test)
    print(f"{field:9} {'all':10} {total['n']:4} acts  rules {total['rules'] / total['n']:.3f}  "
          f"model {total['model'] / total['n']:.3f}")


def write(field: str, lang: str, rows, sets, path: Path) -> None:
    import numpy as np
    vec, model = fit(rows)
    names = vec.get_feature_names_out()
    coef, bias = model.coef_, model.intercept_
    if coef.shape[0] == 1:  # two values: scikit-learn keeps one row
        coef, bias = np.vstack([-coef[0] / 2, coef[0] / 2]), np.array([-bias[0] / 2, bias[0] / 2])
    keep = np.where(np.abs(coef).max(axis=0) >= 0.005)[0]
    out = {
        "meta": {
            "provenance": "Trained by scripts/train_field_models.py on chronicle's own hand-coded "
                          "development sets (bench/devset): the acts the pipeline reads that match a "
                          f"gold event, labelled with its gold {field}; logistic regression "
                          "(scikit-learn) over the rules' value, the event type, the words of the "
                          "evidence, the target phrase and the report, the kind of attribution and "
                          "the report's mix of target categories.",
            "field": field,
            "version": datetime.date.today().isoformat(),
            "language": lang,
            "C": C,
            "trained_on": [p.stem for p in sets],
            "acts": len(rows),
        },
        "classes": [str(c) for c in model.classes_],
        "bias": [round(float(b), 4) for b in bias],
        "weights": {str(names[i]): [round(float(w), 4) for w in coef[:, i]] for i in keep},
    }
    path.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(keep)} features, {len(model.classes_)} values)", file=sys.stderr)


def main(argv=None) -> int:
    from chronicle.extraction import learned_fields as lf
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", required=True, choices=["en", "ko"])
    ap.add_argument("--field", action="append", choices=sorted(lf.FIELDS),
                    help="a field to train (default: all of them)")
    ap.add_argument("--hold-out", action="append", default=[], metavar="SET",
                    help="a development set (e.g. en-7) left out of training")
    ap.add_argument("--leave-one-out", action="store_true",
                    help="also score each set with a reader trained on the others")
    ap.add_argument("--out-dir", type=Path, default=OUT)
    ap.add_argument("--devset-dir", type=Path, default=DEVSET)
    args = ap.parse_args(argv)

    sets = sorted(p for p in args.devset_dir.glob(f"{args.lang}*.jsonl") if p.stem not in args.hold_out)
    if not sets:
        raise SystemExit(f"no development sets {args.lang}*.jsonl in {args.devset_dir}")
    args.out_dir.mkdir(parents=True, exist_ok=True)  # a folder of its own for a trial run
    acts = list(matched_acts(args.lang, sets))
    print(f"{len(acts)} matched acts from {len(sets)} sets", file=sys.stderr)
    for field in args.field or sorted(lf.FIELDS):
        rows = rows_for(field, acts, args.lang)
        if args.leave_one_out:
            leave_one_out(field, rows)
        write(field, args.lang, rows, sets, args.out_dir / f"{args.lang}_{field}.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
