#!/usr/bin/env python3
"""Chronicle's own whole-article gold over CoNLL-2003 eng.train (data/events/), without corpus text.

A gold file in the golden format (../shared/golden/*.gold.json, written per ../shared/eval/ANNOTATION.md)
holds sentences and quotations of its article. This repository may not hold them, so the stored form
replaces every string of six or more words that is a substring of the article body by its character
span, {"span": [start, end]}, into the body rebuilt by scripts/conll-article.py. Names, dates,
short phrases and the annotator's own paraphrases stay as written.

Usage:
  scripts/event-gold.py check GOLD.json [...]    golden-format files named cNNN.gold.json: every text,
                                                 speaker_mention, mention and event sentence must be an
                                                 exact substring of document NNN's body
  scripts/event-gold.py pack GOLD.json [...]     check, then write data/events/cNNN.gold.json (spans)
  scripts/event-gold.py unpack DIR               write golden-format files for every data/events gold
                                                 into DIR, with the bodies as DIR/articles.jsonl
"""
import importlib.util, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STORE = os.path.join(ROOT, "data", "events")
spec = importlib.util.spec_from_file_location("conll_article", os.path.join(ROOT, "scripts", "conll-article.py"))
conll = importlib.util.module_from_spec(spec)
spec.loader.exec_module(conll)

MIN_WORDS = 6


def doc_number(path):
    m = re.fullmatch(r"c(\d+)\.gold\.json", os.path.basename(path))
    if not m:
        sys.exit(f"event-gold: {path}: the name must be cNNN.gold.json, NNN the eng.train document")
    return int(m.group(1))


def bodies(docs):
    return {d: "\n".join(lines) for d, (_, _, lines) in conll.read(docs).items()}


def check(path, gold, body):
    errors = []
    def need(text, what):
        if text is not None and text not in body:
            errors.append(f"{what} is not in the body: {text!r}")
    for q in gold.get("quotes", []):
        need(q.get("text"), "quote text")
        need(q.get("speaker_mention"), "speaker_mention")
    for e in gold.get("entities", []):
        for m in e.get("mentions", []):
            need(m, f"mention of {e.get('name')}")
    for x in gold.get("dates", []) + gold.get("quantities", []):
        need(x.get("text"), "date/quantity text")
    for ev in gold.get("events", []):
        need(ev.get("sentence"), "event sentence")
        if ev.get("sentence") and ev["sentence"] not in body.split("\n"):
            errors.append(f"event sentence is not a whole line of the body: {ev['sentence'][:60]!r}")
        root = ev.get("cameo_root", "")
        if not re.fullmatch(r"(0[1-9]|1[0-9]|20)", root):
            errors.append(f"event cameo_root {root!r} is not 01-20")
    for key in ("id", "published", "quotes", "entities", "quantities", "dates", "events"):
        if key not in gold:
            errors.append(f"missing {key!r}")
    for err in errors:
        print(f"{path}: {err}")
    return not errors


def pack_value(value, body, cursor):
    """A string of MIN_WORDS or more words found in the body becomes its span (searched from cursor on,
    so a span listed twice gets its second occurrence)."""
    if isinstance(value, str) and len(value.split()) >= MIN_WORDS:
        at = body.find(value, cursor.get(value, 0))
        if at < 0:
            at = body.find(value)
        if at < 0:
            return value  # the annotator's own words
        cursor[value] = at + 1
        return {"span": [at, at + len(value)]}
    if isinstance(value, list):
        return [pack_value(v, body, cursor) for v in value]
    if isinstance(value, dict):
        return {k: pack_value(v, body, cursor) for k, v in value.items()}
    return value


def copied_runs(value, body):
    """Strings left in a packed file that still repeat MIN_WORDS consecutive words of the body."""
    if isinstance(value, str):
        words = value.split()
        return [value for i in range(len(words) - MIN_WORDS + 1) if " ".join(words[i:i + MIN_WORDS]) in body][:1]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [r for v in items for r in copied_runs(v, body)]


def unpack_value(value, body):
    if isinstance(value, dict) and set(value) == {"span"}:
        s, e = value["span"]
        return body[s:e]
    if isinstance(value, list):
        return [unpack_value(v, body) for v in value]
    if isinstance(value, dict):
        return {k: unpack_value(v, body) for k, v in value.items()}
    return value


def main(argv):
    if len(argv) < 2 or argv[0] not in ("check", "pack", "unpack"):
        print(__doc__)
        return 2
    if argv[0] == "unpack":
        out = argv[1]
        os.makedirs(out, exist_ok=True)
        names = sorted(n for n in os.listdir(STORE) if n.endswith(".gold.json"))
        texts = bodies([doc_number(n) for n in names])
        arts = conll.read([doc_number(n) for n in names])
        with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as jl:
            for n in names:
                d = doc_number(n)
                gold = unpack_value(json.load(open(os.path.join(STORE, n), encoding="utf-8")), texts[d])
                json.dump(gold, open(os.path.join(out, n), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
                codes = os.path.join(STORE, n.replace(".gold.json", ".codes.json"))
                if os.path.exists(codes):
                    with open(os.path.join(out, os.path.basename(codes)), "w", encoding="utf-8") as f:
                        f.write(open(codes, encoding="utf-8").read())
                headline, date, _ = arts[d]
                jl.write(json.dumps({"id": gold["id"], "title": headline, "published": date, "text": texts[d]}) + "\n")
        return 0
    paths = argv[1:]
    texts = bodies([doc_number(p) for p in paths])
    ok = True
    for p in paths:
        d = doc_number(p)
        gold = json.load(open(p, encoding="utf-8"))
        if gold.get("id") != f"c{d:03d}":
            print(f"{p}: id must be c{d:03d}")
            ok = False
        ok = check(p, gold, texts[d]) and ok
        if ok and argv[0] == "pack":
            os.makedirs(STORE, exist_ok=True)
            packed = pack_value(gold, texts[d], {})
            for run in copied_runs(packed, texts[d]):
                print(f"{p}: repeats {MIN_WORDS} or more words of the article; paraphrase it: {run!r}")
                ok = False
            if not ok:
                continue
            with open(os.path.join(STORE, os.path.basename(p)), "w", encoding="utf-8") as f:
                json.dump(packed, f, ensure_ascii=False, indent=1)
                f.write("\n")
            codes = p.replace(".gold.json", ".codes.json")
            if os.path.exists(codes):
                with open(os.path.join(STORE, os.path.basename(codes)), "w", encoding="utf-8") as f:
                    f.write(open(codes, encoding="utf-8").read())
    print("ok" if ok else "errors above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
