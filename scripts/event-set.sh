#!/usr/bin/env bash
# Builds one folder of real-news event gold for a split (news-dev + this repo's data/events; the split is
# in data/events/README.md): OUT/articles.jsonl (the bodies, for `chronicle analyze --jsonl`), OUT/<id>.gold.json
# and OUT/<id>.codes.json in the golden format, and OUT/actor-codes.json. `chronicle train events OUT` trains
# on such a folder; scripts/score-events.sh scores on one.
# Usage: scripts/event-set.sh tune|unseen|all OUT
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
split="${1:-}"; out="${2:-}"
case "$split" in
  tune) news='r(0[1-9]|1[0-2])' ;;
  unseen) news='r(1[3-6]|2[1-4])' ;;
  all) news='.' ;;
  *) echo "usage: scripts/event-set.sh tune|unseen|all OUT" >&2; exit 2 ;;
esac
[ -n "$out" ] || { echo "usage: scripts/event-set.sh tune|unseen|all OUT" >&2; exit 2; }
nd="$root/../shared/data/news-dev"
[ -d "$nd" ] || { echo "event-set: ../shared/data/news-dev is absent; nothing to build" >&2; exit 2; }
mkdir -p "$out"
own="$(mktemp -d)"; trap 'rm -rf "$own"' EXIT
python3 "$root/scripts/event-gold.py" unpack "$own" >/dev/null
python3 - "$nd" "$news" "$split" "$root/data/events/README.md" "$own" "$out" <<'PY'
import json, os, re, shutil, sys
nd, news, split, readme, own, out = sys.argv[1], re.compile(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
text = open(readme, encoding="utf-8").read()
docs = {name: set(int(x) for x in re.search(r"- \*\*%s\*\* \([^)]*\): ([\d\s]+)" % name, text).group(1).split())
        for name in ("tune", "unseen")}
wanted = docs["tune"] | docs["unseen"] if split == "all" else docs[split]
shutil.copy(os.path.join(nd, "actor-codes.json"), os.path.join(out, "actor-codes.json"))
with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as articles:
    for n in sorted(os.listdir(nd)):
        id = n[:-4]
        if n.endswith(".txt") and news.search(id) and os.path.exists(os.path.join(nd, id + ".gold.json")):
            lines = open(os.path.join(nd, n), encoding="utf-8").read().split("\n")
            articles.write(json.dumps({"id": id, "title": lines[0], "published": lines[2], "text": "\n".join(lines[5:])}) + "\n")
            for suffix in (".gold.json", ".codes.json"):
                if os.path.exists(os.path.join(nd, id + suffix)):
                    shutil.copy(os.path.join(nd, id + suffix), os.path.join(out, id + suffix))
    for line in open(os.path.join(own, "articles.jsonl"), encoding="utf-8"):
        id = json.loads(line)["id"]
        if int(id[1:]) in wanted:
            articles.write(line)
            for suffix in (".gold.json", ".codes.json"):
                if os.path.exists(os.path.join(own, id + suffix)):
                    shutil.copy(os.path.join(own, id + suffix), os.path.join(out, id + suffix))
PY
