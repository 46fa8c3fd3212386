#!/usr/bin/env python3
"""Per-page precision/recall of `chronicle article --jsonl` output against the article-extraction
ground truth (same shingle metric as ../shared/eval/score_articles.py), worst pages first.
Usage: per_page.py DATA_DIR OUT.jsonl [OTHER.jsonl]"""
import json, re, sys
from collections import Counter

def shingles(text):
    toks = re.findall(r"\w+", text or "")
    if len(toks) < 4:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + 4]) for i in range(len(toks) - 3))

def pr(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values()); fp = sum((p - t).values()); fn = sum((t - p).values())
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec

def load(path):
    return {o["id"]: o for o in map(json.loads, open(path, encoding="utf-8"))}

gt = json.load(open(sys.argv[1] + "/ground-truth.json", encoding="utf-8"))
runs = [load(p) for p in sys.argv[2:]]
rows = []
for k, v in gt.items():
    scores = [pr(v["articleBody"], r.get(k, {}).get("text", "")) for r in runs]
    rows.append((min(2 * p * r / (p + r) if p + r else 0 for p, r in scores[:1]), k, scores, v["url"]))
for f, k, scores, url in sorted(rows)[:40]:
    print(f"{f:.3f} {k[:10]} " + " ".join(f"P{p:.2f} R{r:.2f}" for p, r in scores) + " " + url[:80])
