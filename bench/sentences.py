"""Score the extractors on the sentence banks: short passages, many wordings.

    python3 bench/sentences.py [--bank bench/sentences/en.jsonl ...] [--part tune|check]
                               [--show-errors] [--json]

A bank (bench/sentences/*.jsonl, see its README) holds passages of one to three
sentences, each with the acts it states (type, perpetrator, target, status and
an evidence substring) or none (an innocent use of a trigger-like word). The
development sets measure whole reports; a bank measures breadth of wording:
each passage says one act in a way the others do not, so its recall shows how
much of the ways reporters write an act the rules know.

Each passage runs through the whole pipeline as its own document and is scored
with the development-set scorer (bench/quality.py: same type, overlapping
evidence). Only event detection and the fields a passage can state
(perpetrator, target, status) are printed; places and times need a report.

Each bank is split in two by passage number: odd numbers are the ``tune``
part, whose errors may be read to widen the rules; even numbers are the
``check`` part, scored but never shown, so that a widening shaped on the tune
part is measured on wordings it was not shaped on. ``--show-errors`` is refused
on the check part.

This is a report, not a test: it always exits 0.
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quality  # noqa: E402  (the development-set scorer: one matching rule for both)

BANK_DIR = Path(__file__).resolve().parent / "sentences"
SHOWN_FIELDS = ("perpetrator", "target", "status")


PARTS = ("all", "tune", "check")


def in_part(passage_id: str, part: str) -> bool:
    """Odd passage numbers are the tune part, even ones the check part."""
    if part == "all":
        return True
    digits = "".join(ch for ch in passage_id.rsplit("-", 1)[-1] if ch.isdigit())
    odd = bool(digits) and int(digits) % 2 == 1
    return odd if part == "tune" else not odd


def load_bank(paths: list[Path], part: str = "all") -> list[dict[str, Any]]:
    """Bank passages as development-set records (``events`` become ``gold``)."""
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    if not in_part(item["id"], part):
                        continue
                    records.append({"id": item["id"], "language": item["language"], "text": item["text"],
                                    "url": f"https://example.org/sentences/{item['id']}",
                                    "gold": item["events"]})
                except (ValueError, KeyError) as exc:
                    raise SystemExit(f"{path}:{n}: not a bank passage ({exc!r})") from None
    return records


def score_bank(records: list[dict[str, Any]]) -> tuple[dict[str, Any], quality.Score]:
    pipeline, problem = quality.make_pipeline()
    if problem:
        print(f"warning: {problem}", file=sys.stderr)
    score, problems = quality.evaluate(records, pipeline)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    fig = score.figures()
    fig["fields"] = {k: v for k, v in fig["fields"].items() if k in SHOWN_FIELDS}
    fig["innocent_passages"] = fig.pop("negative_documents")
    fig["events_on_innocent"] = fig.pop("events_on_negatives")
    return fig, score


def print_figures(name: str, fig: dict[str, Any]) -> None:
    o = fig["overall"]
    print(f"== {name}: {fig['documents']} passages, {fig['gold_events']} acts, "
          f"{fig['innocent_passages']} innocent")
    print(f"events  P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}   "
          f"events on innocent passages {fig['events_on_innocent']}")
    print(f"{'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    for t, s in fig["per_type"].items():
        print(f"{t:<12}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}")
    print("over matched acts: " + "  ".join(
        f"{k} {'n/a' if v is None else f'{v:.3f}'}" for k, v in fig["fields"].items()))


def print_errors(records: list[dict[str, Any]], score: quality.Score) -> None:
    texts = {r["id"]: r["text"] for r in records}
    for e in score.errors:
        print(f"  {e['kind']} {e['type']:<11} {e['id']}: {texts[e['id']]}")
    for e in score.field_errors:
        if e["field"] in SHOWN_FIELDS:
            print(f"  {e['field']:<11} gold {e['gold']} pred {e['pred']}  {e['id']}: {e['evidence']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bank", nargs="+", type=Path,
                    help="bank files (default: bench/sentences/*.jsonl, each scored on its own)")
    ap.add_argument("--part", choices=PARTS, default="all",
                    help="odd-numbered passages (tune), even-numbered (check), or all")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.show_errors and args.part != "tune":
        ap.error("--show-errors shows the tune part only (--part tune): the check part measures the rules on wordings nobody shaped them on")
    paths = args.bank or [Path(p) for p in sorted(glob.glob(str(BANK_DIR / "*.jsonl")))]
    if not paths:
        raise SystemExit(f"no bank files under {BANK_DIR}")
    out = {}
    for path in paths:
        records = load_bank([path], args.part)
        fig, score = score_bank(records)
        out[path.name] = fig
        if not args.json:
            print_figures(path.name if args.part == "all" else f"{path.name} ({args.part} part)", fig)
            if args.show_errors:
                print_errors(records, score)
    if args.json:
        print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
