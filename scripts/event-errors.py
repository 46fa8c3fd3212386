#!/usr/bin/env python3
"""Counts the kinds of event errors Chronicle makes on a real-news gold folder (scripts/event-set.sh).

Usage: scripts/event-errors.py SET ANALYSIS.jsonl [--list]

Events are paired as ../shared/eval/score_analysis.py pairs them (its own matching functions are used), then
every unpaired gold event and every unpaired predicted event is put in one kind by what Chronicle did in the
gold event's sentence. --list prints each error with its kind.
"""
import collections, json, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "..", "shared", "eval"))
import score_analysis as sa  # noqa: E402


def roots(g):
    return {g.get("cameo_root") or g.get("root")} | set(g.get("alt_roots", []))


def sentence_of(pred, e):
    s = pred.get("sentences", [])[e["sentence"]]
    return pred["text"][s["start"]:s["end"]].strip()


def kinds(gold, pred):
    pev = pred.get("events", [])
    sa.PRED_MENTIONS.clear()
    for e in pred.get("entities", []):
        sa.PRED_MENTIONS[e.get("id")] = {sa.fold(m.get("text")) for m in e.get("mentions", [])} | {sa.fold(e.get("name"))}

    def match(g, p):
        if (p.get("root") or p["cameo"][:2]) not in roots(g):
            return False
        if sa.actor_matches(g.get("source"), p.get("source")) and sa.actor_matches(g.get("target"), p.get("target")):
            return True
        sym = g.get("symmetric") or g.get("cameo_root") in ("03", "04", "05", "06", "08")
        return bool(sym) and sa.actor_matches(g.get("source"), p.get("target")) and sa.actor_matches(g.get("target"), p.get("source"))

    used, missed = set(), []
    for g in gold.get("events", []):
        hit = next((i for i, p in enumerate(pev) if i not in used and match(g, p)), None)
        if hit is None:
            if g.get("required", True):
                missed.append(g)
        else:
            used.add(hit)
    gold_sentences = {}
    for g in gold.get("events", []):
        gold_sentences.setdefault(sa.fold(g.get("sentence", "")), []).append(g)
    out = []
    for g in missed:
        here = [p for p in pev if sa.fold(sentence_of(pred, p)) == sa.fold(g.get("sentence", ""))]
        same_root = [p for p in here if (p.get("root") or p["cameo"][:2]) in roots(g)]
        if not here:
            kind = "missed: no event proposed in its sentence"
        elif not same_root:
            kind = "missed: its sentence coded with another root"
        elif any(sa.actor_matches(g.get("target"), p.get("target")) for p in same_root):
            kind = "missed: right act and target, wrong or uncoded source"
        elif any(sa.actor_matches(g.get("source"), p.get("source")) for p in same_root):
            kind = "missed: right act and source, wrong or missing target"
        else:
            kind = "missed: right act, both actors wrong"
        out.append((kind, f"{g.get('source')} -{g.get('cameo_root')}-> {g.get('target')}: {g.get('action')}"))
    for i, p in enumerate(pev):
        if i in used:
            continue
        golds = gold_sentences.get(sa.fold(sentence_of(pred, p)), [])
        src = (p.get("source") or {}).get("code") or "---"
        if p["root"] == "01":
            kind = "extra: a statement (01) gold does not code"
        elif not golds:
            kind = "extra: an act in a sentence with no gold event"
        elif not any(p["root"] in roots(g) for g in golds):
            kind = "extra: another root than gold's for its sentence"
        elif src.startswith("---"):
            kind = "extra: gold's act, source without country"
        else:
            kind = "extra: gold's act, wrong actors"
        trig = (p.get("trigger") or {}).get("text")
        out.append((kind, f"{src} -{p['cameo']}-> {(p.get('target') or {}).get('code')} ({trig}) [{p.get('rule')}]"))
    return out


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    folder, analysis = argv[0], argv[1]
    shared = json.load(open(os.path.join(folder, "actor-codes.json"), encoding="utf-8"))
    preds = {}
    for line in open(analysis, encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            preds[str(o["id"])] = o
    counts = collections.Counter()
    for line in open(os.path.join(folder, "articles.jsonl"), encoding="utf-8"):
        id = json.loads(line)["id"]
        gold = json.load(open(os.path.join(folder, id + ".gold.json"), encoding="utf-8"))
        sa.ACTOR_CODES.clear()
        sa.ACTOR_CODES.update(shared)
        own = os.path.join(folder, id + ".codes.json")
        if os.path.exists(own):
            sa.ACTOR_CODES.update(json.load(open(own, encoding="utf-8")))
        for kind, what in kinds(gold, preds[id]):
            counts[kind] += 1
            if "--list" in argv:
                print(f"{id}\t{kind}\t{what}")
    for kind, n in counts.most_common():
        print(f"{n:4d}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
