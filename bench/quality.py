"""Score chronicle's pipeline against the hand-coded development set.

    python3 bench/quality.py [--lang en|ko|all] [--devset PATH ...] [--show-errors] [--json]
    python3 bench/quality.py --incidents [--devset PATH] [--show-errors] [--json]

A prediction matches a gold event when the types are equal and the predicted
evidence span overlaps the gold evidence span (the first occurrence of the gold
evidence string in the text); matching is one-to-one, greedy by overlap size.
Field accuracies are computed over matched pairs only, so that they measure
the later stages (actors, places, times) apart from event detection.

Places: the record format lets ``location`` fall back to the country a report
is about, while the gold sets code "no place given" as null. A predicted
location with ``precision == "country"`` is therefore scored as no place
(place None, admin1 None): it says no more than a null does.

With ``--incidents`` it scores incident grouping instead: the grouping set
(bench/devset/incidents.jsonl, gold events labelled with an ``incident``) is
ingested with ``chronicle.batch.run_batch`` into a temporary store, each stored
event is mapped to the gold event it matches (the matching above, per
document), and grouping is scored over matched events: pairwise P/R/F1 (pairs
in one predicted incident vs pairs in one gold incident) and B-cubed P/R/F1,
plus how many re-posts (``repost_of``) were stored as near-duplicates.

This is a report, not a test: it always exits 0.
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from chronicle.records import EVENT_TYPES, Document, Event, Source  # noqa: E402

DEVSET_DIR = ROOT / "bench" / "devset"
GROUPING_SET = DEVSET_DIR / "incidents.jsonl"  # scored by --incidents, not in the default event run

TARGETS = {
    "event_f1": 0.85, "perpetrator": 0.90, "negatives": 0, "admin1": 0.95,
    "place": 0.85, "time_overlap": 0.90, "time_exact": 0.90, "grouping_f1": 0.90,
}
FIELDS = ("perpetrator", "target", "status", "certainty", "admin1", "place",
          "time_overlap", "time_exact")


# --- the common shape of gold and predicted events ---------------------------

@dataclass
class Item:
    """One event, gold or predicted, reduced to what the scorer compares."""
    type: str
    start: int
    end: int
    evidence: str
    perpetrator: Optional[str] = None
    target: Optional[str] = None
    status: Optional[str] = None
    certainty: Optional[str] = None
    admin1: Optional[str] = None
    place: Optional[str] = None
    time_start: Optional[str] = None
    time_end: Optional[str] = None


def gold_items(record: dict[str, Any]) -> list[Item]:
    text = record["text"]
    items = []
    for g in record.get("gold", []):
        start = text.find(g["evidence"])
        if start < 0:
            raise ValueError(f"{record.get('id')}: gold evidence not in text: {g['evidence'][:60]!r}")
        items.append(Item(
            type=g["type"], start=start, end=start + len(g["evidence"]), evidence=g["evidence"],
            perpetrator=g.get("perpetrator"), target=g.get("target"), status=g.get("status"),
            certainty=g.get("certainty"), admin1=g.get("admin1"), place=g.get("place"),
            time_start=g.get("time_start"), time_end=g.get("time_end")))
    return items


def predicted_item(ev: Event) -> Item:
    loc, tm = ev.location, ev.time
    if loc is not None and loc.precision == "country":
        loc = None  # a country-level fallback is "no place given" to the gold coding (see module doc)
    return Item(
        type=ev.type, start=ev.evidence.start, end=ev.evidence.end, evidence=ev.evidence.text,
        perpetrator=ev.perpetrator.actor if ev.perpetrator else None,
        target=ev.target.category if ev.target else None,
        status=ev.status, certainty=ev.certainty,
        admin1=loc.admin1 if loc else None, place=loc.name if loc else None,
        time_start=tm.start if tm else None, time_end=tm.end if tm else None)


# --- matching ----------------------------------------------------------------

def overlap(a: Item, b: Item) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(gold: list[Item], pred: list[Item]) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs: same type, overlapping spans,
    largest overlaps taken first."""
    candidates = [(overlap(g, p), gi, pi)
                  for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                  if g.type == p.type and overlap(g, p) > 0]
    # Ties broken by position so the result does not depend on dict/set order.
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


# --- field comparison --------------------------------------------------------

_PLACE_SUFFIXES = (" special city", " city", " county", " district", " province", " prefecture",
                   "-si", "-gun", "-kun", "-do", "-guyok", "-ku", "-gu")


def normalise_place(name: Optional[str]) -> Optional[str]:
    """Compare place names across spelling noise: diacritics, apostrophes,
    hyphens and administrative suffixes do not make a different place."""
    if name is None:
        return None
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()
    for suffix in _PLACE_SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix):
            s = s[: -len(suffix)]
            break
    for ch in "'’ʼ‘`-_ .":
        s = s.replace(ch, "")
    return s


def same(a: Optional[str], b: Optional[str]) -> bool:
    return a == b  # a gold null against a predicted null counts as correct


def same_place(gold: Optional[str], pred: Optional[str]) -> bool:
    """One place, however spelt: equal after normalising, or names the gazetteer files under
    one entry ("Junghwa" as a report writes it and "Chunghwa" as chronicle names it)."""
    if normalise_place(gold) == normalise_place(pred):
        return True
    if gold is None or pred is None:
        return False
    return bool(_gazetteer_ids(gold) & _gazetteer_ids(pred))


@lru_cache(maxsize=4096)
def _gazetteer_ids(name: str) -> frozenset[str]:
    from chronicle.places.gazetteer import Gazetteer
    return frozenset(e.id for e in Gazetteer.load().lookup_all(name))


def time_overlaps(g: Item, p: Item) -> bool:
    if g.time_start is None and g.time_end is None:
        return p.time_start is None and p.time_end is None
    if p.time_start is None and p.time_end is None:
        return False
    gs, ge = g.time_start or g.time_end, g.time_end or g.time_start
    ps, pe = p.time_start or p.time_end, p.time_end or p.time_start
    return gs <= pe and ps <= ge  # ISO dates compare correctly as strings


def time_exact(g: Item, p: Item) -> bool:
    return g.time_start == p.time_start and g.time_end == p.time_end


FIELD_CHECKS: dict[str, Callable[[Item, Item], bool]] = {
    "perpetrator": lambda g, p: same(g.perpetrator, p.perpetrator),
    "target": lambda g, p: same(g.target, p.target),
    "status": lambda g, p: same(g.status, p.status),
    "certainty": lambda g, p: same(g.certainty, p.certainty),
    "admin1": lambda g, p: same(g.admin1, p.admin1),
    "place": lambda g, p: same_place(g.place, p.place),
    "time_overlap": time_overlaps,
    "time_exact": time_exact,
}


# --- scoring -----------------------------------------------------------------

def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


@dataclass
class Score:
    documents: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    negative_documents: int = 0
    events_on_negatives: int = 0
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    field_right: Counter = field(default_factory=Counter)
    matched: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, doc_id: str, text: str, gold: list[Item], pred: list[Item]) -> None:
        self.documents += 1
        self.gold_events += len(gold)
        self.predicted_events += len(pred)
        if not gold:
            self.negative_documents += 1
            self.events_on_negatives += len(pred)
        pairs = match(gold, pred)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            self.tp[g.type] += 1
            self.matched += 1
            for name, check in FIELD_CHECKS.items():
                if check(g, p):
                    self.field_right[name] += 1
                else:
                    self.field_errors.append({"id": doc_id, "type": g.type, "field": name,
                                              "gold": _field_value(g, name),
                                              "pred": _field_value(p, name),
                                              "evidence": g.evidence})
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                self.fn[g.type] += 1
                self.errors.append({"id": doc_id, "kind": "FN", "type": g.type,
                                    "evidence": g.evidence})
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                self.fp[p.type] += 1
                self.errors.append({"id": doc_id, "kind": "FP", "type": p.type,
                                    "evidence": text[p.start:p.end]})

    def figures(self) -> dict[str, Any]:
        types = sorted(set(self.tp) | set(self.fp) | set(self.fn),
                       key=lambda t: EVENT_TYPES.index(t) if t in EVENT_TYPES else 99)
        per_type = {t: prf(self.tp[t], self.fp[t], self.fn[t]) for t in types}
        overall = prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))
        fields = {name: (round(self.field_right[name] / self.matched, 4) if self.matched else None)
                  for name in FIELDS}
        return {"documents": self.documents, "gold_events": self.gold_events,
                "predicted_events": self.predicted_events,
                "negative_documents": self.negative_documents,
                "events_on_negatives": self.events_on_negatives,
                "overall": overall, "per_type": per_type,
                "matched_pairs": self.matched, "fields": fields, "targets": TARGETS}


def _field_value(item: Item, name: str) -> Any:
    if name.startswith("time"):
        return [item.time_start, item.time_end]
    return getattr(item, name)


# --- loading and running -----------------------------------------------------

def load_devset(paths: Iterable[Path], lang: str = "all") -> list[dict[str, Any]]:
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                if lang == "all" or rec.get("language") == lang:
                    records.append(rec)
    return records


def to_document(record: dict[str, Any], origin: str) -> Document:
    try:
        from chronicle.ingest import document_from_record  # the real reader, when present
    except ImportError:
        document_from_record = None
    if document_from_record is not None:
        return document_from_record(record, origin)
    # Fallback while chronicle.ingest is being written: the same fields, by hand.
    plain = {k: record.get(k) for k in ("url", "outlet", "title", "published", "language", "text")}
    raw = json.dumps(plain, ensure_ascii=False).encode("utf-8")
    return Document(raw=raw, text=record["text"], origin=origin, media_type="text/plain",
                    source=Source(url=record.get("url"), outlet=record.get("outlet"),
                                  title=record.get("title"), published=record.get("published"),
                                  language=record.get("language")))


def make_pipeline() -> tuple[Optional[Callable], Optional[str]]:
    """The full pipeline, else the stages that exist, else none (with why): the
    stages are written concurrently and the scorer must still run."""
    try:
        from chronicle.pipeline import DEFAULT_STAGES, Pipeline
    except Exception as exc:  # noqa: BLE001 - report, don't crash
        return None, f"cannot import pipeline: {exc!r}"
    try:
        return Pipeline(), None
    except Exception as exc:  # noqa: BLE001
        first = repr(exc)
    try:
        from chronicle.registry import stages
        present = [n for n in DEFAULT_STAGES if n in stages]
        return Pipeline(present), f"partial pipeline {present}: {first}"
    except Exception as exc:  # noqa: BLE001
        return None, f"pipeline unavailable: {first}; {exc!r}"


def evaluate(records: list[dict[str, Any]], pipeline: Optional[Callable]) -> tuple[Score, list[str]]:
    score = Score()
    problems = []
    for n, rec in enumerate(records, 1):
        gold = gold_items(rec)
        pred: list[Item] = []
        if pipeline is not None:
            try:
                analysis = pipeline(to_document(rec, f"devset:{n}"))
                pred = [predicted_item(ev) for ev in analysis.events]
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the report
                problems.append(f"{rec.get('id')}: {exc!r}")
        score.add(rec.get("id", str(n)), rec["text"], gold, pred)
    return score, problems


def print_report(fig: dict[str, Any]) -> None:
    o = fig["overall"]
    print(f"documents {fig['documents']}  gold events {fig['gold_events']}  "
          f"predicted {fig['predicted_events']}  matched {fig['matched_pairs']}")
    print(f"\nevents (micro)  P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}"
          f"   target F1 >= {TARGETS['event_f1']}")
    print(f"events on negatives  {fig['events_on_negatives']} "
          f"(in {fig['negative_documents']} negative documents)   target {TARGETS['negatives']}")
    print(f"\n{'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
    for t, s in fig["per_type"].items():
        print(f"{t:<12}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
              f"{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}")
    print("\nover matched pairs")
    for name in FIELDS:
        v = fig["fields"][name]
        target = TARGETS.get(name)
        shown = "  n/a" if v is None else f"{v:.3f}"
        print(f"  {name:<13}{shown}" + (f"   target >= {target}" if target is not None else ""))


# --- incident grouping (--incidents) -----------------------------------------

def pairwise(labels: list[tuple[str, str]]) -> dict[str, float]:
    """Pair counting over (gold label, predicted label) per event: a pair in one
    predicted incident is right when it is also in one gold incident."""
    tp = fp = fn = 0
    for i in range(len(labels)):
        for j in range(i + 1, len(labels)):
            same_gold = labels[i][0] == labels[j][0]
            same_pred = labels[i][1] == labels[j][1]
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    return prf(tp, fp, fn)


def bcubed(labels: list[tuple[str, str]]) -> dict[str, float]:
    """B-cubed: per event, the share of its predicted incident that shares its
    gold incident (precision) and the share of its gold incident that shares
    its predicted incident (recall), averaged over events."""
    if not labels:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    both = Counter(labels)
    gold = Counter(g for g, _ in labels)
    pred = Counter(p for _, p in labels)
    p = sum(both[x] / pred[x[1]] for x in labels) / len(labels)
    r = sum(both[x] / gold[x[0]] for x in labels) / len(labels)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate_grouping(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Ingest the grouping set with the real batch run (near-duplicates,
    extraction, grouping) into a temporary store and score its incidents."""
    import tempfile

    from chronicle.batch import run_batch
    from chronicle.store import Store

    with tempfile.TemporaryDirectory(prefix="chronicle-incidents-") as tmp:
        path = Path(tmp) / "incidents.jsonl"
        # The reader ignores the gold keys, so the lines go in as they are.
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                        encoding="utf-8")
        store = Store.open(str(Path(tmp) / "grouping.db"))
        try:
            batch = run_batch([path], store)
            docs = {d["url"]: d for d in store.documents()}
            by_doc: dict[str, list[dict[str, Any]]] = {}
            for ev in store.event_records():
                by_doc.setdefault(ev["document_id"], []).append(ev)
            texts = {d["document_id"]: (store.document(d["document_id"]) or {}).get("text")
                     for d in docs.values()}
        finally:
            store.close()

    by_id = {r["id"]: r for r in records}
    labels: list[tuple[str, str]] = []
    where: list[dict[str, Any]] = []
    gold_events = gold_in_reposts = 0
    reposts = detected = false_copies = 0
    for rec in records:
        doc = docs.get(rec.get("url"))
        if "repost_of" in rec:
            reposts += 1
            gold_in_reposts += len(rec.get("gold", []))
            orig = docs.get(by_id.get(rec["repost_of"], {}).get("url"))
            if doc and orig and doc.get("duplicate_of") == orig["document_id"]:
                detected += 1
            continue
        gold_events += len(rec.get("gold", []))
        if doc is None:
            continue
        if doc.get("duplicate_of"):
            false_copies += 1  # an original taken for a copy: its events were never extracted
        text = texts.get(doc["document_id"]) or rec["text"]
        gold = gold_items(dict(rec, text=text))  # offsets into the stored text
        stored = by_doc.get(doc["document_id"], [])
        pred = [Item(type=e["type"], start=e["evidence"]["start"], end=e["evidence"]["end"],
                     evidence=e["evidence"]["text"]) for e in stored]
        for gi, pi in match(gold, pred):
            g = rec["gold"][gi]
            labels.append((g["incident"], stored[pi].get("incident_id") or f"none:{stored[pi]['event_id']}"))
            where.append({"id": rec["id"], "type": g["type"], "incident": g["incident"],
                          "evidence": g["evidence"]})
    return {
        "documents": len(records), "stored": batch.stored, "near_duplicates": batch.near_duplicates,
        "gold_events": gold_events, "gold_events_in_reposts": gold_in_reposts,
        "matched_events": len(labels),
        "gold_incidents": len({g for g, _ in labels}), "predicted_incidents": len({p for _, p in labels}),
        "pairwise": pairwise(labels), "bcubed": bcubed(labels),
        "reposts": reposts, "reposts_detected": detected, "originals_taken_for_copies": false_copies,
        "target_f1": TARGETS["grouping_f1"], "_labels": labels, "_where": where,
    }


def print_grouping(fig: dict[str, Any]) -> None:
    print(f"documents {fig['documents']}  stored {fig['stored']}  gold events {fig['gold_events']} "
          f"(+{fig['gold_events_in_reposts']} in re-posts)  matched events {fig['matched_events']}")
    print(f"gold incidents among matched {fig['gold_incidents']}  "
          f"predicted incidents among matched {fig['predicted_incidents']}")
    pw, b3 = fig["pairwise"], fig["bcubed"]
    print(f"\ngrouping pairwise  P {pw['precision']:.3f}  R {pw['recall']:.3f}  F1 {pw['f1']:.3f}"
          f"  (tp {pw['tp']} fp {pw['fp']} fn {pw['fn']})   target F1 >= {fig['target_f1']}")
    print(f"grouping B-cubed   P {b3['precision']:.3f}  R {b3['recall']:.3f}  F1 {b3['f1']:.3f}"
          f"   target F1 >= {fig['target_f1']}")
    print(f"re-posts detected as near-duplicates {fig['reposts_detected']}/{fig['reposts']}  "
          f"(originals taken for copies: {fig['originals_taken_for_copies']})")


def print_grouping_errors(fig: dict[str, Any]) -> None:
    """Gold incidents split over several predicted ones, and predicted incidents
    that join several gold ones."""
    labels, where = fig["_labels"], fig["_where"]
    print("\ngrouping errors")
    for kind, key, other in (("split", 0, 1), ("merged", 1, 0)):
        groups: dict[str, set[str]] = {}
        for lab in labels:
            groups.setdefault(lab[key], set()).add(lab[other])
        for name, others in sorted(groups.items()):
            if len(others) < 2:
                continue
            print(f"  {kind}: {name[:12]}")
            for lab, w in zip(labels, where):
                if lab[key] == name:
                    print(f"    gold {w['incident']:<8} pred {lab[1][:12]:<12} {w['id']} {w['type']}: "
                          f"{' '.join(w['evidence'].split())[:90]}")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("en", "ko", "all"), default="all")
    ap.add_argument("--devset", nargs="+", type=Path,
                    help="dev set files (default: bench/devset/*.jsonl)")
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--incidents", action="store_true",
                    help="score incident grouping on the grouping set (default bench/devset/incidents.jsonl)")
    args = ap.parse_args(argv)

    if args.incidents:
        fig = evaluate_grouping(load_devset(args.devset or [GROUPING_SET]))
        if args.json:
            print(json.dumps({k: v for k, v in fig.items() if not k.startswith("_")},
                             indent=2, ensure_ascii=False))
        else:
            print_grouping(fig)
        if args.show_errors:
            print_grouping_errors(fig)
        return 0

    paths = args.devset or [Path(p) for p in sorted(glob.glob(str(DEVSET_DIR / "*.jsonl")))
                            if Path(p) != GROUPING_SET]
    records = load_devset(paths, args.lang)
    pipeline, note = make_pipeline()
    score, problems = evaluate(records, pipeline)
    fig = score.figures()
    fig["pipeline_note"] = note
    fig["document_failures"] = len(problems)

    if args.json:
        print(json.dumps(fig, indent=2, ensure_ascii=False))
    else:
        if note:
            print(f"note: {note}")
        for p in problems[:10]:
            print(f"document failed: {p}")
        print_report(fig)
    if args.show_errors:
        print("\nerrors")
        for e in score.errors:
            print(f"  {e['kind']} {e['id']} {e['type']}: {' '.join(e['evidence'].split())[:200]}")
        print("\nfield errors (matched pairs)")
        for e in score.field_errors:
            print(f"  {e['id']} {e['type']} {e['field']}: gold {e['gold']} pred {e['pred']}"
                  f" | {' '.join(e['evidence'].split())[:120]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
