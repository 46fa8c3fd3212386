#!/usr/bin/env python3
"""How often `chronicle article` finds the published date on pages that carry one in markup.
A page "carries a date in markup" when a plain regex finds one in JSON-LD datePublished, a
publication meta tag, itemprop=datePublished, or a <time datetime>; that date (YYYY-MM-DD) is
the expected value. The regexes here are independent of the C# finder on purpose.
Usage: published_coverage.py DATA_DIR OUT.jsonl"""
import gzip, json, os, re, sys

PATTERNS = [
    r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})',
    r'<meta[^>]+(?:property|name|itemprop)="(?:article:published_time|og:published_time|pubdate|publishdate|date|dc\.date|'
    r'dcterms\.created|datePublished|sailthru\.date|parsely-pub-date)"[^>]+content="(\d{4}-\d{2}-\d{2})',
    r'<meta[^>]+content="(\d{4}-\d{2}-\d{2})[^"]*"[^>]+(?:property|name|itemprop)="(?:article:published_time|og:published_time|'
    r'pubdate|publishdate|date|dc\.date|dcterms\.created|datePublished|sailthru\.date|parsely-pub-date)"',
    r'itemprop="datePublished"[^>]*(?:content|datetime)="(\d{4}-\d{2}-\d{2})',
    r'<time[^>]+datetime="(\d{4}-\d{2}-\d{2})',
]

data, out = sys.argv[1], sys.argv[2]
predicted = {o["id"]: o.get("published") for o in map(json.loads, open(out, encoding="utf-8"))}
carry = found = correct = 0
for name in sorted(os.listdir(os.path.join(data, "html"))):
    page_id = name.split(".")[0]
    html = gzip.open(os.path.join(data, "html", name), "rt", encoding="utf-8", errors="replace").read()
    expected = next((m.group(1) for p in PATTERNS for m in [re.search(p, html, re.I)] if m), None)
    if expected is None:
        continue
    carry += 1
    got = predicted.get(page_id)
    found += got is not None
    correct += got == expected
    if got != expected:
        print(f"  {page_id[:10]} expected {expected} got {got}")
print(f"published: {found}/{carry} found ({found / carry:.1%}), {correct}/{carry} equal to the markup date ({correct / carry:.1%}); "
      f"{sum(v is not None for v in predicted.values())}/{len(predicted)} pages with a date overall")
